// The agency's catalogue from the central desk to its offices, with a real central
// server (PostgreSQL) and real office servers syncing as app.ts starts them: a publish
// reaches the connected offices of the agency, each publishes an office version on
// disk and acknowledges it; an office that was offline gets it when it connects; an
// office of another agency never does; local details survive the next central version.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseCatalogue, CatalogueIssue } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../../server/src/app';
import { demoCaseCatalogue } from '../../server/src/catalogue/packages/index';
import { login } from '../../server/test/live-helpers';
import { startCentralServer, type RunningCentral } from '../src/server';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, until, type TestDatabase } from './helpers';

const INTERIOR = 'وزارت کشور';
const TAX = 'سازمان امور مالیاتی';
const path = (agency: string, rest = '') => `/catalogues/${encodeURIComponent(agency)}${rest}`;

let db: TestDatabase | undefined;
let central: RunningCentral | undefined;
let nodeB: RunningCentral | undefined;
const offices = new Map<string, RunningOffice>();
const dirs: string[] = [];

afterAll(async () => {
  for (const o of offices.values()) await o.close();
  await nodeB?.close();
  await central?.close();
  await db?.drop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** An office server as `npm start` runs it with DESK_CENTRAL_URL / DESK_CENTRAL_TOKEN / DESK_OFFICE_ID set. */
async function startOffice(id: string, token: string, dir?: string, centralUrl = central!.url): Promise<{ office: RunningOffice; dir: string }> {
  const dataDir = dir ?? (await mkdtemp(join(tmpdir(), `desk-catalogue-${id}-`)));
  if (!dir) dirs.push(dataDir);
  const saved = { url: process.env.DESK_CENTRAL_URL, token: process.env.DESK_CENTRAL_TOKEN, id: process.env.DESK_OFFICE_ID };
  Object.assign(process.env, { DESK_CENTRAL_URL: centralUrl, DESK_CENTRAL_TOKEN: token, DESK_OFFICE_ID: id });
  try {
    const office = await startOfficeServer({ dataDir, port: 0, host: '127.0.0.1' });
    offices.set(id, office);
    return { office, dir: dataDir };
  } finally {
    for (const [k, v] of [['DESK_CENTRAL_URL', saved.url], ['DESK_CENTRAL_TOKEN', saved.token], ['DESK_OFFICE_ID', saved.id]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const service = (c: CaseCatalogue, id: string) => c.services.find((s) => s.serviceId === id)!;
type AgencyView = { published: { version: number } | null; offices: { id: string; appliedVersion: number | null; officeVersion: number | null; connected: boolean }[] };
const officeState = async (agency: string, id: string) => (await api<AgencyView>(central!.url, 'GET', path(agency))).json.offices.find((o) => o.id === id);

async function publishAtCentral(agency: string, catalogue: CaseCatalogue): Promise<number> {
  const put = await api<{ issues: CatalogueIssue[] }>(central!.url, 'PUT', path(agency, '/draft'), { catalogue });
  expect(put.status).toBe(200);
  expect(put.json.issues).toEqual([]);
  const published = await api<{ version: { version: number } }>(central!.url, 'POST', path(agency, '/publish'), { by: 'کارشناس وزارت' });
  expect(published.status).toBe(200);
  return published.json.version.version;
}

describe("an agency's catalogue published at the central desk", () => {
  it('reaches its offices (connected or not), is acknowledged once on disk, and skips other agencies', async () => {
    db = await createTestDatabase();
    central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
    const chalusToken = await registerOffice(central.url, 'chalus', 'مازندران', INTERIOR);
    const nowshahrToken = await registerOffice(central.url, 'nowshahr', 'مازندران', INTERIOR);
    const taxToken = await registerOffice(central.url, 'tax-sari', 'مازندران', TAX);

    let chalus = await startOffice('chalus', chalusToken);
    const tax = await startOffice('tax-sari', taxToken);
    await until(() => !!chalus.office.sync?.status().connected && !!tax.office.sync?.status().connected);

    // the central admin starts from an empty draft; a viewer may not publish; a bad draft is refused in Persian
    const empty = await api<{ draft: CaseCatalogue; issues: CatalogueIssue[] }>(central.url, 'GET', path(INTERIOR, '/draft'));
    expect(empty.json.draft.services).toEqual([]);
    expect(empty.json.issues[0]?.message).toContain('هیچ خدمتی ندارد');
    const broken = structuredClone(demoCaseCatalogue);
    service(broken, 's07').workflow.steps[0]!.unitId = 'u-nowhere';
    expect((await api(central.url, 'PUT', path(INTERIOR, '/draft'), { catalogue: broken })).status).toBe(200);
    const refused = await api<{ error: { message: string } }>(central.url, 'POST', path(INTERIOR, '/publish'));
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toContain('واحد «u-nowhere» در فهرست واحدها نیست');
    expect((await api(central.url, 'PUT', path(INTERIOR, '/draft'), { catalogue: { services: [] } })).status).toBe(400);
    expect((await api(central.url, 'POST', path(INTERIOR, '/publish'), {}, null)).status).toBe(401);

    // version 1 of the ministry's catalogue
    const v1 = structuredClone(demoCaseCatalogue);
    service(v1, 's07').package.summary = 'پرداخت کمک‌هزینهٔ فوت — متن مصوب وزارت';
    service(v1, 's07').workflow.steps[0]!.time = { amount: 4, unit: 'workingDays' };
    expect(await publishAtCentral(INTERIOR, v1)).toBe(1);

    // the connected office publishes it as its version 2 (on disk) and central records the ack
    await until(async () => (await officeState(INTERIOR, 'chalus'))?.appliedVersion === 1);
    expect(await officeState(INTERIOR, 'chalus')).toMatchObject({ appliedVersion: 1, officeVersion: 2, connected: true });
    const onDisk = JSON.parse(await readFile(join(chalus.dir, 'cases', 'catalogue-v2.json'), 'utf8')) as CaseCatalogue;
    expect(onDisk.central).toEqual({ agency: INTERIOR, version: 1 });
    expect(service(onDisk, 's07').package.summary).toBe('پرداخت کمک‌هزینهٔ فوت — متن مصوب وزارت');
    const pub = (await (await fetch(`${chalus.office.url}/api/edesk/catalogue`)).json()) as CaseCatalogue;
    expect(pub.version).toBe(2);

    // the office that was offline gets it when it connects
    expect(await officeState(INTERIOR, 'nowshahr')).toMatchObject({ appliedVersion: null });
    const nowshahr = await startOffice('nowshahr', nowshahrToken);
    await until(async () => (await officeState(INTERIOR, 'nowshahr'))?.appliedVersion === 1);
    expect(nowshahr.office.edesk.catalogue.current).toMatchObject({ version: 2, central: { agency: INTERIOR, version: 1 } });

    // the tax office (another agency) has none of it
    expect(tax.office.edesk.catalogue.current.version).toBe(1);
    expect(tax.office.edesk.catalogue.centralCopy()).toBeNull();
    expect(await officeState(TAX, 'tax-sari')).toMatchObject({ appliedVersion: null });

    // chalus sets its own phone for s07, then goes offline while the ministry publishes version 2
    const admin = await login(chalus.office.url, 'admin', 'admin1234');
    const call = (method: string, p: string, body?: unknown) =>
      fetch(`${chalus.office.url}/api/admin/catalogue${p}`, { method, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const draft = ((await (await call('GET', '/draft')).json()) as { draft: CaseCatalogue }).draft;
    service(draft, 's07').package.responsible.phone = '011-52299999';
    expect((await call('PUT', '/draft', { catalogue: draft })).status).toBe(200);
    expect((await call('POST', '/publish')).status).toBe(200);
    expect(chalus.office.edesk.catalogue.current).toMatchObject({ version: 3, central: { version: 1 } });
    await chalus.office.close();
    offices.delete('chalus');
    await until(async () => (await officeState(INTERIOR, 'chalus'))?.connected === false);

    const v2 = structuredClone(v1);
    service(v2, 's07').workflow.steps[0]!.time = { amount: 3, unit: 'workingDays' };
    service(v2, 's07').package.responsible.phone = '021-66660000';
    expect(await publishAtCentral(INTERIOR, v2)).toBe(2);
    await until(async () => (await officeState(INTERIOR, 'nowshahr'))?.appliedVersion === 2);

    chalus = await startOffice('chalus', chalusToken, chalus.dir);
    await until(async () => (await officeState(INTERIOR, 'chalus'))?.appliedVersion === 2);
    const now = chalus.office.edesk.catalogue.current;
    expect(now).toMatchObject({ version: 4, central: { agency: INTERIOR, version: 2 } });
    expect(service(now, 's07').workflow.steps[0]!.time).toEqual({ amount: 3, unit: 'workingDays' }); // central wins
    expect(service(now, 's07').package.responsible.phone).toBe('011-52299999'); // the local detail survives
    expect(service(nowshahr.office.edesk.catalogue.current, 's07').package.responsible.phone).toBe('021-66660000');
    expect(await officeState(INTERIOR, 'chalus')).toMatchObject({ officeVersion: 4 });
    expect(tax.office.edesk.catalogue.current.version).toBe(1);
  });

  it('reaches an office connected to another central node (the publish is announced at commit to every node)', async () => {
    nodeB = await startCentralServer({ pgUrl: db!.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN, nodeId: 'node-b' });
    const token = await registerOffice(central!.url, 'ramsar', 'مازندران', TAX);
    const ramsar = await startOffice('ramsar', token, undefined, nodeB.url);
    await until(() => !!ramsar.office.sync?.status().connected);
    expect(ramsar.office.sync!.status().centralNode).toBe('node-b');

    const taxCatalogue = structuredClone(demoCaseCatalogue);
    taxCatalogue.services = taxCatalogue.services.filter((s) => ['s01', 's02'].includes(s.serviceId));
    expect(await publishAtCentral(TAX, taxCatalogue)).toBe(1); // through the first node's HTTP API
    await until(() => ramsar.office.edesk.catalogue.current.central?.version === 1);
    expect(ramsar.office.edesk.catalogue.current.services.map((s) => s.serviceId)).toEqual(['s01', 's02']);
    await until(async () => (await officeState(TAX, 'ramsar'))?.appliedVersion === 1);
  });
});
