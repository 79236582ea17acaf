namespace Kyodo.Bot.Content;

/// <summary>Everything loaded from <c>dialogs/</c>: all user-visible text and guidance. Immutable once loaded.</summary>
public sealed record GuidanceContent(
    IReadOnlyDictionary<string, string> Messages,
    IReadOnlyList<MenuItem> Menu,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Interruptions,
    Words Words,
    DiagnosisContent Diagnosis,
    MethodsContent Methods,
    ChecklistContent Checklist,
    IReadOnlyList<FaqEntry> Faq,
    DeskContent Desks,
    DocumentsContent Documents,
    IReadOnlyDictionary<string, string> SourceTitles)
{
    /// <summary>What people may want when they type freely (dialogs/intents.yaml).</summary>
    public IReadOnlyList<IntentDefinition> Intents { get; init; } = [];

    /// <summary>Kanji numerals for amounts (words.yaml <c>numerals:</c>).</summary>
    public Numerals Numerals { get; init; } = Numerals.Empty;

    /// <summary>Date words (words.yaml <c>dates:</c>).</summary>
    public DateWords Dates { get; init; } = DateWords.Empty;

    /// <summary>The partner directory (dialogs/partners.yaml).</summary>
    public PartnerDirectory Partners { get; init; } = PartnerDirectory.Empty;

    /// <summary>A citation as people read it: the document's title and the heading (the file name only when no title is known).</summary>
    public string Cite(SourceRef source) =>
        SourceTitles.TryGetValue(source.File, out var title) ? $"{title} {source.Section}" : source.ToString();

    /// <summary>A fixed phrase by key; keys are validated at load time, so a miss is a programming error.</summary>
    public string Message(string key) =>
        Messages.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"message '{key}' is not in dialogs/messages.yaml");
}

/// <summary>Where a piece of guidance comes from: a seed file and the heading inside it.</summary>
public sealed record SourceRef(string File, string Section)
{
    public override string ToString() => $"{File} {Section}".Trim();
}

/// <summary>Words for understanding answers: yes / no / unsure, and number words (the words people use for 1, 2, 3 …).</summary>
public sealed record Words(
    IReadOnlyList<string> Yes,
    IReadOnlyList<string> No,
    IReadOnlyList<string> Unsure,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Numbers);

public sealed record MenuItem(string Id, string Label, IReadOnlyList<string> Keywords);

public sealed record AnswerOption(string Id, string Label, IReadOnlyList<string> Synonyms);

public sealed record DiagnosisContent(
    string DescribePrompt,
    IReadOnlyList<DiagnosisQuestion> Questions,
    IReadOnlyList<DiagnosisRule> Rules,
    IReadOnlyDictionary<Verdict, VerdictText> Verdicts);

public sealed record DiagnosisQuestion(string Id, string Text, string? Help, IReadOnlyList<AnswerOption> Answers, SourceRef Source);

/// <summary>When every condition holds (question id → one of the answer ids), the rule decides towards its verdict.</summary>
public sealed record DiagnosisRule(
    string Id,
    IReadOnlyDictionary<string, IReadOnlyList<string>> When,
    Verdict Verdict,
    string Reason,
    SourceRef Source);

public enum Verdict { Suitable, Conditional, NotSuitable }

public sealed record VerdictText(string Label, string Summary);

public sealed record MethodsContent(IReadOnlyList<MethodFact> Facts, IReadOnlyList<CollaborationMethod> Methods);

public enum FactKind { Choice, Number }

/// <summary>A fact the recommender needs (partner, who pays …). A diagnosis question with the same id fills it.</summary>
public sealed record MethodFact(string Id, FactKind Kind, string Question, IReadOnlyList<AnswerOption> Answers, SourceRef? Source);

public sealed record CollaborationMethod(
    string Id,
    string Name,
    string Summary,
    IReadOnlyList<string> Benefits,
    IReadOnlyList<string> Cautions,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Requires,
    IReadOnlyList<FitRule> Fit,
    SourceRef Source);

/// <summary>Points a method earns when a fact has one of <see cref="Answers"/>, or a number within [Min, Max].</summary>
public sealed record FitRule(string Fact, IReadOnlyList<string> Answers, int? Min, int? Max, int Points, string Reason);

public sealed record ChecklistContent(IReadOnlyList<ChecklistStep> Steps, IReadOnlyList<MethodItems> MethodItems);

public sealed record ChecklistStep(string Id, int Number, string Title, string Summary, IReadOnlyList<ChecklistItem> Items, SourceRef Source);

public sealed record ChecklistItem(string Id, string Text, SourceRef? Source);

/// <summary>Items added to one step only when the person chose this method.</summary>
public sealed record MethodItems(string Method, string Step, IReadOnlyList<ChecklistItem> Items, SourceRef Source);

public sealed record FaqEntry(string Id, string Question, IReadOnlyList<string> Phrasings, string Answer, SourceRef Source);

public sealed record DeskContent(IReadOnlyList<Desk> Desks, IReadOnlyList<Area> Areas);

public sealed record Desk(
    string Id,
    string Name,
    string Prefecture,
    IReadOnlyList<string> Municipalities,
    string? Phone,
    string? Fax,
    string? Email,
    string? Address,
    string? Url,
    string? Hours,
    string? Note,
    SourceRef Source,
    Kyodo.Bot.Handoff.OfficeHours? ChatHours = null)
{
    /// <summary>Whether staff of this desk take over chats (it has chat hours); otherwise the person gets the contact details.</summary>
    public bool TakesChats => ChatHours is not null;
}

/// <summary>An area a person can pick; routing goes municipality desk first, then the prefecture's desk.</summary>
public sealed record Area(string Prefecture, IReadOnlyList<string> Municipalities);
