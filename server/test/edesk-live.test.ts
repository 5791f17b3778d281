// The e-desk over HTTP against a real office server with real files: a citizen proves
// a mobile with the code that arrives by SMS (the file outbox is the phone), uploads a
// PDF, submits, gets a tracking code and a receipt, tracks; staff of two units work it,
// an electronic inquiry is answered by the agency stand-in; the office asks for a
// document, the citizen answers; the response is issued and acknowledged; the survey.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SURVEY_QUESTIONS, toLatinDigits, type Case, type FormField } from '@desk/common';
import { startTestSmtp, type TestSmtp } from './smtp-helper';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { login } from './live-helpers';

let server: RunningOffice;
let dir: string;
let base: string;
let smtp: TestSmtp;

// a person the agency stand-in knows (server/src/inquiry/stand-in.ts)
const CLIENT = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567', email: 'maryam@example.com' };
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);

beforeAll(async () => {
  // a real SMTP server receives the office's e-mails
  smtp = await startTestSmtp();
  process.env.DESK_SMTP_URL = smtp.url;
  dir = await mkdtemp(join(tmpdir(), 'desk-edesk-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1', publicUrl: 'http://desk.example' });
  delete process.env.DESK_SMTP_URL;
  base = `${server.url}/api/edesk`;
});

afterAll(async () => {
  await server.close();
  await smtp.close();
  await rm(dir, { recursive: true, force: true });
});

async function call<T = Record<string, unknown>>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: T }> {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The texts sent to a mobile so far (the demo SMS adapter writes them to a file). */
async function smsTo(mobile: string): Promise<string[]> {
  const text = await readFile(join(dir, 'outbox', 'sms.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { to: string; text: string })
    .filter((m) => m.to === mobile)
    .map((m) => m.text);
}

async function proveMobile(mobile: string): Promise<string> {
  const before = (await smsTo(mobile)).length;
  expect((await call('/otp', { mobile })).status).toBe(200);
  let code = '';
  await expect
    .poll(async () => {
      const texts = await smsTo(mobile);
      code = texts.length > before ? (/\d{6}/.exec(toLatinDigits(texts.at(-1)!))?.[0] ?? '') : '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  const wrong = await call<{ error: { message: string } }>('/otp/verify', { mobile, code: code === '111111' ? '222222' : '111111' });
  expect(wrong.status).toBe(400);
  const verified = await call<{ proof: string }>('/otp/verify', { mobile, code });
  expect(verified.status).toBe(200);
  return verified.json.proof;
}

async function upload(bytes: Buffer, name: string, headers: Record<string, string>): Promise<{ status: number; json: { document?: { id: string }; error?: { message: string } } }> {
  const res = await fetch(`${base}/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), ...headers }, body: new Uint8Array(bytes) });
  return { status: res.status, json: (await res.json()) as { document?: { id: string }; error?: { message: string } } };
}

/** Plausible values for a service's form (text patterns aside, which the test names). */
function fill(fields: FormField[], special: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of fields) {
    if (f.kind === 'document') continue;
    if (special[f.id]) values[f.id] = special[f.id]!;
    else if (f.kind === 'select') values[f.id] = f.options[0]!.value;
    else if (f.kind === 'date') values[f.id] = '1405/08/01';
    else if (f.kind === 'number') values[f.id] = String(f.min ?? 1);
    else if (f.kind === 'nationalId') values[f.id] = '2271334561';
    else if (f.kind === 'mobile') values[f.id] = CLIENT.mobile;
    else values[f.id] = 'آزمون سامانه';
  }
  return values;
}

describe('the e-desk, end to end over HTTP', () => {
  it('a request goes from submission to acknowledged response and survey, with every SMS', async () => {
    const catalogue = await call<{ services: Array<{ serviceId: string; form: { fields: FormField[] }; package: { summary: string } }> }>('/catalogue');
    expect(catalogue.json.services).toHaveLength(38);
    const s07 = catalogue.json.services.find((s) => s.serviceId === 's07')!;
    expect(s07.package.summary.length).toBeGreaterThan(10);

    // without a proven mobile nothing can be uploaded or submitted
    expect((await upload(PDF, 'death.pdf', {})).status).toBe(401);
    const proof = await proveMobile(CLIENT.mobile);
    const proofHeader = { 'x-desk-proof': proof };
    // a program renamed to .pdf is refused by its bytes
    const forged = await upload(Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(1024)]), 'scan.pdf', proofHeader);
    expect(forged.status).toBe(415);
    expect(forged.json.error!.message).toMatch(/[\u0600-\u06FF]/);
    const docs = [];
    for (const slot of ['doc-death-certificate', 'doc-heirship', 'doc-retirement-decree']) {
      const up = await upload(PDF, `${slot}.pdf`, proofHeader);
      expect(up.status).toBe(201);
      docs.push({ id: up.json.document!.id, slotId: slot });
    }
    const values = fill(s07.form.fields, { sheba: 'IR120170000000123456789012' });

    // a bad national ID changes nothing
    const bad = await call<{ error: { message: string } }>('/cases', {
      commandId: 'submit-bad-nid-0001', serviceId: 's07', client: { ...CLIENT, nationalId: '1111111111' }, values, documents: docs, proof,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('کد ملی');
    expect(server.edesk.desk.state.cases.size).toBe(0);

    const submitted = await call<{ case: Case; receipt: { trackingCode: string; promisedResponseAt: string } }>('/cases', {
      commandId: 'submit-s07-000001', serviceId: 's07', client: CLIENT, values, documents: docs, proof,
    });
    expect(submitted.status).toBe(200);
    const code = submitted.json.receipt.trackingCode;
    expect(code).toMatch(/^\d{11}$/);
    expect(Date.parse(submitted.json.receipt.promisedResponseAt)).toBeGreaterThan(Date.now());
    const caseId = submitted.json.case.id;
    // on disk before the answer: the case journal holds it
    const journal = await readdir(join(dir, 'cases', 'journal'));
    expect((await readFile(join(dir, 'cases', 'journal', journal[0]!), 'utf8'))).toContain(code);
    await expect.poll(async () => (await smsTo(CLIENT.mobile)).some((t) => toLatinDigits(t).includes(code.slice(0, 4)))).toBe(true);

    // tracking: both keys must match, and the same answer whichever is wrong
    const tracked = await call<{ case: Case }>('/track', { trackingCode: code, nationalId: CLIENT.nationalId });
    expect(tracked.status).toBe(200);
    expect(tracked.json.case.steps[0]!.unitId).toBe('u-hr');
    const wrongId = await call<{ error: { message: string } }>('/track', { trackingCode: code, nationalId: '2271334561' });
    expect(wrongId.status).toBe(404);
    expect(JSON.stringify(wrongId.json)).not.toContain(CLIENT.name);

    // staff: clerk1 works for HR and finance; clerk2 (economy) may not act on it
    const clerk1 = bearer(await login(server.url, 'clerk1', 'clerk1234'));
    const clerk2 = bearer(await login(server.url, 'clerk2', 'clerk1234'));
    const inbox = await call<{ rows: Array<{ caseId: string; unitId: string; catalogueVersion: number }> }>('/inbox', undefined, clerk1);
    expect(inbox.json.rows.map((r) => r.caseId)).toContain(caseId);
    // each row says whose inbox it is in and which catalogue version names its step
    expect(inbox.json.rows.find((r) => r.caseId === caseId)).toMatchObject({ unitId: 'u-hr', catalogueVersion: 1 });
    const foreign = await call<{ error: { message: string } }>('/commands', { type: 'step.complete', commandId: 'cmd-foreign-0001', caseId, result: 'done' }, clerk2);
    expect(foreign.status).toBe(403);

    const step = (commandId: string, extra: Record<string, unknown> = {}) => call<{ case: Case }>('/commands', { type: 'step.complete', commandId, caseId, result: 'done', ...extra }, clerk1);
    expect((await step('cmd-review-00001')).status).toBe(200);

    // the inquiry goes to ثبت احوال by itself and its answer comes back as the system's
    const asked = await call<{ case: Case }>('/commands', { type: 'inquiry.send', commandId: 'cmd-inquiry-0001', caseId, inquiryId: 'civil-registry', request: 'تأیید هویت و فوت' }, clerk1);
    expect(asked.status).toBe(200);
    await server.edesk.desk.settled();
    const afterInquiry = server.edesk.desk.state.cases.get(caseId)!;
    expect(afterInquiry.inquiries[0]).toMatchObject({ outcome: 'confirmed' });
    expect(afterInquiry.inquiries[0]!.answer).toContain('ثبت احوال');
    expect((await step('cmd-inquiry-step01')).status).toBe(200);

    // finance asks the citizen for a bank letter; the citizen answers with a PDF
    const ask = await call<{ case: Case; requestId: string }>('/commands', { type: 'info.request', commandId: 'cmd-info-000001', caseId, message: 'نامهٔ بانک دربارهٔ شبا را بفرستید.', items: ['نامهٔ بانک'] }, clerk1);
    expect(ask.status).toBe(200);
    await expect.poll(async () => (await smsTo(CLIENT.mobile)).length).toBeGreaterThanOrEqual(3);
    const track = { 'x-desk-track': `${code}:${CLIENT.nationalId}` };
    const letter = await upload(PDF, 'bank.pdf', track);
    expect(letter.status).toBe(201);
    const answered = await call<{ case: Case }>('/track/command', {
      trackingCode: code,
      nationalId: CLIENT.nationalId,
      command: { type: 'info.answer', commandId: 'cmd-info-answer-01', requestId: ask.json.requestId, answer: 'نامه پیوست شد.', documents: [{ id: letter.json.document!.id }] },
    });
    expect(answered.status).toBe(200);
    expect(answered.json.case.status).toBe('inProgress');
    expect((await step('cmd-decision-0001')).status).toBe(200);

    // the desk issues the response; the citizen acknowledges it and answers the survey
    const response = await call<{ case: Case }>('/commands', { type: 'response.issue', commandId: 'cmd-response-0001', caseId, outcome: 'approved', text: 'کمک‌هزینهٔ فوت برقرار شد.', documents: [] }, clerk1);
    expect(response.status).toBe(200);
    const ack = await call<{ case: Case }>('/track/command', { trackingCode: code, nationalId: CLIENT.nationalId, command: { type: 'response.acknowledge', commandId: 'cmd-ack-000000001' } });
    expect(ack.json.case.status).toBe('acknowledged');
    const answers = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, 5]));
    const survey = await call<{ case: Case }>('/track/command', { trackingCode: code, nationalId: CLIENT.nationalId, command: { type: 'survey.submit', commandId: 'cmd-survey-000001', answers, comment: 'سپاس' } });
    expect(survey.status).toBe(200);
    const again = await call<{ error: { message: string } }>('/track/command', { trackingCode: code, nationalId: CLIENT.nationalId, command: { type: 'survey.submit', commandId: 'cmd-survey-000002', answers } });
    expect(again.status).toBe(409);

    // the citizen heard of acceptance, the request for the letter, the response and the survey
    await expect.poll(async () => (await smsTo(CLIENT.mobile)).length).toBeGreaterThanOrEqual(5);
    // and by e-mail, through a real SMTP server: acceptance (with the tracking code), the request, the response, the survey
    await expect.poll(() => smtp.mails.filter((m) => m.to.includes(CLIENT.email)).length).toBeGreaterThanOrEqual(4);
    const decoded = smtp.mails.map((m) => decodeMail(m.raw)).join('\n');
    expect(toLatinDigits(decoded).replace(/[^0-9]/g, '')).toContain(code);
    // single window: asking again, the documents she gave before are offered, and can be given again without uploading
    const onFile = await call<{ documents: Array<{ id: string; slotId: string; title: string; trackingCode: string }> }>('/on-file', { nationalId: toPersianDigitsLike(CLIENT.nationalId), proof });
    expect(onFile.status).toBe(200);
    expect(onFile.json.documents.map((d) => d.id)).toEqual(expect.arrayContaining(docs.map((d) => d.id)));
    expect(onFile.json.documents.find((d) => d.slotId === 'doc-heirship')!.title).toBe('گواهی انحصار وراثت');
    const nobody = await call<{ documents: unknown[] }>('/on-file', { nationalId: '2271334561', proof });
    expect(nobody.json.documents).toEqual([]);
    const resubmitted = await call<{ case: Case; error?: { message: string } }>('/cases', {
      commandId: 'submit-s07-again-01', serviceId: 's07', client: CLIENT, values: { ...values, deceasedNationalId: '4479023151' }, documents: docs, proof,
    });
    expect(resubmitted.json.error).toBeUndefined();
    expect(resubmitted.json.case.documents.map((d) => d.sha256)).toEqual(submitted.json.case.documents.map((d) => d.sha256));
    // someone else's document cannot be given under another national ID
    const impostor = await call<{ error?: { message: string } }>('/cases', {
      commandId: 'submit-s07-stranger', serviceId: 's07', client: { ...CLIENT, nationalId: '2271334561', mobile: '09351112233' }, values, documents: docs, proof: await proveMobile('09351112233'),
    });
    expect(impostor.status).toBe(400);

    // documents: the citizen sees theirs, a stranger nothing
    const own = await fetch(`${base}/documents/${docs[0]!.id}?trackingCode=${code}&nationalId=${CLIENT.nationalId}`);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const stranger = await fetch(`${base}/documents/${docs[0]!.id}?trackingCode=${code}&nationalId=2271334561`);
    expect(stranger.status).toBe(404);
    // the keys may come in a header instead, kept out of address logs
    expect((await fetch(`${base}/documents/${docs[0]!.id}`, { headers: { 'x-desk-track': `${code}:${CLIENT.nationalId}` } })).status).toBe(200);
    expect((await fetch(`${base}/documents/${docs[0]!.id}`, { headers: { 'x-desk-track': `${code}:2271334561` } })).status).toBe(404);
  });

  it('serves an earlier catalogue version by number, and refuses an unknown one in Persian', async () => {
    const v1 = await call<{ version: number; services: unknown[] }>('/catalogue?version=1');
    expect(v1.json).toMatchObject({ version: 1 });
    expect(v1.json.services).toHaveLength(38);
    const none = await call<{ error: { message: string } }>('/catalogue?version=9');
    expect(none.status).toBe(404);
    expect(none.json.error.message).toContain('۹');
  });

  it('a hand-over the clerk records at the desk asks the client for the survey, as one made online does', async () => {
    const desk = bearer(await login(server.url, 'clerk2', 'clerk1234'));
    const fields = server.edesk.desk.catalogue.services.find((d) => d.serviceId === 's12')!.form.fields;
    const person = { nationalId: '2271334561', name: 'رضا کریمی', mobile: '09131112233' };
    const made = await call<{ case: Case }>('/cases', { commandId: 'desk-s12-survey-01', serviceId: 's12', client: person, values: fill(fields, {}), documents: [] }, desk);
    expect(made.status).toBe(200);
    const caseId = made.json.case.id;
    const run = (commandId: string, command: Record<string, unknown>) => call<{ case: Case }>('/commands', { ...command, commandId, caseId }, desk);
    expect((await run('s12-review-000001', { type: 'step.complete', result: 'done' })).status).toBe(200);
    expect((await run('s12-response-0001', { type: 'response.issue', outcome: 'informed', text: 'فهرست فرصت‌ها تحویل شد.', documents: [] })).status).toBe(200);
    const before = (await smsTo(person.mobile)).length;
    expect((await run('s12-handover-0001', { type: 'response.acknowledge' })).json.case.status).toBe('acknowledged');
    await expect.poll(async () => (await smsTo(person.mobile)).slice(before).some((t) => t.includes('نظر شما'))).toBe(true);
  });
});


/** The readable text of a MIME message: base64 and quoted-printable parts decoded. */
function decodeMail(raw: string): string {
  let out = raw;
  for (const m of raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g)) out += Buffer.from(m[1]!.replace(/\s/g, ''), 'base64').toString('utf8');
  for (const m of raw.matchAll(/Content-Transfer-Encoding: quoted-printable\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)(?:\r?\n--|$)/g)) {
    const bytes = m[1]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    out += Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return out;
}

/** The national ID as a person types it on a Persian keyboard. */
function toPersianDigitsLike(id: string): string {
  return id.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
}