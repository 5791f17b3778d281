// `npm run bench`: the call → display bench, then ticket issuing on a fresh folder and on a
// year of history, and a summary table against the targets. Each bench starts its own
// office server as a child process on 127.0.0.1 and removes its temp folder.
import { CALL_TARGET_P99_MS, printCallResult, runCallToDisplay, type CallBenchResult } from './call-to-display';
import { ISSUE_TARGET_P99_MS, RSS_TARGET_BYTES, YEAR_RATIO_TARGET, runIssuePair, type IssuePair } from './ticket-issue';
import { environmentLine, mb, ms, sleep } from './lib';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  const sep = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(rows[0]!), sep, ...rows.slice(1).map(line)].join('\n');
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

const started = performance.now();
console.log(`bench start: ${environmentLine()}`);
let calls: CallBenchResult | undefined;
let issue: IssuePair | undefined;
try {
  calls = await runCallToDisplay();
  printCallResult(calls);
  console.log();
  await sleep(3000); // let the previous server and client processes finish exiting
  issue = await runIssuePair();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}

const rows: string[][] = [['bench', 'measure', 'measured', 'target', 'result']];
if (calls) {
  rows.push(
    ['call → display', `p50 / p99 / max (n=${calls.delivery.count})`, `${ms(calls.delivery.p50)} / ${ms(calls.delivery.p99)} / ${ms(calls.delivery.max)}`, `p99 < ${CALL_TARGET_P99_MS} ms`, verdict(calls.delivery.p99 < CALL_TARGET_P99_MS)],
    ['call → display', 'calls lost (of called)', `${calls.lost} of ${calls.callsWithTicket}`, '0', verdict(calls.lost === 0)],
    ['call → display', 'server peak RSS', mb(calls.peakRss), '(info)', ''],
  );
}
if (issue) {
  const { fresh, year, ratio, pass } = issue;
  rows.push(
    ['ticket issue, fresh', `p50 / p99 / max (n=${fresh.latency.count})`, `${ms(fresh.latency.p50)} / ${ms(fresh.latency.p99)} / ${ms(fresh.latency.max)}`, `p99 < ${ISSUE_TARGET_P99_MS} ms`, verdict(fresh.latency.p99 < ISSUE_TARGET_P99_MS)],
    ['ticket issue, year', `p50 / p99 / max (n=${year.latency.count})`, `${ms(year.latency.p50)} / ${ms(year.latency.p99)} / ${ms(year.latency.max)}`, `p99 < ${ISSUE_TARGET_P99_MS} ms`, verdict(year.latency.p99 < ISSUE_TARGET_P99_MS)],
    ['ticket issue', 'year p99 / fresh p99', `${ratio.toFixed(2)}×`, `≤ ${YEAR_RATIO_TARGET}×`, verdict(pass.ratio)],
    ['ticket issue', 'throughput fresh / year', `${fresh.throughput.toFixed(1)} / ${year.throughput.toFixed(1)} per s`, `${fresh.rate}/s`, verdict(fresh.throughput >= fresh.rate * 0.95 && year.throughput >= year.rate * 0.95)],
    ['ticket issue', 'errors fresh / year', `${fresh.errors} / ${year.errors}`, '0', verdict(fresh.errors + year.errors === 0)],
    ['ticket issue', 'server peak RSS fresh / year', `${mb(fresh.peakRss)} / ${mb(year.peakRss)}`, `< ${mb(RSS_TARGET_BYTES)}`, verdict(pass.rss)],
  );
}
console.log();
console.log(`── summary (${((performance.now() - started) / 1000).toFixed(0)} s; end: ${environmentLine()}) ──`);
// the targets of issue 1 are the queue's; with printing on, every kiosk ticket (100/s here) is also drawn on the server
console.log(
  process.env.BENCH_PRINTER === 'none'
    ? 'printing off (BENCH_PRINTER=none): the queue alone, as its targets are set'
    : 'printing on: every kiosk ticket is also drawn and sent to a virtual printer, far above a real lobby printer\'s 1–2 a second; BENCH_PRINTER=none measures the queue alone, as its targets are set',
);
console.log(table(rows));
for (const n of calls?.notes ?? []) console.log(`note: ${n}`);
