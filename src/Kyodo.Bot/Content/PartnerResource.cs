namespace Kyodo.Bot.Content;

/// <summary>Something an organisation offers or needs (資金, 人材・ボランティア, 場所・施設 …), with the words people use for it.</summary>
public sealed record PartnerResource(string Id, string Label, IReadOnlyList<string> Synonyms);
