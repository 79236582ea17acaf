namespace Kyodo.Bot.Handoff.Console;

/// <summary>The pages' small scripts: poll the JSON endpoints every few seconds and update the page with text only (no HTML from data).</summary>
public static class DeskConsoleScripts
{
    public const string Queue = """
        (() => {
          const body = document.getElementById('queue');
          const empty = document.getElementById('empty');
          const cell = text => { const td = document.createElement('td'); td.textContent = text; return td; };
          async function refresh() {
            try {
              const response = await fetch('/desk/api/queue', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
              if (response.status === 401) { location.href = '/desk/login'; return; }
              if (response.ok) {
                const data = await response.json();
                const rows = data.tickets.map(t => {
                  const row = document.createElement('tr');
                  row.dataset.id = t.id;
                  [t.stateLabel, t.waiting, t.waitingSince, t.reason, t.deskName, t.owner ?? '—'].forEach(v => row.appendChild(cell(v)));
                  const link = document.createElement('a');
                  link.href = '/desk/tickets/' + encodeURIComponent(t.id);
                  link.textContent = '開く';
                  const last = document.createElement('td');
                  last.appendChild(link);
                  row.appendChild(last);
                  return row;
                });
                body.replaceChildren(...rows);
                empty.hidden = rows.length > 0;
              }
            } catch { /* try again on the next round */ }
            setTimeout(refresh, 2500);
          }
          setTimeout(refresh, 2500);
        })();
        """;

    public const string Ticket = """
        (() => {
          const list = document.getElementById('transcript');
          const state = document.getElementById('state');
          const owner = document.getElementById('owner');
          const id = list.dataset.ticket;
          let after = Number(list.dataset.after);
          const span = (cls, text) => { const s = document.createElement('span'); s.className = cls; s.textContent = text; return s; };
          function line(m) {
            const li = document.createElement('li');
            li.className = m.speaker;
            li.dataset.seq = m.seq;
            li.append(span('when', m.time), span('who', m.who), span('text', m.text));
            if (!m.delivered && m.error) li.append(span('failed', ' 未送信: ' + m.error));
            return li;
          }
          async function poll() {
            try {
              const response = await fetch('/desk/api/tickets/' + encodeURIComponent(id) + '/messages?after=' + after,
                { credentials: 'same-origin', headers: { Accept: 'application/json' } });
              if (response.status === 401) { location.href = '/desk/login'; return; }
              if (response.ok) {
                const data = await response.json();
                for (const m of data.messages) {
                  const known = list.querySelector('li[data-seq="' + m.seq + '"]');
                  if (known) known.replaceWith(line(m)); else list.appendChild(line(m));
                  after = Math.max(after, m.seq);
                }
                state.textContent = data.stateLabel;
                owner.textContent = data.owner ?? '—';
              }
            } catch { /* try again on the next round */ }
            setTimeout(poll, 2000);
          }
          setTimeout(poll, 2000);
        })();
        """;
}
