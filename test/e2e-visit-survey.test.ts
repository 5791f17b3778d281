// End to end, in Chromium on a phone-sized screen: a visitor follows her printed ticket
// on her phone (the ticket's QR), is served at a counter, and answers the satisfaction
// survey right there on the way out (table 5). Needs the built portal.
import { describe, it, expect } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VISIT_SURVEY_QUESTIONS, type Ticket } from '@desk/common';
import { Client, deviceToken, login, serveNext } from '../server/test/live-helpers';
import { screenshot } from './helpers/browser';
import { useE2eOffice } from './helpers/office';

const WAIT = 30_000;
const PHONE = { width: 390, height: 844 };
const office = useE2eOffice();

describe('the survey after a counter visit', () => {
  it('appears on the phone once she is served, and her answers are kept', async () => {
    const url = office.server.url;
    const kiosk = await Client.connect(url, await deviceToken(url, 'kiosk'));
    const clerk = await Client.connect(url, await login(url, 'clerk1', 'clerk1234'));
    try {
      const counter = office.server.office.config.counters.find((c) => c.active && c.services.length > 0)!;
      const issued = await kiosk.send({ type: 'ticket.issue', serviceId: counter.services[0]!.serviceId });
      const ticket = (issued as unknown as { ticket: Ticket }).ticket;

      // her phone opens the ticket's page (the QR on the paper)
      const { page } = await office.open(`/portal/t/${ticket.id}`, PHONE);
      await page.locator('[data-testid="ticket-number"]').waitFor({ timeout: WAIT });
      expect(await page.locator('[data-testid="visit-survey"]').count()).toBe(0);

      // she is served
      await serveNext(clerk, counter.id, false);

      // the page (which polls) now asks for her opinion; sending half of it is refused in place
      await page.reload();
      const form = page.locator('[data-testid="visit-survey"]');
      await form.waitFor({ timeout: WAIT });
      expect(await page.locator('[data-testid="ticket-state"]').innerText()).toBe('خدمت این نوبت انجام شد');
      // fifteen questions: the receipt's promised date is not asked after a counter visit
      expect(await form.locator('.portal-survey-question').count()).toBe(VISIT_SURVEY_QUESTIONS.length);
      expect(await form.innerText()).not.toContain('پایبندی اداره به زمان پاسخ');
      await page.click('[data-testid="survey-q01-5"]');
      await page.click('[data-testid="survey-submit"]');
      expect(await page.locator('#form-errors').innerText()).toContain('به این پرسش پاسخ دهید');
      for (const q of VISIT_SURVEY_QUESTIONS) await page.click(`[data-testid="survey-${q.id}-${q.id === 'q16' ? 5 : 4}"]`);
      await page.fill('textarea[data-testid="survey-comment"]', 'نوبت‌دهی منظم بود.');
      await screenshot(page, 'portal-visit-survey');
      await page.click('[data-testid="survey-submit"]');
      await page.locator('[data-testid="visit-survey-thanks"]').waitFor({ timeout: WAIT });
      expect(await page.locator('[data-testid="visit-survey"]').count()).toBe(0);

      // her answers are in the office's journal on disk
      const files = (await readdir(join(office.dataDir, 'journal'))).filter((f) => f.endsWith('.jsonl'));
      const text = (await Promise.all(files.map((f) => readFile(join(office.dataDir, 'journal', f), 'utf8')))).join('');
      const line = text.split('\n').find((l) => l.includes('"ticket.surveyed"'));
      expect(JSON.parse(line!)).toMatchObject({ ticket: { id: ticket.id }, survey: { answers: { q01: 4, q16: 5 }, comment: 'نوبت‌دهی منظم بود.' } });
    } finally {
      kiosk.close();
      clerk.close();
    }
  });

  it('at the kiosk, by the number on the ticket, for a visitor without a phone', async () => {
    const url = office.server.url;
    const kioskSocket = await Client.connect(url, await deviceToken(url, 'kiosk'));
    const clerk = await Client.connect(url, await login(url, 'clerk1', 'clerk1234'));
    try {
      const counter = office.server.office.config.counters.find((c) => c.active && c.services.length > 0)!;
      const issued = await kioskSocket.send({ type: 'ticket.issue', serviceId: counter.services[0]!.serviceId });
      const ticket = (issued as unknown as { ticket: Ticket }).ticket;
      // the clerk's counter is still open from the first visit
      await serveNext(clerk, counter.id, office.server.office.state.counters.get(counter.id)?.status === 'open');
      expect(office.server.office.state.tickets.get(ticket.id)!.status).toBe('done');

      const { page } = await office.open('/kiosk/', { width: 1080, height: 1920 });
      await page.click('[data-testid="kiosk-visit-survey"]', { timeout: WAIT });
      // a number that was not served is refused in Persian
      for (const d of '9999') await page.click(`[data-testid="keypad"] [data-key="${d}"]`);
      await page.click('[data-testid="visit-find"]');
      await page.locator('[data-testid="edesk-problem"]', { hasText: 'پیدا نشد' }).waitFor({ timeout: WAIT });
      for (let i = 0; i < 4; i++) await page.click('[data-testid="keypad"] [data-key="backspace"]');
      for (const d of String(ticket.number)) await page.click(`[data-testid="keypad"] [data-key="${d}"]`);
      await page.click('[data-testid="visit-find"]');
      // one face a question, fifteen questions
      for (let i = 0; i < VISIT_SURVEY_QUESTIONS.length; i++) {
        const q = page.locator('[data-testid="survey-question"]');
        await expect.poll(() => q.getAttribute('data-question'), { timeout: WAIT }).toBe(VISIT_SURVEY_QUESTIONS[i]!.id);
        await page.click(`[data-testid="survey-face-${i === VISIT_SURVEY_QUESTIONS.length - 1 ? 5 : 3}"]`);
      }
      await page.click('[data-testid="survey-send"]', { timeout: WAIT });
      await page.locator('[data-testid="visit-survey-thanks"]').waitFor({ timeout: WAIT });
      await screenshot(page, 'kiosk-visit-survey-thanks');
      expect(office.server.office.state.tickets.get(ticket.id)!.surveyedAt).toBeDefined();
      const files = (await readdir(join(office.dataDir, 'journal'))).filter((f) => f.endsWith('.jsonl'));
      const text = (await Promise.all(files.map((f) => readFile(join(office.dataDir, 'journal', f), 'utf8')))).join('');
      const line = text.split('\n').find((l) => l.includes('"ticket.surveyed"') && l.includes(ticket.id));
      expect(JSON.parse(line!)).toMatchObject({ survey: { answers: { q01: 3, q16: 5 } } });
    } finally {
      kioskSocket.close();
      clerk.close();
    }
  });
});
