// Nothing a screen is shown can be taken back by a crash. The engines apply an event to
// memory before its journal write (so the next command sees it); an answer read from
// memory in that moment must wait until the write is on disk. Here the disk is made slow
// on purpose (its write waits for the test), and the answers are watched: none may leave
// before the journal file holds what it shows.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormField, QueueSnapshot } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { Client, deviceToken, login, post } from './live-helpers';

let server: RunningOffice;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-durable-answers-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1', publicUrl: 'http://desk.example' });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Holds an engine's journal writes until `open()`: a disk that is slow right now. */
function slowDisk(target: { append(records: never[]): Promise<void> }): { open(): void } {
  const real = target.append.bind(target);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  target.append = async (records: never[]) => {
    await gate;
    return real(records);
  };
  return {
    open() {
      target.append = real;
      open();
    },
  };
}

/** Every line of every journal file under a folder (the bytes on disk). */
async function journalText(folder: string): Promise<string> {
  const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith('.jsonl')).sort();
  const texts = await Promise.all(files.map((f) => readFile(join(folder, f), 'utf8')));
  return texts.join('');
}

/** A request whose answer is watched: when it came, and what the disk held at that moment. */
function watched<T>(request: Promise<T>, onDisk: () => Promise<string>): { answered: () => boolean; result: Promise<{ value: T; diskThen: string }> } {
  let answered = false;
  const result = request.then(async (value) => {
    answered = true;
    return { value, diskThen: await onDisk() };
  });
  return { answered: () => answered, result };
}

describe('answers read from memory wait for the disk', () => {
  it('a tracking lookup of a request still being written answers only once it is on disk', async () => {
    const token = await login(server.url, 'clerk3', 'clerk1234');
    const def = server.edesk.desk.catalogue.services.find((d) => d.serviceId === 's12')!;
    const values: Record<string, string> = {};
    for (const f of def.form.fields as FormField[]) {
      if (f.kind === 'select') values[f.id] = f.options[0]!.value;
      else if (f.kind === 'text' || f.kind === 'textarea') values[f.id] = 'درخواست برای آزمون پایداری پاسخ‌ها';
    }
    const desk = server.edesk.desk;
    const casesOnDisk = () => journalText(join(dir, 'cases', 'journal'));
    const disk = slowDisk((desk as unknown as { journal: { append(records: never[]): Promise<void> } }).journal);

    // a clerk submits a request; the disk is slow, so it is in memory only
    const before = desk.state.cases.size;
    const submit = post<{ ok: boolean; case: { trackingCode: string } }>(
      `${server.url}/api/edesk/cases`,
      { commandId: 'durable-answers-1', serviceId: 's12', client: { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' }, values },
      token,
    );
    await expect.poll(() => desk.state.cases.size).toBe(before + 1);
    const inMemory = [...desk.state.cases.values()].at(-1)!;
    expect(await casesOnDisk()).not.toContain(inMemory.trackingCode);

    // the client (who read the code over the clerk's shoulder) looks it up now
    const lookup = watched(post<{ ok: boolean; case?: { trackingCode: string } }>(`${server.url}/api/edesk/track`, { trackingCode: inMemory.trackingCode, nationalId: '0012345679' }), casesOnDisk);
    // the server has read the case and holds the answer (or, wrongly, has already sent it)
    await expect.poll(() => desk.onDisk.held > 0 || lookup.answered()).toBe(true);
    expect(lookup.answered()).toBe(false);

    disk.open();
    const { value, diskThen } = await lookup.result;
    expect(value.status).toBe(200);
    expect(value.json.case?.trackingCode).toBe(inMemory.trackingCode);
    expect(diskThen).toContain(inMemory.trackingCode);
    expect((await submit).json.case.trackingCode).toBe(inMemory.trackingCode);
  });

  it('a screen syncing while a ticket is being written gets its snapshot once the ticket is on disk', async () => {
    const kiosk = await Client.connect(server.url, await deviceToken(server.url, 'kiosk'));
    const display = await Client.connect(server.url, await deviceToken(server.url, 'display'));
    try {
      const office = server.office;
      const ticketsOnDisk = () => journalText(join(dir, 'journal'));
      const disk = slowDisk(office.store as unknown as { append(records: never[]): Promise<void> });
      const serviceId = office.config.services[0]!.id;
      const before = office.state.tickets.size;
      const issued = kiosk.send({ type: 'ticket.issue', serviceId });
      await expect.poll(() => office.state.tickets.size).toBe(before + 1);
      const ticket = [...office.state.tickets.values()].at(-1)!;
      expect(await ticketsOnDisk()).not.toContain(ticket.id);

      // a lobby board (re)connects and asks for the whole state
      const sync = watched(display.sync(), ticketsOnDisk);
      await expect.poll(() => office.onDisk.held > 0 || sync.answered()).toBe(true);
      expect(sync.answered()).toBe(false);

      disk.open();
      const { value, diskThen } = await sync.result;
      expect(value.mode).toBe('snapshot');
      expect((value as { snapshot: QueueSnapshot }).snapshot.tickets.map((t) => t.id)).toContain(ticket.id);
      expect(diskThen).toContain(ticket.id);
      expect((await issued).ok).toBe(true);
    } finally {
      kiosk.close();
      display.close();
    }
  });
});
