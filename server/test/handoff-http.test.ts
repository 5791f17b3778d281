// The phone handoff over HTTP against a real office server: a kiosk opens a session for
// a visitor who proved her mobile, her phone uploads a scan into it (sniffed, limited,
// forged files refused), the kiosk hears it arrive, another kiosk sees nothing, the
// request is submitted with that file and only this kiosk may print its receipt; an
// answer to the office travels the same way; an unknown or expired link is a Persian 404.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVirtualPrinter, type VirtualPrinter } from '@desk/printers';
import { formatJalaliSlashed, jalaliDateOf, type Case } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { deviceToken, login, post, proveMobile } from './live-helpers';

const CLIENT = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };
const VALUES = {
  deceasedNationalId: '2271334561',
  deceasedName: 'حسن احمدی',
  deathOn: formatJalaliSlashed(jalaliDateOf(Date.now() - 30 * 86_400_000)),
  relationship: 'child',
  sheba: 'IR120170000000123456789012',
};
const SLOTS = ['doc-death-certificate', 'doc-heirship', 'doc-retirement-decree'];
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 7)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(2000, 1)]);

let server: RunningOffice;
let printer: VirtualPrinter;
let dir: string;
let base: string;
/** The server's clock runs this far ahead: sessions expire without waiting twenty minutes. */
let ahead = 0;
let kiosk: string;
let otherKiosk: string;
let proof: string;

interface Handoff {
  id: string;
  version: number;
  url: string;
  documents: { id: string; slotId: string; name: string; size: number; contentType: string }[];
  slots: { id: string; received?: number }[];
}
type Refusal = { error: { code: string; message: string } };

async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** The phone sends one file, as the portal does: the raw bytes and a percent-encoded name. */
async function phoneUpload(id: string, slot: string, bytes: Buffer, name: string, type: string) {
  const res = await fetch(`${base}/api/handoff/${id}/documents?slot=${slot}`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, json: (await res.json()) as { document?: { id: string; contentType: string }; error?: { code: string; message: string } } };
}


/** The office server on the test's folder (again, after a restart: same files, new port). */
async function startServer(): Promise<void> {
  server = await startOfficeServer({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://desk.example',
    printers: [{ id: 'office', name: 'چاپگر سالن', url: printer.url }],
    clock: () => new Date(Date.now() + ahead).toISOString(),
  });
  base = server.url;
}

const openApply = (token: string | undefined, p = proof) => call<{ handoff: Handoff } & Refusal>('POST', '/api/handoff', token, { purpose: 'apply', serviceId: 's07', proof: p });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-handoff-'));
  printer = await startVirtualPrinter({ dir: join(dir, 'printed') });
  await startServer();
  kiosk = await deviceToken(base, 'kiosk');
  // a second kiosk, paired by the admin
  const admin = await login(base, 'admin', 'admin1234');
  const made = await post<{ pairingCode: string }>(`${base}/api/admin/devices`, { kind: 'kiosk', name: 'کیوسک طبقهٔ دوم' }, admin);
  otherKiosk = (await post<{ token: string }>(`${base}/api/devices/pair`, { code: made.json.pairingCode, kind: 'kiosk' })).json.token;
  proof = await proveMobile(base, dir, CLIENT.mobile);
});

afterAll(async () => {
  await server.close();
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('opening a handoff', () => {
  it('is for kiosks only, and needs a proven mobile', async () => {
    const nobody = await openApply(undefined);
    expect(nobody.status).toBe(401);
    expect(nobody.json.error.message).toBe('این کار را فقط کیوسک اداره می‌تواند انجام دهد.');
    const clerk = await login(base, 'clerk1', 'clerk1234');
    expect((await openApply(clerk)).status).toBe(401);
    expect((await openApply(await deviceToken(base, 'display'))).status).toBe(401);
    const forged = await openApply(kiosk, `${proof.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.json.error.message).toContain('کد پیامک‌شده');
    const unknownService = await call<Refusal>('POST', '/api/handoff', kiosk, { purpose: 'apply', serviceId: 's99', proof });
    expect(unknownService.status).toBe(404);
    expect(unknownService.json.error.message).toBe('این خدمت پیدا نشد.');

    const opened = await openApply(kiosk);
    expect(opened.status).toBe(201);
    expect(opened.json.handoff.url).toBe(`http://desk.example/portal/h/${opened.json.handoff.id}`);
    expect(opened.json.handoff.slots.map((s) => s.id)).toEqual(SLOTS);
    expect(JSON.stringify(opened.json)).not.toContain(CLIENT.mobile);
  });

  it('gives an unknown link a Persian 404 on the phone', async () => {
    const phone = await call<Refusal>('GET', '/api/handoff/no-such-session-aaaaaaaaaaaaaaaaaaaa/phone');
    expect(phone.status).toBe(404);
    expect(phone.json.error.message).toMatch(/^این پیوند دیگر کار نمی‌کند/);
    const up = await phoneUpload('no-such-session-aaaaaaaaaaaaaaaaaaaa', SLOTS[0]!, JPEG, 'x.jpg', 'image/jpeg');
    expect(up.status).toBe(404);
    expect(up.json.error?.message).toMatch(/^این پیوند دیگر کار نمی‌کند/);
  });
});

describe('a visitor sends documents from her phone to the kiosk', () => {
  it('lands in the right session with the sniffed type; forged and surplus files are refused; another kiosk sees nothing', async () => {
    const { handoff } = (await openApply(kiosk)).json;

    // the phone is told what to send, never whose request it is
    const phone = await call<{ handoff: { title: string; slots: { id: string; received: number }[] } }>('GET', `/api/handoff/${handoff.id}/phone`);
    expect(phone.status).toBe(200);
    expect(phone.json.handoff.title).toBe('پرداخت کمک‌هزینه فوت به ورثه بازنشستگان');
    expect(phone.json.handoff.slots.map((s) => s.received)).toEqual([0, 0, 0]);
    expect(JSON.stringify(phone.json)).not.toMatch(new RegExp(`${CLIENT.mobile}|${CLIENT.nationalId}|owner|deviceId`));

    // the kiosk waits for news; the phone's photo wakes it
    const waiting = call<{ handoff: Handoff }>('GET', `/api/handoff/${handoff.id}?after=${handoff.version}`, kiosk);
    // a JPEG photo the browser calls a PNG: stored as what its bytes are
    const photo = await phoneUpload(handoff.id, SLOTS[0]!, JPEG, 'گواهی فوت.png', 'image/png');
    expect(photo.status).toBe(201);
    expect(photo.json.document?.contentType).toBe('image/jpeg');
    const heard = await waiting;
    expect(heard.status).toBe(200);
    expect(heard.json.handoff.documents).toEqual([
      expect.objectContaining({ id: photo.json.document!.id, slotId: SLOTS[0], name: 'گواهی فوت.png', size: JPEG.length, contentType: 'image/jpeg' }),
    ]);
    expect(heard.json.handoff.version).toBeGreaterThan(handoff.version);
    const stored = await server.edesk.documents.meta(photo.json.document!.id);
    expect(stored?.owner).toBe(`mobile:${CLIENT.mobile}`);

    // an executable renamed .pdf is refused by its bytes, in Persian, and nothing is kept
    const forged = await phoneUpload(handoff.id, SLOTS[1]!, EXE, 'انحصار.pdf', 'application/pdf');
    expect(forged.status).toBe(415);
    expect(forged.json.error?.message).toMatch(/[\u0600-\u06FF]/);
    // a slot the service does not have
    const badSlot = await phoneUpload(handoff.id, 'doc-passport', PDF, 'p.pdf', 'application/pdf');
    expect(badSlot.status).toBe(400);
    expect(badSlot.json.error?.message).toBe('این نوع مدرک در این درخواست نیست؛ یکی از مدرک‌های فهرست را انتخاب کنید.');
    // the slot's limit of files
    for (let i = 0; i < 2; i++) expect((await phoneUpload(handoff.id, SLOTS[0]!, PDF, `more-${i}.pdf`, 'application/pdf')).status).toBe(201);
    const fourth = await phoneUpload(handoff.id, SLOTS[0]!, PDF, 'fourth.pdf', 'application/pdf');
    expect(fourth.status).toBe(409);
    expect(fourth.json.error?.message).toBe('برای «گواهی فوت» بیش از ۳ فایل نمی‌توان فرستاد.');

    const listed = await call<{ handoff: Handoff }>('GET', `/api/handoff/${handoff.id}`, kiosk);
    expect(listed.json.handoff.documents.map((d) => d.slotId)).toEqual([SLOTS[0], SLOTS[0], SLOTS[0]]);

    // another kiosk, a phone, or nobody cannot list it
    const other = await call<Refusal>('GET', `/api/handoff/${handoff.id}`, otherKiosk);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.json)).not.toContain(photo.json.document!.id);
    expect((await call('GET', `/api/handoff/${handoff.id}`)).status).toBe(401);
    expect((await call('DELETE', `/api/handoff/${handoff.id}`, otherKiosk)).status).toBe(404);
    expect((await call('DELETE', `/api/handoff/${handoff.id}/documents/${photo.json.document!.id}`, otherKiosk)).status).toBe(404);

    // the phone counts what arrived, without names
    const counted = await call<{ handoff: { slots: { received: number }[] } }>('GET', `/api/handoff/${handoff.id}/phone`);
    expect(counted.json.handoff.slots.map((s) => s.received)).toEqual([3, 0, 0]);
  });

  it('the request goes in with the phone’s files; only this kiosk prints its receipt; closing keeps the case’s files and drops the rest', async () => {
    const { handoff } = (await openApply(kiosk)).json;
    const ids: Record<string, string> = {};
    for (const slot of SLOTS) {
      const up = await phoneUpload(handoff.id, slot, PDF, `${slot}.pdf`, 'application/pdf');
      expect(up.status).toBe(201);
      ids[slot] = up.json.document!.id;
    }
    const spare = (await phoneUpload(handoff.id, SLOTS[0]!, JPEG, 'spare.jpg', 'image/jpeg')).json.document!.id;

    const submitted = await post<{ case: Case } & Refusal>(
      `${base}/api/edesk/cases`,
      { commandId: 'kiosk-handoff-0001', serviceId: 's07', client: CLIENT, values: VALUES, documents: SLOTS.map((slotId) => ({ id: ids[slotId], slotId })), proof },
      kiosk,
    );
    expect(submitted.status, submitted.json.error?.message).toBe(200);
    const c = submitted.json.case;
    expect(c.channel).toBe('kiosk');
    // the next time she proves this mobile, her name is offered, not asked again
    const onFile = await post<{ client?: { name: string } }>(`${base}/api/edesk/on-file`, { nationalId: CLIENT.nationalId, proof }, kiosk);
    expect(onFile.json.client).toEqual({ name: CLIENT.name });
    const stranger = await post<{ client?: { name: string } }>(`${base}/api/edesk/on-file`, { nationalId: '2271334561', proof }, kiosk);
    expect(stranger.json.client).toBeUndefined();
    expect(c.documents.map((d) => d.id).sort()).toEqual(Object.values(ids).sort());

    // the receipt: this kiosk, this case, once
    const before = printer.jobs.length;
    expect((await post(`${base}/api/printing/receipt`, { trackingCode: c.trackingCode }, otherKiosk)).status).toBe(403);
    const printed = await post<{ ok: boolean }>(`${base}/api/printing/receipt`, { trackingCode: c.trackingCode }, kiosk);
    expect(printed.status).toBe(200);
    await expect.poll(() => printer.jobs.length).toBe(before + 1);
    expect(server.printing.views().find((p) => p.id === 'office')).toBeDefined();
    // a case this kiosk did not take: refused
    const web = await post<{ case: Case }>(`${base}/api/edesk/cases`, { commandId: 'web-handoff-00002', serviceId: 's32', client: CLIENT, values: { topic: 'status', question: 'پرسشی دربارهٔ پرونده دارم.' }, documents: [], proof });
    expect(web.status).toBe(200);
    expect((await post(`${base}/api/printing/receipt`, { trackingCode: web.json.case.trackingCode }, kiosk)).status).toBe(403);

    // the visit ends: the case keeps its files, the spare one is gone, the link is dead
    expect((await call('DELETE', `/api/handoff/${handoff.id}`, kiosk)).status).toBe(200);
    for (const id of Object.values(ids)) expect(await server.edesk.documents.meta(id)).not.toBeNull();
    expect(await server.edesk.documents.meta(spare)).toBeNull();
    expect((await call('GET', `/api/handoff/${handoff.id}/phone`)).status).toBe(404);
  });

  it('carries an answer to the office’s request, for the case’s own client only', async () => {
    const c = [...server.edesk.desk.state.cases.values()].find((x) => x.serviceId === 's07')!;
    const clerk = await login(base, 'clerk1', 'clerk1234');
    const asked = await post(`${base}/api/edesk/commands`, { type: 'info.request', commandId: 'handoff-info-req-1', caseId: c.id, message: 'نامهٔ بانک را بفرستید.', items: [] }, clerk);
    expect(asked.status).toBe(200);
    const requestId = server.edesk.desk.state.cases.get(c.id)!.infoRequests[0]!.id;

    const wrong = await call<Refusal>('POST', '/api/handoff', kiosk, { purpose: 'info', trackingCode: c.trackingCode, nationalId: '2271334561' });
    expect(wrong.status).toBe(404);
    const opened = await call<{ handoff: Handoff }>('POST', '/api/handoff', kiosk, { purpose: 'info', trackingCode: c.trackingCode, nationalId: CLIENT.nationalId });
    expect(opened.status).toBe(201);
    expect(opened.json.handoff.slots.map((s) => s.id)).toEqual(['info']);
    const letter = await phoneUpload(opened.json.handoff.id, 'info', PDF, 'نامه.pdf', 'application/pdf');
    expect(letter.status).toBe(201);
    expect((await server.edesk.documents.meta(letter.json.document!.id))?.owner).toBe(`case:${c.id}`);

    const answered = await post<{ case: Case } & Refusal>(
      `${base}/api/edesk/track/command`,
      { trackingCode: c.trackingCode, nationalId: CLIENT.nationalId, command: { type: 'info.answer', commandId: 'handoff-info-ans-1', requestId, documents: [{ id: letter.json.document!.id }] } },
      kiosk,
    );
    expect(answered.status, answered.json.error?.message).toBe(200);
    expect(answered.json.case.infoRequests[0]!.documentIds).toEqual([letter.json.document!.id]);
  });

  it('survives a restart of the office server: the file the phone was told arrived is still in the visit, and the phone goes on', async () => {
    const { handoff } = (await openApply(kiosk)).json;
    const photo = await phoneUpload(handoff.id, SLOTS[0]!, JPEG, 'گواهی فوت.jpg', 'image/jpeg');
    expect(photo.status).toBe(201);

    await server.close();
    await startServer();

    const seen = await call<{ handoff: Handoff }>('GET', `/api/handoff/${handoff.id}`, kiosk);
    expect(seen.status).toBe(200);
    expect(seen.json.handoff.documents.map((d) => d.id)).toEqual([photo.json.document!.id]);
    expect(await server.edesk.documents.meta(photo.json.document!.id)).not.toBeNull();
    // another kiosk still sees nothing of it
    expect((await call('GET', `/api/handoff/${handoff.id}`, otherKiosk)).status).toBe(404);
    const more = await phoneUpload(handoff.id, SLOTS[1]!, PDF, 'انحصار وراثت.pdf', 'application/pdf');
    expect(more.status).toBe(201);
    const after = await call<{ handoff: Handoff }>('GET', `/api/handoff/${handoff.id}`, kiosk);
    expect(after.json.handoff.documents.map((d) => d.slotId)).toEqual([SLOTS[0], SLOTS[1]]);
    expect((await call('DELETE', `/api/handoff/${handoff.id}`, kiosk)).status).toBe(200);
  });

  it('expires after twenty minutes: the phone hears why, and the files nobody took are deleted', async () => {
    const { handoff } = (await openApply(kiosk)).json;
    const up = await phoneUpload(handoff.id, SLOTS[1]!, PDF, 'late.pdf', 'application/pdf');
    expect(up.status).toBe(201);
    ahead = 21 * 60_000;
    try {
      const phone = await call<Refusal>('GET', `/api/handoff/${handoff.id}/phone`);
      expect(phone.status).toBe(404);
      expect(phone.json.error.message).toMatch(/زمانش گذشته/);
      expect((await phoneUpload(handoff.id, SLOTS[1]!, PDF, 'later.pdf', 'application/pdf')).status).toBe(404);
      expect((await call('GET', `/api/handoff/${handoff.id}`, kiosk)).status).toBe(404);
      await expect.poll(() => server.edesk.documents.meta(up.json.document!.id)).toBeNull();
    } finally {
      ahead = 0;
    }
  });
});
