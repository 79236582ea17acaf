using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Conversations;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Dialogs;

/// <summary>The partner search in the real bot with the shipped sample directory (dialogs/partners.yaml).</summary>
public sealed class PartnerDialogTests : IDisposable
{
    private readonly TestBot _bot = new();

    private GuidanceContent Content => _bot.Get<IContentProvider>().Current.Content;

    [Fact]
    public async Task An_introduction_request_is_recorded_and_handed_to_the_desk_after_asking()
    {
        var chat = new Chat(_bot);
        await SearchInTakasakiAsync(chat);

        await chat.PressAsync("紹介を依頼する");
        var replies = await chat.SayAsync("1");

        replies.Should().Contain("「（サンプル）たかさき子ども食堂ネット」の紹介のご依頼を記録しました")
            .And.Contain("相談員におつなぎします").And.Contain("つないでもよろしいですか");
        var request = (await chat.ConversationStateAsync()).IntroductionRequests.Should().ContainSingle().Subject;
        request.PartnerIds.Should().Equal("sample_takasaki_kodomo");
        request.Query.Needs.Should().Equal("people");
        request.Query.Offers.Should().Equal("venue");
        request.Query.Fields.Should().Equal("children");
        request.Query.Prefecture.Should().Be("群馬県");
        request.Query.Municipality.Should().Be("高崎市");
        request.RequestedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        (await chat.PressAsync("いいえ")).Should().Contain(Content.Message(MessageKeys.MenuPrompt));
    }

    [Fact]
    public async Task The_desk_ticket_carries_the_organisations_and_their_contacts_for_staff_only()
    {
        var chat = new Chat(_bot);
        await SearchInTakasakiAsync(chat);
        await chat.PressAsync("紹介を依頼する");
        await chat.SayAsync("1");

        var queued = await chat.PressAsync("はい");

        var ticket = (await _bot.Get<Kyodo.Bot.Handoff.TicketStore>().FindOpenAsync("test", chat.ConversationId, default))!;
        ticket.Reason.Should().Be(Kyodo.Bot.Handoff.EscalationReason.Introduction);
        ticket.Dossier.Words.Should().Contain("（サンプル）たかさき子ども食堂ネット");
        var contact = Content.Partners.StaffContacts["sample_takasaki_kodomo"];
        ticket.Dossier.Introductions.Should().ContainSingle().Which.Should().Be(new Kyodo.Bot.Handoff.IntroductionCandidate("（サンプル）たかさき子ども食堂ネット", contact));
        chat.Seen.Should().NotContain(contact);
        queued.Should().Contain("相談を受け付けました");
    }

    [Fact]
    public async Task Asking_for_all_candidates_records_every_organization_shown_best_first()
    {
        var chat = new Chat(_bot);
        await SearchInTakasakiAsync(chat);

        await chat.PressAsync("紹介を依頼する");
        await chat.PressAsync("候補のすべて");

        var request = (await chat.ConversationStateAsync()).IntroductionRequests.Single();
        request.PartnerIds.Should().Equal("sample_takasaki_kodomo", "sample_maebashi_ryokka", "sample_joshu_daigaku", "sample_midorigawa");
    }

    [Fact]
    public async Task Without_a_request_nothing_is_recorded()
    {
        var chat = new Chat(_bot);
        await SearchInTakasakiAsync(chat);

        (await chat.PressAsync("メニューに戻る")).Should().Contain(Content.Message(MessageKeys.MenuPrompt));

        (await chat.ConversationStateAsync()).IntroductionRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_kind_of_partner_named_in_the_request_is_not_asked_again()
    {
        var chat = new Chat(_bot);

        var replies = await chat.SayAsync("どんなNPOと組めるか知りたい");

        replies.Should().Contain(Content.Message(MessageKeys.PartnerIntro)).And.Contain(Content.Message(MessageKeys.PartnerNeedPrompt))
            .And.NotContain(Content.Message(MessageKeys.PartnerKindPrompt));
    }

    [Fact]
    public async Task The_field_comes_from_the_described_project_and_the_area_from_the_profile()
    {
        var chat = new Chat(_bot);
        await chat.PressAsync("相談窓口");
        await chat.PressAsync("山口県");
        await chat.SayAsync("下関");
        await chat.SayAsync("海辺でごみ拾いをしたい");     // starts the diagnosis with this description
        await chat.SayAsync("やめる");

        await chat.PressAsync("協働相手を探す");
        await chat.PressAsync("NPO・市民活動団体");
        await chat.PressAsync("資金");
        var replies = await chat.PressAsync("わからない・特にない");

        replies.Should().NotContain(Content.Message(MessageKeys.PartnerFieldPrompt)).And.NotContain(Content.Message(MessageKeys.AreaPrefecturePrompt))
            .And.Contain("（サンプル）しものせき海辺の学校").And.Contain("活動分野「環境の保全」が同じです").And.Contain("同じ下関市で活動しています");
    }

    [Fact]
    public async Task A_person_without_a_partner_is_offered_the_search_after_the_recommendation()
    {
        var chat = new Chat(_bot);
        var replies = await RecommendAsync(chat, partner: "まだ決まっていない");

        replies.Should().Contain(Content.Message(MessageKeys.PartnerOfferAfterRecommend)).And.Contain($"[{Content.Message(MessageKeys.PartnerFindLabel)}]");
        (await chat.PressAsync(Content.Message(MessageKeys.PartnerFindLabel))).Should().Contain(Content.Message(MessageKeys.PartnerIntro));
    }

    [Fact]
    public async Task A_person_with_a_partner_is_not_offered_the_search_after_the_recommendation()
    {
        var replies = await RecommendAsync(new Chat(_bot), partner: "企業");

        replies.Should().NotContain(Content.Message(MessageKeys.PartnerOfferAfterRecommend)).And.NotContain($"[{Content.Message(MessageKeys.PartnerFindLabel)}]");
    }

    [Fact]
    public async Task No_match_says_so_and_declining_the_desk_returns_to_the_menu()
    {
        var chat = new Chat(_bot);
        await chat.PressAsync("協働相手を探す");
        await chat.PressAsync("大学・学校");
        await chat.PressAsync("物品");
        await chat.PressAsync("わからない・特にない");
        await chat.PressAsync("災害救援");
        await chat.PressAsync("山口県");
        var replies = await chat.SayAsync("県内どこでも");

        replies.Should().Contain(Content.Message(MessageKeys.PartnerNone)).And.Contain(Content.Message(MessageKeys.PartnerNoneOfferDesk))
            .And.NotContain("（サンプル）");
        (await chat.PressAsync("いいえ")).Should().Contain(Content.Message(MessageKeys.MenuPrompt));
    }

    /// <summary>
    /// Every search a person can make by buttons — each prefecture, each need, each kind — with the introduction request and
    /// the desk after it: no staff contact route and no organisation without consent ever reaches a reply.
    /// </summary>
    [Fact]
    public async Task Contact_routes_and_organizations_without_consent_never_appear_in_any_reply()
    {
        var partners = Content.Partners;
        var hidden = partners.Organizations.Where(o => !o.Consent).Select(o => o.Name).ToArray();
        var contacts = partners.StaffContacts.Values.ToArray();
        var kinds = new[] { "こだわらない", "NPO・市民活動団体", "企業", "大学・学校", "自治会・町内会" };
        var needs = partners.Resources.Select(r => r.Label).Append("わからない・特にない").ToArray();
        var shownSomewhere = new HashSet<string>();
        foreach (var prefecture in new[] { "群馬県", "山口県" })
        {
            foreach (var kind in kinds)
            {
                foreach (var need in needs)
                {
                    var chat = new Chat(_bot);
                    await chat.PressAsync("協働相手を探す");
                    await chat.PressAsync(kind);
                    await chat.PressAsync(need);
                    await chat.PressAsync("わからない・特にない");
                    await chat.PressAsync("わからない・特にない");
                    await chat.PressAsync(prefecture);
                    var results = await chat.SayAsync("県内どこでも");
                    if (results.Contains($"[{Content.Message(MessageKeys.PartnerRequestLabel)}]"))
                    {
                        var pick = await chat.PressAsync(Content.Message(MessageKeys.PartnerRequestLabel));
                        if (pick.Contains("[候補のすべて]")) pick = await chat.PressAsync("候補のすべて");
                        if (pick.Contains("どの市町村")) await chat.SayAsync(prefecture == "群馬県" ? "前橋市" : "山口市");
                        (await chat.PressAsync("はい")).Should().Contain("相談を受け付けました", "the request goes to the desk as a ticket");
                    }
                    shownSomewhere.UnionWith(partners.Organizations.Where(o => chat.Seen.Contains(o.Name)).Select(o => o.Id));
                    foreach (var secret in contacts.Concat(hidden)) chat.Seen.Should().NotContain(secret);
                    chat.Seen.Should().NotContain("000-0000").And.NotContain("example.com");
                }
            }
        }
        shownSomewhere.Should().BeEquivalentTo(partners.Organizations.Where(o => o.Consent).Select(o => o.Id), "every consenting organisation can be found");
    }

    private static async Task SearchInTakasakiAsync(Chat chat)
    {
        await chat.PressAsync("協働相手を探す");
        await chat.PressAsync("こだわらない");
        await chat.PressAsync("人材・ボランティア");
        await chat.PressAsync("場所・施設");
        await chat.PressAsync("子どもの健全育成");
        await chat.PressAsync("群馬県");
        (await chat.SayAsync("高崎市")).Should().Contain("1. （サンプル）たかさき子ども食堂ネット");
    }

    private static async Task<string> RecommendAsync(Chat chat, string partner)
    {
        await chat.PressAsync("協働の手法を選ぶ");
        await chat.PressAsync("NPO・市民活動団体");
        await chat.PressAsync(partner);
        await chat.PressAsync("物や人で協力する");
        await chat.PressAsync("実際に事業を行う側");
        await chat.PressAsync("一緒に考える");
        await chat.SayAsync("2");
        return await chat.PressAsync("一定の期間続ける");
    }

    public void Dispose() => _bot.Dispose();

    /// <summary>One person's conversation with the engine: what they type or press, and everything they have seen.</summary>
    private sealed class Chat(TestBot bot)
    {
        private readonly string _conversationId = "conv-" + Guid.NewGuid().ToString("N");
        private readonly string _userId = "user-" + Guid.NewGuid().ToString("N");
        private readonly System.Text.StringBuilder _seen = new();
        private IReadOnlyList<Activity> _last = [];
        private int _sequence;

        public string Seen => _seen.ToString();

        public string ConversationId => _conversationId;

        public Task<string> SayAsync(string text) => SendAsync(new Activity { Text = text });

        /// <summary>Presses a button of the last replies; the first press opens the chat (welcome and menu) as Web Chat does.</summary>
        public async Task<string> PressAsync(string label)
        {
            if (_sequence == 0)
                await SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = _userId }] });
            return await SendAsync(ReplyText.Press(_last, label) ?? throw new Xunit.Sdk.XunitException($"no button [{label}] in:\n{ReplyText.Of(_last)}"));
        }

        public async Task<ConversationState> ConversationStateAsync()
        {
            var stored = await bot.Get<IStateStore>().ReadAsync(StateKeys.Conversation("test", _conversationId), default);
            return JsonSerializer.Deserialize<ConversationState>(stored!.Json, BotJson.Options)!;
        }

        private async Task<string> SendAsync(Activity activity)
        {
            activity.Id = $"{_conversationId}|{++_sequence}";
            activity.ChannelId = "test";
            activity.Conversation = new ConversationAccount { Id = _conversationId };
            activity.Recipient = new ChannelAccount { Id = "kyodo-bot", Role = "bot" };
            activity.From = new ChannelAccount { Id = _userId, Name = "tester" };
            _last = await bot.Processor.ProcessAsync(activity, default);
            var text = ReplyText.Of(_last);
            _seen.AppendLine(text);
            return text;
        }
    }
}
