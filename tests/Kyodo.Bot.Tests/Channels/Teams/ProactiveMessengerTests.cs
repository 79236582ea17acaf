using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Channels.Teams;

public sealed class ProactiveMessengerTests
{
    [Fact]
    public async Task A_stored_conversation_can_be_written_to_later_and_the_message_updated()
    {
        await using var teams = await TeamsTestHost.StartAsync();
        await teams.PostAsync(teams.Message("ヘルプ", conversation: "a:staff-1", expectReplies: true));
        var messenger = teams.App.Services.GetRequiredService<ProactiveMessenger>();

        var id = await messenger.SendAsync("a:staff-1", new Activity { Text = "新しい相談があります" }, default);
        await messenger.UpdateAsync("a:staff-1", id!, new Activity { Text = "対応中です" }, default);

        var calls = teams.Framework.ConnectorCalls.ToArray();
        calls[0].Method.Should().Be("POST");
        calls[0].Path.Should().Be("/connector/v3/conversations/a:staff-1/activities");
        calls[0].Body["recipient"]!["id"]!.GetValue<string>().Should().Be("29:user-1");
        calls[1].Method.Should().Be("PUT");
        calls[1].Path.Should().Be($"/connector/v3/conversations/a:staff-1/activities/{id}");
        calls.Should().OnlyContain(c => c.Authorization == "Bearer connector-token");
    }

    [Fact]
    public async Task A_conversation_never_seen_cannot_be_written_to()
    {
        await using var teams = await TeamsTestHost.StartAsync();
        var messenger = teams.App.Services.GetRequiredService<ProactiveMessenger>();

        var send = () => messenger.SendAsync("a:unknown", new Activity { Text = "x" }, default);

        await send.Should().ThrowAsync<InvalidOperationException>();
        teams.Framework.ConnectorCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task The_Connector_client_refuses_service_urls_that_never_came_authenticated()
    {
        await using var teams = await TeamsTestHost.StartAsync();
        var connector = teams.App.Services.GetRequiredService<ConnectorClient>();

        var send = () => connector.SendToConversationAsync("https://attacker.example/", "a:1", new Activity { Text = "x" }, default);

        await send.Should().ThrowAsync<InvalidOperationException>();
    }
}
