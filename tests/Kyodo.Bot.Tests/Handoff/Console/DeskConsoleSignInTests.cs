using System.Net;
using Kyodo.Bot.Handoff.Console;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class DeskConsoleSignInTests : IAsyncLifetime
{
    private readonly DeskConsoleApplication _app = new();

    public Task InitializeAsync() => _app.AddStaffAsync("tanaka", "田中", "ube");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_right_password_signs_in_and_the_queue_shows_who_is_signed_in()
    {
        var client = _app.NewConsoleClient();

        var response = await client.SignInAsync("tanaka", DeskConsoleApplication.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/desk");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kyodo-desk="));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
        (await client.Http.GetStringAsync("/desk")).Should().Contain("相談の受付一覧").And.Contain("田中");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_without_saying_so()
    {
        var client = _app.NewConsoleClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.SignInAsync("tanaka", "wrong password " + attempt);
            wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var locked = await client.SignInAsync("tanaka", DeskConsoleApplication.Password);
        var unknown = await client.SignInAsync("nobody", DeskConsoleApplication.Password);

        locked.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var lockedPage = await locked.Content.ReadAsStringAsync();
        lockedPage.Should().Contain(System.Net.WebUtility.HtmlEncode(LoginPage.Refused));
        (await unknown.Content.ReadAsStringAsync()).Should().Contain(System.Net.WebUtility.HtmlEncode(LoginPage.Refused));

        _app.Clock.Advance(TimeSpan.FromMinutes(14));
        (await client.SignInAsync("tanaka", DeskConsoleApplication.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await client.SignInAsync("tanaka", DeskConsoleApplication.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Four_wrong_passwords_then_the_right_one_signs_in_and_starts_the_count_again()
    {
        var client = _app.NewConsoleClient();
        for (var attempt = 1; attempt <= 4; attempt++) await client.SignInAsync("tanaka", "wrong password");

        (await client.SignInAsync("tanaka", DeskConsoleApplication.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var again = _app.NewConsoleClient();
        for (var attempt = 1; attempt <= 4; attempt++) await again.SignInAsync("tanaka", "wrong password");
        (await again.SignInAsync("tanaka", DeskConsoleApplication.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Without_the_cookie_pages_send_to_the_sign_in_page_and_the_json_answers_401()
    {
        var client = _app.NewConsoleClient();

        var page = await client.Http.GetAsync("/desk");
        var ticket = await client.Http.GetAsync("/desk/tickets/abc");
        var queue = await client.Http.GetAsync("/desk/api/queue");
        var messages = await client.Http.GetAsync("/desk/api/tickets/abc/messages?after=0");

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/desk/login");
        ticket.StatusCode.Should().Be(HttpStatusCode.Redirect);
        queue.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        messages.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _app.SignedInAsync("tanaka");

        var signedOut = await client.SubmitAsync("/desk", "/desk/logout");

        signedOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.Http.GetAsync("/desk/api/queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
