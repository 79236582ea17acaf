using Kyodo.Bot.Content;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Content;

/// <summary>
/// dialogs/partners.yaml: the shipped sample directory loads and is clearly fictional; a broken entry is reported as
/// partners.yaml:line: what is wrong. Each error case copies the real content and replaces partners.yaml with a small one.
/// </summary>
public sealed class PartnersContentTests : IDisposable
{
    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "kyodo-partners-" + Guid.NewGuid().ToString("N"));

    public PartnersContentTests()
    {
        Directory.CreateDirectory(_dialogs);
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "dialogs"), "*.yaml"))
            File.Copy(file, Path.Combine(_dialogs, Path.GetFileName(file)));
    }

    [Fact]
    public void The_shipped_directory_is_sample_data_across_Gunma_and_Yamaguchi()
    {
        var content = ContentLoader.Load(Path.Combine(Root, "dialogs"));
        var partners = content.Partners;

        File.ReadLines(Path.Combine(Root, "dialogs", "partners.yaml")).Take(5).Should().Contain(l => l.Contains("サンプルデータ") && l.Contains("架空"));
        partners.Organizations.Should().HaveCountGreaterThanOrEqualTo(10);
        partners.Organizations.Should().OnlyContain(o => o.Name.StartsWith("（サンプル）"));
        partners.Organizations.Select(o => o.Prefecture).Distinct().Should().BeEquivalentTo(["群馬県", "山口県"]);
        partners.Organizations.Select(o => o.Kind).Distinct().Should().HaveCountGreaterThanOrEqualTo(5);
        partners.Organizations.Should().Contain(o => !o.Consent, "the sample shows that entries without consent are kept but never matched");
        partners.StaffContacts.Keys.Should().BeEquivalentTo(partners.Organizations.Select(o => o.Id));
        partners.StaffContacts.Values.Should().OnlyContain(c => c.StartsWith("（サンプル）"));
        partners.Resources.Select(r => r.Label).Should().Equal("資金", "人材・ボランティア", "場所・施設", "物品", "専門知識", "広報", "地域とのつながり");
        partners.Tips!.Checks.Should().Contain(["組織の目的や活動の対象が明確に示されているか", "事業を実行できる組織体制があるか", "これまでの成果がわかりやすく伝えられているか"]);
    }

    [Fact]
    public void Sample_contact_routes_use_numbers_and_addresses_that_reach_nobody()
    {
        var partners = ContentLoader.Load(Path.Combine(Root, "dialogs")).Partners;

        foreach (var contact in partners.StaffContacts.Values)
        {
            foreach (System.Text.RegularExpressions.Match phone in System.Text.RegularExpressions.Regex.Matches(contact, @"\d{2,5}-\d{2,4}-\d{4}"))
                phone.Value.Should().StartWith("000-0000-", contact);
            foreach (System.Text.RegularExpressions.Match mail in System.Text.RegularExpressions.Regex.Matches(contact, @"@[\w.\-]+"))
                mail.Value.Should().Be("@example.com", contact);
        }
    }

    [Fact]
    public void A_small_valid_directory_loads_with_the_contact_kept_apart()
    {
        Write(SmallDirectory());

        var partners = ContentLoader.Load(_dialogs).Partners;

        var entry = partners.Organizations.Single();
        entry.Should().BeEquivalentTo(new PartnerEntry("sample_a", "（サンプル）川の会", "npo_corporation", "群馬県", "高崎市", ["environment"], ["funds"], [],
            "川をきれいにしています。", false, new DateOnly(2025, 10, 1), true));
        partners.StaffContacts.Should().Equal(new Dictionary<string, string> { ["sample_a"] = "（サンプル）電話 000-0000-0000" });
    }

    public static TheoryData<string, string?, string> BrokenOrganizations => new()
    {
        { "kind", "bank", "partners.yaml:23: unknown kind 'bank'; use one of npo_corporation, company" },
        { "fields", "[space]", "partners.yaml:25: unknown field 'space'; use one of environment, children" },
        { "fields", "[]", "partners.yaml:25: 'fields' needs at least one entry" },
        { "offers", "[money]", "partners.yaml:26: unknown offer 'money'; use one of funds, people" },
        { "needs", "[funds, love]", "partners.yaml:27: unknown need 'love'; use one of funds, people" },
        { "municipality", "新宿区", "partners.yaml:24: municipality '新宿区' is not in the areas of desks.yaml" },
        { "consent", null, "partners.yaml:21: missing field 'consent'" },
        { "consent", "maybe", "partners.yaml:32: 'consent' must be true or false" },
        { "collaborated_before", "yes", "partners.yaml:30: 'collaborated_before' must be true or false" },
        { "last_confirmed", "昨日", "partners.yaml:31: 'last_confirmed' must be a date like 2025-10-01" },
        { "last_confirmed", "2025-13-01", "partners.yaml:31: 'last_confirmed' must be a date like 2025-10-01" },
        { "contact", null, "partners.yaml:21: missing field 'contact'" },
        { "id", "Sample A", "partners.yaml:21: id 'Sample A' may contain only a-z, 0-9, '_' and '.'" },
    };

    [Theory]
    [MemberData(nameof(BrokenOrganizations))]
    public void A_broken_organization_is_reported_with_its_line(string key, string? value, string expected)
    {
        Write(SmallDirectory((key, value)));

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Errors.Select(e => e.ToString()).Should().Contain(expected);
    }

    [Fact]
    public void A_kind_must_count_as_an_answer_of_the_partner_fact()
    {
        Write(SmallDirectory().Replace("partner: npo }", "partner: alien }"));

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Errors.Select(e => e.ToString())
            .Should().Contain("partners.yaml:3: kind 'npo_corporation': partner 'alien' is not an answer of the methods.yaml fact 'partner'");
    }

    [Fact]
    public void Two_organizations_with_one_id_are_reported()
    {
        var yaml = SmallDirectory();
        var organization = yaml[yaml.IndexOf("    - id: sample_a", StringComparison.Ordinal)..];
        Write(yaml + organization);

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Errors.Select(e => e.ToString()).Should().Contain("partners.yaml:33: duplicate organization id 'sample_a'");
    }

    [Fact]
    public void A_tip_without_a_source_is_reported()
    {
        Write(SmallDirectory().Replace("    source: 000_7750087777eb65de.txt 5 協働を成功させるために 協働のパートナーを探すときのコツ\n", ""));

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Errors.Select(e => e.ToString()).Should().Contain("partners.yaml:16: missing field 'source'");
    }

    [Fact]
    public void A_missing_directory_file_is_named()
    {
        File.Delete(Path.Combine(_dialogs, "partners.yaml"));

        var load = () => ContentLoader.Load(_dialogs);

        load.Should().Throw<ContentException>().Which.Message.Should().Contain("partners.yaml:0: file is missing");
    }

    private void Write(string yaml) => File.WriteAllText(Path.Combine(_dialogs, "partners.yaml"), yaml);

    /// <summary>A small directory with one organisation (its "- id:" on line 21); a change replaces a key's value, null removes the key.</summary>
    private static string SmallDirectory(params (string Key, string? Value)[] changes)
    {
        var organization = new List<(string Key, string? Value)>
        {
            ("id", "sample_a"), ("name", "（サンプル）川の会"), ("kind", "npo_corporation"), ("municipality", "高崎市"),
            ("fields", "[environment]"), ("offers", "[funds]"), ("needs", "[]"), ("introduction", "川をきれいにしています。"),
            ("contact", "（サンプル）電話 000-0000-0000"), ("collaborated_before", "false"), ("last_confirmed", "2025-10-01"), ("consent", "true"),
        };
        foreach (var (key, value) in changes)
        {
            var at = organization.FindIndex(o => o.Key == key);
            organization[at] = (key, value);
        }
        var lines = organization.Where(o => o.Value is not null).Select((o, i) => (i == 0 ? "    - " : "      ") + $"{o.Key}: {o.Value}");
        return """
            partners:
              kinds:
                - { id: npo_corporation, label: NPO法人, partner: npo }
                - { id: company, label: 企業, partner: company }
              fields:
                source: 000_7750087777eb65de.txt 1 NPOと企業・大学の協力に関する調査結果 協力したい活動分野
                items:
                  - { id: environment, label: 環境の保全, keywords: [環境] }
                  - { id: children, label: 子どもの健全育成 }
              resources:
                source: 000_7750087777eb65de.txt 1 NPOと企業・大学の協力に関する調査結果 協力の内容
                items:
                  - { id: funds, label: 資金 }
                  - { id: people, label: 人材・ボランティア }
              tips:
                title: パートナーを探すときのコツ
                intro: 次の点を参考に相手を選びましょう。
                checks: [組織の目的や活動の対象が明確に示されているか]
                source: 000_7750087777eb65de.txt 5 協働を成功させるために 協働のパートナーを探すときのコツ
              organizations:

            """ + string.Join("\n", lines) + "\n";
    }

    public void Dispose()
    {
        if (Directory.Exists(_dialogs)) Directory.Delete(_dialogs, recursive: true);
    }
}
