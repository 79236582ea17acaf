using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs.Cards;

/// <summary>The diagnosis verdict, its summary, and the criteria that decided it with their sources.</summary>
public static class VerdictCard
{
    public static Card Build(TurnContext turn, DiagnosisResult result)
    {
        var verdict = turn.Content.Diagnosis.Verdicts[result.Verdict];
        var sections = new List<CardSection> { new(null, [verdict.Summary]) };
        if (result.Reasons.Count > 0)
            sections.Add(new CardSection(turn.Message(MessageKeys.DiagnosisReasonsLabel), result.Reasons.Select(r => r.Text).ToArray()));
        sections.Add(SourceSection.Of(turn, result.Reasons.Select(r => r.Source)));
        ReplyButton[] buttons = result.NeedsJudgement
            ? [new ReplyButton(turn.Message(MessageKeys.TalkToPersonLabel), Handoff.HandoffDesk.AskValueFor(Handoff.EscalationReason.JudgementCall))]
            : [];
        return new Card(turn.Message(MessageKeys.DiagnosisResultTitle, ("verdict", verdict.Label)), null, sections, buttons);
    }
}
