using Kyodo.Bot.Guidance;

namespace Kyodo.Bot.Conversation;

/// <summary>
/// A person asked the desk's staff to introduce them to organisations of the partner directory: which ones, what they were
/// looking for, and when. Recorded in <see cref="ConversationState.IntroductionRequests"/>; nothing is sent to anyone yet.
/// </summary>
public sealed record IntroductionRequest(IReadOnlyList<string> PartnerIds, PartnerQuery Query, DateTimeOffset RequestedAt);
