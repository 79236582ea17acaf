namespace Kyodo.Bot.Handoff;

/// <summary>
/// What staff need to pick up a consultation without asking again: the person's own words, area, diagnosis answers
/// and verdict, recommended and chosen methods, checklist progress, the recent conversation, and the organisations
/// the person asked to be introduced to.
/// </summary>
public sealed record Dossier(
    string Words,
    string? Prefecture,
    string? Municipality,
    string? ProjectDescription,
    IReadOnlyList<DossierAnswer> DiagnosisAnswers,
    string? Verdict,
    IReadOnlyList<string> RecommendedMethods,
    string? ChosenMethod,
    IReadOnlyList<string> TickedItems,
    string? CurrentStep,
    IReadOnlyList<TranscriptLine> RecentConversation,
    IReadOnlyList<IntroductionCandidate>? Introductions = null);

/// <summary>An organisation the person asked to be introduced to, with the contact route only staff see.</summary>
public sealed record IntroductionCandidate(string Name, string? Contact);

/// <summary>A diagnosis question and the person's answer, as people read them.</summary>
public sealed record DossierAnswer(string Question, string Answer);
