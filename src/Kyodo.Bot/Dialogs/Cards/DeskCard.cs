using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>A desk's contact details, only those the seeds give; says so when there is no phone or e-mail, never invents one.</summary>
public static class DeskCard
{
    /// <summary>With <paramref name="offerChat"/>, a desk that takes chats gets a 「相談員と話したい」 button.</summary>
    public static Card Build(TurnContext turn, Desk desk, bool offerChat = true)
    {
        var lines = new List<string>();
        void Add(string labelKey, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) lines.Add($"{turn.Message(labelKey)}: {value}");
        }
        Add(MessageKeys.DeskPhoneLabel, desk.Phone);
        Add(MessageKeys.DeskFaxLabel, desk.Fax);
        Add(MessageKeys.DeskEmailLabel, desk.Email);
        Add(MessageKeys.DeskAddressLabel, desk.Address);
        Add(MessageKeys.DeskUrlLabel, desk.Url);
        if (desk.Phone is null && desk.Email is null) lines.Add(turn.Message(MessageKeys.DeskNoContact));
        lines.Add(desk.Hours is { } hours ? $"{turn.Message(MessageKeys.DeskHoursLabel)}: {hours}" : turn.Message(MessageKeys.DeskHoursUnknown));

        var sections = new List<CardSection> { new(null, lines) };
        if (desk.Note is { } note) sections.Add(new CardSection(null, [note]));
        sections.Add(SourceSection.Of(turn, [desk.Source]));
        ReplyButton[] buttons = offerChat && desk.TakesChats ? [new ReplyButton(turn.Message(MessageKeys.TalkToPersonLabel), Handoff.HandoffDesk.AskValue)] : [];
        return new Card(turn.Message(MessageKeys.DeskIntro, ("name", desk.Name)), null, sections, buttons);
    }
}
