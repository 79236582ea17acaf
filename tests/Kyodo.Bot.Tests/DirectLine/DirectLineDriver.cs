using Kyodo.Bot.Activities;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.DirectLine;

/// <summary>Plays conversation scripts through the host's Direct Line endpoint over HTTP.</summary>
public sealed class DirectLineDriver : IConversationDriver
{
    private readonly BotApplication _app = new();
    private readonly DirectLineClient _client;
    private bool _started;

    public DirectLineDriver() => _client = new DirectLineClient(_app.CreateClient());

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            _started = true;
            return await _client.StartAsync(activity.MembersAdded![0].Id!);
        }
        if (!_started)
        {
            // Web Chat always starts the conversation first; its greeting is part of this first turn's replies.
            _started = true;
            var greeting = await _client.StartAsync(activity.From!.Id!);
            return [.. greeting, .. await _client.SendAsync(activity)];
        }
        return await _client.SendAsync(activity);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
