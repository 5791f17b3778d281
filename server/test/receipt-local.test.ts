// The receipt of a request taken at a kiosk that prints on its own printer (device
// printer 'local', through its Electron shell): the office server does not queue it,
// it answers the receipt's data for the kiosk to hand to its shell; the kiosk still
// gets only the receipt of the request it has just taken. A kiosk on the office
// printer still has its receipt queued there.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case } from '@desk/common';
import { startVirtualPrinter, type ReceiptPrint, type VirtualPrinter } from '@desk/printers';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { deviceToken, login, post, proveMobile } from './live-helpers';

const CLIENT = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };

let server: RunningOffice;
let printer: VirtualPrinter;
let dir: string;
/** A kiosk that prints itself, and one on the office printer. */
let localKiosk: string;
let officeKiosk: string;
let proof: string;

type ReceiptAnswer = { ok?: true; local?: ReceiptPrint; state?: string; error?: { code: string } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-receipt-local-'));
  printer = await startVirtualPrinter({ dir: join(dir, 'printed') });
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1', printers: [{ id: 'office', name: 'چاپگر سالن', url: printer.url }], publicUrl: 'http://desk.example' });
  officeKiosk = await deviceToken(server.url, 'kiosk');
  // the admin adds a kiosk that prints on its own printer, and pairs it
  const admin = await login(server.url, 'admin', 'admin1234');
  const made = await post<{ pairingCode: string }>(`${server.url}/api/admin/devices`, { kind: 'kiosk', name: 'کیوسک با چاپگر خودش', printer: 'local' }, admin);
  expect(made.status).toBe(200);
  localKiosk = (await post<{ token: string }>(`${server.url}/api/devices/pair`, { code: made.json.pairingCode, kind: 'kiosk' })).json.token;
  proof = await proveMobile(server.url, dir, CLIENT.mobile);
});

afterAll(async () => {
  await server.close();
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

/** A question to the Article 99 commission (no documents), made at `kiosk`. */
async function submitAt(kiosk: string, commandId: string): Promise<Case> {
  const r = await post<{ case: Case; error?: { message: string } }>(
    `${server.url}/api/edesk/cases`,
    { commandId, serviceId: 's32', client: CLIENT, values: { topic: 'status', question: 'پرونده‌ام به کجا رسیده است؟' }, documents: [], proof },
    kiosk,
  );
  expect(r.status, r.json.error?.message).toBe(200);
  return r.json.case;
}

async function get<T>(url: string, token: string): Promise<{ status: number; json: T }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, json: (await res.json()) as T };
}

const receipt = (trackingCode: string, kiosk: string) => post<ReceiptAnswer>(`${server.url}/api/printing/receipt`, { trackingCode }, kiosk);

/** The office printer's jobs, as its queue keeps them on disk. */
async function officeJobs(): Promise<{ key?: string; state: string }[]> {
  const queue = join(dir, 'print-queue', 'office');
  const files = (await readdir(queue).catch(() => [])).filter((f) => /^[^.]+\.json$/.test(f));
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(queue, f), 'utf8')) as { key?: string; state: string }));
}

describe('the receipt of a request taken at a kiosk that prints itself', () => {
  it('is answered as data for its shell, with the tracking code and the promised date, and nothing is queued at the office', async () => {
    const c = await submitAt(localKiosk, 'kiosk-local-receipt-01');
    const r = await receipt(c.trackingCode, localKiosk);
    expect(r.status).toBe(200);
    expect(r.json.state).toBeUndefined();
    expect(r.json.local).toMatchObject({
      trackingCode: c.trackingCode,
      responseDueAt: Date.parse(c.promisedResponseAt),
      submittedAt: Date.parse(c.acceptedAt),
      client: { name: CLIENT.name, nationalId: CLIENT.nationalId },
      service: { code: 's32' },
      trackingUrl: `http://desk.example/portal/track/${c.trackingCode}`,
    });
    expect((await officeJobs()).some((j) => j.key === `receipt:${c.trackingCode}`)).toBe(false);
  });

  it("is refused (403) for a request it did not just take, as before", async () => {
    const mine = await submitAt(localKiosk, 'kiosk-local-receipt-02');
    const theirs = await submitAt(officeKiosk, 'kiosk-office-receipt-02');
    expect((await receipt(theirs.trackingCode, localKiosk)).status).toBe(403);
    // only its latest request: the one before is no longer its to print
    const earlier = await submitAt(localKiosk, 'kiosk-local-receipt-03');
    expect((await receipt(mine.trackingCode, localKiosk)).status).toBe(403);
    expect((await receipt(earlier.trackingCode, localKiosk)).status).toBe(200);
  });

  it('a kiosk on the office printer still has its receipt queued and printed there', async () => {
    const before = printer.jobs.length;
    const c = await submitAt(officeKiosk, 'kiosk-office-receipt-04');
    const r = await receipt(c.trackingCode, officeKiosk);
    expect(r.status).toBe(200);
    expect(r.json.local).toBeUndefined();
    expect(r.json.state).toBe('queued');
    await expect.poll(async () => (await officeJobs()).find((j) => j.key === `receipt:${c.trackingCode}`)?.state).toBe('printed');
    // the one page printed is this receipt: none of the local kiosk's went to the office printer
    expect(printer.jobs.length).toBe(before + 1);
    expect((await officeJobs()).filter((j) => j.key?.startsWith('receipt:'))).toHaveLength(1);
  });

  it('a kiosk on the office printer follows its receipt: out of paper is said in Persian, and it prints once paper is in', async () => {
    const state = (code: string, kiosk: string) => get<{ state: string; message?: string }>(`${server.url}/api/printing/receipts/${code}`, kiosk);
    await printer.setFault('paper-out');
    try {
      const c = await submitAt(officeKiosk, 'kiosk-office-receipt-05');
      expect((await receipt(c.trackingCode, officeKiosk)).status).toBe(200);
      await expect.poll(async () => (await state(c.trackingCode, officeKiosk)).json.state).toBe('waiting');
      expect((await state(c.trackingCode, officeKiosk)).json.message).toMatch(/کاغذ/);
      // another kiosk may not follow it
      expect((await state(c.trackingCode, localKiosk)).status).toBe(403);
      await printer.setFault(null);
      await expect.poll(async () => (await state(c.trackingCode, officeKiosk)).json.state).toBe('printed');
      expect((await state(c.trackingCode, officeKiosk)).json.message).toBeUndefined();
    } finally {
      await printer.setFault(null);
    }
  });
});
