using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.DirectLine;

/// <summary>The try-it conversations held in memory, bounded: the least recently used are forgotten first.</summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation)) return null;
        conversation.LastUsed = clock.GetUtcNow();
        return conversation;
    }

    /// <summary>The conversation, and whether it was created by this call.</summary>
    public (DirectLineConversation Conversation, bool Created) GetOrStart(string id)
    {
        var created = false;
        var conversation = _conversations.GetOrAdd(id, key =>
        {
            created = true;
            return new DirectLineConversation(key, options.Value.MaxActivitiesPerConversation);
        });
        conversation.LastUsed = clock.GetUtcNow();
        if (created) EvictBeyondLimit();
        return (conversation, created);
    }

    private void EvictBeyondLimit()
    {
        var excess = _conversations.Count - options.Value.MaxConversations;
        if (excess <= 0) return;
        foreach (var idle in _conversations.Values.OrderBy(c => c.LastUsed).Take(excess).ToArray())
            _conversations.TryRemove(idle.Id, out _);
    }
}
