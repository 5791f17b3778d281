// The office's catalogue store on a real data folder: publishing writes an immutable
// file the next start reads, an invalid draft is refused in Persian and changes
// nothing, and a case keeps the workflow of the version it started on.
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseCommandSchema, officeCalendar, type CaseActor, type CaseCatalogue, type CaseCommandInput } from '@desk/common';
import { CatalogueStore } from '../src/catalogue/store';
import { demoCaseCatalogue } from '../src/catalogue/packages/index';
import { demoHours, demoServices } from '../src/catalogue/demo';
import { CaseDesk } from '../src/edesk/desk';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function freshCases(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-catalogue-'));
  dirs.push(dir);
  return dir;
}

const names = new Map(demoServices().map((s) => [s.id, s.name]));
const open = (dir: string) =>
  CatalogueStore.open({ dir: join(dir, 'cases'), initial: demoCaseCatalogue, serviceName: (id) => names.get(id), clock: () => '2026-11-23T06:00:00.000Z' });

/** The e-desk of the data folder, on the given store, at a fixed time. */
const openDesk = (dir: string, store: CatalogueStore, now: string) =>
  CaseDesk.open({
    dataDir: dir,
    catalogues: store,
    calendar: () => officeCalendar(demoHours),
    publicUrl: () => 'http://desk.example',
    serviceName: (id) => names.get(id) ?? id,
    clock: () => now,
  });

/** A deep copy of a catalogue with one service changed. */
function withService(c: CaseCatalogue, serviceId: string, change: (def: CaseCatalogue['services'][number]) => void): CaseCatalogue {
  const copy = structuredClone(c);
  change(copy.services.find((s) => s.serviceId === serviceId)!);
  return copy;
}

describe('the catalogue store of an office', () => {
  it('starts a fresh office on the demo catalogue as version 1, on disk', async () => {
    const dir = await freshCases();
    const store = await open(dir);
    expect(store.current.version).toBe(1);
    const onDisk = JSON.parse(await readFile(join(dir, 'cases', 'catalogue-v1.json'), 'utf8')) as CaseCatalogue;
    expect(onDisk.services).toHaveLength(38);
    expect(store.history()).toEqual([{ version: 1, services: 38 }]);
  });

  it('publishes an edited draft as version 2: the file holds the change, and a restart sees both versions', async () => {
    const dir = await freshCases();
    const store = await open(dir);
    const edited = withService(store.draft(), 's07', (def) => {
      def.package.fees = [{ title: 'هزینهٔ صدور حکم', amountRials: 250_000, bankAccount: 'IR820170000000123456789012', legalBasis: 'مادهٔ ۳ آیین‌نامه' }];
      def.workflow.steps[0]!.time = { amount: 5, unit: 'workingDays' };
    });
    const saved = await store.saveDraft(edited);
    expect(saved.ok).toBe(true);
    expect(store.current.version).toBe(1); // a draft is not published

    const published = await store.publish('مدیر سامانه');
    expect(published).toMatchObject({ ok: true, catalogue: { version: 2, publishedBy: 'مدیر سامانه', publishedAt: '2026-11-23T06:00:00.000Z' } });
    expect(store.current.version).toBe(2);
    expect(store.hasDraft).toBe(false);

    const bytes = JSON.parse(await readFile(join(dir, 'cases', 'catalogue-v2.json'), 'utf8')) as CaseCatalogue;
    const s07 = bytes.services.find((s) => s.serviceId === 's07')!;
    expect(s07.package.fees[0]).toMatchObject({ amountRials: 250_000, bankAccount: 'IR820170000000123456789012' });
    expect(s07.workflow.steps[0]!.time).toEqual({ amount: 5, unit: 'workingDays' });
    // version 1 is untouched
    const v1 = JSON.parse(await readFile(join(dir, 'cases', 'catalogue-v1.json'), 'utf8')) as CaseCatalogue;
    expect(v1.services.find((s) => s.serviceId === 's07')!.workflow.steps[0]!.time).not.toEqual({ amount: 5, unit: 'workingDays' });

    const again = await open(dir);
    expect(again.current.version).toBe(2);
    expect(again.byVersion(1)?.services.find((s) => s.serviceId === 's07')?.package.fees).toEqual(v1.services.find((s) => s.serviceId === 's07')!.package.fees);
    expect(again.history().map((h) => h.version)).toEqual([2, 1]);
  });

  it('refuses an invalid draft with a Persian message naming the service and the field, and publishes nothing', async () => {
    const dir = await freshCases();
    const store = await open(dir);
    const badLast = withService(store.draft(), 's16', (def) => {
      def.workflow.steps[def.workflow.steps.length - 1]!.kind = 'review';
    });
    expect((await store.saveDraft(badLast)).ok).toBe(true); // a draft may be unfinished
    const refused = await store.publish('مدیر سامانه');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('catalogue.invalid');
    expect(refused.error.message).toContain(`خدمت «${names.get('s16')}»`);
    expect(refused.error.message).toContain('آخرین مرحله باید «ابلاغ پاسخ»');
    expect(refused.error.issues?.[0]?.path).toBe('services.s16.workflow.steps.3.kind');
    expect(store.current.version).toBe(1);
    expect((await readdir(join(dir, 'cases'))).filter((n) => /^catalogue-v\d+\.json$/.test(n))).toEqual(['catalogue-v1.json']);

    // each rule speaks for itself
    const problems = (change: (def: CaseCatalogue['services'][number]) => void) => store.issues(withService(store.current, 's07', change)).map((i) => i.message);
    expect(problems((d) => (d.workflow.steps[0]!.unitId = 'u-nowhere'))).toEqual([expect.stringContaining('واحد «u-nowhere» در فهرست واحدها نیست')]);
    expect(problems((d) => (d.workflow.steps[0]!.time.amount = 0))[0]).toContain('زمان توافق‌شده');
    expect(problems((d) => d.form.fields.push({ id: 'kind', kind: 'select', label: 'نوع', required: true, options: [] }))[0]).toContain('فهرست گزینه‌ها خالی است');
    expect(problems((d) => d.form.fields.push({ id: 'code', kind: 'text', label: 'کد', required: true, pattern: '([' }))[0]).toContain('عبارت باقاعدهٔ درستی نیست');
    expect(problems((d) => (d.package.documents[0]!.formFieldId = d.form.fields.find((f) => f.kind !== 'document')!.id))[0]).toContain('فیلدی از نوع «مدرک» نیست');
    expect(problems((d) => d.form.fields.push({ ...d.form.fields[0]! }))[0]).toContain('تکراری است');
    expect(problems((d) => (d.workflow.steps.find((s) => s.kind === 'inquiry')!.inquiryId = 'nobody'))[0]).toContain('استعلام‌های شناسنامه');

    // a draft that is not even a catalogue is not kept
    const shape = await store.saveDraft({ version: 1, units: 'none' });
    expect(shape).toMatchObject({ ok: false, error: { code: 'catalogue.shape' } });
    expect(store.draft()).toEqual(badLast);
  });

  it('keeps a case on the workflow of the version it was submitted on after the next version changes the steps', async () => {
    const dir = await freshCases();
    const store = await open(dir);
    const desk = await openDesk(dir, store, '2026-11-23T06:30:00.000Z');
    const client: CaseActor = { kind: 'client', via: 'web', nationalId: '0499370899' };
    const inspector: CaseActor = { kind: 'staff', id: 'st-inspection', role: 'clerk', unitIds: ['u-inspection'] };
    let n = 0;
    const run = (cmd: CaseCommandInput, actor: CaseActor) => desk.execute(CaseCommandSchema.parse({ ...cmd, commandId: `cmd-catalogue-${++n}` }), actor);
    const complaint: CaseCommandInput = {
      type: 'case.submit',
      serviceId: 's16',
      client: { nationalId: '0499370899', name: 'مریم احمدی', mobile: '09121234567' },
      values: { agency: 'municipality', incidentOn: '1405/08/20', subject: 'آب‌گرفتگی معبر', description: 'پس از هر باران کوچه آب می‌گیرد و شهرداری پاسخی نداده است.', followedUp: 'yes' },
      documents: [],
    };
    const first = await run(complaint, client);
    if (!first.ok) throw new Error(first.error.message);
    const caseId = (first.case as { id: string }).id;
    expect(first.case).toMatchObject({ catalogueVersion: 1, steps: [{ unitId: 'u-inspection' }] });

    // version 2: the governor reviews first, and the inquiry step is gone
    const changed = withService(store.current, 's16', (def) => {
      def.workflow.steps = [
        { id: 'governor-review', kind: 'review', title: 'بررسی در دفتر فرماندار', unitId: 'u-governor', time: { amount: 1, unit: 'workingDays' } },
        def.workflow.steps[def.workflow.steps.length - 1]!,
      ];
    });
    expect((await store.saveDraft(changed)).ok).toBe(true);
    expect((await store.publish('مدیر سامانه')).ok).toBe(true);
    expect(desk.catalogue.version).toBe(2); // the running desk sees it without a restart

    // the old case still goes to inspection, then to the inquiry step of version 1
    const done = await run({ type: 'step.complete', caseId, result: 'done' }, inspector);
    if (!done.ok) throw new Error(done.error.message);
    expect(done.case).toMatchObject({ catalogueVersion: 1, currentStepIndex: 1 });
    expect((done.case as { steps: { unitId: string }[] }).steps[1]!.unitId).toBe('u-inspection');
    expect(store.byVersion(1)!.services.find((s) => s.serviceId === 's16')!.workflow.steps[1]!.kind).toBe('inquiry');

    // a new case follows version 2
    const other = '2271334561';
    const second = await run({ ...complaint, client: { ...complaint.client, nationalId: other } } as CaseCommandInput, { kind: 'client', via: 'web', nationalId: other });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.case).toMatchObject({ catalogueVersion: 2, steps: [{ unitId: 'u-governor' }] });
    await desk.close();

    // after a restart, the case is still on version 1
    const reopened = await open(dir);
    const desk2 = await openDesk(dir, reopened, '2026-11-23T07:30:00.000Z');
    expect(desk2.state.cases.get(caseId)).toMatchObject({ catalogueVersion: 1, currentStepIndex: 1 });
    const refused = await desk2.execute(CaseCommandSchema.parse({ type: 'step.complete', caseId, result: 'done', commandId: 'cmd-catalogue-after' }), inspector);
    expect(refused).toMatchObject({ ok: false, error: { code: 'case.error.inquiryRequired' } });
    await desk2.close();
  });
});
