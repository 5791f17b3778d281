// The print queue's folder: per job `<id>.json` (its state, rewritten on each change)
// and `<id>.bin` or `<id>.layout.json` (what to print, written once). Every write is
// temp → fsync → rename, so a crash leaves the previous version, never half a file.
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDurable } from './durable';
import type { Layout } from './layout';
import type { PrintJob } from './queue';

export class JobFiles {
  constructor(readonly dir: string) {}

  private jobFile(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private payloadFile(job: PrintJob): string {
    return join(this.dir, `${job.id}.${job.payload === 'layout' ? 'layout.json' : 'bin'}`);
  }

  writeJob(job: PrintJob): Promise<void> {
    // `printing` is never on disk: after a crash mid-send the job is simply queued again
    const stored = job.state === 'printing' ? { ...job, state: 'queued' } : job;
    return writeDurable(this.jobFile(job.id), JSON.stringify(stored));
  }

  writePayload(job: PrintJob, payload: Layout | Buffer): Promise<void> {
    return writeDurable(this.payloadFile(job), Buffer.isBuffer(payload) ? payload : JSON.stringify(payload));
  }

  async readPayload(job: PrintJob): Promise<Layout | Buffer> {
    const data = await readFile(this.payloadFile(job));
    return job.payload === 'bytes' ? data : (JSON.parse(data.toString('utf8')) as Layout);
  }

  async remove(job: PrintJob): Promise<void> {
    await unlink(this.jobFile(job.id)).catch(() => undefined);
    await unlink(this.payloadFile(job)).catch(() => undefined);
  }

  /** Every job in the folder, and what could not be read. Temp files of interrupted writes are removed. */
  async loadAll(): Promise<{ jobs: PrintJob[]; problems: Error[] }> {
    const jobs: PrintJob[] = [];
    const problems: Error[] = [];
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { jobs, problems };
      throw err;
    }
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        // a write that a crash interrupted: never renamed, so never acknowledged
        await unlink(join(this.dir, name)).catch(() => undefined);
        continue;
      }
      if (!/^[\w-]+\.json$/.test(name)) continue; // not NAME.layout.json (a payload)
      try {
        const job = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as PrintJob;
        if (job.state === 'printing') job.state = 'queued';
        jobs.push(job);
      } catch (err) {
        problems.push(new Error(`print queue: unreadable job file ${name}: ${String(err)}`));
      }
    }
    return { jobs: jobs.sort((a, b) => a.seq - b.seq), problems };
  }
}
