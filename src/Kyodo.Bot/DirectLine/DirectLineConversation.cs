using Kyodo.Bot.Activities;

namespace Kyodo.Bot.DirectLine;

/// <summary>One try-it conversation: the activities Web Chat polls for (with a watermark), and a lock so its turns run in order.</summary>
public sealed class DirectLineConversation(string id, int maxActivities)
{
    private readonly List<Activity> _activities = [];
    private long _dropped;
    private long _sequence;

    public string Id { get; } = id;
    public SemaphoreSlim TurnLock { get; } = new(1, 1);
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>Appends activities, giving each its id; returns nothing, the watermark moves on.</summary>
    public void Append(IEnumerable<Activity> activities)
    {
        lock (_activities)
        {
            foreach (var activity in activities)
            {
                activity.Id ??= $"{Id}|{++_sequence:0000000}";
                _activities.Add(activity);
            }
            var excess = _activities.Count - maxActivities;
            if (excess > 0)
            {
                _activities.RemoveRange(0, excess);
                _dropped += excess;
            }
        }
    }

    public string NextId()
    {
        lock (_activities) return $"{Id}|{++_sequence:0000000}";
    }

    /// <summary>Activities after <paramref name="watermark"/> (the count seen so far), and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) Since(long watermark)
    {
        lock (_activities)
        {
            var end = _dropped + _activities.Count;
            var from = Math.Clamp(watermark - _dropped, 0, _activities.Count);
            return (_activities.Skip((int)from).ToArray(), end);
        }
    }
}
