namespace Kyodo.Bot.Content;

/// <summary>What to check before choosing a partner (the seeds' 「パートナーを探すときのコツ」), shown beside the matches.</summary>
public sealed record PartnerTips(string Title, string Intro, IReadOnlyList<string> Checks, SourceRef Source);
