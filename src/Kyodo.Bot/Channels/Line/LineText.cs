namespace Kyodo.Bot.Channels.Line;

/// <summary>Fitting text into LINE's limits (lengths are counted in UTF-16 code units, as LINE counts them).</summary>
public static class LineText
{
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Splits long text into parts of at most <paramref name="max"/>, preferring line breaks and never splitting a surrogate pair.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut <= max / 2) cut = max;
            if (char.IsHighSurrogate(rest[cut - 1])) cut--;
            parts.Add(rest[..cut].TrimEnd('\n'));
            rest = rest[cut..].TrimStart('\n');
        }
        if (rest.Length > 0 || parts.Count == 0) parts.Add(rest);
        return parts;
    }
}
