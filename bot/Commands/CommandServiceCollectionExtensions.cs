using Microsoft.Extensions.DependencyInjection.Extensions;

using CoalitionBot.Dialogs;

namespace CoalitionBot.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>
    /// The router and help. Features add their commands with <see cref="AddCommand{THandler}"/>; help lists them in the
    /// order they are added, and the Teams manifest's command list is checked against them.
    /// </summary>
    public static IServiceCollection AddCommandRouting(this IServiceCollection services)
    {
        services.TryAddSingleton<CommandWords>();
        services.TryAddTransient<CommandRouter>();
        services.TryAddTransient<CoalitionChoice>();
        services.AddDialog<ChooseCoalitionDialog>();
        return services.AddCommand<HelpCommand>(HelpCommand.Route);
    }

    /// <summary>Choosing a coalition and stopping a dialog: added last, so help names them last.</summary>
    public static IServiceCollection AddCoalitionChoiceAndStop(this IServiceCollection services) => services
        .AddCommand<ChooseCoalitionCommand>(ChooseCoalitionCommand.Route)
        .AddCommand<CancelCommand>(CancelCommand.Route);

    /// <summary>Registers a command: <typeparamref name="THandler"/> runs it (transient: handlers may use per-request clients).</summary>
    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services, CommandRoute route) where THandler : class, ICommandHandler
    {
        if (route.Users is CommandUsers.LeadsAndAdmins or CommandUsers.Admins && route.Refusal is null)
            throw new ArgumentException($"The command \"{route.Dutch}\" is not for everyone, so it needs a refusal text.", nameof(route));
        if (route.Place == CommandPlace.PersonalChatOrTeamChannel && route.PlaceRefusal is null)
            throw new ArgumentException($"The command \"{route.Dutch}\" is refused in group chats, so it needs a text that says so.", nameof(route));
        services.TryAddTransient<THandler>();
        services.AddSingleton(new CommandRegistration(route, typeof(THandler)));
        return services;
    }
}
