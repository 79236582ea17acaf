using System.Collections.Concurrent;

namespace Kyodo.Bot.Channels.Teams;

/// <summary>Service URLs seen in authenticated activities: the only ones the bot will send to (no open relay).</summary>
public sealed class ServiceUrlAllowList
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string serviceUrl) => _urls.TryAdd(Normalize(serviceUrl), 0);

    public bool Contains(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string url) => url.TrimEnd('/');
}
