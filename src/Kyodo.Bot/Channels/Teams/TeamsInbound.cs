using System.Text.Json;
using System.Text.RegularExpressions;
using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>
/// Decides what of a Teams activity reaches the bot: messages in personal chats, messages in team channels only when
/// the bot is @mentioned (the mention text removed), a welcome when the bot is added in personal scope, and
/// Universal Action invokes turned into button presses. Everything else is ignored.
/// </summary>
public static partial class TeamsInbound
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public static Activity? ForTheBot(Activity activity)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (IsChannelConversation(activity) && !MentionsBot(activity)) return null;
                if (activity.Text is { } text) activity.Text = Mention().Replace(text, "").Trim();
                return activity;
            case ActivityTypes.ConversationUpdate:
                if (IsChannelConversation(activity) || activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) != true) return null;
                // The bot was installed for a person: greet that person.
                activity.MembersAdded = [activity.From ?? new ChannelAccount()];
                return activity;
            case ActivityTypes.Invoke when activity.Name == AdaptiveCardActionInvoke:
                var data = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetMember("action", out var action)
                    && action.TryGetMember("data", out var submitted) ? submitted.Clone() : (JsonElement?)null;
                if (data is null) return null;
                activity.Type = ActivityTypes.Message;
                activity.Value = data;
                activity.Text = null;
                return activity;
            default:
                return null;
        }
    }

    private static bool IsChannelConversation(Activity activity) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;

    private static bool MentionsBot(Activity activity) =>
        activity.Entities?.Any(e => e.ValueKind == JsonValueKind.Object
            && e.StringMember("type") == "mention"
            && e.TryGetMember("mentioned", out var mentioned) && mentioned.StringMember("id") is { } id
            && id == activity.Recipient?.Id) == true;

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex Mention();
}
