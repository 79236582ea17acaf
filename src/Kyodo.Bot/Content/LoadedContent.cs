using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Content;

/// <summary>The content and what is computed from it once per load (the FAQ index).</summary>
public sealed class LoadedContent(GuidanceContent content)
{
    public GuidanceContent Content { get; } = content;
    public FaqIndex Faq { get; } = new(content.Faq);
}
