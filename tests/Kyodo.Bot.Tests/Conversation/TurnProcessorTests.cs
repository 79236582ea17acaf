using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Channels.WebChat;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.Dialogs;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class TurnProcessorTests : IDisposable
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task A_turn_that_throws_gets_an_apology_and_the_conversation_starts_afresh()
    {
        var processor = ProcessorWith(new ThrowingDialog(DialogIds.Diagnose), _bot.Get<IStateStore>());
        var content = _bot.Get<IContentProvider>().Current.Content;

        var replies = await processor.ProcessAsync(Message("c1", content.Menu.First(m => m.Id == "diagnose").Label), default);

        ReplyText.Of(replies).Should().Contain(content.Message(MessageKeys.ErrorApology));
        var state = await _bot.Get<IStateStore>().ReadAsync(StateKeys.Conversation("test", "c1"), default);
        state!.Json.Should().Contain("\"dialogStack\":[]");

        var next = await processor.ProcessAsync(Message("c1", content.Message(MessageKeys.BackToMenuLabel)), default);
        ReplyText.Of(next).Should().Contain(content.Message(MessageKeys.MenuPrompt)).And.NotContain(content.Message(MessageKeys.ErrorApology));
    }

    [Fact]
    public async Task A_concurrent_write_reruns_the_turn_on_fresh_state_and_loses_nothing()
    {
        var store = new ConflictOnceStore(_bot.Get<IStateStore>());
        var processor = ProcessorWith(null, store);

        var replies = await processor.ProcessAsync(Message("c2", "ヘルプ"), default);

        store.Conflicts.Should().Be(1);
        replies.Should().NotBeEmpty();
        (await store.ReadAsync(StateKeys.User("test", "u1"), default))!.Json.Should().Contain("\"welcomed\":true");
    }

    [Fact]
    public async Task Concurrent_turns_of_one_person_are_all_kept()
    {
        var processor = _bot.Processor;
        var content = _bot.Get<IContentProvider>().Current.Content;
        await processor.ProcessAsync(Message("c3", "こんにちは"), default);

        var turns = Enumerable.Range(0, 8).Select(i => Task.Run(() => processor.ProcessAsync(Message("c3", "ヘルプ"), default)));
        var all = await Task.WhenAll(turns);

        all.Should().OnlyContain(r => ReplyText.Of(r).Contains(content.Message(MessageKeys.Help)));
        var stored = await _bot.Get<IStateStore>().ReadAsync(StateKeys.Conversation("test", "c3"), default);
        stored!.Version.Should().Be(9);
    }

    [Fact]
    public async Task A_turn_that_leaves_the_persons_profile_as_it_was_does_not_write_it()
    {
        var store = _bot.Get<IStateStore>();
        await _bot.Processor.ProcessAsync(Message("c7", "こんにちは"), default);
        var profileBefore = await store.ReadAsync(StateKeys.User("test", "u1"), default);

        await _bot.Processor.ProcessAsync(Message("c7", "ヘルプ"), default);
        await _bot.Processor.ProcessAsync(Message("c7", "ヘルプ"), default);

        var profileAfter = await store.ReadAsync(StateKeys.User("test", "u1"), default);
        (profileAfter!.Version, profileAfter.Json).Should().Be((profileBefore!.Version, profileBefore.Json));
        (await store.ReadAsync(StateKeys.Conversation("test", "c7"), default))!.Version.Should().Be(3);
    }

    [Fact]
    public async Task The_recent_lines_keep_what_the_person_said_and_the_first_words_of_each_bot_reply()
    {
        var said = "地域でこども食堂を開きたいのですが、まず何から始めればよいでしょうか。場所はまだ決まっていません。";
        await _bot.Processor.ProcessAsync(Message("c6", said), default);

        var stored = await _bot.Get<IStateStore>().ReadAsync(StateKeys.Conversation("test", "c6"), default);
        var recent = System.Text.Json.JsonSerializer.Deserialize<ConversationState>(stored!.Json, BotJson.Options)!.Recent.Lines();
        recent[0].Should().Be(recent[0] with { Speaker = Kyodo.Bot.Handoff.Speaker.Person, Text = said });
        recent.Skip(1).Should().NotBeEmpty().And.OnlyContain(line => line.Speaker == Kyodo.Bot.Handoff.Speaker.Bot
            && line.Text.Length <= ConversationState.BotLineChars + 1 && !line.Text.Contains('\n'));
    }

    [Theory]
    [InlineData("短い返事です。", "短い返事です。")]
    [InlineData("一行目\n二行目", "一行目 二行目")]
    public void A_short_bot_line_is_kept_whole_on_one_line(string text, string kept) =>
        ConversationState.Shorten(text).Should().Be(kept);

    [Fact]
    public void A_long_bot_line_is_cut_after_its_first_words() =>
        ConversationState.Shorten(new string('あ', 200)).Should().Be(new string('あ', ConversationState.BotLineChars) + "…");

    [Fact]
    public async Task An_activity_delivered_again_is_not_applied_twice_and_the_current_question_is_asked_again()
    {
        var processor = _bot.Processor;
        var content = _bot.Get<IContentProvider>().Current.Content;
        var store = _bot.Get<IStateStore>();
        var hello = Message("c8", "こんにちは", id: "a1");
        await processor.ProcessAsync(hello, default);

        var helloAgain = await processor.ProcessAsync(hello, default);

        helloAgain.IsRepeat.Should().BeTrue();
        ReplyText.Of(helloAgain).Should().Contain(content.Message(MessageKeys.MenuPrompt)).And.NotContain(content.Message(MessageKeys.Welcome));
        (await _bot.Get<Kyodo.Bot.Stats.ConsultationEvents>().ListAsync(null, null, default)).Should().ContainSingle();

        await processor.ProcessAsync(Message("c8", content.Menu.First(m => m.Id == "diagnose").Label, id: "a2"), default);
        var description = Message("c8", "地域でこども食堂を開きたい", id: "a3");
        var first = await processor.ProcessAsync(description, default);
        var saved = await store.ReadAsync(StateKeys.Conversation("test", "c8"), default);

        var again = await processor.ProcessAsync(description, default);

        first.IsRepeat.Should().BeFalse();
        ReplyText.Of(first).Should().Contain("質問 1/7");
        again.IsRepeat.Should().BeTrue();
        ReplyText.Of(again).Should().Contain("質問 1/7");
        (await store.ReadAsync(StateKeys.Conversation("test", "c8"), default))!.Version.Should().Be(saved!.Version);
        var answered = await processor.ProcessAsync(Message("c8", "はい", id: "a4"), default);
        ReplyText.Of(answered).Should().Contain("質問 2/7");
    }

    [Fact]
    public async Task A_message_sent_again_while_staff_answer_is_kept_for_them_once_and_the_bot_stays_silent()
    {
        var desk = _bot.Get<HandoffDesk>();
        var dossier = new Dossier("相談したいです", "山口県", "宇部市", null, [], null, [], null, [], null, []);
        var ticket = await desk.OpenAsync(new Ticket(TicketStore.NewId(), "ube", "test", "c9", "u1", EscalationReason.Asked, dossier, TicketState.Waiting, DateTimeOffset.UtcNow), null, default);
        await desk.TakeAsync(ticket.Id, new StaffMember("staff-1", "佐藤", "ube"), default);
        var message = Message("c9", "よろしくお願いします", id: "b1");

        var first = await _bot.Processor.ProcessAsync(message, default);
        var again = await _bot.Processor.ProcessAsync(message, default);

        first.Should().BeEmpty();
        again.IsRepeat.Should().BeTrue();
        again.Should().BeEmpty();
        (await _bot.Get<TicketStore>().MessagesAsync(ticket.Id, 0, default)).Count(m => m.Text == "よろしくお願いします").Should().Be(1);
    }

    [Fact]
    public async Task A_turn_that_opens_a_ticket_and_is_rerun_after_a_conflict_opens_one_ticket_and_keeps_the_words_once()
    {
        var store = new ConflictingWriterStore(_bot.Get<IStateStore>());
        var processor = ProcessorWithGates(store);
        foreach (var said in new[] { "人と話したい", "山口県", "山口市", "はい" }) await processor.ProcessAsync(Message("c10", said), default);

        store.ConflictOnNextWrite = true;
        var replies = await processor.ProcessAsync(Message("c10", "協定書の書き方を相談したい", id: "h5"), default);

        store.ConflictOnNextWrite.Should().BeFalse("the turn's first save lost to the other writer and the turn ran again");
        ReplyText.Of(replies).Should().Contain("相談を受け付けました");
        var tickets = (await _bot.Get<TicketStore>().ListAsync(null, default)).Where(t => t.ConversationId == "c10").ToList();
        tickets.Should().ContainSingle();
        (await _bot.Get<TicketStore>().MessagesAsync(tickets[0].Id, 0, default)).Count(m => m.Text == "協定書の書き方を相談したい").Should().Be(1);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_ignored_without_error()
    {
        var replies = await _bot.Processor.ProcessAsync(new Activity { Text = "hi" }, default);
        replies.Should().BeEmpty();
    }

    [Fact]
    public async Task Unreadable_stored_state_starts_afresh_instead_of_failing()
    {
        var store = _bot.Get<IStateStore>();
        await store.WriteAsync([new StateWrite(StateKeys.Conversation("test", "c4"), "{not json", 0)], default);

        var replies = await _bot.Processor.ProcessAsync(Message("c4", "ヘルプ"), default);

        ReplyText.Of(replies).Should().NotBeEmpty();
        (await store.ReadAsync(StateKeys.Conversation("test", "c4"), default))!.Version.Should().Be(2);
    }

    private TurnProcessor ProcessorWith(Dialog? replacement, IStateStore store)
    {
        var dialogs = new List<Dialog>
        {
            new ChoicePrompt(), new ConfirmPrompt(), new TextPrompt(), new NumberPrompt(),
            new DiagnosisQuestionDialog(), new RecommendDialog(), new MethodFactDialog(),
            new ChecklistDialog(), new QuestionDialog(), new DeskDialog(), new DeleteDataDialog(),
        };
        dialogs.Add(replacement ?? new DiagnoseDialog());
        var bot = new GuidanceBot(new DialogSet(dialogs), new BotLimits());
        return new TurnProcessor(store, _bot.Get<IContentProvider>(), bot, [new WebChatRenderer()], [], [], _bot.Get<Kyodo.Bot.Stats.ConsultationEvents>(), new PersonRateLimiter(new BotLimits()), NullLogger<TurnProcessor>.Instance);
    }

    /// <summary>The bot as the host builds it (handoff gate and dialog included) over <paramref name="store"/>.</summary>
    private TurnProcessor ProcessorWithGates(IStateStore store) =>
        new(store, _bot.Get<IContentProvider>(), _bot.Get<GuidanceBot>(), [new WebChatRenderer()], [], _bot.Get<IEnumerable<ITurnGate>>(),
            _bot.Get<Kyodo.Bot.Stats.ConsultationEvents>(), new PersonRateLimiter(new BotLimits()), NullLogger<TurnProcessor>.Instance);

    private static Activity Message(string conversationId, string text, string? id = null) => new()
    {
        Id = id,
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "u1" },
        Recipient = new ChannelAccount { Id = "bot" },
    };

    public void Dispose() => _bot.Dispose();

    private sealed class ThrowingDialog(string id) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    /// <summary>When told: another writer saves the stored documents again unchanged just before this turn's save, which then conflicts.</summary>
    private sealed class ConflictingWriterStore(IStateStore inner) : IStateStore
    {
        public bool ConflictOnNextWrite { get; set; }

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task WriteAsync(IReadOnlyList<StateWrite> writes, AlongsideWrite? alongside, CancellationToken cancellationToken)
        {
            if (ConflictOnNextWrite)
            {
                ConflictOnNextWrite = false;
                foreach (var write in writes)
                {
                    if (await inner.ReadAsync(write.Key, cancellationToken) is { } current)
                        await inner.WriteAsync([new StateWrite(write.Key, current.Utf8, current.Version)], cancellationToken);
                }
            }
            await inner.WriteAsync(writes, alongside, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);
    }

    /// <summary>Lets another writer win the first save, as a second instance or a parallel request would.</summary>
    private sealed class ConflictOnceStore(IStateStore inner) : IStateStore
    {
        public int Conflicts { get; private set; }

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task WriteAsync(IReadOnlyList<StateWrite> writes, AlongsideWrite? alongside, CancellationToken cancellationToken)
        {
            if (Conflicts == 0)
            {
                Conflicts++;
                await inner.WriteAsync(writes, cancellationToken);   // the other writer
            }
            await inner.WriteAsync(writes, alongside, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);
    }
}
