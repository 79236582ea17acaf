using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// Finds organisations of the partner directory that fit what a person is looking for. Deterministic and explainable:
/// every point comes from a <see cref="PartnerReason"/> the person is shown.
/// </summary>
public static class PartnerMatcher
{
    public const int DefaultTop = 5;

    /// <summary>For each resource the person needs that the organisation offers.</summary>
    public const int NeedPoints = 3;

    /// <summary>For each field the project and the organisation share.</summary>
    public const int FieldPoints = 2;

    /// <summary>Same municipality; an organisation elsewhere in the prefecture earns <see cref="PrefecturePoints"/>.</summary>
    public const int MunicipalityPoints = 2;

    public const int PrefecturePoints = 1;

    /// <summary>For each resource the person can offer that the organisation needs (a win-win).</summary>
    public const int OfferPoints = 1;

    /// <summary>The organisation has collaborated before.</summary>
    public const int ExperiencePoints = 1;

    /// <summary>
    /// The best organisations for the query, at most <paramref name="top"/>:
    /// 1. only entries with consent; 2. of the wanted kinds (any when none is given); 3. in the person's prefecture when it
    /// is known (a support center's directory serves its own area); 4. when the query has criteria, only entries that offer
    /// something needed, share a field or need something offered — area and experience alone are not a fit;
    /// 5. highest score first, ties in the file's order.
    /// </summary>
    public static IReadOnlyList<PartnerMatch> Match(PartnerDirectory directory, PartnerQuery query, int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        if (top <= 0) return [];

        return directory.Organizations
            .Where(entry => entry.Consent)
            .Where(entry => query.Kinds.Count == 0 || query.Kinds.Contains(entry.Kind, StringComparer.Ordinal))
            .Where(entry => query.Prefecture is null || string.Equals(entry.Prefecture, query.Prefecture, StringComparison.Ordinal))
            .Select(entry => Score(entry, query))
            .Where(match => !query.HasCriteria || match.Reasons.Any(IsFit))
            .OrderByDescending(match => match.Score)   // stable: ties keep the file's order
            .Take(top)
            .ToList();
    }

    private static bool IsFit(PartnerReason reason) =>
        reason.Kind is PartnerReasonKind.OffersWhatYouNeed or PartnerReasonKind.SameField or PartnerReasonKind.NeedsWhatYouOffer;

    private static PartnerMatch Score(PartnerEntry entry, PartnerQuery query)
    {
        var reasons = new List<PartnerReason>();
        foreach (var need in query.Needs.Distinct().Where(n => entry.Offers.Contains(n, StringComparer.Ordinal)))
            reasons.Add(new PartnerReason(PartnerReasonKind.OffersWhatYouNeed, need, NeedPoints));
        foreach (var field in query.Fields.Distinct().Where(f => entry.Fields.Contains(f, StringComparer.Ordinal)))
            reasons.Add(new PartnerReason(PartnerReasonKind.SameField, field, FieldPoints));
        if (query.Municipality is { } municipality && string.Equals(entry.Municipality, municipality, StringComparison.Ordinal))
            reasons.Add(new PartnerReason(PartnerReasonKind.SameMunicipality, municipality, MunicipalityPoints));
        else if (query.Prefecture is { } prefecture && string.Equals(entry.Prefecture, prefecture, StringComparison.Ordinal))
            reasons.Add(new PartnerReason(PartnerReasonKind.SamePrefecture, prefecture, PrefecturePoints));
        foreach (var offer in query.Offers.Distinct().Where(o => entry.Needs.Contains(o, StringComparer.Ordinal)))
            reasons.Add(new PartnerReason(PartnerReasonKind.NeedsWhatYouOffer, offer, OfferPoints));
        if (entry.CollaboratedBefore)
            reasons.Add(new PartnerReason(PartnerReasonKind.CollaboratedBefore, null, ExperiencePoints));
        return new PartnerMatch(entry, reasons.Sum(r => r.Points), reasons);
    }
}
