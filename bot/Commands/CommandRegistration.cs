namespace CoalitionBot.Commands;

/// <summary>A route and the <see cref="ICommandHandler"/> type that runs it, as a feature registered them.</summary>
public sealed record CommandRegistration(CommandRoute Route, Type Handler);
