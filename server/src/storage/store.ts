// The storage interface the office server needs, and its embedded implementation:
// lowdb JSON files (written durably) for the configuration and sessions, and the
// per-day journal for everything that happens. A PostgreSQL implementation will
// satisfy the same interface for the central desk.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Device, PublicConfig, StaffUser } from '@desk/common';
import { DurableJSONFile } from './durable-file';
import { Journal, type JournalRecord } from './journal';
import { lockDataDir } from './lock';

export interface StoredStaff extends StaffUser {
  passwordHash: string;
}

export interface StoredDevice extends Device {
  /** Hashes of the tokens this device holds (several browsers of one PC may auto-pair as the same device). */
  tokenHashes?: string[];
  pairingCodeHash?: string;
  pairingExpiresAt?: string;
}

export interface StoredConfig extends PublicConfig {
  staff: StoredStaff[];
  devices: StoredDevice[];
}

export interface StoredSession {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface OfficeStore {
  /** null on a fresh data folder. */
  loadConfig(): Promise<StoredConfig | null>;
  saveConfig(config: StoredConfig): Promise<void>;
  loadSessions(): Promise<StoredSession[]>;
  saveSessions(sessions: StoredSession[]): Promise<void>;
  journalDays(): Promise<string[]>;
  readJournal(day: string): Promise<JournalRecord[]>;
  lastSeq(): Promise<number>;
  append(records: JournalRecord[]): Promise<void>;
  close(): Promise<void>;
}

export class FileOfficeStore implements OfficeStore {
  private config: Low<StoredConfig | null>;
  private sessions: Low<StoredSession[]>;
  private journal: Journal;
  private release: () => void = () => undefined;

  private constructor(readonly dir: string) {
    this.config = new Low<StoredConfig | null>(new DurableJSONFile(join(dir, 'office.json')), null);
    this.sessions = new Low<StoredSession[]>(new DurableJSONFile(join(dir, 'sessions.json')), []);
    this.journal = new Journal(join(dir, 'journal'));
  }

  /** Open a data folder, taking its single-writer lock. */
  static async open(dir: string): Promise<FileOfficeStore> {
    await mkdir(dir, { recursive: true });
    const store = new FileOfficeStore(dir);
    store.release = lockDataDir(dir);
    try {
      await store.journal.init();
      await store.config.read();
      await store.sessions.read();
    } catch (err) {
      store.release();
      throw err;
    }
    return store;
  }

  async loadConfig(): Promise<StoredConfig | null> {
    return this.config.data;
  }

  async saveConfig(config: StoredConfig): Promise<void> {
    this.config.data = config;
    await this.config.write();
  }

  async loadSessions(): Promise<StoredSession[]> {
    return this.sessions.data ?? [];
  }

  async saveSessions(sessions: StoredSession[]): Promise<void> {
    this.sessions.data = sessions;
    await this.sessions.write();
  }

  journalDays(): Promise<string[]> {
    return this.journal.days();
  }

  readJournal(day: string): Promise<JournalRecord[]> {
    return this.journal.readDay(day, true);
  }

  lastSeq(): Promise<number> {
    return this.journal.lastSeq();
  }

  append(records: JournalRecord[]): Promise<void> {
    return this.journal.append(records);
  }

  async close(): Promise<void> {
    await this.journal.close();
    this.release();
  }
}
