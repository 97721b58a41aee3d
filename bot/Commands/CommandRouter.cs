using System.Text.Json;
using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Commands;

/// <summary>
/// Runs a command as its feature registered it: where it may answer first, then the coalition it is for and the asker's
/// role in it, then its handler. Unknown text gets a pointer to help and is never echoed (it may be long, or script).
/// </summary>
public sealed class CommandRouter(CommandWords words, IEnumerable<CommandRegistration> registrations, IServiceProvider services, CoalitionChoice coalitions, DialogRunner dialogs)
{
    private readonly Dictionary<CommandRoute, Type> handlers = registrations.ToDictionary(r => r.Route, r => r.Handler);

    public ParsedCommand Parse(string text) => words.Parse(text);

    /// <summary>The command a clicked command button carries (<see cref="CommandButtons"/>), or null for other card data.</summary>
    public ParsedCommand? ParseButton(JsonElement? value) =>
        CommandButtons.Read(value) is { } button ? words.Parse(button.Command) with { ButtonCoalition = button.Coalition } : null;

    public async Task RunAsync(TurnContext turn, StateSession session, ParsedCommand command, CancellationToken cancellationToken)
    {
        // For the turn's log line: the handler's name ("Help", "CheckIn"), never what was typed.
        turn.CommandName = command.Route is { } known ? handlers[known].Name.Replace("Command", "", StringComparison.Ordinal) : "None";
        if (command.Route is not { } route)
        {
            await turn.SendTextAsync(Strings.Unknown, Audience.Conversation, cancellationToken);
            return;
        }
        if (!ReplyRules.MayAnswerIn(route, turn.Activity))
        {
            // Answered before anything is looked up or asked.
            await turn.SendTextAsync(route.PlaceRefusal!(), Audience.Conversation, cancellationToken);
            return;
        }

        Coalition? coalition = null;
        if (route.Users != CommandUsers.Anyone)
        {
            if (command.ButtonCoalition is { } named) coalition = await coalitions.NamedAsync(turn, named, cancellationToken);
            else if ((coalition = await coalitions.ResolveOrAskAsync(turn, session, command.Text, cancellationToken)) is null) return;
            if (coalition is null || !MayUse(route.Users, coalition, turn.Activity.From!.Id!))
            {
                await turn.SendTextAsync(route.Refusal?.Invoke() ?? Strings.NoCoalition, Audience.Conversation, cancellationToken);
                return;
            }
        }

        var handler = (ICommandHandler)services.GetRequiredService(handlers[route]);
        await handler.RunAsync(new CommandTurn(turn, session, command, coalition, dialogs), cancellationToken);
    }

    private static bool MayUse(CommandUsers users, Coalition coalition, string userId) => users switch
    {
        CommandUsers.Admins => coalition.IsAdmin(userId),
        CommandUsers.LeadsAndAdmins => coalition.IsLeadOrAdmin(userId),
        _ => coalition.Member(userId) is not null,
    };
}
