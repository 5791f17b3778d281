// The e-desk starts from a snapshot of its cases plus the events after it, instead of
// replaying every event since the office opened. Real files: the snapshot is read back
// from disk, a snapshot that cannot be trusted is ignored, and what the journal holds
// after the snapshot is never lost.
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseCommandSchema, catalogueLookup, officeCalendar, type Case, type FormField } from '@desk/common';
import { CaseDesk } from '../src/edesk/desk';
import { demoCaseCatalogue } from '../src/catalogue/packages';
import { demoHours } from '../src/catalogue/demo';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function openDesk(dataDir: string, snapshotEvery = 5): Promise<CaseDesk> {
  return CaseDesk.open({
    dataDir,
    catalogues: catalogueLookup([demoCaseCatalogue]),
    calendar: () => officeCalendar(demoHours),
    publicUrl: () => 'http://desk.example',
    serviceName: (id) => id,
    snapshotEvery,
  });
}

const fields = demoCaseCatalogue.services.find((d) => d.serviceId === 's12')!.form.fields as FormField[];
const values: Record<string, string> = {};
for (const f of fields) {
  if (f.kind === 'select') values[f.id] = f.options[0]!.value;
  else if (f.kind === 'textarea' || f.kind === 'text') values[f.id] = 'درخواست آزمون برای نسخهٔ برداشت';
}

async function submit(desk: CaseDesk, i: number): Promise<Case> {
  const command = CaseCommandSchema.parse({
    type: 'case.submit',
    commandId: `snapshot-test-${i}`,
    serviceId: 's12',
    client: { nationalId: '0012345679', name: `متقاضی ${i}`, mobile: '09121234567' },
    values,
  });
  const ack = await desk.execute(command, { kind: 'client', via: 'web', nationalId: '0012345679' });
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.case as Case;
}

const snapshotFile = (dir: string) => join(dir, 'cases', 'snapshot.jsonl');

describe('the case snapshot', () => {
  it('is written after enough events, and a restart reads it plus the events after it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-snapshot-'));
    dirs.push(dir);
    let desk = await openDesk(dir);
    const cases: Case[] = [];
    for (let i = 1; i <= 7; i++) cases.push(await submit(desk, i));
    await desk.snapshotSoon(); // the one started at the fifth event
    const header = JSON.parse((await readFile(snapshotFile(dir), 'utf8')).split('\n')[0]!) as { seq: number; count: number };
    expect(header.seq).toBeGreaterThanOrEqual(5);
    // two more after the snapshot: only in the journal
    for (let i = 8; i <= 9; i++) cases.push(await submit(desk, i));
    const before = [...desk.state.cases.values()];
    await desk.close();

    // mark a case in the snapshot: if the restart reads it (and skips the journal's copy), the mark shows
    const text = await readFile(snapshotFile(dir), 'utf8');
    const marked = cases[0]!;
    expect(text).toContain(`"name":"متقاضی 1"`);
    await writeFile(snapshotFile(dir), text.replace(`"name":"متقاضی 1"`, `"name":"از نسخهٔ برداشت"`));

    desk = await openDesk(dir, 1000);
    expect(desk.seq).toBe(9);
    expect(desk.state.cases.size).toBe(9);
    expect(desk.state.cases.get(marked.id)!.client.name).toBe('از نسخهٔ برداشت');
    for (const c of before.filter((x) => x.id !== marked.id)) expect(desk.state.cases.get(c.id)).toEqual(c);
    // the indexes are rebuilt too: the tracking code of a case from the snapshot finds it
    expect(desk.state.byTrackingCode.get(cases[2]!.trackingCode)).toBe(cases[2]!.id);
    // a retried submission still gets its first answer (the same tracking code), not a second case
    expect((await submit(desk, 3)).trackingCode).toBe(cases[2]!.trackingCode);
    expect(desk.state.cases.size).toBe(9);
    await desk.close();
  });

  it('is ignored when it cannot be trusted: the journal is replayed from the start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-snapshot-'));
    dirs.push(dir);
    let desk = await openDesk(dir);
    for (let i = 1; i <= 6; i++) await submit(desk, i);
    await desk.snapshotSoon();
    const before = [...desk.state.cases.values()];
    await desk.close();
    // a snapshot cut short (a disk fault; a crash leaves the old one or the new one whole)
    const lines = (await readFile(snapshotFile(dir), 'utf8')).split('\n');
    await writeFile(snapshotFile(dir), lines.slice(0, 3).join('\n'));
    desk = await openDesk(dir, 1000);
    expect(desk.state.cases.size).toBe(6);
    for (const c of before) expect(desk.state.cases.get(c.id)).toEqual(c);
    await desk.close();
  });
});
