using Kyodo.Bot.Activities;

namespace Kyodo.Bot.DirectLine;

/// <summary>The answer to a poll for activities: <c>{ "activities": [ … ], "watermark": "…" }</c>.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
