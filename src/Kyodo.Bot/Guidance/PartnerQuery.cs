using System.Text.Json.Serialization;

namespace Kyodo.Bot.Guidance;

/// <summary>
/// What a person is looking for in a partner: resource ids they need and can offer, field ids of their project, the kinds
/// of organisation they want (kind ids; empty = any), and their area (null = not known).
/// </summary>
public sealed record PartnerQuery
{
    public IReadOnlyList<string> Needs { get; init; } = [];
    public IReadOnlyList<string> Offers { get; init; } = [];
    public IReadOnlyList<string> Fields { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public string? Prefecture { get; init; }
    public string? Municipality { get; init; }

    /// <summary>True when the person said what they need, offer or work on; only then must a match fit one of those.</summary>
    [JsonIgnore]
    public bool HasCriteria => Needs.Count > 0 || Offers.Count > 0 || Fields.Count > 0;
}
