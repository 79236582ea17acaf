using System.Collections;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// A turn's replies, rendered for the channel. <see cref="IsRepeat"/> says the incoming activity had already been
/// applied (the same id came again): the replies then only ask the current question again, and a channel that sends
/// by API may already have sent the first answer.
/// </summary>
public sealed class TurnReplies(IReadOnlyList<Activity> activities, bool isRepeat = false) : IReadOnlyList<Activity>
{
    public static readonly TurnReplies None = new([]);

    public bool IsRepeat { get; } = isRepeat;

    public Activity this[int index] => activities[index];

    public int Count => activities.Count;

    public IEnumerator<Activity> GetEnumerator() => activities.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
