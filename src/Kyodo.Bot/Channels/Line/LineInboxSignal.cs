namespace Kyodo.Bot.Channels.Line;

/// <summary>Wakes the inbox worker when the webhook stored new events, instead of it waiting for its next poll.</summary>
public sealed class LineInboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // Most calls find it already signalled: checked first, because an exception per webhook is costly.
        if (_signal.CurrentCount > 0) return;
        try { _signal.Release(); } catch (SemaphoreFullException) { /* signalled meanwhile */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
