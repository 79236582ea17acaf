using Kyodo.Bot.Content;
using Kyodo.Bot.Hosting;

namespace Kyodo.Bot.Tests.Understanding;

/// <summary>The accuracy targets on the labelled development set (accuracy only; timing is in bench/Understanding).</summary>
public sealed class UnderstandingAccuracyTests
{
    private static readonly Lazy<DevSetReport> Report = new(() =>
    {
        var root = RepositoryPaths.FindRoot(AppContext.BaseDirectory);
        var content = new LoadedContent(ContentLoader.Load(Path.Combine(root, "dialogs")));
        return DevSetEvaluator.Evaluate(content, DevSet.FindDirectory(AppContext.BaseDirectory));
    });

    [Fact]
    public void The_development_set_has_at_least_300_utterances() =>
        (Report.Value.IntentTotal + Report.Value.YesNoTotal + Report.Value.ChoiceTotal + Report.Value.FaqTotal).Should().BeGreaterThanOrEqualTo(300);

    [Fact]
    public void Intent_accuracy_is_at_least_0_92() =>
        Report.Value.IntentAccuracy.Should().BeGreaterThanOrEqualTo(0.92, Report.Value.Format());

    [Fact]
    public void Yes_no_accuracy_is_at_least_0_98() =>
        Report.Value.YesNoAccuracy.Should().BeGreaterThanOrEqualTo(0.98, Report.Value.Format());

    [Fact]
    public void Choice_accuracy_is_at_least_0_98() =>
        Report.Value.ChoiceAccuracy.Should().BeGreaterThanOrEqualTo(0.98, Report.Value.Format());

    [Fact]
    public void Faq_top_3_is_at_least_0_9() =>
        Report.Value.FaqTop3Accuracy.Should().BeGreaterThanOrEqualTo(0.9, Report.Value.Format());
}
