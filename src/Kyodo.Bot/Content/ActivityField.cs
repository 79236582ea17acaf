namespace Kyodo.Bot.Content;

/// <summary>A field of activity (NPO法の活動分野, as the seeds name them) and the words that point to it in a project description.</summary>
public sealed record ActivityField(string Id, string Label, IReadOnlyList<string> Keywords);
