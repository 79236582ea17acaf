using BenchmarkDotNet.Running;

BenchmarkRunner.Run<Kyodo.Bot.Bench.Turns.GuidancePathBenchmarks>(args: args);
