namespace Kyodo.Bot.Hosting;

/// <summary>
/// Whether requests run on the thread that waits on the sockets instead of being handed to a thread-pool worker.
/// Setting: <c>Hosting:InlineSockets</c> (default: only when the process may use one core).
/// </summary>
public static class SocketScheduling
{
    public const string Setting = "Hosting:InlineSockets";
    private const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// With one core, every hand-off from the sockets' thread to a worker is a context switch on that same core, for no
    /// parallelism (bench/Load, server pinned to one core: 1.0–1.5 context switches per turn before, 0.2–0.3 after).
    /// With more cores the hand-off is what spreads the turns over them.
    /// </summary>
    public static bool RunsInline(IConfiguration configuration, int processorCount) =>
        configuration.GetValue(Setting, processorCount == 1);

    public static WebApplicationBuilder RunRequestsInlineOnOneCore(this WebApplicationBuilder builder)
    {
        if (!RunsInline(builder.Configuration, Environment.ProcessorCount)) return builder;
        // The runtime reads this once, when the first socket is used: that has not happened yet.
        if (Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null) Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        return builder;
    }

    /// <summary>Says at start-up where requests run, so a slow host on one core can be told from a misconfigured one.</summary>
    public static void ReportSocketScheduling(this WebApplication app)
    {
        if (RunsInline(app.Configuration, Environment.ProcessorCount))
            app.Logger.LogInformation("Requests run on the socket I/O thread ({Setting}; {Cores} core(s) available).", Setting, Environment.ProcessorCount);
    }
}
