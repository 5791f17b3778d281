// kill -9 in the middle of issuing: every acknowledged ticket survives, numbering goes on without reuse.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormField, QueueSnapshot, Ticket } from '@desk/common';
import { Client, deviceToken, login } from './live-helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function startChild(dataDir: string, port: number): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DESK_DATA_DIR: dataDir, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function waitHealthy(base: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('durability', () => {
  it('keeps every acknowledged ticket through kill -9 and never reuses a number', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-kill-'));
    dirs.push(dir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startChild(dir, port);
    await waitHealthy(base);
    const token = await deviceToken(base, 'kiosk');
    const kiosks = await Promise.all(Array.from({ length: 5 }, () => Client.connect(base, token)));

    const acked: Ticket[] = [];
    let killed = false;
    const services = ['s01', 's02', 's09', 's16', 's27'];
    const load = kiosks.map(async (k, i) => {
      for (let j = 0; j < 80 && !killed; j++) {
        try {
          const a = (await k.send({ type: 'ticket.issue', serviceId: services[i]! })) as unknown as { ok: boolean; ticket: Ticket };
          if (a.ok) acked.push(a.ticket);
        } catch {
          return; // the server died under us: this one was never acknowledged
        }
        if (acked.length >= 150 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(load);
    await first.exited;
    kiosks.forEach((k) => k.close());
    expect(killed).toBe(true);

    const second = startChild(dir, port);
    await waitHealthy(base);
    const watcher = await Client.connect(base, token);
    const sync = await watcher.sync();
    expect(sync.mode).toBe('snapshot');
    const snapshot = (sync as { snapshot: QueueSnapshot }).snapshot;
    const survived = new Map(snapshot.tickets.map((t) => [t.id, t]));
    for (const t of acked) expect(survived.get(t.id)?.number).toBe(t.number);

    // numbering continues after the highest number handed out before the crash
    for (const serviceId of services) {
      const before = snapshot.tickets.filter((t) => t.serviceId === serviceId).map((t) => t.number);
      const a = (await watcher.send({ type: 'ticket.issue', serviceId })) as unknown as { ok: boolean; ticket: Ticket };
      expect(a.ok).toBe(true);
      expect(before).not.toContain(a.ticket.number);
      if (before.length) expect(a.ticket.number).toBe(Math.max(...before) + 1);
    }
    watcher.close();
    second.child.kill('SIGKILL');
    await second.exited;
  });

  it('kill -9 during submissions: every acknowledged tracking code is found after the restart, and no case on disk lacks a document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-kill-cases-'));
    dirs.push(dir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startChild(dir, port);
    await waitHealthy(base);
    const token = await login(base, 'clerk3', 'clerk1234');
    const auth = { authorization: `Bearer ${token}` };
    const catalogue = (await (await fetch(`${base}/api/edesk/catalogue`)).json()) as { services: Array<{ serviceId: string; form: { fields: FormField[] } }> };
    const fields = catalogue.services.find((d) => d.serviceId === 's18')!.form.fields;
    const values = Object.fromEntries(fields.filter((f) => f.kind === 'text' || f.kind === 'textarea').map((f) => [f.id, 'درخواست آزمون دوام برای بررسی رفتار سامانه پس از خاموشی ناگهانی']));
    const slot = fields.find((f) => f.kind === 'document')!.id;

    const acked: string[] = [];
    let killed = false;
    const submitOne = async (n: number): Promise<void> => {
      const pdf = Buffer.concat([Buffer.from(`%PDF-1.4\n% case ${n}\n`), randomBytes(64 * 1024), Buffer.from('\n%%EOF\n')]);
      const up = await fetch(`${base}/api/edesk/uploads`, { method: 'POST', headers: { ...auth, 'content-type': 'application/pdf', 'x-file-name': `scan-${n}.pdf` }, body: new Uint8Array(pdf) });
      if (up.status !== 201) throw new Error(`upload ${up.status}: ${await up.text()}`);
      const doc = ((await up.json()) as { document: { id: string } }).document;
      const res = await fetch(`${base}/api/edesk/cases`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ commandId: `kill-case-${n}-${randomBytes(4).toString('hex')}`, serviceId: 's18', client: { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' }, values, documents: [{ id: doc.id, slotId: slot }] }),
      });
      if (res.status !== 200) throw new Error(`submit ${res.status}: ${await res.text()}`);
      acked.push(((await res.json()) as { receipt: { trackingCode: string } }).receipt.trackingCode);
    };
    const load = Array.from({ length: 4 }, async (_, w) => {
      for (let j = 0; j < 60 && !killed; j++) {
        try {
          await submitOne(w * 1000 + j);
        } catch (err) {
          if (!killed) throw err;
          return; // the server died under us: nothing acknowledged was lost with it
        }
        if (acked.length >= 40 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(load);
    await first.exited;
    expect(killed).toBe(true);

    const second = startChild(dir, port);
    await waitHealthy(base);
    const admin = { authorization: `Bearer ${await login(base, 'admin', 'admin1234')}` };
    for (const code of acked) expect((await fetch(`${base}/api/edesk/cases/${code}`, { headers: admin })).status).toBe(200);
    // every case the journal holds (acknowledged or not) has its documents, byte for byte
    const journalDir = join(dir, 'cases', 'journal');
    let cases = 0;
    for (const name of await readdir(journalDir)) {
      const text = await readFile(join(journalDir, name), 'utf8');
      for (const line of text.split('\n')) {
        if (!line.endsWith('}')) continue; // a torn last line was never acknowledged
        const e = JSON.parse(line) as { type: string; case: { documents: Array<{ id: string; sha256: string }> } };
        if (e.type !== 'case.submitted') continue;
        cases++;
        for (const d of e.case.documents) {
          const bytes = await readFile(join(dir, 'documents', `${d.id}.bin`));
          expect(createHash('sha256').update(bytes).digest('hex')).toBe(d.sha256);
        }
      }
    }
    expect(cases).toBeGreaterThanOrEqual(acked.length);
    second.child.kill('SIGKILL');
    await second.exited;
  });

  it('refuses a second server on the same data folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-lock-'));
    dirs.push(dir);
    const port = await freePort();
    const first = startChild(dir, port);
    await waitHealthy(`http://127.0.0.1:${port}`);
    const second = startChild(dir, await freePort());
    expect(await second.exited).toBe(2);
    expect(second.output()).toContain('با همین پوشهٔ داده');
    first.child.kill('SIGKILL');
    await first.exited;
  });
});
