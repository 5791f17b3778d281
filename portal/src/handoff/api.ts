// What the phone asks of a kiosk's handoff (server/src/http/handoff-routes.ts): only the
// session's id, from the kiosk's QR, opens it; uploads go through uploadFile.
import { api } from '@desk/ui';
import type { HandoffPhoneView, Lang } from '@desk/common';
import type { EdeskError, EdeskResult } from '../edesk/types';

const base = (id: string) => `/api/handoff/${encodeURIComponent(id)}`;

async function call<T>(path: string, method?: string): Promise<EdeskResult<T>> {
  const r = await api<T>(path, method ? { method } : {});
  return r.ok ? r : { ok: false, status: r.status, error: r.error as EdeskError };
}

export const getHandoff = (id: string, lang: Lang) => call<{ handoff: HandoffPhoneView }>(`${base(id)}/phone${lang === 'en' ? '?lang=en' : ''}`);
export const takeBack = (id: string, documentId: string) => call<{ ok: true }>(`${base(id)}/documents/${encodeURIComponent(documentId)}`, 'DELETE');
