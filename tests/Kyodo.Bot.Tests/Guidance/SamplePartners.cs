using Kyodo.Bot.Content;

namespace Kyodo.Bot.Tests.Guidance;

/// <summary>A small partner directory built in code (fictional, like dialogs/partners.yaml) for the matcher tests.</summary>
public static class SamplePartners
{
    public static PartnerEntry Entry(string id, string kind, string prefecture, string municipality, string[] fields, string[] offers, string[] needs,
        bool collaboratedBefore = false, bool consent = true) =>
        new(id, $"（サンプル）{id}", kind, prefecture, municipality, fields, offers, needs, $"{id}の紹介文です。", collaboratedBefore, new DateOnly(2025, 10, 1), consent);

    public static IReadOnlyList<PartnerEntry> Organizations { get; } =
    [
        Entry("river", "voluntary_group", "群馬県", "高崎市", ["environment"], ["people"], ["funds"]),
        Entry("kids", "npo_corporation", "群馬県", "前橋市", ["children"], ["people", "local_ties"], ["venue"], collaboratedBefore: true),
        Entry("green", "company", "群馬県", "高崎市", ["environment"], ["funds", "people"], ["local_ties"], collaboratedBefore: true),
        Entry("univ", "school", "群馬県", "桐生市", ["welfare", "children"], ["expertise", "people"], ["local_ties"]),
        Entry("secret", "npo_corporation", "群馬県", "高崎市", ["environment", "children"], ["funds", "people", "venue", "expertise"], ["funds"],
            collaboratedBefore: true, consent: false),
        Entry("umi", "npo_corporation", "山口県", "下関市", ["environment"], ["people"], ["funds"]),
        Entry("twin", "voluntary_group", "群馬県", "高崎市", ["environment"], ["people"], ["funds"]),
        Entry("maebashi_river", "voluntary_group", "群馬県", "前橋市", ["environment"], ["people"], ["funds"]),
    ];

    public static PartnerDirectory Directory { get; } = new(
        Kinds:
        [
            new("npo_corporation", "NPO法人", "npo"),
            new("voluntary_group", "任意団体", "npo"),
            new("company", "企業", "company"),
            new("school", "大学・学校", "school"),
        ],
        Fields:
        [
            new("environment", "環境の保全", ["環境", "ゴミ拾い", "ごみ拾い", "河川"]),
            new("children", "子どもの健全育成", ["子ども", "こども", "子育て"]),
            new("welfare", "保健・医療・福祉の増進", ["福祉", "高齢者", "見守り"]),
        ],
        Resources:
        [
            new("funds", "資金", ["お金"]),
            new("people", "人材・ボランティア", ["ボランティア"]),
            new("venue", "場所・施設", ["場所"]),
            new("expertise", "専門知識", ["ノウハウ"]),
            new("local_ties", "地域とのつながり", ["つながり"]),
        ],
        Tips: null,
        Organizations: Organizations,
        StaffContacts: Organizations.ToDictionary(o => o.Id, o => $"（サンプル）{o.Id} 電話 000-0000-0000"));
}
