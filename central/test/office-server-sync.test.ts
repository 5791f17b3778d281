// The office server as app.ts builds it, synced the way app.ts should start it: the
// queue journal and the e-desk's case journal as two streams of one client. A kiosk
// takes tickets over the real socket; central has them, and the office's admin sees
// the sync's state.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOfficeServer, type RunningOffice } from '../../server/src/app';
import { FileJournalSource, startOfficeSync, type SyncClient } from '../../server/src/sync/index';
import { Client, deviceToken } from '../../server/test/live-helpers';
import { startCentralServer, type RunningCentral } from '../src/server';
import type { FiguresReport } from '../src/reports';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, until, type TestDatabase } from './helpers';

let db: TestDatabase | undefined;
let central: RunningCentral | undefined;
let office: RunningOffice | undefined;
let sync: SyncClient | null = null;
let dir = '';

afterAll(async () => {
  await sync?.stop();
  await office?.close();
  await central?.close();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('an office server syncing to the central desk', () => {
  it("sends the kiosk's tickets, and follows the case journal as a second stream", async () => {
    db = await createTestDatabase();
    central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
    dir = await mkdtemp(join(tmpdir(), 'desk-office-sync-'));
    office = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
    const officeId = office.office.config.office.id;
    const token = await registerOffice(central.url, officeId);

    // what app.ts does right after opening the office and the e-desk (see server/src/sync/index.ts)
    sync = await startOfficeSync(office.office, dir, {
      url: central.url,
      officeId,
      token,
      extraStreams: [{ stream: 'cases', source: new FileJournalSource(join(dir, 'cases', 'journal')), journal: office.edesk.desk }],
    });
    await until(() => sync!.status().connected);

    const kiosk = await Client.connect(office.url, await deviceToken(office.url, 'kiosk'));
    for (const serviceId of ['s01', 's02', 's03']) expect((await kiosk.send({ type: 'ticket.issue', serviceId })).ok).toBe(true);
    kiosk.close();
    await until(() => sync!.status().waiting === 0 && sync!.status().lastAckedSeq === office!.office.seq);
    expect(sync!.status().streams).toMatchObject({ queue: { waiting: 0 }, cases: { head: office.edesk.desk.seq, waiting: 0 } });

    const today = office.office.state.day;
    const report = await api<FiguresReport>(central.url, 'GET', `/reports/figures?from=${today}&to=${today}&office=${officeId}`);
    expect(report.json.offices[0]).toMatchObject({ id: officeId, issued: 3, waiting: 3 });
  });
});
