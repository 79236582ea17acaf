using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Kyodo.Bot.Logging;

/// <summary>
/// One JSON object per log line — time, level, category, message, exception, and the scope values (the correlation id of
/// the turn or webhook) — with personal data masked. Chosen with <c>Logging:Console:FormatterName = kyodo-json</c>.
/// </summary>
public sealed class MaskingJsonConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "kyodo-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null) return;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow.ToString("O"));
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            json.WriteString("message", PersonalDataMasker.Mask(message ?? ""));
            if (logEntry.Exception is { } exception) json.WriteString("exception", PersonalDataMasker.Mask(exception.ToString()));
            scopeProvider?.ForEachScope((scope, writer) =>
            {
                if (scope is not IEnumerable<KeyValuePair<string, object?>> values) return;
                foreach (var (key, value) in values.Where(v => !v.Key.StartsWith('{')))
                    writer.WriteString(key, PersonalDataMasker.Mask(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            }, json);
            json.WriteEndObject();
        }
        textWriter.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
