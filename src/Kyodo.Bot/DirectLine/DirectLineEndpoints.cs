using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.DirectLine;

/// <summary>
/// A Direct Line 3.0-compatible endpoint inside the host, enough for Bot Framework Web Chat with polling:
/// tokens, conversations, and activities with a watermark.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BotId = "kyodo-bot";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Enabled) return app;
        var group = app.MapGroup("/v3/directline");
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        return app;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        if (!auth.MayStart(request)) return DirectLineErrors.BadToken();
        var (body, error) = await DirectLineRequests.ReadAsync<StartRequest>(request, options.Value.MaxBodyBytes, optional: true).ConfigureAwait(false);
        if (error is not null) return error;
        var token = new DirectLineToken(NewConversationId(), body?.User?.Id ?? "user-" + Guid.NewGuid().ToString("N"), Expiry(options, clock));
        return Results.Json(TokenResponse(tokens, token, options));
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var (token, error) = auth.Token(request);
        if (error is not null) return error;
        return Results.Json(TokenResponse(tokens, token! with { ExpiresAt = Expiry(options, clock) }, options));
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens, DirectLineConversations conversations,
        ITurnProcessor bot, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var (body, bodyError) = await DirectLineRequests.ReadAsync<StartRequest>(request, options.Value.MaxBodyBytes, optional: true).ConfigureAwait(false);
        if (bodyError is not null) return bodyError;
        var (token, error) = auth.Token(request);
        if (token is null)
        {
            // No valid token: start a new conversation if the secret (or open local mode) allows it.
            if (!auth.MayStart(request)) return error!;
            token = new DirectLineToken(NewConversationId(), body?.User?.Id ?? "user-" + Guid.NewGuid().ToString("N"), Expiry(options, clock));
        }
        var userId = body?.User?.Id ?? token.UserId;
        var (conversation, created) = conversations.GetOrStart(token.ConversationId);
        if (created)
        {
            var joined = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                MembersAdded = [new ChannelAccount { Id = userId }],
            };
            await RunTurnAsync(conversation, joined, userId, request, bot, clock, echo: false).ConfigureAwait(false);
        }
        var response = TokenResponse(tokens, token, options);
        return created ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Json(response);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var (token, error) = auth.Token(request, conversationId);
        if (error is not null) return error;
        return conversations.Find(conversationId) is null ? DirectLineErrors.NotFound() : Results.Json(TokenResponse(tokens, token!, options));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineAuth auth, DirectLineConversations conversations,
        ITurnProcessor bot, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var (token, error) = auth.Token(request, conversationId);
        if (error is not null) return error;
        if (conversations.Find(conversationId) is not { } conversation) return DirectLineErrors.NotFound();
        var (activity, bodyError) = await DirectLineRequests.ReadActivityAsync(request, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (bodyError is not null) return bodyError;

        var id = await RunTurnAsync(conversation, activity!, token!.UserId, request, bot, clock, echo: true).ConfigureAwait(false);
        return Results.Json(new { id });
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineAuth auth, DirectLineConversations conversations)
    {
        var (_, error) = auth.Token(request, conversationId);
        if (error is not null) return error;
        if (conversations.Find(conversationId) is not { } conversation) return DirectLineErrors.NotFound();
        // Web Chat sends an empty watermark on its first poll: that means "from the start".
        var (activities, next) = conversation.Since(long.TryParse(watermark, out var seen) ? seen : 0);
        return Results.Json(new ActivitySet(activities, next.ToString(System.Globalization.CultureInfo.InvariantCulture)), BotJson.Options);
    }

    /// <summary>Stamps the person's activity, shows it back to Web Chat, runs the bot, and appends the replies. Turns run one at a time.</summary>
    private static async Task<string> RunTurnAsync(
        DirectLineConversation conversation, Activity activity, string userId, HttpRequest request, ITurnProcessor bot, TimeProvider clock, bool echo)
    {
        await conversation.TurnLock.WaitAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        try
        {
            var botAccount = new ChannelAccount { Id = BotId, Name = "Kyodo.Bot", Role = "bot" };
            activity.Id = conversation.NextId();
            activity.ChannelId = "webchat";
            activity.Timestamp = clock.GetUtcNow();
            activity.ServiceUrl = $"{request.Scheme}://{request.Host}";
            activity.Conversation = new ConversationAccount { Id = conversation.Id };
            activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name, Role = "user" };
            activity.Recipient = botAccount;
            if (echo) conversation.Append([activity]);

            // The turn runs to the end even if the page goes away, so the person's state stays whole.
            var replies = await bot.ProcessAsync(activity, CancellationToken.None).ConfigureAwait(false);
            foreach (var reply in replies)
            {
                reply.Timestamp = clock.GetUtcNow();
                reply.From = botAccount;
                reply.Conversation = activity.Conversation;
                reply.ReplyToId = activity.Id;
            }
            conversation.Append(replies);
            return activity.Id;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private static object TokenResponse(DirectLineTokens tokens, DirectLineToken token, IOptions<DirectLineOptions> options) => new
    {
        conversationId = token.ConversationId,
        token = tokens.Issue(token),
        expires_in = options.Value.TokenLifetimeMinutes * 60,
        streamUrl = (string?)null,
    };

    private static DateTimeOffset Expiry(IOptions<DirectLineOptions> options, TimeProvider clock) =>
        clock.GetUtcNow().AddMinutes(options.Value.TokenLifetimeMinutes);

    private static string NewConversationId() => Guid.NewGuid().ToString("N");
}
