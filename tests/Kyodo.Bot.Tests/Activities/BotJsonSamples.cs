using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.Conversation.Replies;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Guidance;
using Kyodo.Bot.Handoff;
using Kyodo.Bot.Handoff.Delivery;

namespace Kyodo.Bot.Tests.Activities;

/// <summary>Filled instances of every type <see cref="BotJsonContext"/> generates, as a turn produces them.</summary>
internal static class BotJsonSamples
{
    private static readonly DateTimeOffset Tokyo = new(2026, 4, 1, 9, 30, 15, 123, TimeSpan.FromHours(9));

    public static IReadOnlyDictionary<string, (Type Type, object Value)> All { get; } = new Dictionary<string, (Type, object)>
    {
        ["activity from a person"] = (typeof(Activity), PersonMessage()),
        ["activity with a card"] = (typeof(Activity), CardReply()),
        ["bare activity"] = (typeof(Activity), new Activity()),
        ["expected replies"] = (typeof(ExpectedReplies), new ExpectedReplies([CardReply(), new Activity { Text = "ありがとうございました。" }])),
        ["activity set"] = (typeof(ActivitySet), new ActivitySet([PersonMessage(), CardReply()], "2")),
        ["empty activity set"] = (typeof(ActivitySet), new ActivitySet([], "0")),
        ["start request"] = (typeof(StartRequest), new StartRequest { User = new ChannelAccount { Id = "dl_山田", Name = "山田 花子" } }),
        ["conversation state"] = (typeof(ConversationState), State()),
        ["new conversation state"] = (typeof(ConversationState), new ConversationState()),
        ["user profile"] = (typeof(UserProfile), Profile()),
        ["new user profile"] = (typeof(UserProfile), new UserProfile()),
        ["prompt options"] = (typeof(PromptOptions), Prompt()),
        ["plain prompt options"] = (typeof(PromptOptions), new PromptOptions("プロジェクト名は？")),
        ["partner query"] = (typeof(PartnerQuery), Query()),
        ["conversation reference"] = (typeof(ConversationReference), Reference(withUser: true)),
        ["conversation reference without user"] = (typeof(ConversationReference), Reference(withUser: false)),
        ["LINE message"] = (typeof(JsonObject), LineMessage()),
        ["Web Chat delivery"] = (typeof(WebChatDelivery), new WebChatDelivery("conv-1", [CardReply(), new Activity { Text = "担当者です。" }])),
        ["dossier"] = (typeof(Dossier), Dossier()),
    };

    private static Activity PersonMessage() => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        Timestamp = Tokyo.ToUniversalTime(),
        LocalTimestamp = Tokyo,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example.test/jp/",
        From = new ChannelAccount { Id = "29:person", Name = "山田 花子", Role = "user", AadObjectId = "aad-1" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "協働ナビ", Role = "bot" },
        Conversation = new ConversationAccount { Id = "a:conv", IsGroup = false, ConversationType = "personal", TenantId = "tenant" },
        Text = "協働の進め方を知りたい <b>\"引用\"</b> & 'x'",
        TextFormat = "plain",
        Locale = "ja-JP",
        Value = Element("""{"choice":"委託","nested":{"n":1.5,"ok":true,"none":null}}"""),
        Entities = [Element("""{"type":"clientInfo","locale":"ja-JP","timezone":"Asia/Tokyo"}""")],
        ChannelData = Element("""{"tenant":{"id":"tenant"},"source":{"name":"message"}}"""),
        MembersAdded = [new ChannelAccount { Id = "29:person" }],
        MembersRemoved = [],
        DeliveryMode = "expectReplies",
        ExtensionData = new Dictionary<string, JsonElement>
        {
            ["callerId"] = Element("\"urn:botframework:azure\""),
            ["listenFor"] = Element("""["はい","いいえ"]"""),
        },
    };

    private static Activity CardReply() => new()
    {
        Type = ActivityTypes.Message,
        ReplyToId = "act-1",
        InputHint = "expectingInput",
        AttachmentLayout = "carousel",
        Attachments =
        [
            new Attachment
            {
                ContentType = AdaptiveCardBuilder.ContentType,
                Content = AdaptiveCardBuilder.Build(new Card(
                    "おすすめの協働の方法", "事業協力",
                    [new CardSection("理由", ["行政と NPO が対等に役割を分担します", "費用は各自で負担します"]), new CardSection(null, ["詳しくは窓口へ"])],
                    [new ReplyButton("手順を見る", "checklist"), new ReplyButton("別の方法", "other")])),
            },
            new Attachment { ContentType = "application/vnd.openxmlformats", ContentUrl = "https://bot.example.test/documents/abc", Name = "企画書.docx" },
        ],
        SuggestedActions = new SuggestedActions
        {
            To = ["29:person"],
            Actions =
            [
                new CardAction { Title = "はい", Value = Element("\"はい\"") },
                new CardAction { Type = "messageBack", Title = "いいえ", Text = "no", DisplayText = "いいえ", Value = Element("""{"choice":"no"}""") },
            ],
        },
        Name = null,
    };

    private static ConversationState State()
    {
        var state = new ConversationState
        {
            DialogStack =
            [
                new DialogInstance { Id = "diagnose", State = new JsonObject { ["step"] = 2, ["values"] = new JsonObject { ["query"] = new JsonObject { ["needs"] = new JsonArray("場所", "人手") } } } },
                new DialogInstance
                {
                    Id = "choicePrompt",
                    State = new JsonObject
                    {
                        ["options"] = Prompt().ToJson(),
                        ["attempts"] = 1,
                        ["ratio"] = 0.25,
                        ["nothing"] = null,
                        ["flags"] = new JsonArray(true, false, null, "未定"),
                    },
                },
                new DialogInstance { Id = "empty" },
            ],
            IntroductionRequests = [new IntroductionRequest(["npo-1", "npo-2"], Query(), Tokyo)],
        };
        state.Remember([new TranscriptLine(Speaker.Person, "補助金を使いたい", Tokyo), new TranscriptLine(Speaker.Bot, "わかりました。", Tokyo.AddSeconds(1), "協働ナビ"), new TranscriptLine(Speaker.Staff, "担当の佐藤です", Tokyo.AddMinutes(3), "佐藤")]);
        return state;
    }

    private static UserProfile Profile() => new()
    {
        Welcomed = true,
        Prefecture = "愛知県",
        Municipality = "名古屋市",
        ProjectDescription = "子ども食堂を地域の大学と一緒に運営したい。\n場所は公民館。",
        DiagnosisAnswers = { ["q1"] = "yes", ["q2"] = "分からない" },
        Facts = { ["budget"] = "300000" },
        Verdict = "suitable",
        RecommendedMethods = ["委託", "共催"],
        ChosenMethod = null,
        DocumentAnswers = { ["projectName"] = "みんなの食堂", ["partner"] = "" },
        TickedItems = ["step-1", "step-3"],
    };

    private static PromptOptions Prompt() => new(
        "どの方法にしますか？", "ボタンから選んでください。",
        [new AnswerOption("commission", "委託", ["いたく", "お任せ"]), new AnswerOption("cohost", "共催", [])],
        ShowButtons: false);

    private static PartnerQuery Query() => new() { Needs = ["場所"], Offers = ["人手"], Fields = ["子育て"], Prefecture = "愛知県" };

    private static ConversationReference Reference(bool withUser) => new(
        "msteams", "https://smba.example.test/jp/",
        new ConversationAccount { Id = "a:conv", ConversationType = "personal", TenantId = "tenant" },
        new ChannelAccount { Id = "28:bot", Name = "協働ナビ" },
        withUser ? new ChannelAccount { Id = "29:person", Name = "山田 花子", AadObjectId = "aad-1" } : null);

    private static JsonObject LineMessage() =>
        LineFlexBuilder.Message("おすすめの方法", [LineFlexBuilder.ButtonBubble("選んでください", [new ReplyButton("委託", "commission"), new ReplyButton("共催", "cohost")])]);

    private static Dossier Dossier() => new(
        "担当者と話したい", "愛知県", null, "子ども食堂",
        [new DossierAnswer("行政の関与は？", "あり")], "suitable", ["委託"], null, ["step-1"], "checklist",
        [new TranscriptLine(Speaker.Person, "相談したい", Tokyo)],
        [new IntroductionCandidate("NPO法人あいち", "desk@example.test"), new IntroductionCandidate("大学", null)]);

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
