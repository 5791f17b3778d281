// HTTP for documents. Upload: the file is the raw request body (no multipart, no extra
// dependency), its name percent-encoded in X-File-Name:
//   fetch('/api/cases/42/documents', { method: 'POST', body: file,
//          headers: { 'X-File-Name': encodeURIComponent(file.name) } })
// Mount the handler where no body parser has read the request. Answers 201
// {ok:true, document}, or {ok:false, error:{code, message}} with 413/415/400.
// Download: the caller checks access, then calls sendDocument().
import type { Request, RequestHandler, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Lang } from '@desk/common';
import type { DocumentMeta, DocumentStore, UploadRefusal } from './document-store';
import { contentDisposition, downloadName } from './file-name';

export interface UploadHandlerOptions {
  /** Default: the store's. */
  maxBytes?: number;
  /** Whose document it is (from the route or the session), stored with it. */
  owner?: (req: Request) => string | undefined;
  /** After a save; by default answers 201 {ok:true, document}. Link the document to its case here. */
  onSaved?: (document: DocumentMeta, req: Request, res: Response) => void | Promise<void>;
}

function langOf(req: Request): Lang {
  return req.query.lang === 'en' || /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'fa';
}

/** X-File-Name as percent-encoded UTF-8; raw UTF-8 (arriving as latin1) is tolerated. */
export function declaredFileName(req: Request): string {
  const raw = req.headers['x-file-name'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return /[\x80-\xff]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value;
  }
}

function refuse(req: Request, res: Response, error: UploadRefusal): void {
  // Stop reading a body we will not keep: the connection closes after this answer.
  if (!req.readableEnded) res.setHeader('Connection', 'close');
  res.status(error.status).json({ ok: false, error: { code: error.code, message: error.message } });
}

export function uploadHandler(store: DocumentStore, options: UploadHandlerOptions = {}): RequestHandler {
  const max = options.maxBytes ?? store.maxBytes;
  return async (req, res, next) => {
    try {
      const lang = langOf(req);
      if (/^multipart\//i.test(req.headers['content-type'] ?? '')) return refuse(req, res, store.refusal('upload.multipart', lang));
      const announced = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined;
      if (announced !== undefined && announced > max) return refuse(req, res, store.refusal('upload.tooLarge', lang, { max }));
      const result = await store.save(req, {
        declaredName: declaredFileName(req),
        maxBytes: max,
        owner: options.owner?.(req),
        ...(announced !== undefined && Number.isFinite(announced) ? { expectedBytes: announced } : {}),
        lang,
      });
      if (!result.ok) {
        // A client that went away hears nothing; the answer is for logs and proxies.
        if (result.error.code === 'upload.interrupted' && req.destroyed) return;
        return refuse(req, res, result.error);
      }
      if (options.onSaved) await options.onSaved(result.document, req, res);
      else res.status(201).json({ ok: true, document: result.document });
    } catch (err) {
      next(err);
    }
  };
}

export interface SendOptions {
  /** attachment (default) downloads; inline lets the browser show a PDF or photo. */
  disposition?: 'inline' | 'attachment';
  lang?: Lang;
}

/**
 * Sends a stored document with its stored type, a safe file name and nosniff. Resolves
 * false (after a 404) for an unknown id, and false when the client left before the end.
 */
export async function sendDocument(res: Response, store: DocumentStore, id: string, options: SendOptions = {}): Promise<boolean> {
  const doc = await store.open(id);
  if (!doc) {
    const e = store.refusal('upload.notFound', options.lang ?? 'fa');
    res.status(404).json({ ok: false, error: { code: e.code, message: e.message } });
    return false;
  }
  const { meta, stream } = doc;
  res.setHeader('Content-Type', meta.contentType);
  res.setHeader('Content-Length', String(meta.size));
  res.setHeader('Content-Disposition', contentDisposition(downloadName(meta.originalName, meta.ext, `document-${meta.id.slice(0, 8)}`), options.disposition ?? 'attachment'));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('ETag', `"${meta.sha256}"`);
  try {
    await pipeline(stream, res);
    return true;
  } catch (err) {
    // The client went away mid-download: nothing to answer, nothing broken.
    if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed) return false;
    throw err;
  }
}
