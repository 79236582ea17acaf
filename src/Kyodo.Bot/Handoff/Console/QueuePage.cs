using System.Text;
using static Kyodo.Bot.Handoff.Console.DeskConsoleHtml;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>/desk: the open tickets of the staff member's desk (every desk for admins), refreshed every few seconds.</summary>
public static class QueuePage
{
    public static IResult Render(IReadOnlyList<QueueEntry> entries, StaffMember staff, string token)
    {
        var rows = new StringBuilder();
        foreach (var entry in entries) rows.Append(Row(entry));
        var body = "<nav class=\"links\"><a href=\"/desk/stats\">相談の統計</a><a href=\"/desk/unanswered\">答えられなかった質問</a></nav>" +
            $"<h1>相談の受付一覧</h1><p>{(staff.IsAdmin ? "すべての窓口" : "あなたの窓口")}の、終了していない相談です。</p>" +
            "<table><thead><tr><th>状態</th><th>待ち時間</th><th>受付</th><th>理由</th><th>窓口</th><th>担当</th><th></th></tr></thead>" +
            $"<tbody id=\"queue\">{rows}</tbody></table>" +
            $"<p id=\"empty\"{(entries.Count == 0 ? "" : " hidden")}>いま受け付けている相談はありません。</p>" +
            "<script>" + DeskConsoleScripts.Queue + "</script>";
        return Page("受付一覧", body, staff.Name, token);
    }

    private static string Row(QueueEntry entry) =>
        $"<tr data-id=\"{E(entry.Id)}\"><td>{E(entry.StateLabel)}</td><td>{E(entry.Waiting)}</td><td>{E(entry.WaitingSince)}</td><td>{E(entry.Reason)}</td>" +
        $"<td>{E(entry.DeskName)}</td><td>{E(entry.Owner ?? "—")}</td><td><a href=\"/desk/tickets/{Uri.EscapeDataString(entry.Id)}\">開く</a></td></tr>";
}
