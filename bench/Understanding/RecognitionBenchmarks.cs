using BenchmarkDotNet.Attributes;
using Kyodo.Bot.Content;
using Kyodo.Bot.Guidance;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Tests.Understanding;

namespace Kyodo.Bot.Bench.Understanding;

/// <summary>Time per utterance of each recognizer, averaged over the whole development set (OperationsPerInvoke = its size).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RecognitionBenchmarks
{
    private LoadedContent content = null!;
    private string[] intentTexts = [];
    private string[] yesNoTexts = [];
    private string[] faqTexts = [];
    private IReadOnlyList<AnswerOption> yesNoOptions = [];

    public const int Utterances = 160;

    public static LoadedContent LoadContent() =>
        new(ContentLoader.Load(Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "dialogs")));

    [GlobalSetup]
    public void Setup()
    {
        content = LoadContent();
        var dir = DevSet.FindDirectory(AppContext.BaseDirectory);
        intentTexts = Take(DevSet.Load(dir, DevSet.Intents));
        yesNoTexts = Take(DevSet.Load(dir, DevSet.YesNo));
        faqTexts = Take(DevSet.Load(dir, DevSet.Faq));
        yesNoOptions = DevSetEvaluator.YesNoOptions(content.Content);
    }

    /// <summary>The top-level decision: menu choice, or scores for every intent (includes one FAQ search).</summary>
    [Benchmark(OperationsPerInvoke = Utterances)]
    public int Intent()
    {
        var n = 0;
        foreach (var text in intentTexts) n += content.Intents.Recognize(text).Intent.Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Utterances)]
    public int YesNo()
    {
        var n = 0;
        foreach (var text in yesNoTexts) n += ChoiceRecognizer.Recognize(text, yesNoOptions, content.Content.Words)?.Id.Length ?? 0;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Utterances)]
    public int FaqAnswer()
    {
        var n = 0;
        foreach (var text in faqTexts) n += content.Faq.Answer(text).Matches.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Utterances)]
    public int Municipality()
    {
        var n = 0;
        foreach (var text in intentTexts) n += MunicipalityRecognizer.Find(text, content.Content.Desks.Areas) is null ? 0 : 1;
        return n;
    }

    /// <summary>Exactly <see cref="Utterances"/> texts, cycling through the set, so OperationsPerInvoke is exact.</summary>
    private static string[] Take(IReadOnlyList<DevSetItem> items) =>
        Enumerable.Range(0, Utterances).Select(i => items[i % items.Count].Text).ToArray();
}
