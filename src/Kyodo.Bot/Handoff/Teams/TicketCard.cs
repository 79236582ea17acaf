using System.Globalization;
using System.Text.Json.Nodes;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Handoff.Teams;

/// <summary>
/// The Adaptive Card a desk's Teams channel gets for a ticket: the dossier, its state and owner, and the one action
/// that fits the state — 「対応する」 while waiting, outcome + note + 「対応終了」 while in progress.
/// </summary>
public static class TicketCard
{
    public const string ActionKey = "handoff";
    public const string TicketKey = "ticket";
    public const string OutcomeKey = "outcome";
    public const string NoteKey = "note";
    public const string TakeAction = "take";
    public const string CloseAction = "close";
    private const int RecentLinesShown = 6;

    public static JsonObject Build(Ticket ticket, GuidanceContent content)
    {
        string L(string key, params (string, object)[] values) => MessageFormatter.Format(content.Message(key), values);
        var labels = new StaffLabels(content);
        var dossier = ticket.Dossier;
        var deskName = content.Desks.Desks.FirstOrDefault(d => d.Id == ticket.DeskId)?.Name ?? ticket.DeskId;
        var facts = new JsonArray
        {
            Fact(L(MessageKeys.StaffStateLabel), labels.State(ticket)),
            Fact(L(MessageKeys.StaffReasonLabel), labels.Reason(ticket.Reason)),
            Fact(L(MessageKeys.StaffWaitingSinceLabel), HandoffTime.Japanese(ticket.WaitingSince)),
            Fact(L(MessageKeys.StaffAreaLabel), $"{dossier.Prefecture} {dossier.Municipality}".Trim()),
        };
        var body = new JsonArray
        {
            Text(L(MessageKeys.StaffCardTitle, ("desk", deskName)), bold: true),
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
            Text(L(MessageKeys.StaffWordsLabel), bold: true),
            Text(dossier.Words),
        };
        void Section(string labelKey, IEnumerable<string> lines)
        {
            var list = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
            if (list.Length == 0) return;
            body.Add(Text(L(labelKey), bold: true));
            body.Add(Text(string.Join("\n", list.Select(l => "- " + l))));
        }
        Section(MessageKeys.StaffProjectLabel, [dossier.ProjectDescription ?? ""]);
        Section(MessageKeys.StaffDiagnosisLabel, [dossier.Verdict ?? "", .. dossier.DiagnosisAnswers.Select(a => $"{a.Question} → {a.Answer}")]);
        Section(MessageKeys.StaffMethodsLabel, [.. dossier.RecommendedMethods, dossier.ChosenMethod is { } chosen ? L(MessageKeys.StaffChosenMethod, ("method", chosen)) : ""]);
        Section(MessageKeys.StaffChecklistLabel, [dossier.CurrentStep ?? "", .. dossier.TickedItems.Select(i => "✓ " + i)]);
        Section(MessageKeys.StaffIntroductionsLabel, (dossier.Introductions ?? []).Select(c => c.Contact is { } contact ? $"{c.Name}（{contact}）" : c.Name));
        Section(MessageKeys.StaffRecentLabel, dossier.RecentConversation.TakeLast(RecentLinesShown).Select(l => $"{labels.Speaker(l.Speaker)}: {l.Text}"));

        var actions = new JsonArray();
        if (ticket.State == TicketState.Waiting)
            actions.Add(Submit(L(MessageKeys.StaffTakeLabel), TakeAction, ticket.Id));
        else if (ticket.State == TicketState.InProgress)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = OutcomeKey,
                ["label"] = L(MessageKeys.StaffOutcomeLabel),
                ["value"] = nameof(TicketOutcome.Resolved),
                ["choices"] = new JsonArray(
                    Choice(L(MessageKeys.StaffOutcomeResolved), nameof(TicketOutcome.Resolved)),
                    Choice(L(MessageKeys.StaffOutcomeContinuing), nameof(TicketOutcome.Continuing)),
                    Choice(L(MessageKeys.StaffOutcomeReferred), nameof(TicketOutcome.Referred))),
            });
            body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = NoteKey, ["label"] = L(MessageKeys.StaffNoteLabel), ["isMultiline"] = true });
            actions.Add(Submit(L(MessageKeys.StaffCloseLabel), CloseAction, ticket.Id));
        }
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = AdaptiveCardBuilder.Version,
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    private static JsonObject Text(string text, bool bold = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold) block["weight"] = "Bolder";
        return block;
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Submit(string title, string action, string ticketId) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { [ActionKey] = action, [TicketKey] = ticketId },
    };
}
