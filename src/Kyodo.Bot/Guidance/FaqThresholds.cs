namespace Kyodo.Bot.Guidance;

/// <summary>Every tuning number of the FAQ lookup, in one place. Scores are relevance (see <see cref="FaqMatch"/>), about 0..1.</summary>
public static class FaqThresholds
{
    /// <summary>BM25 term-frequency saturation: the usual value; a repeated bigram soon stops adding.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalization: the usual value; long answers should not win by sheer size.</summary>
    public const double B = 0.75;

    /// <summary>Weight of the question and of each phrasing: they are how people ask, so they count three times the answer.</summary>
    public const double QuestionWeight = 3.0;

    /// <summary>Weight of the answer text: it helps recall (topic words) but should not outrank a matching question.</summary>
    public const double AnswerWeight = 1.0;

    /// <summary>Weight of a gram written only in hiragana (particles, です・ます, ください): present in most questions, says little about the topic.</summary>
    public const double KanaOnlyGramWeight = 0.4;

    /// <summary>A query counts as carrying at least this many rare bigrams' worth of information: "何ですか" alone must not look like a perfect match.</summary>
    public const double MinQueryTerms = 2.0;

    /// <summary>
    /// Below this nothing is relevant (None): on the sample FAQ unrelated questions (tax, weather, 住民票, greetings) score ≤ 0.08
    /// and wordy but relevant ones ("相談窓口を教えてください") ≥ 0.16, so the cut sits between. Re-check when the FAQ grows.
    /// </summary>
    public const double MinRelevance = 0.12;

    /// <summary>A runner-up scoring at least this share of the winner is "about equal" (Choose); below it the winner is clear (Best).</summary>
    public const double CloseRatio = 0.8;

    /// <summary>At most this many candidates in a Choose answer: more than three buttons is not a choice on a phone.</summary>
    public const int MaxChoices = 3;
}
