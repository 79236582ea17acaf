using System.Net;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Channels.Line;

public sealed class LineDeliveryTests
{
    [Fact]
    public async Task A_reply_token_too_old_falls_back_to_push_with_a_retry_key_when_push_is_allowed()
    {
        await using var line = await LineTestHost.StartAsync(allowPush: true);

        await line.SendAsync(LineEvents.Text("U1", "ヘルプ", at: DateTimeOffset.UtcNow.AddMinutes(-5)));

        line.Api.CallsTo("/reply").Should().BeEmpty();
        var push = line.Api.CallsTo("/push").Should().ContainSingle().Subject;
        push.Body["to"]!.GetValue<string>().Should().Be("U1");
        Guid.TryParse(push.RetryKey, out _).Should().BeTrue();
        LineSpec.ShouldConform(line.Api.Calls);
    }

    [Fact]
    public async Task A_reply_token_too_old_with_push_not_allowed_is_recorded_as_failed()
    {
        await using var line = await LineTestHost.StartAsync(allowPush: false);
        var stale = LineEvents.Text("U1", "ヘルプ", at: DateTimeOffset.UtcNow.AddMinutes(-5));

        await line.SendAsync(stale);

        line.Api.Calls.Should().BeEmpty();
        var stored = await line.Inbox.FindAsync(stale["webhookEventId"]!.GetValue<string>(), default);
        stored!.Value.Status.Should().Be("failed");
        stored.Value.Error.Should().Contain("AllowPush");
    }

    [Fact]
    public async Task An_event_run_again_whose_reply_token_is_too_old_is_recorded_as_failed_and_not_pushed()
    {
        await using var line = await LineTestHost.StartAsync(allowPush: true);
        var stale = LineEvents.Text("U1", "ヘルプ", at: DateTimeOffset.UtcNow.AddMinutes(-5));
        var mapped = LineActivityMapper.ToActivity(new LineEvent(System.Text.Json.JsonDocument.Parse(stale.ToJsonString()).RootElement.Clone()))!;
        await line.App.Services.GetRequiredService<ITurnProcessor>().ProcessAsync(mapped, default);   // applied before an interruption

        await line.SendAsync(stale);

        line.Api.CallsTo("/push").Should().BeEmpty("it may have been answered already");
        var stored = await line.Inbox.FindAsync(stale["webhookEventId"]!.GetValue<string>(), default);
        stored!.Value.Status.Should().Be("failed");
        stored.Value.Error.Should().Contain("not answered twice");
    }

    [Fact]
    public async Task A_refused_reply_token_falls_back_to_push()
    {
        await using var line = await LineTestHost.StartAsync(allowPush: true);
        line.Api.Answer("/reply", HttpStatusCode.BadRequest, """{"message":"Invalid reply token"}""");

        await line.SendAsync(LineEvents.Text("U1", "ヘルプ"));

        line.Api.CallsTo("/reply").Should().ContainSingle();
        line.Api.CallsTo("/push").Should().ContainSingle();
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_time_LINE_asks_for()
    {
        await using var line = await LineTestHost.StartAsync();
        line.Api.Answer("/reply", HttpStatusCode.TooManyRequests, """{"message":"Too many requests"}""", retryAfter: "1");

        var started = DateTime.UtcNow;
        await line.SendAsync(LineEvents.Text("U1", "ヘルプ"));

        line.Api.CallsTo("/reply").Should().HaveCount(2);
        (DateTime.UtcNow - started).Should().BeGreaterThan(TimeSpan.FromSeconds(0.9));
        line.Api.CallsTo("/reply").Select(c => c.Body["replyToken"]!.GetValue<string>()).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task A_retried_push_keeps_its_retry_key_so_LINE_delivers_it_once()
    {
        await using var line = await LineTestHost.StartAsync(allowPush: true);
        line.Api.Answer("/push", HttpStatusCode.InternalServerError);
        line.Api.Answer("/push", HttpStatusCode.Conflict, """{"message":"The retry key is already accepted"}""");

        var lineEvent = LineEvents.Text("U1", "ヘルプ", at: DateTimeOffset.UtcNow.AddMinutes(-5));
        await line.SendAsync(lineEvent);

        var pushes = line.Api.CallsTo("/push");
        pushes.Should().HaveCount(2);
        pushes.Select(p => p.RetryKey).Distinct().Should().ContainSingle();
        (await line.Inbox.FindAsync(lineEvent["webhookEventId"]!.GetValue<string>(), default))!.Value.Status.Should().Be("done");
    }

    [Fact]
    public async Task A_LINE_that_times_out_is_retried_with_the_same_retry_key_and_the_message_delivered()
    {
        // A timeout with room to spare: under a busy test run, a retry that itself took more than 1 s was once tried a third time.
        await using var line = await LineTestHost.StartAsync(allowPush: true, settings: new Dictionary<string, string?> { ["Line:RequestTimeoutSeconds"] = "3" });
        line.Api.Hang("/push", TimeSpan.FromSeconds(30));

        var lineEvent = LineEvents.Text("U1", "ヘルプ", at: DateTimeOffset.UtcNow.AddMinutes(-5));
        await line.SendAsync(lineEvent);

        var pushes = line.Api.CallsTo("/push");
        pushes.Should().HaveCount(2, "the attempt that timed out is tried again");
        pushes.Select(p => p.RetryKey).Distinct().Should().ContainSingle("so LINE executes the push once even if the first attempt arrived");
        (await line.Inbox.FindAsync(lineEvent["webhookEventId"]!.GetValue<string>(), default))!.Value.Status.Should().Be("done");
    }

    [Fact]
    public async Task Server_errors_are_retried_then_recorded_and_the_circuit_opens()
    {
        await using var line = await LineTestHost.StartAsync();
        for (var i = 0; i < 4; i++) line.Api.Answer("/reply", HttpStatusCode.InternalServerError);
        var first = LineEvents.Text("U1", "ヘルプ");

        await line.SendAsync(first);

        line.Api.CallsTo("/reply").Should().HaveCount(4);
        var failed = await line.Inbox.FindAsync(first["webhookEventId"]!.GetValue<string>(), default);
        failed!.Value.Status.Should().Be("failed");

        var second = LineEvents.Text("U2", "ヘルプ");
        await line.SendAsync(second);

        line.Api.CallsTo("/reply").Should().HaveCount(4, "the open circuit keeps the bot from calling a failing LINE");
        (await line.Inbox.FindAsync(second["webhookEventId"]!.GetValue<string>(), default))!.Value.Error.Should().Contain("BrokenCircuit");
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_LINE_details_are_kept()
    {
        await using var line = await LineTestHost.StartAsync();
        line.Api.Answer("/reply", HttpStatusCode.Forbidden, """{"message":"Not authorized","details":[]}""");
        var lineEvent = LineEvents.Text("U1", "ヘルプ");

        await line.SendAsync(lineEvent);

        line.Api.CallsTo("/reply").Should().ContainSingle();
        (await line.Inbox.FindAsync(lineEvent["webhookEventId"]!.GetValue<string>(), default))!.Value.Error.Should().Contain("Not authorized");
    }

    [Fact]
    public async Task A_slow_turn_shows_the_loading_animation_first()
    {
        await using var line = await LineTestHost.StartAsync(loadingAfterMilliseconds: 0);

        await line.SendAsync(LineEvents.Text("U1", "ヘルプ"));

        line.Api.Calls.Select(c => c.Path).Should().Equal("/v2/bot/chat/loading/start", "/v2/bot/message/reply");
        LineSpec.ShouldConform(line.Api.Calls);
    }

    [Fact]
    public async Task A_turn_slower_than_the_patience_shows_the_loading_animation_and_a_quick_one_does_not()
    {
        await using var line = await LineTestHost.StartAsync(loadingAfterMilliseconds: 200, services: services =>
        {
            services.AddSingleton<TurnProcessor>();
            services.AddSingleton<ITurnProcessor>(provider => new SlowFor("Uslow", provider.GetRequiredService<TurnProcessor>()));
        });

        await line.SendAsync(LineEvents.Text("Uquick", "ヘルプ"));
        line.Api.Calls.Select(c => c.Path).Should().Equal("/v2/bot/message/reply");

        await line.SendAsync(LineEvents.Text("Uslow", "ヘルプ"));
        line.Api.Calls.Skip(1).Select(c => c.Path).Should().Equal("/v2/bot/chat/loading/start", "/v2/bot/message/reply");
        line.Api.CallsTo("/loading/start").Single().Body["chatId"]!.GetValue<string>().Should().Be("Uslow");
    }

    /// <summary>Turns of one person take two seconds (far past the patience); everyone else's run as usual.</summary>
    private sealed class SlowFor(string userId, ITurnProcessor inner) : ITurnProcessor
    {
        public async Task<TurnReplies> ProcessAsync(Activity incoming, CancellationToken cancellationToken)
        {
            if (incoming.From?.Id == userId) await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            return await inner.ProcessAsync(incoming, cancellationToken);
        }
    }
}
