using System.Text;
using static Kyodo.Bot.Handoff.Console.DeskConsoleHtml;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>/desk/tickets/{id}: the dossier, the whole transcript (new lines appear by themselves), and take / reply / close.</summary>
public static class TicketPage
{
    public static IResult Render(Ticket ticket, string deskName, IReadOnlyList<TranscriptEntry> transcript, StaffMember staff, string token, string? notice, StaffLabels labels)
    {
        var body = new StringBuilder();
        body.Append($"<h1>相談 {E(ticket.Id)}</h1>");
        if (notice is not null) body.Append($"<p class=\"notice\" role=\"status\">{E(notice)}</p>");
        body.Append("<section><dl>")
            .Append($"<dt>状態</dt><dd id=\"state\">{E(labels.State(ticket))}</dd>")
            .Append($"<dt>担当</dt><dd id=\"owner\">{E(ticket.AssignedName ?? "—")}</dd>")
            .Append($"<dt>窓口</dt><dd>{E(deskName)}</dd>")
            .Append($"<dt>理由</dt><dd>{E(labels.Reason(ticket.Reason))}</dd>")
            .Append($"<dt>受付</dt><dd>{E(DeskConsoleLabels.Time(ticket.WaitingSince))}</dd>");
        if (ticket.Outcome is { } outcome)
            body.Append($"<dt>結果</dt><dd>{E(labels.Outcome(outcome))}</dd><dt>メモ</dt><dd>{E(ticket.Note ?? "")}</dd>");
        body.Append("</dl></section>");
        body.Append(Actions(ticket, staff, token, labels));
        body.Append(DossierSection(ticket.Dossier, labels));
        body.Append($"<section><h2>やりとり</h2><ol class=\"transcript\" id=\"transcript\" data-ticket=\"{E(ticket.Id)}\" data-after=\"{(transcript.Count == 0 ? 0 : transcript[^1].Seq)}\">");
        foreach (var line in transcript) body.Append(Line(line));
        body.Append("</ol></section><script>").Append(DeskConsoleScripts.Ticket).Append("</script>");
        return Page("相談 " + ticket.Id, body.ToString(), staff.Name, token);
    }

    private static string Actions(Ticket ticket, StaffMember staff, string token, StaffLabels labels)
    {
        if (ticket.State == TicketState.Closed) return "";
        var action = $"/desk/tickets/{Uri.EscapeDataString(ticket.Id)}";
        var html = new StringBuilder("<section><h2>対応</h2>");
        var mine = ticket.AssignedTo == staff.Id;
        if (ticket.State == TicketState.Waiting)
            html.Append($"<form method=\"post\" action=\"{action}/take\">{TokenField(token)}<button type=\"submit\">対応する</button></form>");
        else if (!mine)
            html.Append($"<p class=\"notice\">{E(ticket.AssignedName)}さんが対応中です。</p>");
        if (mine)
            html.Append($"<form method=\"post\" action=\"{action}/reply\">{TokenField(token)}<label>相談者への返信 <textarea name=\"text\" required maxlength=\"2000\"></textarea></label><button type=\"submit\">送信</button></form>");
        if (ticket.State == TicketState.Waiting || mine || staff.IsAdmin)
        {
            html.Append($"<form method=\"post\" action=\"{action}/close\">{TokenField(token)}<label>結果 <select name=\"outcome\">");
            foreach (var outcome in DeskConsoleLabels.StaffOutcomes)
                html.Append($"<option value=\"{E(outcome.ToString())}\">{E(labels.Outcome(outcome))}</option>");
            html.Append("</select></label><label>メモ（相談者には見えません） <textarea name=\"note\" maxlength=\"2000\"></textarea></label><button type=\"submit\">対応終了</button></form>");
        }
        return html.Append("</section>").ToString();
    }

    private static string DossierSection(Dossier dossier, StaffLabels labels)
    {
        var html = new StringBuilder("<section><h2>相談の概要</h2><dl>");
        void Item(string label, string? value) => html.Append($"<dt>{E(label)}</dt><dd>{E(string.IsNullOrWhiteSpace(value) ? "—" : value)}</dd>");
        Item("相談者のことば", dossier.Words);
        Item("地域", string.Join(" ", new[] { dossier.Prefecture, dossier.Municipality }.Where(v => v is not null)));
        Item("取り組みの内容", dossier.ProjectDescription);
        Item("診断の回答", string.Join("\n", dossier.DiagnosisAnswers.Select(a => $"{a.Question}：{a.Answer}")));
        Item("診断結果", dossier.Verdict);
        Item("おすすめの方法", string.Join("、", dossier.RecommendedMethods));
        Item("選んだ方法", dossier.ChosenMethod);
        Item("済んだ項目", string.Join("\n", dossier.TickedItems));
        Item("いまのステップ", dossier.CurrentStep);
        Item("紹介を依頼された団体（連絡先は職員のみ）", string.Join("\n", (dossier.Introductions ?? []).Select(c => c.Contact is { } contact ? $"{c.Name}（{contact}）" : c.Name)));
        Item("最近の会話", string.Join("\n", dossier.RecentConversation.Select(l => $"{labels.Speaker(l.Speaker)}：{l.Text}")));
        return html.Append("</dl></section>").ToString();
    }

    private static string Line(TranscriptEntry line) =>
        $"<li class=\"{E(line.Speaker)}\" data-seq=\"{line.Seq}\"><span class=\"when\">{E(line.Time)}</span><span class=\"who\">{E(line.Who)}</span><span class=\"text\">{E(line.Text)}</span>" +
        (line is { Delivered: false, Error: { } error } ? $"<span class=\"failed\"> 未送信: {E(error)}</span>" : "") + "</li>";
}
