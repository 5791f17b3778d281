// The admin enters the year's lunar holidays (and closures): bad dates are refused in
// Persian and change nothing; saved days reach office.json and push the promised
// response date of a new request back.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormField } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { login } from './live-helpers';

// Saturday 30 Aban 1405, 08:30 in Tehran
const now = Date.parse('2026-11-21T05:00:00Z');
let server: RunningOffice;
let dir: string;
let admin: string;
let clerk: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-holidays-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1', clock: () => new Date(now).toISOString() });
  admin = await login(server.url, 'admin', 'admin1234');
  clerk = await login(server.url, 'clerk3', 'clerk1234');
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function send<T>(method: string, path: string, body: unknown, token: string): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as T };
}

let n = 0;
async function promisedDate(): Promise<string> {
  const catalogue = (await (await fetch(`${server.url}/api/edesk/catalogue`)).json()) as { services: Array<{ serviceId: string; form: { fields: FormField[] } }> };
  const values: Record<string, string> = {};
  for (const f of catalogue.services.find((s) => s.serviceId === 's17')!.form.fields) {
    if (f.kind === 'document' || !f.required) continue;
    values[f.id] = f.kind === 'select' ? f.options[0]!.value : 'شرح وضعیت برای آزمون سامانه، بیش از بیست حرف.';
  }
  const client = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };
  const r = await send<{ receipt: { promisedResponseAt: string } }>('POST', '/api/edesk/cases', { commandId: `holiday-case-${++n}`, serviceId: 's17', client, values, documents: [] }, clerk);
  expect(r.status).toBe(200);
  return r.json.receipt.promisedResponseAt;
}

describe('the office holidays', () => {
  it('refuses a date that does not exist, and keeps the days it accepts', async () => {
    const version = server.office.config.version;
    const bad = await send<{ error: { message: string } }>('PUT', '/api/admin/holidays', { holidays: ['1405-12-30'] }, admin); // 1405 is not a leap year
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('تعطیلات');
    expect(server.office.config.version).toBe(version);
    expect((await send('PUT', '/api/admin/holidays', { holidays: ['1405-09-03'] }, clerk)).status).toBe(403);

    const before = await promisedDate();
    // ten working days from tomorrow are closed: the promise moves at least ten days later
    const closed = ['1405-09-01', '1405-09-02', '1405-09-03', '1405-09-04', '1405-09-05', '1405-09-08', '1405-09-09', '1405-09-10', '1405-09-11', '1405-09-12'];
    const ok = await send<{ holidays: string[] }>('PUT', '/api/admin/holidays', { holidays: [...closed].reverse().concat(['1405-09-01']) }, admin);
    expect(ok.status).toBe(200);
    expect(ok.json.holidays).toEqual(closed);
    const stored = JSON.parse(await readFile(join(dir, 'office.json'), 'utf8')) as { config?: { holidays?: string[] }; holidays?: string[] };
    expect(stored.config?.holidays ?? stored.holidays).toEqual(closed);
    const after = await promisedDate();
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(10 * 24 * 3600_000);
  });
});
