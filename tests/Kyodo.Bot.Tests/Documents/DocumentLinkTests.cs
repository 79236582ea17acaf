using System.Net;
using Kyodo.Bot.Documents;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Documents;

public sealed class DocumentLinkTests
{
    [Fact]
    public async Task A_link_works_until_it_expires_and_a_tampered_link_finds_nothing()
    {
        await using var app = new BotApplication(new Dictionary<string, string?> { ["Documents:LinkLifetimeMinutes"] = "0" });
        var http = app.CreateClient();
        var store = app.Services.GetRequiredService<DocumentStore>();

        var expired = await store.SaveAsync("a.md", "text/markdown", "# 下書き"u8.ToArray(), default);
        (await http.GetAsync(DocumentEndpoints.PathPrefix + expired)).StatusCode.Should().Be(HttpStatusCode.Gone);
        (await http.GetAsync(DocumentEndpoints.PathPrefix + expired[..^2] + "xx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_valid_link_serves_the_file_with_its_name()
    {
        await using var app = new BotApplication();
        var http = app.CreateClient();
        var id = await app.Services.GetRequiredService<DocumentStore>().SaveAsync("agreement.md", "text/markdown; charset=utf-8", "# 協定書"u8.ToArray(), default);

        var response = await http.GetAsync(DocumentEndpoints.PathPrefix + id);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("agreement.md");
        (await response.Content.ReadAsStringAsync()).Should().Be("# 協定書");
        id.Length.Should().BeGreaterThanOrEqualTo(43, "256 random bits cannot be guessed");
    }
}
