using System.Globalization;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>The console's Japanese words for states, reasons, speakers, outcomes and times (shown in Japan time).</summary>
public static class DeskConsoleLabels
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static string State(TicketState state) => state switch
    {
        TicketState.Waiting => "待機中",
        TicketState.InProgress => "対応中",
        _ => "終了",
    };

    public static string Reason(EscalationReason reason) => reason switch
    {
        EscalationReason.Asked => "本人が希望",
        EscalationReason.Misunderstood => "ボットが聞き取れず",
        EscalationReason.Legal => "法的な相談",
        EscalationReason.Distress => "困りごと（緊急の可能性）",
        _ => "判断が必要",
    };

    public static string Speaker(Speaker speaker) => speaker switch
    {
        Handoff.Speaker.Person => "相談者",
        Handoff.Speaker.Staff => "相談員",
        _ => "ボット",
    };

    public static string Outcome(TicketOutcome outcome) => outcome switch
    {
        TicketOutcome.Resolved => "解決",
        TicketOutcome.Continuing => "継続相談",
        TicketOutcome.Referred => "他機関へ紹介",
        _ => "相談者が取り消し",
    };

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
