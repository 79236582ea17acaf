using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>A method offered to the person, its score and the reasons (texts of the matching fit rules with points &gt; 0).</summary>
public sealed record MethodRecommendation(CollaborationMethod Method, int Score, IReadOnlyList<string> Reasons);
