// The office across Tehran midnight, with a clock the test moves.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOfficeServer, type RunningOffice } from '../src/app';
import type { Principal } from '../src/auth/auth';
import type { Ticket } from '@desk/common';

let server: RunningOffice | undefined;
let dir = '';
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const kiosk: Principal = { kind: 'device', id: 'k', device: { id: 'k', kind: 'kiosk', name: 'k', paired: true, createdAt: '' } };

describe('the office day', () => {
  it('a retry just after midnight gets its first answer; answers older than yesterday are let go', async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-day-'));
    let now = Date.parse('2026-11-23T20:29:00Z'); // 23:59 in Tehran
    server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1', clock: () => new Date(now).toISOString() });
    const office = server.office;
    const issue = (commandId: string) => office.execute({ type: 'ticket.issue', serviceId: 's01', commandId }, kiosk) as Promise<{ ok: boolean; ticket: Ticket }>;

    const first = await issue('late-evening-0001');
    now += 2 * 60_000; // 00:01: a new office day
    await office.tick();
    const retry = await issue('late-evening-0001');
    expect(retry.ticket.id).toBe(first.ticket.id);
    expect(retry.ticket.day).toBe('2026-11-23');

    const today = await issue('morning-000000001');
    expect(today.ticket.day).toBe('2026-11-24');
    expect(today.ticket.number).toBe(101);
    expect(office.rememberedAnswers).toBe(2);

    now += 24 * 3_600_000; // two days on
    await office.tick();
    expect(office.rememberedAnswers).toBe(1);
  });
});
