using System.Text;
using Kyodo.Bot.Stats;
using static Kyodo.Bot.Handoff.Console.DeskConsoleHtml;

namespace Kyodo.Bot.Handoff.Console.Stats;

/// <summary>/desk/unanswered: the questions the bot could not answer (personal data masked), most frequent first, to add to dialogs/faq.yaml.</summary>
public static class UnansweredPage
{
    public static IResult Render(IReadOnlyList<UnansweredQuestion> questions, StatsRange range, StaffMember staff, string token)
    {
        var body = new StringBuilder("<h1>答えられなかった質問</h1>")
            .Append("<p>ボットが答えられなかった質問です（すべての窓口、電話番号とメールアドレスは伏せてあります）。よく聞かれるものは <code>dialogs/faq.yaml</code> に追加してください。</p>")
            .Append("<form method=\"get\" action=\"/desk/unanswered\" class=\"filter\">")
            .Append($"<label>開始日 <input type=\"date\" name=\"from\" value=\"{E(range.FromText)}\"></label>")
            .Append($"<label>終了日 <input type=\"date\" name=\"to\" value=\"{E(range.ToText)}\"></label>")
            .Append("<button type=\"submit\">表示</button></form>")
            .Append(Table(questions))
            .Append("<p><a href=\"/desk\">受付一覧へ</a> <a href=\"/desk/stats\">相談の統計へ</a></p>");
        return Page("答えられなかった質問", body.ToString(), staff.Name, token);
    }

    public static string Table(IReadOnlyList<UnansweredQuestion> questions)
    {
        if (questions.Count == 0) return "<p class=\"nodata\">この期間に答えられなかった質問はありません。</p>";
        var html = new StringBuilder("<table class=\"unanswered\"><thead><tr><th>質問</th><th>回数</th><th>最後に聞かれた日時</th></tr></thead><tbody>");
        foreach (var question in questions)
            html.Append($"<tr><td>{E(question.Text)}</td><td>{question.Count}</td><td>{E(DeskConsoleLabels.Time(question.LastAsked))}</td></tr>");
        return html.Append("</tbody></table>").ToString();
    }
}
