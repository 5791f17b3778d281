// End to end, the citizen's e-desk on a phone, in a real browser against a real office
// server: a woman finds «پرداخت کمک‌هزینه فوت به ورثه بازنشستگان» by searching, reads
// its service card, proves her mobile with the code that arrives by SMS (the file
// outbox is the phone), fills the form, uploads three PDFs and gets a receipt with a
// tracking code and a promised date in Jalali. She follows it; the staff work it over
// their API; she answers the office's request with a PDF, reads the response,
// confirms it and rates the service.
// Needs the built portal (`npm run build --workspace portal`) and Chromium.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../server/test/smtp-helper';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  SURVEY_QUESTIONS,
  addWorkingMinutes,
  formatJalaliDateWithWeekday,
  formatJalaliSlashed,
  jalaliDateOf,
  officeCalendar,
  toLatinDigits,
  toPersianDigits,
  type Case,
} from '@desk/common';
import type { RunningOffice } from '../server/src/app';
import {
  SCREENSHOT_DIR,
  describeViolations,
  launchBrowser,
  openPage,
  seriousAxeViolations,
  type OpenedPage,
} from './helpers/browser';
import { assertAppsBuilt, freshDataDir, removeDataDir, startServer } from './helpers/server';

/** Generous: the machine is small and shared; we wait for states, never time them. */
const WAIT = 30_000;
const PHONE_VIEWPORT = { width: 390, height: 844 };

// a person the inquiry stand-in knows (server/src/inquiry/stand-in.ts)
const CLIENT = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567', email: 'maryam@example.com' };
const SERVICE = 's07';
const SERVICE_NAME = 'پرداخت کمک‌هزینه فوت به ورثه بازنشستگان';
const OFFICE_NOTE = 'پارکینگ مراجعان در ضلع شرقی ساختمان است.';

let browser: Browser | undefined;
let server: RunningOffice | undefined;
let dataDir: string | undefined;
const pages: OpenedPage[] = [];

// the office's e-mails go to a real SMTP server
let smtp: TestSmtp;

beforeAll(async () => {
  assertAppsBuilt();
  smtp = await startTestSmtp();
  process.env.DESK_SMTP_URL = smtp.url;
  dataDir = await freshDataDir();
  server = await startServer(dataDir);
  delete process.env.DESK_SMTP_URL;
  // the office's own note for the service (a local detail of the catalogue), published as a new version
  const draft = server.edesk.catalogue.draft();
  draft.services.find((d) => d.serviceId === SERVICE)!.package.notes = OFFICE_NOTE;
  expect((await server.edesk.catalogue.saveDraft(draft)).ok).toBe(true);
  expect((await server.edesk.catalogue.publish('مدیر سامانه')).ok).toBe(true);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const p of pages) {
    if (p.problems.length > 0) console.warn(`browser problems on ${p.page.url()}:\n  ${p.problems.join('\n  ')}`);
    await p.context.close().catch(() => undefined);
  }
  await browser?.close();
  await server?.close();
  await smtp.close();
  await removeDataDir(dataDir);
});

async function open(path: string): Promise<OpenedPage> {
  const opened = await openPage(browser!, `${server!.url}${path}`, PHONE_VIEWPORT);
  pages.push(opened);
  return opened;
}

/** The whole page, top to bottom, as a phone would scroll through it. */
async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) console.error(`axe on ${screen}:\n${describeViolations(violations)}`);
  expect(violations.map((v) => `${v.impact} ${v.id}`), `serious/critical axe violations on ${screen}`).toEqual([]);
}

/** The texts the server sent to a mobile so far (the demo SMS adapter writes them to a file). */
async function smsTo(mobile: string): Promise<string[]> {
  const text = await readFile(join(dataDir!, 'outbox', 'sms.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { to: string; text: string })
    .filter((m) => m.to === mobile)
    .map((m) => m.text);
}

/** A small but real PDF on disk, for the file chooser. */
async function pdfFile(name: string): Promise<string> {
  const dir = join(dataDir!, 'phone-files');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const body = Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n'), Buffer.alloc(3000, 0x20), Buffer.from('\ntrailer <<>>\n%%EOF\n')]);
  await writeFile(path, body);
  return path;
}

/** Staff work the case over their own API (the counter app is another screen's test). */
async function staffApi(token: string) {
  return async <T = { case: Case }>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server!.url}/api/edesk${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T & { error?: { message: string } };
    expect(res.status, `${path}: ${json.error?.message ?? ''}`).toBe(200);
    return json;
  };
}

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.locator(`[data-testid="${testId}"]`).first().textContent({ timeout: WAIT })) ?? '').trim();
}

describe('a citizen asks for a service on her phone and follows it to the response and the survey', () => {
  it('finds, reads, applies with documents, gets a receipt, answers the office, confirms the response and rates it', async () => {
    const { page } = await open('/portal/');

    // ── home: the service is found by typing, Arabic letters and no half-space are fine
    const search = page.locator('[data-testid="service-search"]');
    await search.waitFor({ timeout: WAIT });
    await expect.poll(() => page.locator('[data-testid^="service-link-"]').count(), { timeout: WAIT }).toBeGreaterThan(30);
    expect(await text(page, 'track-entry')).toContain('پیگیری درخواست');
    await screenshot(page, 'portal-home');
    await expectAccessible(page, 'portal home');
    await search.fill('كمك هزينه فوت'); // Arabic ك and ي, no half-space
    await expect.poll(() => page.locator('[data-testid^="service-link-"]').count(), { timeout: WAIT }).toBeLessThan(5);
    const link = page.locator(`[data-testid="service-link-${SERVICE}"]`);
    expect((await link.textContent())?.replace(/\u200c/g, '')).toContain(SERVICE_NAME.replace(/\u200c/g, ''));
    await link.click();

    // ── the service card (info package)
    await page.locator('[data-testid="package"]').waitFor({ timeout: WAIT });
    expect(await page.locator('h1').textContent()).toBe(SERVICE_NAME);
    expect(await text(page, 'package-duration')).toMatch(/^[۰-۹]+ روز کاری$/);
    expect(await text(page, 'package-inquiries-note')).toBe('این استعلام‌ها را اداره خودش می‌گیرد؛ لازم نیست شما بروید.');
    const documents = await text(page, 'package-documents');
    expect(documents).toContain('گواهی فوت');
    expect(documents).toContain('اصل آن را در میز خدمت نشان دهید');
    expect(await text(page, 'package-steps')).toContain('امور اداری و منابع انسانی');
    expect(await text(page, 'package-fees')).toContain('رایگان');
    expect(await text(page, 'package-notes')).toBe(OFFICE_NOTE);
    await screenshot(page, 'portal-package');
    await expectAccessible(page, 'service card');
    await page.locator('[data-testid="package-apply"]').first().click();

    // ── step 1: who she is; a wrong national ID is refused in Persian as it is typed
    const nationalId = page.locator('[data-testid="id-nationalId"]');
    await nationalId.waitFor({ timeout: WAIT });
    await nationalId.fill('۰۰۱۲۳۴۵۶۷۸'); // last digit wrong, Persian digits
    const nidError = page.locator('[data-testid="error-id-nationalId"]');
    await expect.poll(() => nidError.textContent(), { timeout: WAIT }).toContain('درست نیست');
    expect(await nidError.textContent()).toMatch(/^«کد ملی» درست نیست؛ ده رقم کد ملی را از روی کارت ملی دوباره وارد کنید\.$/);
    await screenshot(page, 'portal-identity-error');
    await nationalId.fill(toPersianDigits(CLIENT.nationalId));
    await expect.poll(() => nidError.textContent(), { timeout: WAIT }).toBe('');
    await page.fill('[data-testid="id-name"]', CLIENT.name);
    await page.fill('[data-testid="id-mobile"]', toPersianDigits(CLIENT.mobile));
    await page.fill('[data-testid="id-email"]', CLIENT.email);
    await page.click('[data-testid="otp-send"]');
    const codeBox = page.locator('[data-testid="otp-code"]');
    await codeBox.waitFor({ timeout: WAIT });
    let otp = '';
    await expect
      .poll(
        async () => {
          const texts = (await smsTo(CLIENT.mobile)).filter((t) => t.includes('کد یکبارمصرف'));
          otp = texts.length ? (/\d{6}/.exec(toLatinDigits(texts.at(-1)!))?.[0] ?? '') : '';
          return otp;
        },
        { timeout: WAIT },
      )
      .toMatch(/^\d{6}$/);
    // the resend button waits, counting down
    expect(await page.locator('.portal-otp-resend').textContent()).toMatch(/ثانیه/);
    await codeBox.fill(toPersianDigits(otp));
    await page.click('[data-testid="otp-verify"]');

    // ── step 2: the service's form; an empty «ادامه» lists what is missing, in Persian
    const next = page.locator('[data-testid="form-next"]');
    await next.waitFor({ timeout: WAIT });
    await next.click();
    const summary = page.locator('[data-testid="form-errors"]');
    await summary.waitFor({ timeout: WAIT });
    expect(await summary.textContent()).toContain('«تاریخ فوت» را وارد کنید.');
    expect(await summary.textContent()).toContain('«گواهی فوت» را بارگذاری کنید.');

    await page.fill('[data-testid="field-deceasedNationalId"]', '2271334561');
    await page.fill('[data-testid="field-deceasedName"]', 'حسن احمدی');
    // a date in the future is refused with the form's own message
    const deathOn = page.locator('[data-testid="field-deathOn"]');
    await deathOn.fill('1499/01/01');
    await deathOn.blur();
    await expect.poll(() => text(page, 'error-deathOn'), { timeout: WAIT }).toMatch(/^«تاریخ فوت» نباید پس از [۰-۹/]+ باشد\.$/);
    const monthAgo = formatJalaliSlashed(jalaliDateOf(Date.now() - 30 * 86_400_000));
    await deathOn.fill(toPersianDigits(monthAgo));
    await deathOn.blur();
    await expect.poll(() => text(page, 'error-deathOn'), { timeout: WAIT }).toBe('');
    await page.check('[data-testid="field-relationship-child"]');
    await page.fill('[data-testid="field-sheba"]', 'IR120170000000123456789012');
    const uploads: [string, string][] = [
      ['doc-death-certificate', 'گواهی-فوت.pdf'],
      ['doc-heirship', 'انحصار-وراثت.pdf'],
      ['doc-retirement-decree', 'حکم-بازنشستگی.pdf'],
    ];
    for (const [slot, name] of uploads) await page.setInputFiles(`[data-testid="upload-${slot}"]`, await pdfFile(name));
    for (const [slot, name] of uploads) {
      const done = page.locator(`[data-testid="uploaded-${slot}"]`);
      await done.waitFor({ timeout: WAIT });
      expect(await done.textContent()).toContain(name);
    }
    await expect.poll(() => summary.locator('li').count(), { timeout: WAIT }).toBe(0);
    await screenshot(page, 'portal-form');
    await expectAccessible(page, 'request form');

    // what she typed survives a refresh of the page
    await page.reload();
    await page.locator('[data-testid="uploaded-doc-heirship"]').waitFor({ timeout: WAIT });
    expect(await page.inputValue('[data-testid="field-deceasedName"]')).toBe('حسن احمدی');
    await page.click('[data-testid="form-next"]');

    // ── step 3: a last look, then send
    const submit = page.locator('[data-testid="review-submit"]');
    await submit.waitFor({ timeout: WAIT });
    expect(await text(page, 'review-values')).toContain('فرزند');
    await submit.click();

    // ── the receipt: the tracking code the server gave, the promised date in Jalali
    const codeShown = page.locator('[data-testid="receipt-code"]');
    await codeShown.waitFor({ timeout: WAIT });
    const cases = [...server!.edesk.desk.state.cases.values()];
    expect(cases).toHaveLength(1);
    const submitted = cases[0]!;
    const code = submitted.trackingCode;
    expect(toLatinDigits((await codeShown.textContent()) ?? '').replace(/-/g, '')).toBe(code);
    expect(await codeShown.textContent()).toMatch(/^[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{3}$/);
    const promised = await text(page, 'receipt-promised');
    expect(promised).toBe(formatJalaliDateWithWeekday(submitted.promisedResponseAt, 'fa'));
    expect(promised).toMatch(/^[\u0600-\u06FF\u200c ]+ [۰-۹]{1,2} [\u0600-\u06FF]+ [۰-۹]{4}$/);
    expect(await text(page, 'receipt-service')).toBe(SERVICE_NAME);
    expect(await text(page, 'receipt-documents')).toContain('انحصار-وراثت.pdf');
    expect(await page.locator('[data-testid="receipt-qr"]').getAttribute('data-url')).toMatch(new RegExp(`/portal/track/${code}$`));
    expect(submitted.client).toMatchObject(CLIENT);
    expect(submitted.documents.map((d) => d.slotId).sort()).toEqual(uploads.map(([slot]) => slot).sort());
    await screenshot(page, 'portal-receipt');
    await expectAccessible(page, 'receipt');
    // «چاپ رسید» opens the browser's printing, which prints the receipt card alone
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.click('[data-testid="receipt-print"]');
    expect(await page.getAttribute('body', 'data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.portal-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="receipt-print"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="receipt-code"]').isVisible()).toBe(true);
    await screenshot(page, 'portal-receipt-print');
    await page.emulateMedia({ media: 'screen' });
    // the long code still fits the narrowest phones
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize(PHONE_VIEWPORT);

    // ── tracking: straight from the receipt, the keys kept for this tab only
    await page.click('[data-testid="receipt-track"]');
    const status = page.locator('[data-testid="case-status"]');
    await status.waitFor({ timeout: WAIT });
    expect(await status.textContent()).toBe('در دست بررسی');
    expect(page.url()).toBe(`${server!.url}/portal/track/${code}`);
    expect(await page.locator('[data-testid="case-step-0"]').getAttribute('data-state')).toBe('current');
    expect(await text(page, 'case-promised')).toBe(promised);

    // someone else with the code but the wrong national ID sees nothing
    const stranger = await open(`/portal/track/${code}`);
    await stranger.page.fill('[data-testid="track-nationalId"]', '2271334561', { timeout: WAIT });
    await stranger.page.click('[data-testid="track-submit"]');
    expect(await text(stranger.page, 'track-problem')).toBe('این پرونده پیدا نشد. کد رهگیری و کد ملی را بررسی کنید.');
    // and a mistyped code is caught before it leaves the phone
    await stranger.page.fill('[data-testid="track-code"]', `${toPersianDigits(code.slice(0, 10))} ${code[10] === '1' ? '۲' : '۱'}`);
    await stranger.page.click('[data-testid="track-submit"]');
    expect(await text(stranger.page, 'error-track-code')).toContain('کد رهگیری درست نیست');

    // ── the office works: review, the inquiry to ثبت احوال, then finance asks for a letter
    const login = await fetch(`${server!.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'clerk1', password: 'clerk1234' }),
    });
    const staff = await staffApi(((await login.json()) as { token: string }).token);
    const caseId = submitted.id;
    const command = (type: string, extra: Record<string, unknown> = {}) =>
      staff('/commands', { type, commandId: `e2e-${type}-${Math.random().toString(36).slice(2, 10)}`, caseId, ...extra });
    await command('step.complete', { result: 'done' });
    await command('inquiry.send', { inquiryId: 'civil-registry', request: 'تأیید هویت و فوت بازنشسته' });
    await expect
      .poll(async () => (await staff<{ case: Case }>(`/cases/${caseId}`)).case.inquiries[0]?.outcome, { timeout: WAIT })
      .toBe('confirmed');
    await command('step.complete', { result: 'done' });
    const request = 'نامهٔ بانک دربارهٔ شمارهٔ شبای حساب را بفرستید.';
    await command('info.request', { message: request, items: ['نامهٔ بانک با مهر شعبه'] });

    // ── she sees what the office asks, and answers with a PDF
    await page.click('[data-testid="track-refresh"]');
    const asked = page.locator('[data-testid="info-request"]');
    await asked.waitFor({ timeout: WAIT });
    expect(await status.textContent()).toBe('منتظر پاسخ متقاضی');
    expect(await text(page, 'info-request-message')).toBe(request);
    expect(await text(page, 'info-request-items')).toContain('نامهٔ بانک با مهر شعبه');
    await screenshot(page, 'portal-track-info-request');
    await expectAccessible(page, 'tracking with a request from the office');
    await page.fill('[data-testid="info-answer-text"]', 'نامهٔ بانک پیوست شد.');
    await page.setInputFiles('[data-testid="upload-info"]', await pdfFile('نامه-بانک.pdf'));
    await page.locator('[data-testid="uploaded-info"]').waitFor({ timeout: WAIT });
    await page.click('[data-testid="info-answer-submit"]');
    await page.locator('[data-testid="case-status"][data-status="inProgress"]').waitFor({ timeout: WAIT });
    expect(await asked.count()).toBe(0);
    const answered = server!.edesk.desk.state.cases.get(caseId)!.infoRequests[0]!;
    expect(answered.answer).toBe('نامهٔ بانک پیوست شد.');
    expect(answered.documentIds).toHaveLength(1);

    // the office needs her once at the desk: told when, why and what to bring, in advance
    const config = server!.office.config;
    const visitAt = addWorkingMinutes(new Date().toISOString(), 90, officeCalendar(config.hours, config.holidays ?? []));
    await command('appointment.set', { at: visitAt, reason: 'امضای فرم پرداخت', bring: ['اصل گواهی انحصار وراثت'] });
    await page.click('[data-testid="track-refresh"]');
    const visit = page.locator('[data-testid="appointment"]');
    await visit.waitFor({ timeout: WAIT });
    expect(await visit.textContent()).toContain(formatJalaliDateWithWeekday(visitAt, 'fa'));
    expect(await visit.textContent()).toContain('اصل گواهی انحصار وراثت');
    expect(await visit.textContent()).toContain('امضای فرم پرداخت');

    // ── the decision, and the response issued at the desk
    await command('step.complete', { result: 'done' });
    const responseText = 'کمک‌هزینهٔ فوت برقرار شد و به حساب شما واریز می‌شود.';
    await command('response.issue', { outcome: 'approved', text: responseText, documents: [] });

    await page.click('[data-testid="track-refresh"]');
    const response = page.locator('[data-testid="response"]');
    await response.waitFor({ timeout: WAIT });
    expect(await status.textContent()).toBe('پاسخ صادر شد');
    expect(await text(page, 'response-outcome')).toBe('نتیجه: موافقت');
    expect(await text(page, 'response-text')).toBe(responseText);
    // every step done, the desk's response step too
    expect(await page.locator('[data-testid="case-steps"] [data-state="done"]').count()).toBe(4);
    await screenshot(page, 'portal-response');
    await page.click('[data-testid="acknowledge"]');
    await page.locator('[data-testid="response-acknowledged"]').waitFor({ timeout: WAIT });
    expect(await status.textContent()).toBe('پاسخ تحویل شد');

    // ── the survey: an unanswered question is named; then all 16, and thanks
    const survey = page.locator('[data-testid="survey"]');
    await survey.waitFor({ timeout: WAIT });
    expect(await survey.locator('fieldset.portal-survey-axis').count()).toBe(6);
    expect(await survey.locator('fieldset.portal-survey-question').count()).toBe(16);
    expect(await survey.textContent()).toContain('خیلی زیاد');
    for (const q of SURVEY_QUESTIONS.slice(0, -1)) await page.check(`[data-testid="survey-${q.id}-${q.axis === 'time' ? 4 : 5}"]`);
    await page.click('[data-testid="survey-submit"]');
    await page.locator('[data-testid="form-errors"]').waitFor({ timeout: WAIT });
    expect(await text(page, 'form-errors')).toContain('به این پرسش پاسخ دهید.');
    await page.check('[data-testid="survey-q16-5"]');
    await page.fill('[data-testid="survey-comment"]', 'بدون رفت‌وآمد کارم انجام شد. سپاس.');
    await screenshot(page, 'portal-survey');
    await expectAccessible(page, 'survey');
    await page.click('[data-testid="survey-submit"]');
    await page.locator('[data-testid="survey-thanks"]').waitFor({ timeout: WAIT });
    const surveyed = server!.edesk.desk.state.cases.get(caseId)!.survey!;
    expect(surveyed.answers).toMatchObject({ q01: 5, q10: 4, q16: 5 });
    expect(surveyed.comment).toBe('بدون رفت‌وآمد کارم انجام شد. سپاس.');
    await screenshot(page, 'portal-survey-thanks');

    // every step she should hear of reached her by SMS and by e-mail (a real SMTP server)
    const smsCount = (await smsTo(CLIENT.mobile)).filter((t) => !t.includes('کد یکبارمصرف')).length;
    expect(smsCount).toBeGreaterThanOrEqual(5); // accepted, information asked, appointment, response, survey
    await expect.poll(() => smtp.mails.filter((m) => m.to.includes(CLIENT.email)).length).toBeGreaterThanOrEqual(5);

    // ── single window: asking again on this phone, she is not asked who she is twice
    await page.goto(`${server!.url}/portal/s/s01/apply`);
    await page.locator('[data-testid="remembered-client"]').waitFor({ timeout: WAIT });
    expect(await page.inputValue('[data-testid="id-nationalId"]')).toBe(CLIENT.nationalId);
    expect(await page.inputValue('[data-testid="id-name"]')).toBe(CLIENT.name);
    await page.click('[data-testid="not-me"]');
    expect(await page.inputValue('[data-testid="id-nationalId"]')).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('portal.client'))).toBeNull();
  });

  it('fits a 360px phone with fingertip-sized buttons, and reads in English on a desktop', async () => {
    const small = await openPage(browser!, `${server!.url}/portal/`, { width: 360, height: 740 });
    pages.push(small);
    const { page } = small;
    for (const [path, ready] of [
      ['/portal/', `service-link-${SERVICE}`],
      [`/portal/s/${SERVICE}`, 'package-apply'],
      [`/portal/s/${SERVICE}/apply`, 'otp-send'],
      ['/portal/track', 'track-submit'],
    ] as const) {
      await page.goto(`${server!.url}${path}`);
      await page.locator(`[data-testid="${ready}"]`).first().waitFor({ timeout: WAIT });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} is wider than the phone`).toBeLessThanOrEqual(360);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, .portal-button, input:not([type=radio]):not([type=file]), select, .portal-choice-option')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ what: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`, height: el.getBoundingClientRect().height }))
          .filter((b) => b.height < 44),
      );
      expect(small, `targets under 44px on ${path}`).toEqual([]);
    }
    await screenshot(page, 'portal-track-360');

    const desktop = await openPage(browser!, `${server!.url}/portal/s/${SERVICE}`, { width: 1280, height: 800 });
    pages.push(desktop);
    await desktop.page.locator('[data-testid="package-apply"]').first().waitFor({ timeout: WAIT });
    await desktop.page.click('[data-testid="lang-switch"]');
    await expect.poll(() => desktop.page.evaluate(() => document.documentElement.dir), { timeout: WAIT }).toBe('ltr');
    expect(await text(desktop.page, 'package-apply')).toBe('Make a request');
    expect(await text(desktop.page, 'package-duration')).toBe('8 working days');
    expect(await text(desktop.page, 'package-inquiries-note')).toBe('The office makes these inquiries itself; you do not need to go anywhere.');
    await screenshot(desktop.page, 'portal-package-en-desktop');
  });
});
