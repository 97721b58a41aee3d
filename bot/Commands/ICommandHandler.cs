namespace CoalitionBot.Commands;

/// <summary>Runs one registered command; the router has checked where it runs and who asked before it is called.</summary>
public interface ICommandHandler
{
    Task RunAsync(CommandTurn command, CancellationToken cancellationToken);
}
