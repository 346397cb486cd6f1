// The playground page: one HTML file, no build step, no external resources.
export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>draftlint playground</title>
<style>
  body { font: 16px/1.5 system-ui, "Noto Sans CJK TC", "PingFang TC", sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
  header, main { max-width: 78rem; margin: 0 auto; padding: 0.75rem 1.25rem; }
  h1 { font-size: 1.3rem; margin: 0.5rem 0 0; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.25rem; }
  @media (max-width: 60rem) { main { grid-template-columns: 1fr; } }
  label { font-weight: 600; display: block; margin: 0.5rem 0 0.25rem; }
  textarea { width: 100%; box-sizing: border-box; min-height: 14rem; font: inherit; padding: 0.5rem; border: 1px solid #888; border-radius: 4px; }
  .controls { display: flex; gap: 1rem; flex-wrap: wrap; }
  select { font: inherit; }
  #preview { white-space: pre-wrap; background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: 0.5rem; min-height: 3rem; }
  mark { background: #fff0b3; border-bottom: 2px solid #c79100; }
  mark.error { background: #ffd6d6; border-bottom-color: #b00020; }
  mark.info { background: #e3efff; border-bottom-color: #2b6cb0; }
  ol#problems { padding-left: 1.25rem; }
  ol#problems li { margin-bottom: 0.75rem; }
  .rule { font-family: ui-monospace, monospace; font-size: 0.85rem; color: #555; }
  button { font: inherit; margin: 0.25rem 0.5rem 0 0; padding: 0.15rem 0.6rem; cursor: pointer; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; vertical-align: top; border: 1px solid #ccc; padding: 0.3rem 0.5rem; }
  td.missing { color: #b00020; }
  .status { color: #555; min-height: 1.5rem; }
</style>
</head>
<body>
<header>
  <h1>draftlint playground</h1>
  <p>Paste a draft — a meeting notice, an email, a message — in Traditional Chinese, Simplified Chinese or English.
  It is checked on this computer only.</p>
</header>
<main>
  <section aria-label="Writing">
    <label for="draft">Draft</label>
    <textarea id="draft" spellcheck="false" placeholder="各位同仁：&#10;&#10;會議訂於2026年12月5日（週五）上午10點，在301會議室，請稍後回覆。"></textarea>
    <div class="controls">
      <div><label for="format">Format</label>
        <select id="format"><option value="draft.txt">Plain text</option><option value="draft.md">Markdown</option></select></div>
      <div><label for="locale">Messages in</label>
        <select id="locale"><option value="">The draft's language</option><option value="zh-Hant">繁體中文</option><option value="zh-Hans">简体中文</option><option value="en">English</option></select></div>
      <div><label for="kind">Kind</label>
        <select id="kind"><option value="">Detect</option><option value="meeting-notice">Meeting notice</option><option value="other">Other</option></select></div>
    </div>
    <label for="preview">Highlighted</label>
    <div id="preview" role="region" aria-label="The draft with its problems highlighted"></div>
  </section>
  <section aria-labelledby="problems-heading">
    <h2 id="problems-heading">Problems</h2>
    <p class="status" id="status" role="status" aria-live="polite"></p>
    <ol id="problems"></ol>
    <h2 id="fivew-heading">5W2H</h2>
    <table aria-labelledby="fivew-heading"><tbody id="fivew"></tbody></table>
  </section>
</main>
<script>
const $ = (id) => document.getElementById(id);
const draft = $('draft');
let timer;
let latest = 0;

function offsetOf(text, line, column) {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf('\\n', offset) + 1;
  return offset + column - 1;
}

function escape(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

const LEVEL = ['info', 'warning', 'error'];

function render(text, diagnostics) {
  const spans = diagnostics
    .map((d, i) => ({ i, d, start: offsetOf(text, d.line, d.column), end: offsetOf(text, d.endLine, d.endColumn) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    html += escape(text.slice(at, s.start));
    html += '<mark class="' + LEVEL[s.d.severity] + '" id="mark-' + s.i + '" title="' + escape(s.d.message) + '" data-rule="' + s.d.ruleId + '">' + escape(text.slice(s.start, s.end)) + '</mark>';
    at = s.end;
  }
  $('preview').innerHTML = html + escape(text.slice(at));
  const list = $('problems');
  list.innerHTML = '';
  diagnostics.forEach((d, i) => {
    const item = document.createElement('li');
    item.innerHTML = '<strong>' + LEVEL[d.severity] + '</strong> ' + d.line + ':' + d.column + ' ' + escape(d.message) + ' <span class="rule">' + d.ruleId + '</span><br>';
    const edits = [];
    if (d.fix) edits.push({ label: 'Apply fix: “' + d.fix.text + '”', fix: d.fix });
    for (const s of d.suggestions || []) edits.push({ label: s.desc, fix: s.fix });
    for (const e of edits) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = e.label;
      button.dataset.rule = d.ruleId;
      button.addEventListener('click', () => {
        const value = draft.value;
        draft.value = value.slice(0, e.fix.range[0]) + e.fix.text + value.slice(e.fix.range[1]);
        check();
      });
      item.appendChild(button);
    }
    list.appendChild(item);
  });
}

const ELEMENTS = [['what', 'What'], ['why', 'Why'], ['who', 'Who'], ['when', 'When'], ['where', 'Where'], ['how', 'How'], ['how-much', 'How much']];

function renderExtraction(x) {
  const value = {
    what: x.what && x.what.value,
    why: x.why && x.why.value,
    who: [x.who.organizer && x.who.organizer.value, ...x.who.attendees.map((a) => a.value), x.who.contact && x.who.contact.value].filter(Boolean).join(', '),
    when: x.when && (x.when.start + (x.when.end ? ' – ' + x.when.end : '') + ' (' + x.when.timezone.name + ', from ' + x.when.timezone.source + ')'),
    where: [x.where.place && x.where.place.value, x.where.link && x.where.link.value, x.where.meetingId && 'ID ' + x.where.meetingId.value].filter(Boolean).join(' · '),
    how: x.how && x.how.value,
    'how-much': [x.howMuch.duration && x.howMuch.duration.value, x.howMuch.cost && x.howMuch.cost.value].filter(Boolean).join(' · '),
  };
  $('fivew').innerHTML = ELEMENTS.map(([key, name]) => value[key]
    ? '<tr><th scope="row">' + name + '</th><td>' + escape(value[key]) + '</td></tr>'
    : '<tr><th scope="row">' + name + '</th><td class="missing">missing</td></tr>').join('');
}

async function post(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

async function check() {
  const run = ++latest;
  const text = draft.value;
  if (!text.trim()) {
    render('', []);
    $('status').textContent = '';
    $('fivew').innerHTML = '';
    return;
  }
  const body = { text, filename: $('format').value, locale: $('locale').value || undefined, kind: $('kind').value || undefined };
  try {
    const [result, extraction] = await Promise.all([post('/api/lint', body), post('/api/extract', body)]);
    if (run !== latest) return;
    render(text, result.diagnostics);
    renderExtraction(extraction);
    const n = result.diagnostics.length;
    $('status').textContent = n === 0 ? 'No problems.' : n + (n === 1 ? ' problem' : ' problems') + ' (' + result.kind + ', ' + result.language + ')';
  } catch (error) {
    if (run === latest) $('status').textContent = 'Could not check: ' + error.message;
  }
}

draft.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(check, 250); });
for (const id of ['format', 'locale', 'kind']) $(id).addEventListener('change', check);
</script>
</body>
</html>
`;
