using System.Globalization;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>The console's own words: the outcomes staff choose from, action results and times (in Japan time). States, reasons and outcomes are <see cref="StaffLabels"/>.</summary>
public static class DeskConsoleLabels
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>The outcomes staff choose from when closing.</summary>
    public static readonly TicketOutcome[] StaffOutcomes = [TicketOutcome.Resolved, TicketOutcome.Continuing, TicketOutcome.Referred];

    public static string Time(DateTimeOffset at) => at.ToOffset(JapanOffset).ToString("M/d HH:mm", CultureInfo.InvariantCulture);

    public static string Waiting(TimeSpan waited) =>
        waited < TimeSpan.FromMinutes(1) ? "1分未満"
        : waited < TimeSpan.FromHours(1) ? $"{(int)waited.TotalMinutes}分"
        : $"{(int)waited.TotalHours}時間{waited.Minutes}分";

    /// <summary>What a refused or failed staff action means, for the message on the ticket page.</summary>
    public static string? Result(StaffActionStatus? status) => status switch
    {
        StaffActionStatus.TakenByOther => "ほかの相談員がすでに対応しています。",
        StaffActionStatus.NotOwner => "この相談の担当ではありません。",
        StaffActionStatus.Closed => "この相談はすでに終了しています。",
        StaffActionStatus.NotDelivered => "メッセージを相談者に届けられませんでした（やりとりの記録に残っています）。",
        _ => null,
    };
}
