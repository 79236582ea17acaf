using System.Text;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>
/// CSV as spreadsheets in Japan open it: UTF-8 with a BOM, CRLF, quoted where needed, and a cell that starts like a
/// formula (=, +, -, @) prefixed with ' so a typed question cannot run in Excel.
/// </summary>
public sealed class CsvText
{
    private readonly StringBuilder _text = new();

    public CsvText Row(params string?[] cells)
    {
        _text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    public override string ToString() => _text.ToString();

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0]) && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
