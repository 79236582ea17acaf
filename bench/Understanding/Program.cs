using BenchmarkDotNet.Running;
using Kyodo.Bot.Bench.Understanding;
using Kyodo.Bot.Tests.Understanding;

// 1. Accuracy on the labelled development set (tests/Kyodo.Bot.Tests/Understanding/DevSet).
var report = DevSetEvaluator.Evaluate(RecognitionBenchmarks.LoadContent(), DevSet.FindDirectory(AppContext.BaseDirectory));
Console.WriteLine(report.Format());

// 2. Time per recognition, measured by BenchmarkDotNet ("--accuracy-only" skips it).
if (!args.Contains("--accuracy-only"))
    BenchmarkRunner.Run<RecognitionBenchmarks>(args: args.Where(a => a != "--accuracy-only").ToArray());
