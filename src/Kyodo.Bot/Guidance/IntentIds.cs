namespace Kyodo.Bot.Guidance;

/// <summary>The intent ids of dialogs/intents.yaml, and <see cref="Unsure"/> for "cannot tell".</summary>
public static class IntentIds
{
    public const string Diagnose = "diagnose";
    public const string Recommend = "recommend";
    public const string Checklist = "checklist";
    public const string Desk = "desk";
    public const string Question = "question";
    public const string SmallTalk = "small_talk";
    public const string OutOfScope = "out_of_scope";
    public const string Partner = "partner";

    /// <summary>Not an intent of the content: the recognizer could not tell (too low, or two intents too close).</summary>
    public const string Unsure = "unsure";
}
