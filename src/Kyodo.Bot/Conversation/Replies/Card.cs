namespace Kyodo.Bot.Conversation.Replies;

/// <summary>A card: a title, sections of lines, and buttons. <see cref="AltText"/> is for channels that need a plain summary.</summary>
public sealed record Card(string Title, string? Subtitle, IReadOnlyList<CardSection> Sections, IReadOnlyList<ReplyButton> Buttons)
{
    public string AltText => Subtitle is null ? Title : $"{Title} {Subtitle}";
}

/// <summary>A part of a card: an optional heading and its lines (shown as a list when there are several).</summary>
public sealed record CardSection(string? Heading, IReadOnlyList<string> Lines);

/// <summary>A button: what it says, and the value that comes back when it is pressed.</summary>
public sealed record ReplyButton(string Label, string Value);
