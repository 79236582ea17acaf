using Kyodo.Bot.Handoff;
using Kyodo.Bot.Handoff.Console;
using Kyodo.Bot.Tests.DirectLine;
using Kyodo.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kyodo.Bot.Tests.Handoff.Console;

/// <summary>The real host with a clock the test moves, staff accounts, and tickets opened from Direct Line conversations.</summary>
public sealed class DeskConsoleApplication : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public string DatabasePath { get; } = TempFiles.NewDatabasePath();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Task AddStaffAsync(string userName, string displayName, string deskId, bool isAdmin = false) =>
        Services.GetRequiredService<StaffAccounts>().SaveAsync(userName, displayName, deskId, isAdmin, StaffPasswordHasher.Hash(Password), CancellationToken.None);

    /// <summary>A signed-in console client (cookies kept, redirects not followed).</summary>
    public async Task<DeskConsoleClient> SignedInAsync(string userName)
    {
        var client = NewConsoleClient();
        var response = await client.SignInAsync(userName, Password);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "the sign-in of {0} should succeed", userName);
        return client;
    }

    public DeskConsoleClient NewConsoleClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A person on the try-it page whose consultation waits at <paramref name="deskId"/>.</summary>
    public Task<(Ticket Ticket, DirectLineClient Person)> OpenTicketAsync(string deskId, string words = "補助金の申請について相談したいです") =>
        OpenTicketAsync(CreateClient(), deskId, words);

    public async Task<(Ticket Ticket, DirectLineClient Person)> OpenTicketAsync(HttpClient http, string deskId, string words = "補助金の申請について相談したいです")
    {
        var person = new DirectLineClient(http);
        await person.StartAsync("person-" + Guid.NewGuid().ToString("N")[..8]);
        var dossier = new Dossier(words, "山口県", "宇部市", "子ども食堂", [new DossierAnswer("公益性はありますか", "はい")], "協働に向いています",
            ["補助"], "補助", ["目的を決める"], "準備", [new TranscriptLine(Speaker.Person, "人と話したい", Clock.GetUtcNow())]);
        var ticket = new Ticket(TicketStore.NewId(), deskId, "webchat", person.ConversationId, "person", EscalationReason.Asked, dossier,
            TicketState.Waiting, Clock.GetUtcNow());
        await Services.GetRequiredService<HandoffDesk>().OpenAsync(ticket, null, CancellationToken.None);
        return (ticket, person);
    }

    public async Task<Ticket> TicketAsync(string id) =>
        (await Services.GetRequiredService<TicketStore>().FindAsync(id, CancellationToken.None))!;

    public Task<IReadOnlyList<TicketMessage>> TranscriptAsync(string id) =>
        Services.GetRequiredService<TicketStore>().MessagesAsync(id, 0, CancellationToken.None);
}
