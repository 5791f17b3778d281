// A fresh data folder starts as the demo office (seed 002), with demo staff.
import { randomUUID } from 'node:crypto';
import { hashPassword } from './auth/passwords';
import { demoCounters, demoDepartments, demoHours, demoOffice, demoQueueSettings, demoServices, demoStaff } from './catalogue/demo';
import type { StoredConfig } from './storage/store';

// one at a time: eight scrypt hashes at once hold 8 × 16 MiB that the process keeps for good
async function hashOneByOne() {
  const staff = [];
  for (const s of demoStaff) {
    staff.push({ id: randomUUID(), username: s.username, displayName: s.displayName, role: s.role, active: true, passwordHash: await hashPassword(s.password) });
  }
  return staff;
}

export async function demoConfig(): Promise<StoredConfig> {
  const services = demoServices();
  return {
    version: 1,
    office: demoOffice,
    departments: demoDepartments(),
    services,
    counters: demoCounters(services),
    hours: demoHours,
    queue: demoQueueSettings,
    staff: await hashOneByOne(),
    devices: [],
  };
}
