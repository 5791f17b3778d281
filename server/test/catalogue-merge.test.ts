// The agency's central catalogue merged with an office's local details, on a real
// data folder: the local details survive each new central version, central changes win
// everywhere else, and a local detail whose service disappeared is kept and reported.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLocalPath, LOCAL_PATHS, type CaseCatalogue } from '@desk/common';
import { CatalogueStore } from '../src/catalogue/store';
import { demoCaseCatalogue } from '../src/catalogue/packages/index';

let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const AGENCY = 'وزارت کشور';
const service = (c: CaseCatalogue, id: string) => c.services.find((s) => s.serviceId === id)!;

/** The agency's catalogue: the demo (or its previous version) with the agency's own edits. */
function centralVersion(version: number, edit: (c: CaseCatalogue) => void, from = demoCaseCatalogue): CaseCatalogue {
  const c = structuredClone(from);
  c.version = version;
  edit(c);
  return c;
}

describe('an office following its agency’s central catalogue', () => {
  it('says in one place which paths are local', () => {
    expect(LOCAL_PATHS).toContain('services.*.package.fees.*.bankAccount');
    expect(isLocalPath('services.s07.package.places.0.address')).toBe(true);
    expect(isLocalPath('services.s07.package.responsible.phone')).toBe(true);
    expect(isLocalPath('services.s07.package.responsible.title')).toBe(false);
    expect(isLocalPath('services.s07.package.fees.0.amountRials')).toBe(false);
    expect(isLocalPath('services.s07.workflow.steps.0.time')).toBe(false);
    expect(isLocalPath('units.3.name')).toBe(true);
    expect(isLocalPath('units.3.isDesk')).toBe(false);
  });

  it('keeps its addresses, people, bank accounts, unit names and notes through two central versions', async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-catalogue-merge-'));
    const store = await CatalogueStore.open({ dir: join(dir, 'cases'), initial: demoCaseCatalogue });

    // the office's own details, published before the agency publishes anything
    const mine = structuredClone(store.current);
    service(mine, 's07').package.places = [{ kind: 'inPerson', address: 'چالوس، خیابان ۱۷ شهریور، ساختمان شمارهٔ ۲', unitId: 'u-desk' }];
    service(mine, 's07').package.responsible.phone = '011-52211111';
    service(mine, 's07').package.responsible.name = 'خانم رضایی';
    service(mine, 's07').package.notes = 'پارکینگ در ضلع شرقی ساختمان است.';
    service(mine, 's08').package.notes = 'پنجشنبه‌ها تعطیل است.';
    mine.units.find((u) => u.id === 'u-finance')!.name = 'امور مالی فرمانداری چالوس';
    const fee = service(mine, 's07').package.fees[0];
    if (!fee) service(mine, 's07').package.fees.push({ title: 'هزینهٔ بررسی', amountRials: 100_000, bankAccount: 'IR-LOCAL-1', legalBasis: 'مادهٔ ۱' });
    else fee.bankAccount = 'IR-LOCAL-1';
    const feeTitle = service(mine, 's07').package.fees[0]!.title;
    expect((await store.saveDraft(mine)).ok).toBe(true);
    expect((await store.publish('مدیر'))).toMatchObject({ ok: true, catalogue: { version: 2 } });

    // central version 1: new summary, new step time, a new fee amount, and its own phone for s07
    const c1 = centralVersion(1, (c) => {
      const s = service(c, 's07');
      s.package.summary = 'شرح تازهٔ وزارت';
      s.workflow.steps[0]!.time = { amount: 9, unit: 'workingDays' };
      s.package.fees = [{ title: feeTitle, amountRials: 777_000, bankAccount: 'IR-CENTRAL', legalBasis: 'مصوبهٔ وزارت' }];
      s.package.responsible.phone = '021-00000000';
      s.package.responsible.title = 'کارشناس مسئول وزارت';
    });
    const applied = await store.receiveCentral({ agency: AGENCY, version: 1, publishedAt: '2026-11-20T08:00:00.000Z', catalogue: c1 });
    expect(applied).toMatchObject({ ok: true, officeVersion: 3, centralVersion: 1 });
    let now = store.current;
    expect(now.central).toEqual({ agency: AGENCY, version: 1 });
    let s07 = service(now, 's07');
    expect(s07.package.summary).toBe('شرح تازهٔ وزارت'); // central wins
    expect(s07.workflow.steps[0]!.time).toEqual({ amount: 9, unit: 'workingDays' });
    expect(s07.package.responsible.title).toBe('کارشناس مسئول وزارت');
    expect(s07.package.fees[0]).toMatchObject({ amountRials: 777_000, legalBasis: 'مصوبهٔ وزارت', bankAccount: 'IR-LOCAL-1' }); // the account is the office's
    expect(s07.package.responsible).toMatchObject({ phone: '011-52211111', name: 'خانم رضایی' });
    expect(s07.package.places[0]).toMatchObject({ address: 'چالوس، خیابان ۱۷ شهریور، ساختمان شمارهٔ ۲' });
    expect(s07.package.notes).toBe('پارکینگ در ضلع شرقی ساختمان است.');
    expect(now.units.find((u) => u.id === 'u-finance')!.name).toBe('امور مالی فرمانداری چالوس');
    // what the office never changed follows the agency
    expect(service(now, 's01').package.responsible.phone).toBe(service(c1, 's01').package.responsible.phone);

    // the same version again (an ack lost on the way) publishes nothing new
    expect(await store.receiveCentral({ agency: AGENCY, version: 1, publishedAt: '2026-11-20T08:00:00.000Z', catalogue: c1 })).toMatchObject({ ok: true, officeVersion: 3 });
    expect(store.current.version).toBe(3);

    // the office may not change what the agency decides, only its local details
    const stepEdit = structuredClone(now);
    service(stepEdit, 's07').workflow.steps[0]!.time = { amount: 2, unit: 'workingDays' };
    const refused = await store.saveDraft(stepEdit);
    expect(refused).toMatchObject({ ok: false, error: { code: 'catalogue.centralField' } });
    if (!refused.ok) expect(refused.error.message).toContain('از شناسنامهٔ مرکز (وزارت کشور) می‌آید');
    const noteEdit = structuredClone(now);
    service(noteEdit, 's07').package.responsible.email = 'rezaei@chalus.example.ir';
    expect((await store.saveDraft(noteEdit)).ok).toBe(true);
    expect(await store.publish('مدیر')).toMatchObject({ ok: true, catalogue: { version: 4, central: { agency: AGENCY, version: 1 } } });

    // central version 2: s08 is gone, s07's summary changes again
    const c2 = centralVersion(2, (c) => {
      service(c, 's07').package.summary = 'شرح نسخهٔ دوم';
      c.services = c.services.filter((s) => s.serviceId !== 's08');
    }, c1);
    expect(await store.receiveCentral({ agency: AGENCY, version: 2, publishedAt: '2026-11-22T08:00:00.000Z', catalogue: c2 })).toMatchObject({ ok: true, officeVersion: 5 });
    now = store.current;
    s07 = service(now, 's07');
    expect(now.central).toEqual({ agency: AGENCY, version: 2 });
    expect(s07.package.summary).toBe('شرح نسخهٔ دوم');
    expect(s07.workflow.steps[0]!.time).toEqual({ amount: 9, unit: 'workingDays' });
    expect(s07.package.fees[0]).toMatchObject({ amountRials: 777_000, bankAccount: 'IR-LOCAL-1' });
    expect(s07.package.responsible).toMatchObject({ phone: '011-52211111', name: 'خانم رضایی', email: 'rezaei@chalus.example.ir' });
    expect(now.services.some((s) => s.serviceId === 's08')).toBe(false);
    expect(store.orphans()).toEqual([expect.objectContaining({ kind: 'service', serviceId: 's08', message: expect.stringContaining('نگه داشته شد') })]);

    // on disk: the office version records its central version; the local details keep s08's note
    const v5 = JSON.parse(await readFile(join(dir, 'cases', 'catalogue-v5.json'), 'utf8')) as CaseCatalogue;
    expect(v5.central).toEqual({ agency: AGENCY, version: 2 });
    const local = JSON.parse(await readFile(join(dir, 'cases', 'catalogue-local.json'), 'utf8')) as { services: Record<string, { notes?: string }> };
    expect(local.services.s08?.notes).toBe('پنجشنبه‌ها تعطیل است.');

    // s08 comes back in version 3: its local note with it
    const c3 = centralVersion(3, () => undefined, c1);
    expect(await store.receiveCentral({ agency: AGENCY, version: 3, publishedAt: '2026-11-23T08:00:00.000Z', catalogue: c3 })).toMatchObject({ ok: true, officeVersion: 6 });
    expect(service(store.current, 's08').package.notes).toBe('پنجشنبه‌ها تعطیل است.');
    expect(store.orphans()).toEqual([]);

    // and a restart sees the same
    const reopened = await CatalogueStore.open({ dir: join(dir, 'cases'), initial: demoCaseCatalogue });
    expect(reopened.current.version).toBe(6);
    expect(reopened.centralCopy()).toMatchObject({ agency: AGENCY, version: 3 });
    expect(service(reopened.current, 's07').package.responsible.phone).toBe('011-52211111');
  });
});
