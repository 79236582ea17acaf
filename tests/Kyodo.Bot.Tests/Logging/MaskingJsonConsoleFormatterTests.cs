using System.Text.Json;
using Kyodo.Bot.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kyodo.Bot.Tests.Logging;

public sealed class MaskingJsonConsoleFormatterTests
{
    [Fact]
    public void A_log_line_is_one_json_object_with_the_correlation_id_and_no_personal_data()
    {
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push(new Dictionary<string, object?> { [LoggingExtensions.CorrelationIdKey] = "turn-42" });
        var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Error, "Kyodo.Bot.Test", default, "LINE refused: call 090-1234-5678 or a@b.jp",
            new InvalidOperationException("user wrote taro@example.com"), (state, _) => state);

        new MaskingJsonConsoleFormatter().Write(entry, scopes, output);

        var line = JsonDocument.Parse(output.ToString()).RootElement;
        line.GetProperty("level").GetString().Should().Be("Error");
        line.GetProperty("CorrelationId").GetString().Should().Be("turn-42");
        line.GetProperty("message").GetString().Should().Be("LINE refused: call [phone] or [email]");
        line.GetProperty("exception").GetString().Should().Contain("[email]").And.NotContain("taro@example.com");
    }
}
