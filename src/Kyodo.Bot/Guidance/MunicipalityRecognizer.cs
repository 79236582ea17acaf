using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Finds a prefecture or municipality of dialogs/desks.yaml areas in free text: 「下関に住んでいます」 → 山口県 下関市,
/// 「高崎市で活動」 → 群馬県 高崎市, 「群馬です」 → 群馬県. Names match in full or without their last character
/// (the 市・町・村・県 of every Japanese area name); a one-character short form (萩, 光) only between non-kanji.
/// </summary>
public static class MunicipalityRecognizer
{
    /// <summary>
    /// The longest name form in the text wins. Equal-length forms that disagree: when one is a prefecture and the others
    /// are municipalities of it (「山口」: 山口県 or 山口市) → the prefecture alone; otherwise null (ambiguous).
    /// </summary>
    public static MunicipalityMatch? Find(string text, IReadOnlyList<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(areas);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return null;

        var hits = new List<(int Length, MunicipalityMatch Match)>();
        foreach (var area in areas)
        {
            foreach (var form in Forms(area.Prefecture).Where(f => Occurs(normalized, f)))
                hits.Add((form.Length, new MunicipalityMatch(area.Prefecture, null)));
            foreach (var municipality in area.Municipalities)
            {
                foreach (var form in Forms(municipality).Where(f => Occurs(normalized, f)))
                    hits.Add((form.Length, new MunicipalityMatch(area.Prefecture, municipality)));
            }
        }
        if (hits.Count == 0) return null;

        var longest = hits.Max(h => h.Length);
        var best = hits.Where(h => h.Length == longest).Select(h => h.Match).Distinct().ToList();
        if (best.Count == 1) return best[0];
        var prefectures = best.Select(m => m.Prefecture).Distinct().ToList();
        return prefectures.Count == 1 && best.Any(m => m.Municipality is null) ? new MunicipalityMatch(prefectures[0], null) : null;
    }

    /// <summary>The normalized forms a name is recognized by: the full name, and the name without its last character.</summary>
    public static IReadOnlyList<string> Forms(string name)
    {
        var full = TextNormalizer.Normalize(name ?? "");
        return full.Length >= 2 ? [full, full[..^1]] : full.Length == 1 ? [full] : [];
    }

    private static bool Occurs(string text, string form)
    {
        if (form.Length >= 2) return text.Contains(form, StringComparison.Ordinal);
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !IsKanji(text[at - 1]);
            var after = at + 1 == text.Length || !IsKanji(text[at + 1]);
            if (before && after) return true;
        }
        return false;
    }

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or '\u3005';
}
