// A citizen uploads a scan over HTTP and a clerk downloads it: raw body + X-File-Name in,
// stored type + safe name + nosniff out; refusals are Persian JSON with 413/415/400.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { DocumentStore, sendDocument, uploadHandler, type DocumentMeta } from '../src/uploads';

let root = '';
let dir = '';
let store: DocumentStore;
let http: Server;
let base = '';
let port = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'desk-uploads-http-'));
  dir = join(root, 'documents');
  store = await DocumentStore.open(dir, { maxBytes: 1024 * 1024 });
  const app = express();
  app.use(express.json()); // a JSON parser elsewhere in the app must not get in the way
  app.post('/api/cases/:caseId/documents', uploadHandler(store, { owner: (req) => `case:${String(req.params.caseId)}` }));
  app.get('/api/documents/:id', async (req, res, next) => {
    // the real route checks that the caller may see this case's documents first
    try {
      await sendDocument(res, store, String(req.params.id), { disposition: req.query.inline ? 'inline' : 'attachment' });
    } catch (err) {
      next(err);
    }
  });
  await new Promise<void>((resolve) => {
    http = app.listen(0, '127.0.0.1', () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await rm(root, { recursive: true, force: true });
});

function filled(head: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  head.copy(out);
  for (let i = head.length; i < size; i++) out[i] = (i * 7) & 0xff;
  return out;
}
const pdf = (size: number) => filled(Buffer.from('%PDF-1.4\n', 'latin1'), size);
const exe = (size: number) => filled(Buffer.from('MZ\x90\x00', 'latin1'), size);

async function upload(body: Buffer | BodyInit, headers: Record<string, string> = {}) {
  const init = { method: 'POST', body: Buffer.isBuffer(body) ? new Uint8Array(body) : body, headers, duplex: 'half' };
  const res = await fetch(`${base}/api/cases/42/documents`, init as RequestInit);
  return { status: res.status, json: (await res.json()) as { ok: boolean; document?: DocumentMeta; error?: { code: string; message: string } } };
}

describe('uploading and downloading documents over HTTP', () => {
  it('takes a PDF with a Persian name and gives it back with its stored type and a safe name', async () => {
    const data = pdf(200_000);
    const name = 'سند مالکیت (صفحه ۱).pdf';
    const up = await upload(data, { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) });
    expect(up.status).toBe(201);
    expect(up.json.ok).toBe(true);
    const doc = up.json.document!;
    expect(doc).toMatchObject({ size: data.length, contentType: 'application/pdf', originalName: name, owner: 'case:42' });

    const res = await fetch(`${base}/api/documents/${doc.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(data);

    const inline = await fetch(`${base}/api/documents/${doc.id}?inline=1`);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /);
    await inline.arrayBuffer();
  });

  it('serves under the real type even when the browser claimed another', async () => {
    const png = filled(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 5000);
    const up = await upload(png, { 'Content-Type': 'text/html', 'X-File-Name': 'page.html.png' });
    expect(up.status).toBe(201);
    const res = await fetch(`${base}/api/documents/${up.json.document!.id}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toContain('filename="page.html.png"');
    await res.arrayBuffer();
  });

  it('refuses a program named .pdf with 415 and a Persian message', async () => {
    const before = await readdir(dir);
    const up = await upload(exe(100_000), { 'Content-Type': 'application/pdf', 'X-File-Name': encodeURIComponent('نامه.pdf') });
    expect(up.status).toBe(415);
    expect(up.json).toEqual({
      ok: false,
      error: { code: 'upload.mismatch', message: 'محتوای این فایل با پسوند آن (.pdf) جور نیست و پذیرفته نمی‌شود. فقط PDF، JPEG و PNG پذیرفته می‌شود.' },
    });
    expect(await readdir(dir)).toEqual(before);
  });

  it('refuses a file announced too large before reading it (413)', async () => {
    const before = await readdir(dir);
    const up = await upload(pdf(3 * 1024 * 1024), { 'X-File-Name': 'big.pdf' });
    expect(up.status).toBe(413);
    expect(up.json.error).toEqual({ code: 'upload.tooLarge', message: 'حجم فایل بیشتر از حد مجاز (۱ مگابایت) است.' });
    expect(await readdir(dir)).toEqual(before);
  });

  it('refuses a streamed file without a length once it grows past the limit (413), keeping nothing', async () => {
    const before = await readdir(dir);
    const data = pdf(3 * 1024 * 1024);
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= data.length) return controller.close();
        controller.enqueue(data.subarray(at, at + 64 * 1024));
        at += 64 * 1024;
      },
    });
    const up = await upload(body, { 'X-File-Name': 'big.pdf' });
    expect(up.status).toBe(413);
    expect(up.json.error?.code).toBe('upload.tooLarge');
    expect(await readdir(dir)).toEqual(before);
  });

  it('asks for a raw body when sent a multipart form (400)', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf(1000))]), 'a.pdf');
    const up = await upload(form);
    expect(up.status).toBe(400);
    expect(up.json.error?.code).toBe('upload.multipart');
  });

  it('answers 404 in Persian for a document that does not exist', async () => {
    const res = await fetch(`${base}/api/documents/${'0'.repeat(32)}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'upload.notFound', message: 'این سند پیدا نشد.' } });
    const tricky = await fetch(`${base}/api/documents/..%2F..%2Fetc%2Fpasswd`);
    expect(tricky.status).toBe(404);
    await tricky.arrayBuffer();
  });

  it('leaves nothing when the client disconnects halfway through an upload', async () => {
    const before = new Set(await readdir(dir));
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /api/cases/42/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\nX-File-Name: half.pdf\r\nContent-Length: 800000\r\n\r\n`,
    );
    socket.write(pdf(800_000).subarray(0, 300_000));
    // the server has started writing its temp file…
    let partial: string | undefined;
    while (!partial) {
      partial = (await readdir(dir)).find((n) => n.endsWith('.upload.tmp'));
      if (!partial) await new Promise((r) => setTimeout(r, 5));
    }
    // …when the client goes away
    socket.destroy();
    while ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 5));
    expect(new Set(await readdir(dir))).toEqual(before);
  });
});
