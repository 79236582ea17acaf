using System.Text.Json.Nodes;
using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Guidance;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Tests.Channels.Line;
using Kyodo.Bot.Tests.Understanding;

namespace Kyodo.Bot.Tests.Deployment;

/// <summary>deploymentTemplates/line: the rich menu LINE would accept, whose taps the bot understands.</summary>
public sealed class LineRichMenuTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "deploymentTemplates", "line");
    private static JsonObject Definition => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "richmenu.json")))!.AsObject();

    [Fact]
    public void The_definition_conforms_to_LINEs_RichMenuRequest_schema()
    {
        LineSpec.Problems(Definition, "RichMenuRequest").Should().BeEmpty();
        // LINE's reference marks all five required; the OpenAPI file does not list them.
        Definition.Select(p => p.Key).Should().BeEquivalentTo(["size", "selected", "name", "chatBarText", "areas"]);
    }

    [Theory]
    [InlineData("chatBarText", "\"協働についてのご相談メニューです\"", "longer than 14")]
    [InlineData("areas", """[{"bounds":{"x":0,"y":0,"width":2500,"height":843},"action":{"type":"mesage","text":"診断"}}]""", "'mesage' is not one of")]
    [InlineData("areas", """[{"bounds":{"x":0,"y":0,"width":2500,"height":843},"action":{"type":"message","txt":"診断"}}]""", "not a property of this type")]
    [InlineData("areas", """[{"bounds":{"x":-1,"y":0,"width":2500,"height":843},"action":{"type":"message","text":"診断"}}]""", "below 0")]
    public void The_schema_check_catches_what_LINE_would_refuse(string property, string json, string problem)
    {
        var broken = Definition;
        broken[property] = JsonNode.Parse(json);

        LineSpec.Problems(broken, "RichMenuRequest").Should().Contain(p => p.Contains(problem));
    }

    [Fact]
    public void The_image_is_a_PNG_of_the_declared_size_under_LINEs_1_MB_limit()
    {
        var image = RichMenuImage.Read(Path.Combine(Folder, "richmenu.png"));

        image.ContentType.Should().Be("image/png");
        (image.Width, image.Height).Should().Be((2500, 843));
        (Definition["size"]!["width"]!.GetValue<int>(), Definition["size"]!["height"]!.GetValue<int>()).Should().Be((2500, 843));
        image.Bytes.Length.Should().BeLessThan(1024 * 1024);
    }

    [Fact]
    public void The_areas_tile_the_image_inside_its_bounds_without_overlapping()
    {
        var areas = Areas(Definition);

        areas.Should().HaveCount(5);
        areas.Should().OnlyContain(a => a.X >= 0 && a.Y >= 0 && a.X + a.Width <= 2500 && a.Y + a.Height <= 843);
        for (var i = 0; i < areas.Count; i++)
        {
            for (var j = i + 1; j < areas.Count; j++)
                Overlap(areas[i], areas[j]).Should().BeFalse($"areas {i} and {j} should not overlap");
        }
        areas.Sum(a => (long)a.Width * a.Height).Should().Be(2500L * 843, "inside and not overlapping, they cover the image when their areas add up to it");
    }

    [Fact]
    public void The_tiling_check_notices_a_gap_and_an_overlap()
    {
        var shifted = Areas(Definition).Select((a, i) => i == 0 ? a with { Width = a.Width - 1 } : a).ToList();
        var overlapping = Areas(Definition).Select((a, i) => i == 1 ? a with { X = a.X - 1 } : a).ToList();

        shifted.Sum(a => (long)a.Width * a.Height).Should().NotBe(2500L * 843);
        Overlap(overlapping[0], overlapping[1]).Should().BeTrue();
    }

    [Theory]
    [InlineData("診断", IntentIds.Diagnose)]
    [InlineData("手法", IntentIds.Recommend)]
    [InlineData("チェックリスト", IntentIds.Checklist)]
    [InlineData("相談窓口", IntentIds.Desk)]
    [InlineData("質問", IntentIds.Question)]
    public void Each_tap_sends_a_text_the_bot_reads_as_that_menu_item(string label, string menuItem)
    {
        var action = Definition["areas"]!.AsArray().Select(a => a!["action"]!).Single(a => a["label"]!.GetValue<string>() == label);

        action["type"]!.GetValue<string>().Should().Be("message");
        var understood = RealContent.Value.Intents.Recognize(action["text"]!.GetValue<string>());
        understood.Intent.Should().Be(menuItem);
        understood.Exact.Should().BeTrue("a menu tap should start the item, not be guessed from a sentence");
    }

    private sealed record Area(int X, int Y, int Width, int Height);

    private static List<Area> Areas(JsonObject definition) =>
        [.. definition["areas"]!.AsArray().Select(a => a!["bounds"]!).Select(b => new Area(
            b["x"]!.GetValue<int>(), b["y"]!.GetValue<int>(), b["width"]!.GetValue<int>(), b["height"]!.GetValue<int>()))];

    private static bool Overlap(Area a, Area b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
