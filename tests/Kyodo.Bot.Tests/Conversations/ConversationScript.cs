namespace Kyodo.Bot.Tests.Conversations;

/// <summary>
/// A whole conversation as a table, read from a .txt file:
/// <code>
/// > 協働に向いているか診断する      the person types this
/// > [はい]                         the person presses the button labelled はい
/// &lt; 質問 1/7                       some reply of that turn contains this
/// &lt;! 申し訳                         no reply of that turn contains this
/// # comment
/// </code>
/// A script may start with <c>@start</c>: the conversation opens with a conversationUpdate (as Web Chat does).
/// </summary>
public sealed record ConversationScript(string Name, bool StartsWithConversationUpdate, IReadOnlyList<ScriptTurn> Turns)
{
    public static ConversationScript Parse(string name, string text)
    {
        var turns = new List<ScriptTurn>();
        var startsWithUpdate = false;
        ScriptTurn? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line == "@start")
            {
                startsWithUpdate = true;
                current = new ScriptTurn(lineNumber, null, null);
                turns.Add(current);
            }
            else if (line.StartsWith("> [", StringComparison.Ordinal) && line.EndsWith(']'))
            {
                current = new ScriptTurn(lineNumber, null, line[3..^1]);
                turns.Add(current);
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                current = new ScriptTurn(lineNumber, line[2..], null);
                turns.Add(current);
            }
            else if (line.StartsWith("<! ", StringComparison.Ordinal) && current is not null)
            {
                current.Absent.Add(line[3..]);
            }
            else if (line.StartsWith("< ", StringComparison.Ordinal) && current is not null)
            {
                current.Expected.Add(line[2..]);
            }
            else
            {
                throw new FormatException($"{name}:{lineNumber}: cannot read '{line}'");
            }
        }
        return new ConversationScript(name, startsWithUpdate, turns);
    }

    public override string ToString() => Name;
}

/// <summary>One turn of a script: typed text or a pressed button, and what the replies must (not) contain.</summary>
public sealed record ScriptTurn(int Line, string? Says, string? Presses)
{
    public List<string> Expected { get; } = [];
    public List<string> Absent { get; } = [];
}
