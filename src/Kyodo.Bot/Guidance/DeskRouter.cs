using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>Finds the consultation desk for a person's area.</summary>
public static class DeskRouter
{
    /// <summary>
    /// The municipality's own desk first (a desk in that prefecture whose Municipalities contain it),
    /// then the prefecture-wide desk (empty Municipalities), else null. Names compare exactly, after trimming.
    /// </summary>
    public static Desk? For(DeskContent content, string prefecture, string? municipality)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(prefecture);
        var pref = prefecture.Trim();
        var city = municipality?.Trim();

        var inPrefecture = content.Desks.Where(d => string.Equals(d.Prefecture.Trim(), pref, StringComparison.Ordinal)).ToList();
        if (!string.IsNullOrEmpty(city))
        {
            var local = inPrefecture.FirstOrDefault(d => d.Municipalities.Any(m => string.Equals(m.Trim(), city, StringComparison.Ordinal)));
            if (local is not null)
            {
                return local;
            }
        }

        return inPrefecture.FirstOrDefault(d => d.Municipalities.Count == 0);
    }
}
