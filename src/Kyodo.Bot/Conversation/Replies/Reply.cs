namespace Kyodo.Bot.Conversation.Replies;

/// <summary>
/// What the bot says, independent of channel. Each channel renders these natively
/// (Web Chat: suggested actions and Adaptive Cards; LINE: quick replies and Flex; Teams: Adaptive Cards).
/// </summary>
public abstract record Reply
{
    /// <summary>The reply as one line of a transcript (cards by their title).</summary>
    public string Summary => this switch
    {
        TextReply text => text.Text,
        ChoiceReply choice => choice.Text,
        CardReply cards => string.Join(" / ", cards.Cards.Select(c => c.AltText)),
        FileReply file => file.Name,
        _ => GetType().Name,
    };
}

public sealed record TextReply(string Text) : Reply;

/// <summary>A question with buttons. Pressing a button sends its <see cref="ReplyButton.Value"/> back as the choice.</summary>
public sealed record ChoiceReply(string Text, IReadOnlyList<ReplyButton> Buttons) : Reply;

/// <summary>One or more cards (several are shown side by side where the channel can).</summary>
public sealed record CardReply(IReadOnlyList<Card> Cards) : Reply
{
    public CardReply(Card card) : this([card]) { }
}
