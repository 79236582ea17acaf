using System.Text;
using System.Text.Json;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Tests.Conversation;

public sealed class UserProfileJsonTests
{
    /// <summary>A profile as the serializer wrote it before this codec (an object of the same shape, nulls left out).</summary>
    private static readonly byte[] Stored = JsonSerializer.SerializeToUtf8Bytes(new
    {
        welcomed = true,
        prefecture = "長野県",
        municipality = (string?)null,
        projectDescription = "地域でこども食堂を開きたい",
        diagnosisAnswers = new Dictionary<string, string> { ["public_interest"] = "yes", ["partner"] = "company" },
        facts = new Dictionary<string, string> { ["parties"] = "2" },
        verdict = "Suitable",
        recommendedMethods = new[] { "cooperation_agreement", "subsidy" },
        chosenMethod = (string?)null,
        documentAnswers = new Dictionary<string, string>(),
        tickedItems = new[] { "partner.list" },
    }, BotJson.Options);

    [Fact]
    public void A_profile_saved_by_the_serializer_is_read_whole_and_written_back_byte_for_byte()
    {
        var profile = UserProfileJson.Read(Stored);

        profile.Welcomed.Should().BeTrue();
        profile.Prefecture.Should().Be("長野県");
        profile.Municipality.Should().BeNull();
        profile.ProjectDescription.Should().Be("地域でこども食堂を開きたい");
        profile.DiagnosisAnswers.Should().Equal(new Dictionary<string, string> { ["public_interest"] = "yes", ["partner"] = "company" });
        profile.Facts.Should().Equal(new Dictionary<string, string> { ["parties"] = "2" });
        profile.Verdict.Should().Be("Suitable");
        profile.RecommendedMethods.Should().Equal("cooperation_agreement", "subsidy");
        profile.ChosenMethod.Should().BeNull();
        profile.DocumentAnswers.Should().BeEmpty();
        profile.TickedItems.Should().Equal("partner.list");
        Encoding.UTF8.GetString(UserProfileJson.Write(profile)).Should().Be(Encoding.UTF8.GetString(Stored));
    }

    [Fact]
    public void A_new_profile_is_written_as_the_serializer_wrote_it()
    {
        var expected = JsonSerializer.Serialize(new
        {
            welcomed = false,
            diagnosisAnswers = new { },
            facts = new { },
            recommendedMethods = Array.Empty<string>(),
            documentAnswers = new { },
            tickedItems = Array.Empty<string>(),
        }, BotJson.Options);

        Encoding.UTF8.GetString(UserProfileJson.Write(new UserProfile())).Should().Be(expected);
    }

    [Fact]
    public void Every_property_is_written_and_read_back()
    {
        var profile = new UserProfile();
        foreach (var property in typeof(UserProfile).GetProperties())
        {
            object value = property.PropertyType switch
            {
                var t when t == typeof(bool) => true,
                var t when t == typeof(string) => "value of " + property.Name,
                var t when t == typeof(Dictionary<string, string>) => new Dictionary<string, string> { [property.Name] = "x" },
                var t when t == typeof(List<string>) => new List<string> { property.Name },
                var t when t == typeof(HashSet<string>) => new HashSet<string> { property.Name },
                var t => throw new InvalidOperationException($"UserProfile.{property.Name} has a type ({t}) this test does not know: teach the codec and this test."),
            };
            property.SetValue(profile, value);
        }

        var written = UserProfileJson.Write(profile);
        using var document = JsonDocument.Parse(written);

        document.RootElement.EnumerateObject().Select(p => p.Name).Should()
            .Equal(typeof(UserProfile).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
        UserProfileJson.Read(written).Should().BeEquivalentTo(profile);
    }

    [Fact]
    public void The_serializer_reads_and_writes_profiles_the_same_way()
    {
        var profile = UserProfileJson.Read(Stored);

        JsonSerializer.SerializeToUtf8Bytes(profile, BotJson.Options).Should().Equal(UserProfileJson.Write(profile));
        JsonSerializer.Deserialize<UserProfile>(Stored, BotJson.Options).Should().BeEquivalentTo(profile);
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_null_lists_read_as_empty()
    {
        var profile = UserProfileJson.Read("""{"welcomed":true,"later":{"a":[1,{"b":2}]},"facts":null,"tickedItems":null,"verdict":null}"""u8);

        profile.Welcomed.Should().BeTrue();
        profile.Facts.Should().BeEmpty();
        profile.TickedItems.Should().BeEmpty();
        profile.Verdict.Should().BeNull();
        UserProfileJson.Read("null"u8).Should().BeEquivalentTo(new UserProfile());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"profile\"")]
    [InlineData("""{"welcomed":"yes"}""")]
    [InlineData("""{"verdict":3}""")]
    [InlineData("""{"facts":["a"]}""")]
    [InlineData("""{"facts":{"a":1}}""")]
    [InlineData("""{"tickedItems":{}}""")]
    [InlineData("""{"recommendedMethods":["a",2]}""")]
    [InlineData("""{"facts":{"a":""")]
    public void Anything_else_is_a_JSON_error(string json)
    {
        var read = () => UserProfileJson.Read(Encoding.UTF8.GetBytes(json));

        read.Should().Throw<JsonException>();
    }
}
