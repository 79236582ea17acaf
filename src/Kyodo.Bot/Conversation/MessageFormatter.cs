using System.Globalization;
using System.Text;

namespace Kyodo.Bot.Conversation;

/// <summary>Fills <c>{name}</c> placeholders of a content phrase.</summary>
public static class MessageFormatter
{
    public static string Format(string template, params (string Name, object Value)[] values)
    {
        if (values.Length == 0) return template;
        var text = new StringBuilder(template);
        foreach (var (name, value) in values)
            text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
