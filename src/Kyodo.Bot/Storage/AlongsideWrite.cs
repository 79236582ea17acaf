namespace Kyodo.Bot.Storage;

/// <summary>
/// What a turn writes alongside its state (its statistics events): run in the transaction that saves the state, so it
/// is committed exactly when the state is, yet never at the cost of the state. Should these statements fail, they
/// alone are rolled back and <see cref="Failed"/> hears why; the state is saved all the same.
/// </summary>
public sealed record AlongsideWrite(IReadOnlyList<SqlStatement> Statements, Action<Exception> Failed);
