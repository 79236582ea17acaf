namespace Kyodo.Bot.Logging;

public static class LoggingExtensions
{
    public const string CorrelationIdKey = "CorrelationId";

    /// <summary>Console logs as masked JSON lines (the formatter is chosen in configuration, so local runs can keep plain text).</summary>
    public static ILoggingBuilder AddKyodoLogging(this ILoggingBuilder logging)
    {
        logging.AddConsoleFormatter<MaskingJsonConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
        return logging;
    }

    /// <summary>Everything logged until the scope ends carries this id: one per turn or webhook, to follow it across log lines.</summary>
    public static IDisposable? BeginCorrelation(this ILogger logger, string? correlationId = null) =>
        logger.BeginScope(new Dictionary<string, object?> { [CorrelationIdKey] = correlationId ?? Guid.NewGuid().ToString("N")[..12] });
}
