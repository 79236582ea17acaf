namespace Kyodo.Bot.Handoff.Console;

/// <summary>The <c>DeskConsole</c> settings section: the staff web console at <c>/desk</c>.</summary>
public sealed class DeskConsoleOptions
{
    public const string Section = "DeskConsole";

    /// <summary>Serve the console (sign-in, queue, tickets). On by default; it is useless until staff accounts exist.</summary>
    public bool Enabled { get; set; } = true;
}
