using System.Net;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Kyodo.Bot.Tests.Channels.Teams;

/// <summary>Teams hands over a draft as a file: consent card → the person accepts → upload → file card.</summary>
public sealed class TeamsFileConsentTests : IAsyncLifetime
{
    private TeamsTestHost _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestHost.StartAsync();

    [Fact]
    public void A_file_is_offered_with_a_consent_card_that_carries_the_document_id()
    {
        var rendered = new TeamsRenderer().Render([new FileReply("agreement.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "https://bot/documents/abc", "abc", 1234)], _teams.Message(""));

        var attachment = rendered.Single().Attachments!.Single();
        attachment.ContentType.Should().Be("application/vnd.microsoft.teams.card.file.consent");
        attachment.Name.Should().Be("agreement.docx");
        attachment.Content!["sizeInBytes"]!.GetValue<long>().Should().Be(1234);
        attachment.Content["acceptContext"]!["documentId"]!.GetValue<string>().Should().Be("abc");
    }

    [Fact]
    public async Task The_document_conversation_in_Teams_ends_with_a_consent_card_for_the_Word_draft()
    {
        var recorder = new RecordingDriver(new TeamsDriver(_teams, "29:drafter"));

        await Conversations.ScriptRunner.RunAsync(Conversations.ScriptRunner.Load("16_documents.txt"), recorder, "29:drafter");

        var consent = recorder.Replies.SelectMany(r => r.Attachments ?? []).Single(a => a.ContentType == TeamsFiles.ConsentContentType);
        consent.Name.Should().EndWith(".docx");
        var id = consent.Content!["acceptContext"]!["documentId"]!.GetValue<string>();
        (await _teams.App.Services.GetRequiredService<DocumentStore>().FindAsync(id, CancellationToken.None))!.FileName.Should().Be(consent.Name);
    }

    private sealed class RecordingDriver(Conversations.IConversationDriver inner) : Conversations.IConversationDriver
    {
        public List<Activity> Replies { get; } = [];

        public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
        {
            var replies = await inner.SendAsync(activity);
            Replies.AddRange(replies);
            return replies;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    [Fact]
    public async Task Accepting_uploads_the_whole_file_with_its_range_and_posts_a_file_card()
    {
        var bytes = "PK\u0003\u0004 協定書"u8.ToArray();
        var id = await SaveAsync(bytes);

        var response = await _teams.PostAsync(Consent("accept", id));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var upload = _teams.Framework.Uploads.Single();
        upload.Bytes.Should().Equal(bytes);
        upload.ContentRange.Should().Be($"bytes 0-{bytes.Length - 1}/{bytes.Length}");
        var card = _teams.Framework.ConnectorCalls.Single().Body["attachments"]![0]!;
        card["contentType"]!.GetValue<string>().Should().Be("application/vnd.microsoft.teams.card.file.info");
        card["contentUrl"]!.GetValue<string>().Should().Be("https://onedrive.example/agreement.docx");
        card["content"]!["uniqueId"]!.GetValue<string>().Should().Be("unique-1");
    }

    [Fact]
    public async Task Declining_uploads_nothing_and_says_where_else_to_get_it()
    {
        var id = await SaveAsync([1, 2, 3]);

        await _teams.PostAsync(Consent("decline", id));

        _teams.Framework.Uploads.Should().BeEmpty();
        _teams.Framework.ConnectorCalls.Single().Body["text"]!.GetValue<string>().Should().Contain("取りやめました");
    }

    [Fact]
    public async Task An_unknown_or_tampered_document_id_uploads_nothing()
    {
        var id = await SaveAsync([1, 2, 3]);

        await _teams.PostAsync(Consent("accept", id[..^1] + (id[^1] == 'a' ? 'b' : 'a')));

        _teams.Framework.Uploads.Should().BeEmpty();
        _teams.Framework.ConnectorCalls.Single().Body["text"]!.GetValue<string>().Should().Contain("有効期限");
    }

    [Fact]
    public async Task A_consent_invoke_without_a_valid_token_is_refused()
    {
        var id = await SaveAsync([1, 2, 3]);

        (await _teams.PostAsync(Consent("accept", id), token: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        _teams.Framework.Uploads.Should().BeEmpty();
    }

    private async Task<string> SaveAsync(byte[] bytes) =>
        await _teams.App.Services.GetRequiredService<DocumentStore>().SaveAsync("agreement.docx", "application/octet-stream", bytes, CancellationToken.None);

    private Activity Consent(string action, string documentId)
    {
        var invoke = _teams.Message("");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "fileConsent/invoke";
        invoke.Text = null;
        invoke.ReplyToId = "consent-card-1";
        invoke.Value = JsonSerializer.SerializeToElement(new
        {
            type = "fileUpload",
            action,
            context = new { documentId },
            uploadInfo = new
            {
                contentUrl = "https://onedrive.example/agreement.docx",
                name = "agreement.docx",
                uploadUrl = _teams.Framework.UploadUrl("agreement.docx"),
                uniqueId = "unique-1",
                fileType = "docx",
            },
        });
        return invoke;
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();
}
