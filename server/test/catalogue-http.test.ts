// The office admin's catalogue API on a real server: only admins edit and publish,
// bad input gets a 400 with a Persian reason and changes nothing, and a published
// version is what the public catalogue (portal, kiosk) serves next.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseCatalogue, CatalogueIssue } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { login } from './live-helpers';

let server: RunningOffice;
let dir = '';
let admin = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-catalogue-http-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
  admin = await login(server.url, 'admin', 'admin1234');
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}/api/admin/catalogue${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

type Failure = { error: { code: string; message: string; issues?: CatalogueIssue[] } };
const versionFiles = async () => (await readdir(join(dir, 'cases'))).filter((n) => /^catalogue-v\d+\.json$/.test(n)).sort();

describe('the catalogue admin API', () => {
  it('refuses anyone but an admin to change it; a supervisor may read it', async () => {
    const clerk = await login(server.url, 'clerk1', 'clerk1234');
    const supervisor = await login(server.url, 'super', 'super1234');
    expect((await call('GET', '/', null)).status).toBe(401);
    const forbidden = await call<Failure>('GET', '/draft', clerk);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.message).toMatch(/[\u0600-\u06FF]/);
    expect((await call('GET', '/', supervisor)).status).toBe(200);
    const draft = (await call<{ draft: CaseCatalogue }>('GET', '/draft', supervisor)).json.draft;
    expect((await call('PUT', '/draft', supervisor, { catalogue: draft })).status).toBe(403);
    expect((await call('POST', '/publish', supervisor)).status).toBe(403);
    expect((await call('POST', '/publish', clerk)).status).toBe(403);
    expect(await versionFiles()).toEqual(['catalogue-v1.json']);
  });

  it('answers bad input with 400 and a Persian message, and publishes nothing', async () => {
    const broken = await call<Failure>('PUT', '/draft', admin, '{"catalogue": ');
    expect(broken.status).toBe(400);
    expect(broken.json.error.message).toMatch(/[\u0600-\u06FF]/);

    const shape = await call<Failure>('PUT', '/draft', admin, { catalogue: { version: 1, units: [], services: 'all' } });
    expect(shape.status).toBe(400);
    expect(shape.json.error).toMatchObject({ code: 'catalogue.shape', message: expect.stringContaining('ساختار شناسنامهٔ خدمات') });

    const draft = (await call<{ draft: CaseCatalogue }>('GET', '/draft', admin)).json.draft;
    const s07 = draft.services.find((s) => s.serviceId === 's07')!;
    s07.workflow.steps[0]!.time = { amount: -1, unit: 'workingDays' };
    const saved = await call<{ issues: CatalogueIssue[] }>('PUT', '/draft', admin, { catalogue: draft });
    expect(saved.status).toBe(200);
    expect(saved.json.issues.map((i) => i.path)).toEqual(['services.s07.workflow.steps.0.time']);
    const refused = await call<Failure>('POST', '/publish', admin);
    expect(refused.status).toBe(400);
    const serviceName = server.office.config.services.find((s) => s.id === 's07')!.name;
    expect(refused.json.error.message).toContain(`خدمت «${serviceName}»، مرحلهٔ ۱`);
    expect(refused.json.error.message).toContain('زمان توافق‌شده باید عددی بزرگ‌تر از صفر باشد');
    expect(await versionFiles()).toEqual(['catalogue-v1.json']);
    expect((await call('DELETE', '/draft', admin)).status).toBe(200);
  });

  it('publishes a valid draft as the next version, which the public catalogue serves at once', async () => {
    const draft = (await call<{ draft: CaseCatalogue }>('GET', '/draft', admin)).json.draft;
    const s07 = draft.services.find((s) => s.serviceId === 's07')!;
    s07.package.fees = [{ title: 'هزینهٔ صدور حکم', amountRials: 350_000, bankAccount: 'IR820170000000123456789012', legalBasis: 'بند ۴ تعرفهٔ خدمات' }];
    s07.workflow.steps[0]!.time = { amount: 6, unit: 'workingHours' };
    expect((await call('PUT', '/draft', admin, { catalogue: draft })).status).toBe(200);
    const validated = await call<{ issues: CatalogueIssue[] }>('POST', '/validate', admin);
    expect(validated.json.issues).toEqual([]);

    const published = await call<{ version: { version: number; publishedBy: string } }>('POST', '/publish', admin);
    expect(published.status).toBe(200);
    expect(published.json.version).toMatchObject({ version: 2, publishedBy: 'مدیر سامانه' });
    expect(await versionFiles()).toEqual(['catalogue-v1.json', 'catalogue-v2.json']);

    const pub = (await (await fetch(`${server.url}/api/edesk/catalogue`)).json()) as CaseCatalogue;
    expect(pub.version).toBe(2);
    expect(pub.services.find((s) => s.serviceId === 's07')!.package.fees[0]).toMatchObject({ amountRials: 350_000 });

    const history = await call<{ versions: { version: number }[] }>('GET', '/versions', admin);
    expect(history.json.versions.map((v) => v.version)).toEqual([2, 1]);
    const v1 = await call<CaseCatalogue>('GET', '/versions/1', admin);
    expect(v1.json.services.find((s) => s.serviceId === 's07')!.package.fees).toEqual([]);

    const again = await call<Failure>('POST', '/publish', admin);
    expect(again.status).toBe(409);
    expect(again.json.error.message).toContain('فرقی ندارد');
  });
});
