namespace Kyodo.Bot.Stats;

/// <summary>What a consultation event counts; the value is stored in <c>consultation_events.kind</c>.</summary>
public static class ConsultationEventKinds
{
    /// <summary>A person was welcomed: their first contact (no detail).</summary>
    public const string Consultation = "consultation";

    /// <summary>A diagnosis ended; detail = Suitable / Conditional / NotSuitable.</summary>
    public const string Verdict = "verdict";

    /// <summary>Methods were recommended; detail = the top method's id.</summary>
    public const string Method = "method";

    /// <summary>A question the FAQ had no answer for; detail = the question with personal data masked.</summary>
    public const string Unanswered = "unanswered";
}
