// End to end, the e-desk at the kiosk, in Chromium against a real office server with a
// virtual printer: a visitor reads a service's info package and makes the request right
// there — national ID and mobile on the digit pad, the name on the Persian keyboard, the
// code that arrives by SMS (the file outbox is the phone), the form one field a screen —
// and sends a photo from her own phone by scanning the kiosk's QR; the kiosk sees it
// arrive, takes the request, shows the tracking code and prints the receipt. Later she
// follows it at the kiosk, answers the office's request (text here, a PDF from the
// phone), confirms the response and rates the service with the faces. And a half-filled
// form left alone is wiped after «are you still there?».
// Needs the built kiosk and portal (`npm run build --workspace kiosk --workspace portal`).
import { describe, it, expect } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  SURVEY_QUESTIONS,
  formatJalaliDateWithWeekday,
  formatJalaliSlashed,
  jalaliDateOf,
  toLatinDigits,
  toPersianDigits,
  type Case,
} from '@desk/common';
import { screenshot } from './helpers/browser';
import { atStep, newOtp, next, smsTo, tapDigits, text, typePersian, WAIT } from './helpers/kiosk-edesk';
import { useE2eOffice } from './helpers/office';

const KIOSK = { width: 1080, height: 1920 };
const PHONE = { width: 390, height: 844 };
const VISITOR = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };
const SERVICE = 's37';
const SERVICE_NAME = 'رسیدگی به تخلفات شهرداری‌ها';

const office = useE2eOffice({ printer: true });

// ── the world around ──

async function phoneFile(name: string, bytes: Buffer): Promise<string> {
  const dir = join(office.dataDir, 'phone-files');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6000, 9)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n'), Buffer.alloc(3000, 0x20), Buffer.from('\n%%EOF\n')]);

async function staff(username: string) {
  const login = await fetch(`${office.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: username === 'admin' ? 'admin1234' : 'clerk1234' }),
  });
  const token = ((await login.json()) as { token: string }).token;
  return async <T = { case: Case }>(path: string, body: unknown, method = 'POST'): Promise<T> => {
    const res = await fetch(`${office.server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as T & { error?: { message: string } };
    expect(res.status, `${path}: ${json.error?.message ?? ''}`).toBe(200);
    return json;
  };
}

/** What the kiosk's browser keeps between visitors. */
const browserStorage = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));

/** From home to the first screen of a request for the service. */
async function openRequest(page: Page): Promise<void> {
  await page.click(`[data-testid="service-${SERVICE}"]`, { timeout: WAIT });
  await page.click('[data-testid="open-info"]', { timeout: WAIT });
  await page.click('[data-testid="info-apply-here"]', { timeout: WAIT });
  await atStep(page, 'nationalId');
}

/** From home to the case, with the tracking code and the national ID. */
async function findCase(page: Page, code: string): Promise<void> {
  await page.click('[data-testid="kiosk-track"]', { timeout: WAIT });
  await atStep(page, 'code');
  await tapDigits(page, code);
  await next(page);
  await atStep(page, 'nationalId');
  await tapDigits(page, VISITOR.nationalId);
  await page.click('[data-testid="track-find"]');
  await page.locator('[data-testid="kiosk-case"]').waitFor({ timeout: WAIT });
}

describe('the e-desk at the kiosk', () => {
  it('takes a request with a photo from the phone, prints its receipt, and later takes the answer to the office and the survey', { timeout: 900_000 }, async () => {
    const kiosk = await office.open('/kiosk/', KIOSK);
    const page = kiosk.page;
    await openRequest(page);

    // ── who she is: a wrong check digit is refused in Persian as soon as it is typed
    await tapDigits(page, '0012345678');
    expect(await text(page, 'entry-error')).toBe('«کد ملی» درست نیست؛ ده رقم کد ملی را از روی کارت ملی دوباره وارد کنید.');
    await next(page);
    await atStep(page, 'nationalId');
    await page.click('[data-testid="keypad"] [data-key="backspace"]');
    await tapDigits(page, '9');
    expect(await text(page, 'entry-value')).toBe(toPersianDigits(VISITOR.nationalId));
    expect(await text(page, 'entry-error')).toBe('');
    await screenshot(page, 'kiosk-edesk-national-id');
    await next(page);
    await atStep(page, 'mobile');
    const codesBefore = (await smsTo(office.dataDir, VISITOR.mobile)).length;
    await tapDigits(page, VISITOR.mobile);
    await next(page);

    // ── the code that arrives by SMS, typed on the pad: checked without another tap
    await atStep(page, 'otp');
    await expect.poll(() => text(page, 'edesk-step')).toContain('۰۹۱۲***۴۵۶۷');
    await tapDigits(page, await newOtp(office.dataDir, VISITOR.mobile, codesBefore));
    // a first request: the office has no name for her yet
    await atStep(page, 'name');
    expect(await text(page, 'entry-value')).toBe('نام و نام خانوادگی');
    await typePersian(page, VISITOR.name);
    await next(page);

    // ── the form, one field a screen, with the portal's own Persian messages
    await atStep(page, 'field-municipality');
    await typePersian(page, 'چالوس');
    await next(page);
    await atStep(page, 'field-kind');
    await next(page);
    expect(await text(page, 'entry-error')).toBe('«نوع تخلف» را انتخاب کنید.');
    await page.click('[data-testid="option-building"]');
    await next(page);
    await atStep(page, 'field-happenedOn');
    await tapDigits(page, '1499/01/01');
    await next(page);
    expect(await text(page, 'entry-error')).toMatch(/^«تاریخ رویداد» نباید پس از [۰-۹/]+ باشد\.$/);
    await page.click('[data-testid="keypad"] [data-key="clear"]');
    await tapDigits(page, formatJalaliSlashed(jalaliDateOf(Date.now() - 10 * 86_400_000)));
    await next(page);
    await atStep(page, 'field-description');
    await typePersian(page, 'ساختمان بدون پروانه');
    await next(page);
    expect(await text(page, 'entry-error')).toBe('«شرح تخلف» باید دست‌کم ۲۰ نویسه باشد.');
    await typePersian(page, ' کنار رودخانه');
    await screenshot(page, 'kiosk-edesk-form-text');
    await next(page);

    // ── documents: the QR opens a page on her phone; the photo shows on the kiosk with a tick
    await atStep(page, 'documents');
    await page.click('[data-testid="handoff-open"]');
    const qr = page.locator('[data-testid="handoff-qr"]');
    await qr.waitFor({ timeout: WAIT });
    const qrUrl = (await qr.getAttribute('data-url')) ?? '';
    expect(qrUrl).toMatch(/\/portal\/h\/[\w-]{32}$/);
    await screenshot(page, 'kiosk-edesk-phone-qr');

    const phone = await office.open(new URL(qrUrl).pathname, PHONE);
    await phone.page.locator('[data-testid="handoff-for"]').waitFor({ timeout: WAIT });
    expect(await text(phone.page, 'handoff-for')).toContain(SERVICE_NAME);
    // the phone shows what to send, never whose request it is
    expect(await phone.page.textContent('body')).not.toMatch(/مریم|۰۰۱۲۳۴۵۶۷۹|0012345679|09121234567/);
    await phone.page.setInputFiles('[data-testid="upload-doc-evidence"]', await phoneFile('عکس-ساختمان.jpg', JPEG));
    await phone.page.locator('[data-testid="uploaded-doc-evidence"]').waitFor({ timeout: WAIT });
    await screenshot(phone.page, 'portal-handoff-phone');

    const arrived = page.locator('[data-testid="file-doc-evidence"]');
    await arrived.waitFor({ timeout: WAIT });
    expect(await arrived.textContent()).toContain('عکس-ساختمان.jpg');
    expect(await arrived.textContent()).toMatch(/[۰-۹]+ کیلوبایت/);
    await screenshot(page, 'kiosk-edesk-documents');
    await next(page);

    // ── a last look, then the request goes in
    await atStep(page, 'review');
    const review = await text(page, 'review');
    for (const part of [VISITOR.name, 'چالوس', 'ساخت‌وساز', 'عکس-ساختمان.jpg', toPersianDigits(VISITOR.nationalId)]) expect(review).toContain(part);
    await page.click('[data-testid="review-submit"]');

    const codeShown = page.locator('[data-testid="accepted-code"]');
    await codeShown.waitFor({ timeout: WAIT });
    const cases = [...office.server.edesk.desk.state.cases.values()];
    expect(cases).toHaveLength(1);
    const submitted = cases[0]!;
    expect(submitted.channel).toBe('kiosk');
    expect(submitted.client).toMatchObject(VISITOR);
    expect(submitted.formValues).toMatchObject({ municipality: 'چالوس', kind: 'building', description: 'ساختمان بدون پروانه کنار رودخانه' });
    expect(submitted.documents).toEqual([expect.objectContaining({ slotId: 'doc-evidence', name: 'عکس-ساختمان.jpg', contentType: 'image/jpeg', size: JPEG.length })]);
    const code = submitted.trackingCode;
    // large, grouped to be read aloud, in Persian digits; the promised date in Jalali
    expect(await codeShown.textContent()).toMatch(/^[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{3}$/);
    expect(toLatinDigits((await codeShown.textContent()) ?? '').replace(/-/g, '')).toBe(code);
    expect(await text(page, 'accepted-promised')).toBe(formatJalaliDateWithWeekday(submitted.promisedResponseAt, 'fa'));

    // the receipt comes out of the office printer, for this case
    await page.locator('[data-testid="receipt-print"]', { hasText: 'بردارید' }).waitFor({ timeout: WAIT });
    await expect.poll(() => office.printer.jobs.length).toBe(1);
    const printed = await readdir(join(office.dataDir, 'printed'));
    expect(printed.filter((f) => f.endsWith('.png'))).toHaveLength(1);
    const queue = join(office.dataDir, 'print-queue', 'office');
    const jobs = async () =>
      Promise.all((await readdir(queue)).filter((f) => /^[^.]+\.json$/.test(f)).map(async (f) => JSON.parse(await readFile(join(queue, f), 'utf8')) as { key?: string; state: string }));
    await expect.poll(async () => (await jobs()).find((j) => j.key === `receipt:${code}`)?.state).toBe('printed');
    // and the SMS the server sends on acceptance
    await expect.poll(async () => (await smsTo(office.dataDir, VISITOR.mobile)).some((t) => toLatinDigits(t).replace(/-/g, '').includes(code))).toBe(true);
    await screenshot(page, 'kiosk-edesk-accepted');

    // the visit is over: the phone's link is dead, nothing of her stays in the kiosk's browser
    await phone.page.reload();
    expect(await text(phone.page, 'handoff-problem')).toMatch(/^این پیوند دیگر کار نمی‌کند/);
    const kept = await browserStorage(page);
    for (const personal of [VISITOR.nationalId, VISITOR.mobile, VISITOR.name, code]) expect(kept).not.toContain(personal);
    await page.click('[data-testid="accepted-done"]');
    await page.locator('[data-testid="kiosk-home"]').waitFor({ timeout: WAIT });

    // ── the office asks her for something
    const civil = await staff('clerk5');
    const command = (type: string, extra: Record<string, unknown> = {}) =>
      civil('/api/edesk/commands', { type, commandId: `e2e-${type}-${Math.random().toString(36).slice(2, 10)}`, caseId: submitted.id, ...extra });
    const asked = 'عکس پروانهٔ ساختمان همسایه را بفرستید.';
    await command('info.request', { message: asked, items: ['عکس پروانه'] });

    // ── she follows it at the kiosk: a mistyped code is caught first
    await page.click('[data-testid="kiosk-track"]');
    await atStep(page, 'code');
    await tapDigits(page, `${code.slice(0, 10)}${(Number(code[10]) + 1) % 10}`);
    await next(page);
    expect(await text(page, 'entry-error')).toContain('کد رهگیری درست نیست');
    await page.click('[data-testid="edesk-quit"]');
    await page.locator('[data-testid="kiosk-home"]').waitFor({ timeout: WAIT });
    await findCase(page, code);
    expect(await text(page, 'case-status')).toBe('منتظر پاسخ متقاضی');
    expect(await text(page, 'case-holder')).toBe(office.server.edesk.desk.catalogue.units.find((u) => u.id === 'u-civil')!.name);
    expect(await text(page, 'case-due')).toBe(formatJalaliDateWithWeekday(office.server.edesk.desk.state.cases.get(submitted.id)!.responseDueAt, 'fa'));
    expect(await page.getAttribute('[data-testid="case-step-0"]', 'data-state')).toBe('current');
    expect(await text(page, 'info-request-message')).toBe(asked);
    await screenshot(page, 'kiosk-edesk-track-asked');

    // ── she answers: a sentence here, the PDF from her phone
    await page.click('[data-testid="info-answer-open"]');
    await atStep(page, 'answer');
    await page.click('[data-testid="info-answer-send"]');
    expect(await text(page, 'entry-error')).toBe('پاسخ خالی است؛ توضیحی بنویسید یا مدرکی بفرستید.');
    await typePersian(page, 'پروانه را فرستادم');
    await page.click('[data-testid="handoff-open"]');
    const answerQr = page.locator('[data-testid="handoff-qr"]');
    await answerQr.waitFor({ timeout: WAIT });
    const answerPhone = await office.open(new URL((await answerQr.getAttribute('data-url')) ?? '').pathname, PHONE);
    await answerPhone.page.setInputFiles('[data-testid="upload-info"]', await phoneFile('پروانه.pdf', PDF), { timeout: WAIT });
    await answerPhone.page.locator('[data-testid="uploaded-info"]').waitFor({ timeout: WAIT });
    await page.locator('[data-testid="answer-files"]', { hasText: 'پروانه.pdf' }).waitFor({ timeout: WAIT });
    await page.click('[data-testid="info-answer-send"]');
    await page.locator('[data-testid="case-status"][data-status="inProgress"]').waitFor({ timeout: WAIT });
    expect(await page.locator('[data-testid="info-request"]').count()).toBe(0);
    const answered = office.server.edesk.desk.state.cases.get(submitted.id)!.infoRequests[0]!;
    expect(answered.answer).toBe('پروانه را فرستادم');
    expect(answered.documentIds).toHaveLength(1);
    await page.click('[data-testid="track-done"]');
    await page.locator('[data-testid="kiosk-home"]').waitFor({ timeout: WAIT });

    // ── the office works it to a response
    await command('step.complete', { result: 'done' });
    await command('inquiry.send', { inquiryId: 'municipality', request: 'نظر شهرداری دربارهٔ ساختمان' });
    const inquiry = office.server.edesk.desk.state.cases.get(submitted.id)!.inquiries[0]!;
    await command('inquiry.answer', { inquiryRecordId: inquiry.id, outcome: 'confirmed', answer: 'پروانه ندارد؛ پرونده در کمیسیون ماده صد است.', documents: [] });
    await command('step.complete', { result: 'done' });
    await command('step.complete', { result: 'done' });
    const responseText = 'پرونده به کمیسیون ماده صد فرستاده شد.';
    await command('response.issue', { outcome: 'approved', text: responseText, documents: [] });

    // ── back at the kiosk: she confirms the response and rates the service with the faces
    await findCase(page, code);
    expect(await text(page, 'case-status')).toBe('پاسخ صادر شد');
    expect(await text(page, 'response-text')).toBe(responseText);
    await page.click('[data-testid="acknowledge"]');
    await page.locator('[data-testid="response-acknowledged"]').waitFor({ timeout: WAIT });
    await page.click('[data-testid="survey-open"]');
    for (const [i, q] of SURVEY_QUESTIONS.entries()) {
      await page.locator(`[data-testid="survey-question"][data-question="${q.id}"]`).waitFor({ timeout: WAIT });
      if (i === 0) await screenshot(page, 'kiosk-edesk-survey');
      await page.click(`[data-testid="survey-face-${q.axis === 'time' ? 4 : 5}"]`);
    }
    await atStep(page, 'comment');
    await typePersian(page, 'سپاس');
    await page.click('[data-testid="survey-send"]');
    await page.locator('[data-testid="survey-thanks"]').waitFor({ timeout: WAIT });
    const done = office.server.edesk.desk.state.cases.get(submitted.id)!;
    expect(done.status).toBe('acknowledged');
    expect(done.response?.acknowledgedVia).toBe('kiosk');
    expect(done.survey).toMatchObject({ via: 'kiosk', comment: 'سپاس' });
    expect(done.survey!.answers).toMatchObject({ q01: 5, q10: 4, q16: 5 });
    expect(Object.keys(done.survey!.answers)).toHaveLength(16);
    await screenshot(page, 'kiosk-edesk-survey-thanks');
    await page.click('[data-testid="track-done"]');
    await page.locator('[data-testid="kiosk-home"]').waitFor({ timeout: WAIT });
  });

  it('does not ask a returning visitor twice: her name and her earlier photo are offered', { timeout: 600_000 }, async () => {
    const earlier = [...office.server.edesk.desk.state.cases.values()].find((c) => c.client.nationalId === VISITOR.nationalId)!;
    const kiosk = await office.open('/kiosk/', KIOSK);
    const page = kiosk.page;
    await openRequest(page);
    await tapDigits(page, VISITOR.nationalId);
    await next(page);
    await atStep(page, 'mobile');
    const codesBefore = (await smsTo(office.dataDir, VISITOR.mobile)).filter((t) => t.includes('کد یکبارمصرف')).length;
    await tapDigits(page, VISITOR.mobile);
    await next(page);
    await atStep(page, 'otp');
    await tapDigits(page, await newOtp(office.dataDir, VISITOR.mobile, codesBefore));
    await atStep(page, 'name');
    await expect.poll(() => text(page, 'entry-value')).toBe(VISITOR.name);
    await next(page);
    await atStep(page, 'field-municipality');
    await typePersian(page, 'مرزن آباد');
    await next(page);
    await page.click('[data-testid="option-services"]');
    await next(page);
    await tapDigits(page, formatJalaliSlashed(jalaliDateOf(Date.now() - 3 * 86_400_000)));
    await next(page);
    await typePersian(page, 'زباله در کوچه جمع نمی شود');
    await next(page);
    await atStep(page, 'documents');
    const offer = page.locator('[data-testid="on-file-doc-evidence"]');
    await offer.waitFor({ timeout: WAIT });
    expect(await offer.textContent()).toContain('عکس-ساختمان.jpg');
    await page.click('[data-testid="on-file-use-doc-evidence"]');
    await page.locator('[data-testid="file-doc-evidence"]', { hasText: 'عکس-ساختمان.jpg' }).waitFor({ timeout: WAIT });
    await screenshot(page, 'kiosk-edesk-on-file');
    await next(page);
    await atStep(page, 'review');
    await page.click('[data-testid="review-submit"]');
    await page.locator('[data-testid="accepted-code"]').waitFor({ timeout: WAIT });
    const second = [...office.server.edesk.desk.state.cases.values()].find((c) => c.client.nationalId === VISITOR.nationalId && c.id !== earlier.id)!;
    // the very same file, not a copy
    expect(second.documents.map((d) => d.id)).toEqual(earlier.documents.filter((d) => d.slotId === 'doc-evidence').map((d) => d.id));
    expect(second.client.name).toBe(VISITOR.name);
    await page.click('[data-testid="accepted-done"]');
    await page.locator('[data-testid="kiosk-home"]').waitFor({ timeout: WAIT });
  });

  it('asks «are you still there?» and wipes a half-filled request left alone', { timeout: 600_000 }, async () => {
    const admin = await staff('admin');
    await admin('/api/admin/queue', { ...office.server.office.config.queue, kioskIdleSeconds: 10 }, 'PUT');
    const kiosk = await office.open('/kiosk/', KIOSK);
    const page = kiosk.page;
    await openRequest(page);
    await tapDigits(page, '00123');

    // a touch keeps what was typed
    const warning = page.locator('[data-testid="idle-warning"]');
    await warning.waitFor({ timeout: 120_000 });
    expect(await warning.textContent()).toContain('هنوز اینجا هستید؟');
    await screenshot(page, 'kiosk-edesk-idle-warning');
    await page.click('[data-testid="idle-stay"]');
    await warning.waitFor({ state: 'detached', timeout: WAIT });
    expect(await text(page, 'entry-value')).toBe('۰۰۱۲۳');

    // nobody answers: back home, and nothing of it is left
    await warning.waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="kiosk-home"]').waitFor({ timeout: 120_000 });
    expect(await browserStorage(page)).not.toMatch(/00123|۰۰۱۲۳/);
    await openRequest(page);
    expect(await text(page, 'entry-value')).toBe('کد ملی');
  });
});
