using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Handoff;

/// <summary>Turns what the bot knows about a person into the dossier staff read, in the words people use (labels, not ids).</summary>
public static class DossierBuilder
{
    public static Dossier Build(GuidanceContent content, UserProfile profile, string words, IReadOnlyList<TranscriptLine> recent, IReadOnlyList<string>? partnerIds = null)
    {
        var answers = content.Diagnosis.Questions
            .Where(q => profile.DiagnosisAnswers.ContainsKey(q.Id))
            .Select(q => new DossierAnswer(q.Text, q.Answers.FirstOrDefault(a => a.Id == profile.DiagnosisAnswers[q.Id])?.Label ?? profile.DiagnosisAnswers[q.Id]))
            .ToArray();
        var verdict = Enum.TryParse<Verdict>(profile.Verdict, out var known) && content.Diagnosis.Verdicts.TryGetValue(known, out var text) ? text.Label : profile.Verdict;
        var plan = ChecklistPlanner.For(content.Checklist, profile.ChosenMethod);
        var ticked = plan.Steps.SelectMany(s => s.Items).Where(i => profile.TickedItems.Contains(i.Id)).Select(i => i.Text).ToArray();
        return new Dossier(
            words,
            profile.Prefecture,
            profile.Municipality,
            profile.ProjectDescription,
            answers,
            verdict,
            profile.RecommendedMethods.Select(id => MethodName(content, id)).ToArray(),
            profile.ChosenMethod is { } chosen ? MethodName(content, chosen) : null,
            ticked,
            CurrentStep(plan, profile),
            recent.ToArray(),
            (partnerIds ?? []).Select(id => Candidate(content, id)).OfType<IntroductionCandidate>().ToArray());
    }

    /// <summary>The checklist step the person is on ("2. 大枠の検討"), or null when they have not started the checklist.</summary>
    public static string? CurrentStep(ChecklistPlan plan, UserProfile profile)
    {
        if (profile.TickedItems.Count == 0 || plan.Steps.Count == 0) return null;
        var step = plan.Steps[plan.FirstOpenStepIndex(profile.TickedItems)].Step;
        return $"{step.Number}. {step.Title}";
    }

    private static IntroductionCandidate? Candidate(GuidanceContent content, string id) =>
        content.Partners.Organizations.FirstOrDefault(o => o.Id == id && o.Consent) is { } entry
            ? new IntroductionCandidate(entry.Name, content.Partners.StaffContacts.GetValueOrDefault(id))
            : null;

    private static string MethodName(GuidanceContent content, string id) =>
        content.Methods.Methods.FirstOrDefault(m => m.Id == id)?.Name ?? id;
}
