namespace Kyodo.Bot.Conversation;

/// <summary>What the bot remembers about one person across conversations (saved per user, each turn).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(UserProfileJson.Converter))]
public sealed class UserProfile
{
    public bool Welcomed { get; set; }

    /// <summary>The person's area, asked once for desk routing.</summary>
    public string? Prefecture { get; set; }
    public string? Municipality { get; set; }

    /// <summary>The person's own words about their project.</summary>
    public string? ProjectDescription { get; set; }

    /// <summary>Diagnosis question id → answer id, from the latest diagnosis.</summary>
    public Dictionary<string, string> DiagnosisAnswers { get; set; } = [];

    /// <summary>Recommender fact id → answer id (or number as text); filled by the diagnosis too.</summary>
    public Dictionary<string, string> Facts { get; set; } = [];

    public string? Verdict { get; set; }
    public List<string> RecommendedMethods { get; set; } = [];
    public string? ChosenMethod { get; set; }

    /// <summary>Answers for document drafts (project name, partner …); an empty answer means "not known yet".</summary>
    public Dictionary<string, string> DocumentAnswers { get; set; } = [];

    /// <summary>Checklist item ids the person has ticked.</summary>
    public HashSet<string> TickedItems { get; set; } = [];
}
