namespace Kyodo.Bot.Content;

/// <summary>A <c>source:</c> and where it is written, so a check against the seed files can point to the line.</summary>
public sealed record SourceCitation(SourceRef Source, string File, int Line);

/// <summary>The loaded content and every source it cites.</summary>
public sealed record ContentLoadResult(GuidanceContent Content, IReadOnlyList<SourceCitation> Citations);
