// End to end, the single-window rule: a person who gave documents with an earlier
// request (registered at the desk) applies again from a phone; the form offers those
// documents and she sends them again without uploading anything.
import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatJalaliSlashed, jalaliDateOf, toLatinDigits, toPersianDigits, type Case } from '@desk/common';
import { screenshot } from './helpers/browser';
import { useE2eOffice } from './helpers/office';

const WAIT = 30_000;
const PERSON = { nationalId: '2271334561', name: 'رضا کریمی', mobile: '09351234567' };
const SLOTS = ['doc-death-certificate', 'doc-heirship', 'doc-retirement-decree'];
const office = useE2eOffice();

async function post<T>(path: string, body: unknown, token?: string): Promise<{ status: number; json: T }> {
  const res = await fetch(`${office.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

describe('documents on file are offered again', () => {
  it('the earlier request’s documents fill the new form without an upload', async () => {
    // an earlier request, registered at the desk with three scanned PDFs
    const clerk = (await post<{ token: string }>('/api/auth/login', { username: 'clerk1', password: 'clerk1234' })).json.token;
    const docs = [];
    for (const [i, slot] of SLOTS.entries()) {
      const pdf = Buffer.concat([Buffer.from(`%PDF-1.4\n% scan ${i}\n`), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
      const up = await fetch(`${office.server.url}/api/edesk/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(`${slot}.pdf`) },
        body: new Uint8Array(pdf),
      });
      expect(up.status).toBe(201);
      docs.push({ id: ((await up.json()) as { document: { id: string } }).document.id, slotId: slot });
    }
    const values = { deceasedNationalId: '4479023151', deceasedName: 'حسن رحیمی', deathOn: '1405/07/01', relationship: 'child', sheba: 'IR120170000000123456789012' };
    const first = await post<{ case: Case }>('/api/edesk/cases', { commandId: 'desk-first-000001', serviceId: 's07', client: PERSON, values, documents: docs }, clerk);
    expect(first.status).toBe(200);

    // now from her phone
    const phone = await office.open(`/portal/s/s07/apply`, { width: 390, height: 844 });
    const page = phone.page;
    await page.locator('[data-testid="id-nationalId"]').waitFor({ timeout: WAIT });
    await page.fill('[data-testid="id-nationalId"]', toPersianDigits(PERSON.nationalId));
    await page.fill('[data-testid="id-name"]', PERSON.name);
    await page.fill('[data-testid="id-mobile"]', toPersianDigits(PERSON.mobile));
    await page.click('[data-testid="otp-send"]');
    await page.locator('[data-testid="otp-code"]').waitFor({ timeout: WAIT });
    let otp = '';
    await expect
      .poll(async () => {
        const text = await readFile(join(office.dataDir, 'outbox', 'sms.jsonl'), 'utf8').catch(() => '');
        const mine = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { to: string; text: string }).filter((m) => m.to === PERSON.mobile);
        otp = mine.length ? (/\d{6}/.exec(toLatinDigits(mine.at(-1)!.text))?.[0] ?? '') : '';
        return otp;
      })
      .toMatch(/^\d{6}$/);
    await page.fill('[data-testid="otp-code"]', otp);
    await page.click('[data-testid="otp-verify"]');

    // the form offers each earlier document for its slot
    for (const slot of SLOTS) {
      const offer = page.locator(`[data-testid="on-file-${slot}"]`);
      await offer.waitFor({ timeout: WAIT });
      expect(await offer.textContent()).toContain(toPersianDigits(first.json.case.trackingCode.slice(0, 4)));
      await page.click(`[data-testid="on-file-use-${slot}"]`);
    }
    await screenshot(page, 'portal-on-file');
    await page.fill('[data-testid="field-deceasedNationalId"]', '4479023151');
    await page.fill('[data-testid="field-deceasedName"]', 'حسن رحیمی');
    await page.fill('[data-testid="field-deathOn"]', toPersianDigits(formatJalaliSlashed(jalaliDateOf(Date.now() - 40 * 86_400_000))));
    await page.check('[data-testid="field-relationship-child"]');
    await page.fill('[data-testid="field-sheba"]', 'IR120170000000123456789012');
    await page.click('[data-testid="form-next"]');
    await page.click('[data-testid="review-submit"]', { timeout: WAIT });
    const code = page.locator('[data-testid="receipt-code"]');
    await code.waitFor({ timeout: WAIT });

    // the new case holds the very same files, and nothing new was uploaded
    const cases = [...office.server.edesk.desk.state.cases.values()].filter((c) => c.client.nationalId === PERSON.nationalId);
    expect(cases).toHaveLength(2);
    const second = cases.find((c) => c.id !== first.json.case.id)!;
    expect(second.documents.map((d) => d.sha256).sort()).toEqual(first.json.case.documents.map((d) => d.sha256).sort());
    expect(second.documents.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
  });
});
