using System.Globalization;
using Kyodo.Bot.Handoff;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>
/// A desk's chat hours in desks.yaml: ranges per day (<c>weekdays</c> for Monday–Friday, or <c>monday</c> …
/// <c>sunday</c>), each "HH:MM-HH:MM"; <c>closed_dates</c> (yyyy-MM-dd); national holidays and 12/29–1/3 are closed
/// unless <c>open_on_holidays</c> / <c>open_at_year_end</c> say otherwise.
/// </summary>
internal static class ChatHoursParser
{
    private static readonly Dictionary<string, DayOfWeek[]> DayKeys = new(StringComparer.Ordinal)
    {
        ["weekdays"] = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        ["monday"] = [DayOfWeek.Monday], ["tuesday"] = [DayOfWeek.Tuesday], ["wednesday"] = [DayOfWeek.Wednesday],
        ["thursday"] = [DayOfWeek.Thursday], ["friday"] = [DayOfWeek.Friday], ["saturday"] = [DayOfWeek.Saturday], ["sunday"] = [DayOfWeek.Sunday],
    };

    private static readonly HashSet<string> OtherKeys = ["closed_dates", "open_on_holidays", "open_at_year_end"];

    public static OfficeHours? Parse(YamlFileReader reader, YamlMappingNode node)
    {
        var weekly = new Dictionary<DayOfWeek, IReadOnlyList<OpeningRange>>();
        foreach (var (keyNode, value) in node.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (OtherKeys.Contains(key)) continue;
            if (!DayKeys.TryGetValue(key, out var days))
            {
                reader.Error(keyNode, $"unknown chat_hours key '{key}' (use weekdays, monday … sunday, closed_dates, open_on_holidays, open_at_year_end)");
                continue;
            }
            var ranges = reader.Strings(value, key).Select(text => Range(reader, value, text)).OfType<OpeningRange>().OrderBy(r => r.Opens).ToArray();
            for (var i = 1; i < ranges.Length; i++)
            {
                if (ranges[i].Opens < ranges[i - 1].Closes) reader.Error(value, $"chat_hours {key}: the ranges overlap");
            }
            foreach (var day in days) weekly[day] = ranges;
        }
        var closed = new HashSet<DateOnly>();
        if (node.Children.TryGetValue(new YamlScalarNode("closed_dates"), out var dates))
        {
            foreach (var text in reader.Strings(dates, "closed_dates"))
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) closed.Add(date);
                else reader.Error(dates, $"closed_dates: '{text}' is not a date like 2026-12-28");
            }
        }
        return new OfficeHours(weekly, closed, !Flag(reader, node, "open_on_holidays"), !Flag(reader, node, "open_at_year_end"));
    }

    private static bool Flag(YamlFileReader reader, YamlMappingNode node, string key)
    {
        if (reader.String(node, key, required: false) is not { } text) return false;
        if (text is "true" or "false") return text == "true";
        reader.Error(node, $"{key} must be true or false");
        return false;
    }

    private static OpeningRange? Range(YamlFileReader reader, YamlNode node, string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            && TimeOnly.TryParseExact(parts[1], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes)
            && opens < closes)
            return new OpeningRange(opens, closes);
        reader.Error(node, $"chat_hours: '{text}' is not a range like 09:00-12:00");
        return null;
    }
}
