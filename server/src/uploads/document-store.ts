// Citizens' documents on disk, in a folder no static route serves (<dataDir>/documents):
//   <id>.bin    the bytes, exactly as uploaded
//   <id>.json   {id, sha256, size, contentType, originalName, owner, savedAt}
// An upload streams into a temp file (.<id>.upload.tmp) that is fsynced, renamed and the
// folder fsynced; only then is the metadata written (the same way). A refused, failed or
// cut-off upload leaves nothing, and what a crash leaves is removed at the next start.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Lang } from '@desk/common';
import { fsyncDir, writeFileDurable } from '../storage/durable-file';
import { DEFAULT_KINDS, kindList, sniff, type DocumentKind } from './kinds';
import { sanitizeFileName } from './file-name';
import { formatBytes, uploadMessage, type UploadErrorCode } from './messages';

export interface DocumentMeta {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  ext: string;
  /** The client's file name, cleaned; a label only. */
  originalName: string;
  /** Whose it is (a case or client reference), for the caller's access check. */
  owner?: string;
  savedAt: string;
}

export interface SaveOptions {
  /** The file name the client gave (X-File-Name); only kept as a label. */
  declaredName?: string;
  /** Default: the store's maxBytes. */
  maxBytes?: number;
  owner?: string;
  /** The Content-Length announced: fewer bytes than this means the upload was cut off. */
  expectedBytes?: number;
  lang?: Lang;
}

export interface UploadRefusal {
  code: UploadErrorCode;
  message: string;
  /** 413 too large, 415 not an accepted kind, 400 otherwise. */
  status: 400 | 404 | 413 | 415;
}

export type SaveResult = { ok: true; document: DocumentMeta } | { ok: false; error: UploadRefusal };

export interface DocumentStoreOptions {
  /** Default 10 MB. */
  maxBytes?: number;
  /** Default PDF, JPEG, PNG. */
  kinds?: readonly DocumentKind[];
  now?: () => Date;
}

const ID = /^[0-9a-f]{32}$/;
const CHUNK = 64 * 1024;

/** The source failed or closed before its end: the client went away. */
class Interrupted extends Error {}

export class DocumentStore {
  readonly maxBytes: number;
  readonly kinds: readonly DocumentKind[];
  private readonly sniffBytes: number;
  private readonly now: () => Date;

  private constructor(
    readonly dir: string,
    options: DocumentStoreOptions,
  ) {
    this.maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
    this.kinds = options.kinds ?? DEFAULT_KINDS;
    this.sniffBytes = Math.max(...this.kinds.map((k) => k.bytes));
    this.now = options.now ?? (() => new Date());
  }

  /** Opens the folder and removes what an interrupted upload or delete left behind. */
  static async open(dir: string, options: DocumentStoreOptions = {}): Promise<DocumentStore> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const store = new DocumentStore(dir, options);
    await store.cleanUp();
    return store;
  }

  private async cleanUp(): Promise<void> {
    const names = await readdir(this.dir);
    const has = new Set(names);
    const doomed = names.filter((n) => {
      if (n.startsWith('.') && n.endsWith('.tmp')) return true;
      const m = /^([0-9a-f]{32})\.(bin|json)$/.exec(n);
      if (!m) return false;
      return !has.has(`${m[1]}.${m[2] === 'bin' ? 'json' : 'bin'}`);
    });
    for (const n of doomed) await unlink(join(this.dir, n)).catch(() => undefined);
    if (doomed.length) await fsyncDir(this.dir);
  }

  refusal(code: UploadErrorCode, lang: Lang = 'fa', extra: { max?: number; ext?: string } = {}): UploadRefusal {
    const status = code === 'upload.tooLarge' ? 413 : code === 'upload.unsupported' || code === 'upload.mismatch' ? 415 : code === 'upload.notFound' ? 404 : 400;
    const params = {
      max: formatBytes(extra.max ?? this.maxBytes, lang),
      kinds: kindList(this.kinds, lang),
      ext: extra.ext ?? '',
    };
    return { code, status, message: uploadMessage(code, params, lang) };
  }

  /**
   * Streams the source to disk, refusing as early as it can (the size as it grows, the kind
   * from the first bytes). On a refusal a Readable source is left paused, not destroyed, so
   * an HTTP request can still carry the answer; destroy it yourself if it is a file.
   */
  async save(source: Readable | Buffer | Uint8Array, options: SaveOptions = {}): Promise<SaveResult> {
    const lang = options.lang ?? 'fa';
    const max = options.maxBytes ?? this.maxBytes;
    const originalName = sanitizeFileName(options.declaredName ?? '');
    const id = randomBytes(16).toString('hex');
    const tmp = join(this.dir, `.${id}.upload.tmp`);
    const bin = join(this.dir, `${id}.bin`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    let kind: DocumentKind | undefined;
    let refused: UploadRefusal | undefined;
    const refuseKind = () => {
      const ext = /\.([A-Za-z0-9]{1,8})$/.exec(originalName)?.[1]?.toLowerCase();
      const claimsAccepted = !!ext && this.kinds.some((k) => k.ext === ext || (k.ext === 'jpg' && ext === 'jpeg'));
      return claimsAccepted ? this.refusal('upload.mismatch', lang, { ext: `.${ext}` }) : this.refusal('upload.unsupported', lang);
    };

    const handle = await open(tmp, 'wx', 0o600);
    let handleOpen = true;
    let renamed = false;
    const take = async (chunk: Buffer): Promise<boolean> => {
      size += chunk.length;
      if (size > max) {
        refused = this.refusal('upload.tooLarge', lang, { max });
        return false;
      }
      if (!kind && head.length < this.sniffBytes) {
        head = Buffer.concat([head, chunk.subarray(0, this.sniffBytes - head.length)]);
        if (head.length >= this.sniffBytes) {
          kind = sniff(head, this.kinds);
          if (!kind) {
            refused = refuseKind();
            return false;
          }
        }
      }
      hash.update(chunk);
      await handle.write(chunk);
      return true;
    };

    try {
      const ended = source instanceof Uint8Array ? await takeAll(Buffer.from(source.buffer, source.byteOffset, source.byteLength), take) : await pump(source, take);
      if (!refused && ended) {
        if (size === 0) refused = this.refusal('upload.empty', lang);
        else if (options.expectedBytes !== undefined && size !== options.expectedBytes) refused = this.refusal('upload.interrupted', lang);
        else if (!kind) {
          kind = sniff(head, this.kinds);
          if (!kind) refused = refuseKind();
        }
      }
      if (refused || !kind) {
        await handle.close();
        handleOpen = false;
        await unlink(tmp);
        return { ok: false, error: refused ?? this.refusal('upload.unsupported', lang) };
      }
      await handle.sync();
      await handle.close();
      handleOpen = false;
      await rename(tmp, bin);
      renamed = true;
      await fsyncDir(this.dir);
      const document: DocumentMeta = {
        id,
        sha256: hash.digest('hex'),
        size,
        contentType: kind.type,
        ext: kind.ext,
        originalName,
        ...(options.owner ? { owner: options.owner } : {}),
        savedAt: this.now().toISOString(),
      };
      await writeFileDurable(join(this.dir, `${id}.json`), JSON.stringify(document));
      return { ok: true, document };
    } catch (err) {
      if (handleOpen) await handle.close().catch(() => undefined);
      await unlink(renamed ? bin : tmp).catch(() => undefined);
      if (err instanceof Interrupted) return { ok: false, error: this.refusal('upload.interrupted', lang) };
      throw err;
    }
  }

  async meta(id: string): Promise<DocumentMeta | null> {
    if (!ID.test(id)) return null;
    try {
      return JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as DocumentMeta;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  /** The document's bytes and metadata; null for an unknown (or malformed) id. */
  async open(id: string): Promise<{ meta: DocumentMeta; stream: Readable } | null> {
    const meta = await this.meta(id);
    if (!meta) return null;
    return { meta, stream: createReadStream(join(this.dir, `${id}.bin`)) };
  }

  /** Metadata goes first, so a crash halfway leaves an orphan file that the next start removes. */
  async delete(id: string): Promise<boolean> {
    if (!(await this.meta(id))) return false;
    await unlink(join(this.dir, `${id}.json`));
    await unlink(join(this.dir, `${id}.bin`)).catch(() => undefined);
    await fsyncDir(this.dir);
    return true;
  }
}

async function takeAll(data: Buffer, take: (chunk: Buffer) => Promise<boolean>): Promise<boolean> {
  for (let at = 0; at < data.length; at += CHUNK) {
    if (!(await take(data.subarray(at, at + CHUNK)))) return false;
  }
  return true;
}

/**
 * Feeds a stream's chunks to `take` one at a time, pausing the stream while each is written.
 * Resolves true at the end, false when `take` said stop; rejects with Interrupted when the
 * stream errors or closes before its end. Unlike `for await`, stopping does not destroy it.
 */
function pump(source: Readable, take: (chunk: Buffer) => Promise<boolean>): Promise<boolean> {
  // Already read by someone else (a body parser): there is nothing left to take.
  if (source.readableEnded) return Promise.resolve(true);
  if (source.destroyed) return Promise.reject(new Interrupted('stream already destroyed'));
  return new Promise<boolean>((resolve, reject) => {
    const queue: Buffer[] = [];
    let busy = false;
    let ended = false;
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      source.off('close', onClose);
      source.pause();
      settle();
    };
    const drain = async () => {
      if (busy || done) return;
      busy = true;
      try {
        while (queue.length) {
          if (!(await take(queue.shift()!))) return finish(() => resolve(false));
        }
      } catch (err) {
        return finish(() => reject(err));
      } finally {
        busy = false;
      }
      if (ended) finish(() => resolve(true));
      else source.resume();
    };
    const onData = (chunk: Buffer | string) => {
      queue.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      source.pause();
      void drain();
    };
    const onEnd = () => {
      ended = true;
      if (!busy) void drain();
    };
    const onError = (err: Error) => finish(() => reject(new Interrupted(err.message)));
    const onClose = () => {
      if (!ended) finish(() => reject(new Interrupted('closed before the end')));
    };
    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onError);
    source.on('close', onClose);
    source.resume();
  });
}
