using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Content;

/// <summary>The content and what is computed from it once per load (the FAQ index, the intent recognizer, the interruption words).</summary>
public sealed class LoadedContent
{
    public LoadedContent(GuidanceContent content)
    {
        Content = content;
        Faq = new FaqIndex([.. content.Faq, .. GuidanceAnswers.From(content)]);
        Intents = new IntentRecognizer(content.Intents, content.Menu, content.Words, Faq);
        Interruptions = new InterruptionWords(content.Interruptions);
    }

    public GuidanceContent Content { get; }
    public FaqIndex Faq { get; }
    public IntentRecognizer Intents { get; }
    public InterruptionWords Interruptions { get; }
}
