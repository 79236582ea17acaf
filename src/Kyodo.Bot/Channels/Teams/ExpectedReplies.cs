using Kyodo.Bot.Activities;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>The answer to an <c>expectReplies</c> activity: <c>{ "activities": [ … ] }</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
