namespace Kyodo.Bot.Stats;

/// <summary>Consultations started in the week beginning <paramref name="WeekStart"/> (a Monday), per channel.</summary>
public sealed record WeekCounts(DateOnly WeekStart, IReadOnlyDictionary<string, int> ByChannel)
{
    public int Total => ByChannel.Values.Sum();
}
