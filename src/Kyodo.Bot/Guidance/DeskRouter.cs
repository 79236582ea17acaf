using Kyodo.Bot.Content;

namespace Kyodo.Bot.Guidance;

public static class DeskRouter
{
    /// <summary>The municipality's own desk, else the prefecture-wide desk, else none.</summary>
    public static Desk? For(DeskContent content, string prefecture, string? municipality) =>
        content.Desks.FirstOrDefault(d => d.Prefecture == prefecture && municipality is not null && d.Municipalities.Contains(municipality))
        ?? content.Desks.FirstOrDefault(d => d.Prefecture == prefecture && d.Municipalities.Count == 0);
}
