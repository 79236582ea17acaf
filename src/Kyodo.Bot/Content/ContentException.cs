namespace Kyodo.Bot.Content;

/// <summary>One problem in the content, where a support-center editor can find it.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>The content cannot be used; <see cref="Exception.Message"/> lists every problem as <c>file:line: what is wrong</c>.</summary>
public sealed class ContentException(IReadOnlyList<ContentError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
