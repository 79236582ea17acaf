using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>
/// One matched organisation as the person may see it: rank and name, kind and area, its self-introduction, why it fits,
/// its fields, what it offers and needs, and when the entry was last confirmed. Built from a match only, so the staff's
/// contact route cannot appear.
/// </summary>
public static class PartnerCard
{
    private const string ListSeparator = "、";

    public static Card Build(TurnContext turn, PartnerMatch match, int rank)
    {
        var partners = turn.Content.Partners;
        var entry = match.Partner;
        var sections = new List<CardSection>
        {
            new(null, [entry.Introduction]),
            new(turn.Message(MessageKeys.PartnerWhyLabel), match.Reasons.Select(r => Reason(turn, r)).ToArray()),
            new(turn.Message(MessageKeys.PartnerFieldsLabel), [string.Join(ListSeparator, entry.Fields.Select(partners.FieldLabel))]),
        };
        if (entry.Offers.Count > 0)
            sections.Add(new(turn.Message(MessageKeys.PartnerOffersLabel), [string.Join(ListSeparator, entry.Offers.Select(partners.ResourceLabel))]));
        if (entry.Needs.Count > 0)
            sections.Add(new(turn.Message(MessageKeys.PartnerNeedsLabel), [string.Join(ListSeparator, entry.Needs.Select(partners.ResourceLabel))]));
        sections.Add(new(null, [turn.Message(MessageKeys.PartnerLastConfirmed,
            ("year", entry.LastConfirmed.Year), ("month", entry.LastConfirmed.Month), ("day", entry.LastConfirmed.Day))]));
        return new Card(
            turn.Message(MessageKeys.PartnerCardTitle, ("rank", rank), ("name", entry.Name)),
            turn.Message(MessageKeys.PartnerCardSubtitle, ("kind", partners.KindLabel(entry.Kind)), ("prefecture", entry.Prefecture), ("municipality", entry.Municipality)),
            sections,
            []);
    }

    /// <summary>A reason as the person reads it.</summary>
    public static string Reason(TurnContext turn, PartnerReason reason)
    {
        var partners = turn.Content.Partners;
        var value = reason.Value ?? "";
        return reason.Kind switch
        {
            PartnerReasonKind.OffersWhatYouNeed => turn.Message(MessageKeys.PartnerReasonNeed, ("resource", partners.ResourceLabel(value))),
            PartnerReasonKind.SameField => turn.Message(MessageKeys.PartnerReasonField, ("field", partners.FieldLabel(value))),
            PartnerReasonKind.SameMunicipality => turn.Message(MessageKeys.PartnerReasonMunicipality, ("municipality", value)),
            PartnerReasonKind.SamePrefecture => turn.Message(MessageKeys.PartnerReasonPrefecture, ("prefecture", value)),
            PartnerReasonKind.NeedsWhatYouOffer => turn.Message(MessageKeys.PartnerReasonTheirNeed, ("resource", partners.ResourceLabel(value))),
            PartnerReasonKind.CollaboratedBefore => turn.Message(MessageKeys.PartnerReasonExperience),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Kind, "unknown reason"),
        };
    }
}
