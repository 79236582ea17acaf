using Kyodo.Bot.Content;

namespace Kyodo.Bot.Tests.Guidance;

/// <summary>Small, realistic guidance content built in code (modelled on dialogs/ and the seeds), for the guidance tests.</summary>
public static class SampleContent
{
    public static SourceRef Src(string section) => new("001_2209075ed62771e5.txt", section);

    public static AnswerOption Opt(string id, string label, params string[] synonyms) => new(id, label, synonyms);

    public static IReadOnlyList<AnswerOption> YesNoUnsure { get; } =
        [Opt("yes", "はい", "そうです"), Opt("no", "いいえ"), Opt("unsure", "わからない")];

    public static Words Words { get; } = new(
        Yes: ["はい", "うん", "ええ", "そうです", "OK", "お願いします"],
        No: ["いいえ", "いや", "ちがう", "ううん", "けっこうです"],
        Unsure: ["わからない", "不明"],
        Numbers: new Dictionary<int, IReadOnlyList<string>>
        {
            [1] = ["一", "いち", "最初", "ひとつめ"],
            [2] = ["二", "に", "ふたつめ"],
            [3] = ["三", "さん", "みっつめ"],
            [4] = ["四", "よん", "よっつめ"],
            [5] = ["五", "ご"],
            [6] = ["六", "ろく"],
            [7] = ["七", "なな"],
            [8] = ["八", "はち"],
            [9] = ["九", "きゅう"],
            [10] = ["十", "じゅう"],
            [11] = ["十一"],
            [12] = ["十二"],
            [13] = ["十三"],
        });

    public static DiagnosisContent Diagnosis { get; } = new(
        DescribePrompt: "どんな取組ですか？ 一言で教えてください。",
        Questions:
        [
            new("public_interest", "この取組は、地域の多くの人のためになるものですか？", "特定の人や団体だけの利益になるものは、協働の対象になりません。", YesNoUnsure, Src("協働の前提と原則")),
            new("equal_relation", "相手と対等な立場で話し合えますか？", null, YesNoUnsure, Src("基本原則")),
            new("partner", "協働する相手はどなたですか？", null, [Opt("government", "行政（県・市町村）"), Opt("company", "企業")], Src("協働の種類")),
        ],
        Rules:
        [
            Rule("public_good", Verdict.Suitable, "地域の多くの人のためになる取組です。", ("public_interest", ["yes"])),
            Rule("unclear_interest", Verdict.Conditional, "誰のための取組か、まず整理しましょう。", ("public_interest", ["unsure"])),
            Rule("private_interest", Verdict.NotSuitable, "特定の人や団体の利益のための取組は、協働には向きません。", ("public_interest", ["no"])),
            Rule("equal_partners", Verdict.Suitable, "対等な立場で話し合えます。", ("equal_relation", ["yes"])),
            Rule("one_sided", Verdict.Conditional, "対等な関係をつくることが必要です。", ("equal_relation", ["no", "unsure"])),
            Rule("subcontract_risk", Verdict.NotSuitable, "行政の下請けになるおそれがあります。", ("equal_relation", ["no"]), ("partner", ["government"])),
        ],
        Verdicts: new Dictionary<Verdict, VerdictText>
        {
            [Verdict.Suitable] = new("向いている", "協働に向いています。"),
            [Verdict.Conditional] = new("条件付きで向いている", "条件が整えば協働に向いています。"),
            [Verdict.NotSuitable] = new("向いていない", "今のままでは協働に向いていません。"),
        });

    public static MethodsContent Methods { get; } = new(
        Facts:
        [
            new("partner", FactKind.Choice, "協働する相手はどなたですか？", [Opt("government", "行政（県・市町村）"), Opt("company", "企業"), Opt("npo", "NPO・団体")], null),
            new("region", FactKind.Choice, "活動する地域はどこですか？", [Opt("city", "市内"), Opt("pref", "県内")], null),
            new("responsibility", FactKind.Choice, "最終的な責任はどちらが持ちますか？", [Opt("us", "私たち"), Opt("partner", "相手"), Opt("shared", "一緒に")], null),
            new("money", FactKind.Choice, "費用はどなたが出しますか？", [Opt("partner_pays", "相手"), Opt("shared", "分担"), Opt("none", "お金は不要")], null),
            new("parties", FactKind.Number, "何団体で取り組みますか？（数字で）", [], null),
        ],
        Methods:
        [
            Method("commission", "委託", new() { ["partner"] = ["government", "company"] },
                Fit("responsibility", ["partner"], 3, "最終的な責任や成果は委託者に帰属するため"),
                Fit("money", ["partner_pays"], 2, "相手が費用を出すため")),
            Method("subsidy", "補助・助成", new() { ["partner"] = ["government", "company"] },
                Fit("responsibility", ["us"], 3, "事業の実施責任をあなたの側が持つため"),
                Fit("money", ["partner_pays"], 2, "相手が資金を交付するため")),
            Method("cohost", "共催", [],
                Fit("responsibility", ["shared"], 3, "責任を一緒に持つため"),
                Fit("money", ["shared"], 2, "費用を分担するため"),
                new FitRule("parties", [], null, 2, 1, "2団体で取り組むため"),
                new FitRule("parties", [], 5, null, -2, "団体が多いと共催の調整が難しいため")),
            Method("committee", "実行委員会・協議会", [],
                new FitRule("parties", [], 3, null, 3, "3団体以上で取り組むため"),
                Fit("responsibility", ["shared"], 2, "役割を分担して責任を持つため")),
            Method("endorsement", "後援", [],
                Fit("money", ["none"], 2, "お金のやりとりがないため"),
                Fit("responsibility", ["us"], 1, "事業はあなたの側が実施するため")),
        ]);

    public static ChecklistContent Checklist { get; } = new(
        Steps:
        [
            new("find_partner", 1, "パートナーを探す・出会う", "相手を知ることから始めます。",
                [Item("find_partner.purpose", "協働の目的を整理した"), Item("find_partner.know_self", "自分たちの強みを書き出した")], Src("アクションⅠ")),
            new("plan", 2, "企画を練る", "5W2Hで企画書をつくります。",
                [Item("plan.5w2h", "企画書に5W2Hを書いた")], Src("アクションⅡ")),
            new("agreement", 3, "役割分担を決める", "協定書などで取り決めます。",
                [Item("agreement.roles", "役割分担を書面にした"), Item("agreement.money", "費用の負担を決めた")], Src("アクションⅢ")),
        ],
        MethodItems:
        [
            new("commission", "agreement", [Item("agreement.no_subcontracting", "対等な関係で、下請けのように扱わない")], Src("協働の種類")),
            new("commission", "plan", [Item("plan.budget", "委託費の積算根拠を示した")], Src("協働の種類")),
            new("cohost", "agreement", [Item("agreement.cohost_name", "共催者の名前の出し方を決めた")], Src("協働の種類")),
        ]);

    public static IReadOnlyList<FaqEntry> Faq { get; } =
    [
        Faq_("what_is_collaboration", "協働とは何ですか？", ["協働って何", "協働の意味"],
            "立場の異なる主体が、共通の目的のために、それぞれの特性を生かして対等な立場で協力することです。"),
        Faq_("merits", "協働するとどんな良いことがありますか？", ["協働のメリット", "協働の利点"],
            "一つの団体だけでは解決できない課題に取り組めます。お互いのノウハウを生かせます。"),
        Faq_("commission_vs_subsidy", "委託と補助の違いは何ですか？", ["委託と補助はどう違う"],
            "委託は、最終的な責任や成果が委託者に帰属します。補助は、事業の実施責任が事業を行う団体にあります。"),
        Faq_("endorsement", "後援とは何ですか？", ["後援名義とは", "後援をもらうには"],
            "企業や行政が、公益的な事業に後援名義の使用を認めて後押しする方法です。信用度が高まります。"),
        Faq_("find_partner", "協働のパートナーはどうやって探せばいいですか？", ["相手の探し方", "パートナーの見つけ方"],
            "支援センターに相談したり、交流会に参加したりして、相手を知ることから始めましょう。"),
        Faq_("proposal", "企画書には何を書けばいいですか？", ["企画書の書き方"],
            "5W2H（なぜ・何を・誰が・いつ・どこで・どのように・いくらで）と予算を書きます。"),
        Faq_("consult", "どこに相談すればいいですか？", ["相談窓口", "相談先を知りたい"],
            "お住まいの地域の市民活動支援センターに相談できます。"),
        Faq_("commission_caution", "委託で気をつけることは何ですか？", ["委託の注意点"],
            "受託者の特性を生かせる仕事内容であることと、受託者が単に下請けにならないように注意します。"),
        Faq_("subsidy_caution", "補助で気をつけることは何ですか？", ["補助の注意点"],
            "共通の目的を達成するための支援です。関係者が積極的に参加し、目的や成果を共有することが必要です。"),
    ];

    public static DeskContent Desks { get; } = new(
        Desks:
        [
            Desk("yamaguchi", "山口県県民活動支援センター", "山口県", []),
            Desk("shimonoseki", "しものせき市民活動センター（ふくふくサポートフラップ）", "山口県", ["下関市"]),
            Desk("ube", "宇部市民活動センター", "山口県", ["宇部市", "山陽小野田市"]),
            Desk("gunma", "NPO・ボランティアサロンぐんま", "群馬県", []),
            Desk("fuchu_hiroshima", "府中市市民活動センター", "広島県", ["府中市"]),
        ],
        Areas:
        [
            new("山口県", ["下関市", "宇部市", "山陽小野田市", "萩市"]),
            new("群馬県", ["前橋市", "高崎市"]),
            new("広島県", ["府中市", "三原市"]),
            new("東京都", ["府中市"]),
        ]);

    public static FaqEntry FaqEntry(string id) => Faq.Single(entry => entry.Id == id);

    private static DiagnosisRule Rule(string id, Verdict verdict, string reason, params (string Question, string[] Answers)[] when) =>
        new(id, when.ToDictionary(c => c.Question, c => (IReadOnlyList<string>)c.Answers), verdict, reason, Src("協働の前提と原則"));

    private static CollaborationMethod Method(string id, string name, Dictionary<string, IReadOnlyList<string>> requires, params FitRule[] fit) =>
        new(id, name, $"{name}の概要", [$"{name}の利点"], [$"{name}の注意点"], requires, fit, Src("協働の種類"));

    private static FitRule Fit(string fact, string[] answers, int points, string reason) => new(fact, answers, null, null, points, reason);

    private static ChecklistItem Item(string id, string text) => new(id, text, null);

    private static FaqEntry Faq_(string id, string question, string[] phrasings, string answer) =>
        new(id, question, phrasings, answer, Src("よくある質問"));

    private static Desk Desk(string id, string name, string prefecture, string[] municipalities) =>
        new(id, name, prefecture, municipalities, "083-231-1826", null, null, null, null, null, null,
            Src("２ 支援窓口（県・市支援センター）一覧"));
}
