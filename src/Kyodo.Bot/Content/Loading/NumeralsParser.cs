using YamlDotNet.RepresentationModel;

namespace Kyodo.Bot.Content.Loading;

/// <summary>The <c>numerals:</c> and <c>dates:</c> sections of words.yaml (kanji numerals; date words).</summary>
internal static class NumeralsParser
{
    public static Numerals Numerals(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("words.yaml", context);
        if (reader.LoadRoot(directory, "words") is not { } root || reader.Mapping(root, "numerals", required: false) is not { } map)
            return Content.Numerals.Empty;
        return new Numerals(
            Chars(reader, map, "digits").ToDictionary(p => p.Key, p => (int)p.Value),
            Chars(reader, map, "units").ToDictionary(p => p.Key, p => (int)p.Value),
            Chars(reader, map, "big_units"));
    }

    public static DateWords Dates(string directory, LoadContext context)
    {
        var reader = new YamlFileReader("words.yaml", context);
        if (reader.LoadRoot(directory, "words") is not { } root || reader.Mapping(root, "dates", required: false) is not { } map)
            return DateWords.Empty;
        var start = reader.Integer(map, "fiscal_year_start_month") ?? 4;
        if (start is < 1 or > 12) reader.Error(map, "'fiscal_year_start_month' must be 1 to 12");
        return new DateWords(
            start,
            reader.String(map, "year_mark") ?? "",
            reader.String(map, "fiscal_year_mark") ?? "",
            reader.String(map, "month_mark") ?? "",
            reader.String(map, "day_mark") ?? "",
            reader.StringList(map, "first_year", required: false),
            Words(reader, map, "eras"),
            Words(reader, map, "relative_fiscal_years"),
            Words(reader, map, "relative_years"),
            Words(reader, map, "relative_months"));
    }

    private static Dictionary<char, long> Chars(YamlFileReader reader, YamlMappingNode map, string key)
    {
        var result = new Dictionary<char, long>();
        if (reader.Mapping(map, key) is not { } section) return result;
        foreach (var (name, value) in section.Children)
        {
            var text = name.ToString();
            if (text.Length != 1) reader.Error(name, $"'{text}' in '{key}' must be one character");
            else if (!long.TryParse(value.ToString(), out var number) || number < 0) reader.Error(value, $"'{text}' in '{key}' must be a whole number");
            else result[text[0]] = number;
        }
        return result;
    }

    private static Dictionary<string, int> Words(YamlFileReader reader, YamlMappingNode map, string key)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.Mapping(map, key) is not { } section) return result;
        foreach (var (name, value) in section.Children)
        {
            if (int.TryParse(value.ToString(), out var number)) result[name.ToString()] = number;
            else reader.Error(value, $"'{name}' in '{key}' must be a whole number");
        }
        return result;
    }
}
