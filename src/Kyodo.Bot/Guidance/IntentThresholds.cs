namespace Kyodo.Bot.Guidance;

/// <summary>Every tuning number of the intent recognizer, in one place. Tuned on tests/…/Understanding/DevSet (see bench/README.md).</summary>
public static class IntentThresholds
{
    /// <summary>Weight of the keyword evidence (0..1, noisy-or of the matched keywords).</summary>
    public const double KeywordWeight = 0.5;

    /// <summary>Weight of the closest example (cosine of tf-idf weighted character bigrams/trigrams, 0..1).</summary>
    public const double ExampleWeight = 0.5;

    /// <summary>Weight of the FAQ relevance for the question intent: a text that matches an FAQ entry is probably a question.</summary>
    public const double FaqWeight = 0.35;

    /// <summary>A keyword of n characters is worth n × this, at most <see cref="MaxKeywordEvidence"/>: long keywords are specific, 「？」 is a hint.</summary>
    public const double KeywordPerChar = 0.25;

    public const double MaxKeywordEvidence = 0.9;

    /// <summary>Below this the top intent is too weak to act on: unsure.</summary>
    public const double MinScore = 0.2;

    /// <summary>The top intent must lead the runner-up by at least this much; closer means unsure (never a wrong confident jump).</summary>
    public const double MinMargin = 0.06;

    /// <summary>Texts this short (after normalizing) that pick a menu item by ChoiceRecognizer are menu choices (「1」「②」「診断」).</summary>
    public const int MaxMenuChoiceLength = 3;
}
