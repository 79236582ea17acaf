namespace Kyodo.Bot.Storage;

/// <summary>
/// With several instances (PostgreSQL): hears which state documents the other instances write or delete, so that this
/// instance's memory of them (<see cref="SqlStateStore"/>) stays true; while it cannot hear, that memory is not used.
/// </summary>
public sealed class StateChangeListener(Database database, IStateStore store, ILogger<StateChangeListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database is PostgresDatabase postgres && store is SqlStateStore states
            ? PostgresListener.ListenAsync(postgres, StateWriteBatcher.WrittenChannel, states.ForgetAnnounced, states.SetListening, logger, stoppingToken)
            : Task.CompletedTask;
}
