namespace Kyodo.Bot.Hosting;

/// <summary>The <c>Content</c> settings section.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The folder with the guidance YAML; relative paths are under the repository root.</summary>
    public string DialogsPath { get; set; } = "dialogs";
}
