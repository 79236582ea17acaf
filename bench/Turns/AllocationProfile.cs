using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Kyodo.Bot.Bench.Turns;

/// <summary>
/// Where a turn's allocations go, by type: the runtime reports a sampled allocation about every 100 KB
/// (<c>GCAllocationTick</c>, with the type of the object that crossed the mark), so over many turns the samples
/// split the bytes by type in proportion. Run: <c>dotnet run -c Release --project bench/Turns -- --allocations</c>.
/// </summary>
public static class AllocationProfile
{
    private const int Walks = 3000;

    public static async Task RunAsync(TextWriter output)
    {
        var benchmarks = new GuidancePathBenchmarks();
        await benchmarks.Setup();
        for (var i = 0; i < 300; i++) await benchmarks.GuidancePathTurn();

        using var listener = new AllocationTickListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Walks; i++) await benchmarks.GuidancePathTurn();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        await benchmarks.Cleanup();

        var turns = Walks * 17;
        var sampled = listener.BytesByType.Values.Sum();
        output.WriteLine($"{allocated / (double)turns / 1024:F1} KB allocated per turn ({turns} turns); by type, from {listener.Samples} samples:");
        foreach (var (type, bytes) in listener.BytesByType.OrderByDescending(pair => pair.Value).Take(40))
            output.WriteLine($"{bytes * 100.0 / sampled,6:F1} %  {allocated * (bytes / (double)sampled) / turns,8:F0} B/turn  {type}");
    }

    private sealed class AllocationTickListener : EventListener
    {
        public ConcurrentDictionary<string, long> BytesByType { get; } = new();
        public int Samples;

        protected override void OnEventSourceCreated(EventSource source)
        {
            // The runtime's GC keyword at verbose level carries the allocation ticks.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs tick)
        {
            if (!tick.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || tick.Payload is null) return;
            var type = tick.Payload[tick.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var bytes = Convert.ToInt64(tick.Payload[tick.PayloadNames.IndexOf("AllocationAmount64")]);
            BytesByType.AddOrUpdate(type, bytes, (_, sum) => sum + bytes);
            Interlocked.Increment(ref Samples);
        }
    }
}
