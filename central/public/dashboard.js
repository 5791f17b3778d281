// The central desk's comparison board: every office's sync health and today's
// figures, refreshed every 5 seconds; sort by any column, filter by province/agency.
// Plain JavaScript (no build step): Jalali dates and Persian digits from Intl.
const fa = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 });
const when = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Tehran' });
const $ = (id) => document.getElementById(id);
let sortKey = 'name';
let sortDir = 1;
let timer;

function token() {
  return localStorage.getItem('central.token') || '';
}

function rowOf(o) {
  const queue = o.sync?.queue ?? {};
  return {
    id: o.id,
    name: o.name,
    province: o.province,
    connected: o.connected ? 1 : 0,
    lagSeconds: o.lagSeconds ?? null,
    behind: Object.values(o.sync ?? {}).reduce((n, s) => n + (s.behind || 0), 0),
    issued: o.today.issued,
    served: o.today.served,
    waiting: o.today.waiting,
    noShow: o.today.noShow,
    meanWait: o.today.meanWaitSeconds == null ? null : o.today.meanWaitSeconds / 60,
    lastSeq: queue.lastSeq ?? 0,
  };
}

const num = (v) => (v == null ? '—' : fa.format(v));

function render(offices) {
  const rows = offices.map(rowOf).sort((a, b) => {
    const x = a[sortKey];
    const y = b[sortKey];
    if (typeof x === 'string') return sortDir * x.localeCompare(y, 'fa');
    return sortDir * ((x ?? -1) - (y ?? -1));
  });
  $('board').querySelector('tbody').innerHTML = rows
    .map(
      (r) => `<tr data-office="${r.id}">
        <td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.province)}</td>
        <td class="${r.connected ? 'ok' : 'bad'}">${r.connected ? 'متصل' : 'قطع'}</td>
        <td class="num">${r.lagSeconds == null ? '—' : `${num(Math.round(r.lagSeconds))} ثانیه`}</td>
        <td class="num ${r.behind ? 'bad' : ''}">${num(r.behind)}</td>
        <td class="num" data-col="issued">${num(r.issued)}</td><td class="num" data-col="served">${num(r.served)}</td>
        <td class="num">${num(r.waiting)}</td><td class="num">${num(r.noShow)}</td><td class="num">${num(r.meanWait)}</td>
      </tr>`,
    )
    .join('');
  const sum = (k) => rows.reduce((n, r) => n + (r[k] || 0), 0);
  $('board').querySelector('tfoot').innerHTML = `<tr><td>جمع ${num(rows.length)} اداره</td><td></td><td class="num">${num(sum('connected'))} متصل</td><td></td>
    <td class="num">${num(sum('behind'))}</td><td class="num" data-col="issued-total">${num(sum('issued'))}</td><td class="num">${num(sum('served'))}</td>
    <td class="num">${num(sum('waiting'))}</td><td class="num">${num(sum('noShow'))}</td><td></td></tr>`;
}

function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function load() {
  const q = new URLSearchParams();
  if ($('province').value.trim()) q.set('province', $('province').value.trim());
  if ($('agency').value.trim()) q.set('agency', $('agency').value.trim());
  try {
    const res = await fetch(`/api/offices?${q}`, { headers: { authorization: `Bearer ${token()}` } });
    const body = await res.json().catch(() => null);
    if (res.status === 401 || res.status === 403) return showLogin(body?.error?.message ?? 'کلید دسترسی پذیرفته نشد.');
    if (!res.ok) throw new Error(body?.error?.message ?? `خطای ${res.status}`);
    $('error').textContent = '';
    render(body.offices ?? body);
  } catch (err) {
    $('error').textContent = `به‌روزرسانی ممکن نشد: ${err.message}`;
  }
}

function showLogin(message) {
  clearInterval(timer);
  $('board').hidden = true;
  $('login').hidden = false;
  if (message) $('error').textContent = message;
}

function showBoard() {
  $('login').hidden = true;
  $('board').hidden = false;
  void load();
  clearInterval(timer);
  timer = setInterval(load, 5000);
}

$('login').addEventListener('submit', (e) => {
  e.preventDefault();
  localStorage.setItem('central.token', $('token').value.trim());
  showBoard();
});
$('signout').addEventListener('click', () => {
  localStorage.removeItem('central.token');
  showLogin('');
});
for (const input of [$('province'), $('agency')]) input.addEventListener('change', load);
for (const th of document.querySelectorAll('th[data-sort]')) {
  th.addEventListener('click', () => {
    sortDir = sortKey === th.dataset.sort ? -sortDir : 1;
    sortKey = th.dataset.sort;
    void load();
  });
}
setInterval(() => ($('now').textContent = when.format(new Date())), 1000);
$('now').textContent = when.format(new Date());
if (token()) showBoard();
else showLogin('');
