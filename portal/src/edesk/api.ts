// The portal's calls to the office server's e-desk. JSON through @desk/ui's api();
// uploads through XMLHttpRequest, the one browser API that reports upload progress.
import { errorMessage, type Lang, type OnFileDocument, type PublicConfig, type SubmitBody } from '@desk/common';

export type { OnFileDocument };
import { api } from '@desk/ui';
import type {
  CaseAnswer,
  ClientCommand,
  EdeskCatalogue,
  EdeskError,
  EdeskResult,
  OtpProof,
  OtpSent,
  PublicInfo,
  StoredDocument,
  SubmitAnswer,
} from './types';

const E = '/api/edesk';

async function call<T>(path: string, body?: unknown): Promise<EdeskResult<T>> {
  const r = await api<T>(path, body === undefined ? {} : { body });
  // the server's refusals carry `fields` beside code and message: keep them
  return r.ok ? r : { ok: false, status: r.status, error: r.error as EdeskError };
}

export const getCatalogue = () => call<EdeskCatalogue>(`${E}/catalogue`);
export const getConfig = () => call<PublicConfig>('/api/config');
export const getPublicInfo = () => call<PublicInfo>('/api/public/info');

/** The survey after a counter visit, from the page the ticket's QR opens. */
export const sendVisitSurvey = (ticketId: string, body: { commandId: string; answers: Record<string, number>; comment?: string }) =>
  call<{ ok: true }>(`/api/public/tickets/${encodeURIComponent(ticketId)}/survey`, body);

export const sendOtp = (mobile: string) => call<OtpSent>(`${E}/otp`, { mobile });
export const verifyOtp = (mobile: string, code: string) => call<OtpProof>(`${E}/otp/verify`, { mobile, code });

export type { SubmitBody };
export const submitCase = (body: SubmitBody) => call<SubmitAnswer>(`${E}/cases`, body);

export const getOnFile = (nationalId: string, proof: string) => call<{ documents: OnFileDocument[] }>(`${E}/on-file`, { nationalId, proof });

export interface TrackKeys {
  trackingCode: string;
  nationalId: string;
}
export const trackCase = (keys: TrackKeys) => call<CaseAnswer>(`${E}/track`, keys);
export const sendClientCommand = (keys: TrackKeys, command: ClientCommand) => call<CaseAnswer>(`${E}/track/command`, { ...keys, command });

/**
 * Who is uploading: a proven mobile (a new request), the client of a case (answering the
 * office), or a phone continuing a visit at a kiosk (the handoff's id, from the kiosk's QR).
 */
export type UploadAuth = { proof: string } | { track: TrackKeys } | { handoff: string; slotId: string };

function uploadUrl(auth: UploadAuth, lang: Lang): string {
  const en = lang === 'en' ? 'lang=en' : '';
  if ('handoff' in auth) return `/api/handoff/${encodeURIComponent(auth.handoff)}/documents?slot=${encodeURIComponent(auth.slotId)}${en ? `&${en}` : ''}`;
  return `${E}/uploads${en ? `?${en}` : ''}`;
}

export interface UploadHandle {
  done: Promise<EdeskResult<StoredDocument>>;
  abort(): void;
}

/** Sends one file as the raw body; `onProgress` gets 0…1 as the bytes go out. */
export function uploadFile(file: File, auth: UploadAuth, lang: Lang, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<EdeskResult<StoredDocument>>((resolve) => {
    xhr.open('POST', uploadUrl(auth, lang));
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    if ('proof' in auth) xhr.setRequestHeader('x-desk-proof', auth.proof);
    else if ('track' in auth) xhr.setRequestHeader('x-desk-track', `${auth.track.trackingCode}:${auth.track.nationalId}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      type UploadAnswer = { document?: StoredDocument; error?: EdeskError } | null;
      let json: UploadAnswer;
      try {
        json = JSON.parse(xhr.responseText) as UploadAnswer;
      } catch {
        json = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && json?.document) resolve({ ok: true, data: json.document });
      else resolve({ ok: false, status: xhr.status, error: json?.error ?? { code: 'error.internal', message: errorMessage('error.internal', undefined, lang) } });
    };
    const offline = () => resolve({ ok: false, status: 0, error: { code: 'error.offline', message: errorMessage('error.offline', undefined, lang) } });
    xhr.onerror = offline;
    xhr.onabort = () => resolve({ ok: false, status: 0, error: { code: 'upload.aborted', message: '' } });
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

/**
 * A document of the client's case, fetched with the case's keys and handed to the
 * browser as a download: the national ID never becomes an address in the history.
 */
export async function openCaseDocument(keys: TrackKeys, documentId: string, fileName: string, lang: Lang): Promise<EdeskError | null> {
  const query = new URLSearchParams({ trackingCode: keys.trackingCode, nationalId: keys.nationalId });
  try {
    const res = await fetch(`${E}/documents/${encodeURIComponent(documentId)}?${query.toString()}`);
    if (!res.ok) {
      const json = (await res.json().catch(() => null)) as { error?: EdeskError } | null;
      return json?.error ?? { code: 'error.notFound', message: errorMessage('error.notFound', undefined, lang) };
    }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return null;
  } catch {
    return { code: 'error.offline', message: errorMessage('error.offline', undefined, lang) };
  }
}

