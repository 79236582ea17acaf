using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>An FAQ entry and its relevance to the query: BM25 divided by the BM25 of an ideal match (every query gram once in the question): about 0..1, a little above 1 when an entry repeats the query's words.</summary>
public sealed record FaqMatch(FaqEntry Entry, double Score);
