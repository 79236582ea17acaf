using BenchmarkDotNet.Running;
using Kyodo.Bot.Bench.Turns;

if (args is ["--allocations", ..])
{
    await AllocationProfile.RunAsync(Console.Out);
    return;
}
BenchmarkRunner.Run<GuidancePathBenchmarks>(args: args);
