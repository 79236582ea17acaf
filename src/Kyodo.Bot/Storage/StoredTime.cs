using System.Globalization;

namespace Kyodo.Bot.Storage;

/// <summary>
/// Times as stored in TEXT columns: UTC in the round-trip format, so that comparing the text compares the times
/// (due dates, leases, cut-offs) on SQLite and PostgreSQL alike.
/// </summary>
public static class StoredTime
{
    public static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
