using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Channels.Teams;

public sealed class TeamsDeliveryTests : IAsyncLifetime
{
    private TeamsTestHost _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestHost.StartAsync();

    [Fact]
    public async Task Replies_go_to_the_Connector_as_replies_with_the_bots_token_which_is_fetched_once()
    {
        var first = _teams.Message("ヘルプ");
        await _teams.PostAsync(first);
        await _teams.PostAsync(_teams.Message("メニュー"));

        var calls = _teams.Framework.ConnectorCalls.ToArray();
        calls.Should().NotBeEmpty();
        calls.Should().OnlyContain(c => c.Authorization == "Bearer connector-token");
        calls.First().Path.Should().Be($"/connector/v3/conversations/a:personal-1/activities/{first.Id}");
        _teams.Framework.TokenRequests.Should().Be(1);
    }

    [Fact]
    public async Task An_activity_the_Connector_sends_again_is_answered_once()
    {
        var help = _teams.Message("ヘルプ");
        (await _teams.PostAsync(help)).StatusCode.Should().Be(HttpStatusCode.OK);
        var answered = _teams.Framework.ConnectorCalls.Count;

        (await _teams.PostAsync(help)).StatusCode.Should().Be(HttpStatusCode.OK);

        answered.Should().BeGreaterThan(0);
        _teams.Framework.ConnectorCalls.Should().HaveCount(answered);
    }

    [Fact]
    public async Task An_expect_replies_activity_sent_again_gets_the_current_question_again()
    {
        await Replies(_teams.Message("協働に向いているか診断", expectReplies: true));
        await Replies(_teams.Message("地域でこども食堂を開きたい", expectReplies: true));
        var yes = _teams.Message("はい", expectReplies: true);
        var first = await Replies(yes);

        var again = await Replies(yes);

        JsonSerializer.Serialize(first, BotJson.Options).Should().Contain("質問 2/7");
        JsonSerializer.Serialize(again, BotJson.Options).Should().Contain("質問 2/7").And.NotContain("質問 3/7");
    }

    [Fact]
    public async Task A_busy_or_failing_Connector_is_retried()
    {
        _teams.Framework.AnswerConnector(HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError);

        await _teams.PostAsync(_teams.Message("ヘルプ"));

        var calls = _teams.Framework.ConnectorCalls.ToArray();
        calls.Length.Should().BeGreaterThanOrEqualTo(3);
        calls[0].Body.ToJsonString().Should().Be(calls[2].Body.ToJsonString(), "the same reply is retried");
    }

    [Fact]
    public async Task Replies_the_Connector_does_not_take_are_kept_and_delivered_in_order_once_it_recovers()
    {
        await using var teams = await TeamsTestHost.StartAsync(QuickRedelivery());
        teams.Framework.AnswerConnector(Enumerable.Repeat(HttpStatusCode.InternalServerError, 1 + Kyodo.Bot.Channels.HttpResilience.MaxRetryAttempts).ToArray());
        var help = teams.Message("ヘルプ");

        (await teams.PostAsync(help)).StatusCode.Should().Be(HttpStatusCode.OK);
        var outbox = teams.App.Services.GetRequiredService<ConnectorOutbox>();
        await WaitUntilAsync(async () => (await outbox.ListAsync(default)).Count == 0);
        await Task.Delay(TimeSpan.FromSeconds(1));   // several more rounds of the redelivery: nothing more may go out

        var calls = teams.Framework.ConnectorCalls.ToArray();
        var refused = calls.Take(1 + Kyodo.Bot.Channels.HttpResilience.MaxRetryAttempts).ToArray();
        var delivered = calls.Skip(refused.Length).ToArray();
        refused.Should().OnlyContain(c => c.Body.ToJsonString() == refused[0].Body.ToJsonString(), "the request retried its first reply");
        delivered.Should().NotBeEmpty();
        delivered[0].Body.ToJsonString().Should().Be(refused[0].Body.ToJsonString(), "the replies went out from the one not taken, in order");
        delivered.Select(c => c.Body.ToJsonString()).Should().OnlyHaveUniqueItems("each reply is delivered once");
        delivered.Should().OnlyContain(c => c.Path == $"/connector/v3/conversations/a:personal-1/activities/{help.Id}");
        string.Join("\n", delivered.Select(c => c.Body["text"]?.GetValue<string>() ?? "")).Should().Contain("使い方です");
    }

    [Fact]
    public async Task Replies_to_a_conversation_whose_earlier_replies_wait_are_delivered_after_them()
    {
        var settings = QuickRedelivery();
        settings["BotFramework:RedeliveryInterval"] = "00:00:03";
        await using var teams = await TeamsTestHost.StartAsync(settings);
        teams.Framework.AnswerConnector(Enumerable.Repeat(HttpStatusCode.InternalServerError, 1 + Kyodo.Bot.Channels.HttpResilience.MaxRetryAttempts).ToArray());
        var help = teams.Message("ヘルプ");
        await teams.PostAsync(help);
        await Task.Delay(TimeSpan.FromSeconds(0.7));   // the Connector's breaker closes again: it would take a reply at once
        var menu = teams.Message("メニュー");

        await teams.PostAsync(menu);
        var outbox = teams.App.Services.GetRequiredService<ConnectorOutbox>();
        await WaitUntilAsync(async () => (await outbox.ListAsync(default)).Count == 0);

        var delivered = teams.Framework.ConnectorCalls.Skip(1 + Kyodo.Bot.Channels.HttpResilience.MaxRetryAttempts).Select(c => c.Path).ToList();
        delivered.FindLastIndex(path => path.EndsWith(help.Id!)).Should().BeGreaterThanOrEqualTo(0)
            .And.BeLessThan(delivered.FindIndex(path => path.EndsWith(menu.Id!)), "the earlier turn's replies go out first");
    }

    [Fact]
    public async Task Replies_kept_before_a_restart_are_delivered_by_the_next_host()
    {
        var framework = await FakeBotFramework.StartAsync();
        var settings = QuickRedelivery();
        var database = Support.TempFiles.NewDatabasePath();
        settings["BotFramework:RedeliveryInterval"] = "01:00:00";
        var before = await TeamsTestHost.StartAsync(settings, framework, database);
        framework.AnswerConnector(Enumerable.Repeat(HttpStatusCode.BadGateway, 1 + Kyodo.Bot.Channels.HttpResilience.MaxRetryAttempts).ToArray());
        await before.PostAsync(before.Message("ヘルプ"));
        (await before.App.Services.GetRequiredService<ConnectorOutbox>().ListAsync(default)).Should().ContainSingle().Which.Status.Should().Be("pending");
        await before.App.DisposeAsync();   // the host stops; the fake Bot Framework stays for the next one
        var refused = framework.ConnectorCalls.Count;

        settings["BotFramework:RedeliveryInterval"] = "00:00:00.1";
        await using var after = await TeamsTestHost.StartAsync(settings, framework, database);
        await WaitUntilAsync(async () => (await after.App.Services.GetRequiredService<ConnectorOutbox>().ListAsync(default)).Count == 0);

        string.Join("\n", framework.ConnectorCalls.Skip(refused).Select(c => c.Body["text"]?.GetValue<string>() ?? "")).Should().Contain("使い方です");
    }

    [Fact]
    public async Task Replies_the_Connector_refuses_for_good_are_marked_failed_with_the_reason_and_not_sent_again()
    {
        await using var teams = await TeamsTestHost.StartAsync(QuickRedelivery());
        teams.Framework.AnswerConnector(HttpStatusCode.Forbidden);

        await teams.PostAsync(teams.Message("ヘルプ"));
        await Task.Delay(TimeSpan.FromSeconds(1));

        teams.Framework.ConnectorCalls.Should().ContainSingle();
        var kept = (await teams.App.Services.GetRequiredService<ConnectorOutbox>().ListAsync(default)).Should().ContainSingle().Subject;
        (kept.Status, kept.ConversationId).Should().Be(("failed", "a:personal-1"));
        kept.Error.Should().Contain("403");
    }

    [Fact]
    public async Task Replies_the_Connector_keeps_failing_are_given_up_after_the_redelivery_time_with_the_reason()
    {
        var settings = QuickRedelivery();
        settings["BotFramework:RedeliverFor"] = "00:00:01";
        await using var teams = await TeamsTestHost.StartAsync(settings);
        teams.Framework.AnswerConnector(Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 200).ToArray());

        await teams.PostAsync(teams.Message("ヘルプ"));
        var outbox = teams.App.Services.GetRequiredService<ConnectorOutbox>();
        await WaitUntilAsync(async () => (await outbox.ListAsync(default)) is [{ Status: "failed" }]);

        var kept = (await outbox.ListAsync(default)).Single();
        kept.Attempts.Should().BeGreaterThan(1);
        kept.Error.Should().NotBeNullOrWhiteSpace();
        kept.Replies.Should().BeGreaterThan(0);
    }

    /// <summary>The Connector's breaker and the redelivery in fractions of a second instead of half a minute and ten seconds.</summary>
    private static Dictionary<string, string?> QuickRedelivery() => new()
    {
        ["BotFramework:ConnectorBreak"] = "00:00:00.5",
        ["BotFramework:RedeliveryInterval"] = "00:00:00.1",
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold within 30 s.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task In_a_team_channel_the_bot_answers_only_when_mentioned_with_the_mention_removed()
    {
        var plain = InChannel(_teams.Message("ヘルプ", expectReplies: true));
        (await Replies(plain)).Should().BeEmpty();

        var mentioned = InChannel(_teams.Message("<at>Kyodo.Bot</at> ヘルプ", expectReplies: true));
        mentioned.Entities = [JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = mentioned.Recipient!.Id, name = "Kyodo.Bot" }, text = "<at>Kyodo.Bot</at>" })];
        string.Join("\n", (await Replies(mentioned)).Select(r => r.Text)).Should().Contain("使い方です");
    }

    [Fact]
    public async Task Being_added_in_personal_scope_greets_and_a_team_install_stays_quiet()
    {
        var added = _teams.Message("", expectReplies: true);
        added.Type = ActivityTypes.ConversationUpdate;
        added.Text = null;
        added.MembersAdded = [added.Recipient!];
        string.Join("\n", (await Replies(added)).Select(r => r.Text)).Should().Contain("相談ボット");

        var inTeam = InChannel(_teams.Message("", expectReplies: true));
        inTeam.Type = ActivityTypes.ConversationUpdate;
        inTeam.Text = null;
        inTeam.MembersAdded = [inTeam.Recipient!];
        (await Replies(inTeam)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_Universal_Action_gets_a_proper_invoke_response_and_acts_as_the_button()
    {
        var invoke = _teams.Message("");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";
        invoke.Text = null;
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "choose", data = new { choice = "menu.question" } }, trigger = "manual" });

        var response = await _teams.PostAsync(invoke);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("statusCode").GetInt32().Should().Be(200);
        body.GetProperty("type").GetString().Should().Be("application/vnd.microsoft.activity.message");
        _teams.Framework.ConnectorCalls.Select(c => c.Body["text"]?.GetValue<string>() ?? "").Should().Contain(t => t.Contains("知りたいこと"));
    }

    [Fact]
    public async Task Unknown_activity_types_are_ignored_and_malformed_bodies_get_400()
    {
        var typing = _teams.Message("");
        typing.Type = "typing";
        (await _teams.PostAsync(typing)).StatusCode.Should().Be(HttpStatusCode.OK);
        _teams.Framework.ConnectorCalls.Should().BeEmpty();

        var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{nope", System.Text.Encoding.UTF8, "application/json") };
        (await _teams.Http.SendAsync(malformed)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{nope", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[1, 2]", "JSON object with a type")]
    [InlineData("null", "JSON object with a type")]
    [InlineData("{\"text\": \"hi\"}", "JSON object with a type")]
    [InlineData("{\"type\": 5}", "JSON object with a type")]
    public async Task A_body_that_is_not_an_activity_gets_400_saying_why(string body, string why)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

        var response = await _teams.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(why);
    }

    private static Activity InChannel(Activity activity)
    {
        activity.Conversation = new ConversationAccount { Id = "19:channel@thread.tacv2", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };
        return activity;
    }

    private async Task<IReadOnlyList<Activity>> Replies(Activity activity)
    {
        var response = await _teams.PostAsync(activity);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length == 0) return [];
        var body = JsonDocument.Parse(text).RootElement;
        return body.TryGetProperty("activities", out var list) ? list.Deserialize<List<Activity>>(BotJson.Options)! : [];
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();
}
