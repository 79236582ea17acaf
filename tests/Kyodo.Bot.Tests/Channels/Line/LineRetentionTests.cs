using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineRetentionTests
{
    [Fact]
    public async Task Old_events_and_the_data_of_people_who_left_long_ago_are_deleted_recent_ones_kept()
    {
        await using var line = await LineTestHost.StartAsync();
        await line.SendAsync(LineEvents.Text("Ugone", "ヘルプ"));
        await line.SendAsync(LineEvents.Unfollow("Ugone"));
        await line.SendAsync(LineEvents.Text("Ustays", "ヘルプ"));
        var store = line.App.Services.GetRequiredService<IStateStore>();
        (await store.ReadAsync(StateKeys.User("line", "Ugone"), default)).Should().NotBeNull();

        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(91));
        var retention = new LineRetention(line.App.Services.GetRequiredService<Database>(), store, line.App.Services.GetRequiredService<IOptions<LineOptions>>(), later);
        await retention.DeleteExpiredAsync(default);

        (await store.ReadAsync(StateKeys.User("line", "Ugone"), default)).Should().BeNull();
        (await store.ReadAsync(StateKeys.Conversation("line", "Ugone"), default)).Should().BeNull();
        (await store.ReadAsync(StateKeys.User("line", "Ustays"), default)).Should().NotBeNull("a friend who stayed keeps their progress");
        (await line.Inbox.HasUnfollowedAsync("Ugone", default)).Should().BeFalse();
    }

    [Fact]
    public async Task Nothing_recent_is_deleted()
    {
        await using var line = await LineTestHost.StartAsync();
        var recent = LineEvents.Text("U1", "ヘルプ");
        await line.SendAsync(recent);

        await line.App.Services.GetRequiredService<LineRetention>().DeleteExpiredAsync(default);

        (await line.Inbox.FindAsync(recent["webhookEventId"]!.GetValue<string>(), default)).Should().NotBeNull();
    }
}
