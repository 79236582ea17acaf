using System.Net;
using System.Text.Encodings.Web;
using Kyodo.Bot.Tests.DirectLine;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyodo.Bot.Tests.Handoff.Console;

/// <summary>Authentication and authorization run for the console's requests, and a bot turn does not pay for them.</summary>
public sealed class DeskConsolePipelineTests : IAsyncLifetime
{
    private readonly DeskConsoleApplication _app = new();
    private readonly AuthenticationRuns _runs = new();

    public Task InitializeAsync() => _app.AddStaffAsync("tanaka", "田中", "ube");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Only_console_requests_go_through_authentication()
    {
        await using var host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(_runs);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, CountingRequestHandler>("counting", _ => { });
        }));
        var http = host.CreateClient();

        await new DirectLineClient(http).StartAsync("person-1");
        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        _runs.Count.Should().Be(0, "the bot's own routes do not authenticate");

        (await http.GetAsync("/desk/login")).StatusCode.Should().Be(HttpStatusCode.OK);
        _runs.Count.Should().Be(1);
    }

    [Fact]
    public async Task Only_console_requests_go_through_authorization()
    {
        // A fallback policy no one meets: wherever the authorization middleware runs, a route without its own policy is refused.
        await using var host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<AuthorizationOptions>(options =>
                options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireClaim("no-one-has-this").Build())));
        var http = host.CreateClient(new() { AllowAutoRedirect = false });

        (await new DirectLineClient(http).StartAsync("person-1")).Should().NotBeEmpty();
        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await http.GetAsync("/desk/login")).StatusCode.Should().NotBe(HttpStatusCode.OK, "the console's routes are authorized");
    }

    [Fact]
    public async Task The_console_still_signs_in_and_refuses_strangers()
    {
        var stranger = _app.NewConsoleClient();
        (await stranger.Http.GetAsync("/desk/api/queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var staff = await _app.SignedInAsync("tanaka");
        (await staff.Http.GetAsync("/desk/api/queue")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public sealed class AuthenticationRuns
    {
        private int _count;
        public int Count => _count;
        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>A scheme the authentication middleware asks about every request it sees.</summary>
    private sealed class CountingRequestHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthenticationRuns runs)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
    {
        public Task<bool> HandleRequestAsync()
        {
            runs.Add();
            return Task.FromResult(false);
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}
