namespace Kyodo.Bot.Storage;

/// <summary>A group commit's turn to write (<see cref="Database.WaitForWriterTurnAsync"/>); disposing it lets the next writer in.</summary>
public readonly struct WriterTurn(SemaphoreSlim? writers) : IDisposable
{
    public void Dispose() => writers?.Release();
}
