using System.Globalization;

namespace Kyodo.Bot.Handoff;

/// <summary>Times as people in Japan read them: 「12月1日(月) 9:00」 in Japan time.</summary>
public static class HandoffTime
{
    public static string Japanese(DateTimeOffset instant)
    {
        var local = instant.ToOffset(OfficeHours.JapanOffset);
        var weekday = CultureInfo.GetCultureInfo("ja-JP").DateTimeFormat.GetShortestDayName(local.DayOfWeek);
        return local.ToString($"M月d日({weekday}) H:mm", CultureInfo.InvariantCulture);
    }
}
