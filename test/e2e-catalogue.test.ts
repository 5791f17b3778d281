// End to end: the office admin edits a service's info package and workflow in the
// counter app («شناسنامه و گردش کار خدمات»): a fee and a step's agreed time, publishes
// version 2, and the portal's service card shows the new fee and time at once.
import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseCatalogue } from '@desk/common';
import { screenshot } from './helpers/browser';
import { useE2eOffice } from './helpers/office';

const WAIT = 30_000;
const office = useE2eOffice();
const faNumber = (n: number) => new Intl.NumberFormat('fa-IR').format(n);

describe('the office admin publishes a new catalogue version', () => {
  it('edits a fee and a step’s agreed time, publishes, and the portal shows them', async () => {
    const { page } = await office.open('/counter/', { width: 1440, height: 1000 });
    await page.fill('[data-testid="login-username"]', 'admin');
    await page.fill('[data-testid="login-password"]', 'admin1234');
    await page.click('[data-testid="login-submit"]');
    await page.click('[data-testid="admin-tab"]', { timeout: WAIT });
    await page.click('[data-testid="admin-section-catalogue"]', { timeout: WAIT });
    await page.click('[data-testid="catalogue-service-s28"]', { timeout: WAIT });

    // the fee: a new amount typed in Persian digits, and the office's own account
    await page.fill('[data-testid="fee-0-amount"]', '۷٬۵۰۰٬۰۰۰');
    await page.fill('[data-testid="fee-0-account"]', 'IR820170000000999988887777');
    // the first step: 5 working days instead of 3
    await page.click('[data-testid="catalogue-tab-workflow"]');
    await page.fill('[data-testid="step-0-time-amount"]', '۵');
    expect(await page.inputValue('[data-testid="step-0-time-unit"]')).toBe('workingDays');

    // a mistake first: an empty step title is refused with the service and the step named
    const title = await page.inputValue('[data-testid="step-0-title"]');
    await page.fill('[data-testid="step-0-title"]', '');
    await page.click('[data-testid="catalogue-publish"]');
    const refusal = await page.locator('[data-testid="catalogue-note-error"]').innerText({ timeout: WAIT });
    expect(refusal).toContain('مرحلهٔ ۱');
    expect(refusal).toContain('عنوان مرحله را بنویسید');
    expect(office.server.edesk.catalogue.current.version).toBe(1);
    await page.fill('[data-testid="step-0-title"]', title);

    await page.click('[data-testid="catalogue-publish"]');
    const published = await page.locator('[data-testid="catalogue-note-ok"]').innerText({ timeout: WAIT });
    expect(published).toContain('نسخهٔ ۲ منتشر شد');
    expect(await page.locator('[data-testid="catalogue-history"]').innerText()).toContain('مدیر سامانه');
    await screenshot(page, 'counter-admin-catalogue');

    // on disk, and in use
    const v2 = JSON.parse(await readFile(join(office.dataDir, 'cases', 'catalogue-v2.json'), 'utf8')) as CaseCatalogue;
    const s28 = v2.services.find((s) => s.serviceId === 's28')!;
    expect(s28.package.fees[0]).toMatchObject({ amountRials: 7_500_000, bankAccount: 'IR820170000000999988887777' });
    expect(s28.workflow.steps[0]!.time).toEqual({ amount: 5, unit: 'workingDays' });
    expect(office.server.edesk.desk.catalogue.version).toBe(2);

    // the portal's service card
    const portal = await office.open('/portal/s/s28', { width: 390, height: 844 });
    const fees = await portal.page.locator('[data-testid="package-fees"]').innerText({ timeout: WAIT });
    expect(fees).toContain(faNumber(7_500_000));
    expect(fees).toContain('IR۸۲۰۱۷۰۰۰۰۰۰۰۹۹۹۹۸۸۸۸۷۷۷۷');
    expect(await portal.page.locator('[data-testid="package-steps"]').innerText()).toContain('۵ روز کاری');
    await screenshot(portal.page, 'portal-package-after-publish');
  });
});
