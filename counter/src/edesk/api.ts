// The e-desk's HTTP calls for staff (/api/edesk, /api/printing/receipt), typed.
// Commands carry a commandId made once per press: a request lost on the way is sent
// again with the same id, and the server answers a repeat with its first answer.
import { api, type ApiResult } from '@desk/ui';
import { errorMessage, type Case, type CaseCommandInput, type Receipt, type ServiceDefinition, type StepKind, type Unit } from '@desk/common';

/** A service as GET /api/edesk/catalogue lists it: its definition plus the queue's names. */
export interface EdeskService extends ServiceDefinition {
  name: string;
  nameEn?: string;
  departmentId: string;
}

export interface EdeskCatalogue {
  version: number;
  units: Unit[];
  defaultDeskUnitId: string;
  services: EdeskService[];
}

/** One row of GET /api/edesk/inbox (server/src/cases/state.ts InboxRow). */
export interface InboxRow {
  caseId: string;
  trackingCode: string;
  serviceId: string;
  clientName: string;
  stepIndex: number;
  stepId: string;
  kind: StepKind;
  startedAt: string;
  dueAt: string;
  waitingClient: boolean;
  overdue: boolean;
  workingMinutes: number;
}

export interface Inbox {
  unitIds: string[];
  rows: InboxRow[];
}

/** A stored file as POST /api/edesk/uploads answers. */
export interface UploadedDocument {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  ext: string;
  originalName: string;
}

export interface Refusal {
  code: string;
  message: string;
  /** Per-field messages when the server refused a form. */
  fields?: Record<string, string>;
}

export type Answer<T> = { ok: true; data: T } | { ok: false; status: number; error: Refusal };

/** Files go by id only: the server fills in name, type, size and hash from its own store. */
type ByDocumentId<C> = C extends { documents?: unknown } ? Omit<C, 'documents'> & { documents?: { id: string }[] } : C;

/** What staff send to POST /api/edesk/commands (edeskApi adds the commandId). */
export type StaffCommand = ByDocumentId<Exclude<CaseCommandInput, { type: 'case.submit' | 'survey.submit' }>>;

export interface SubmitRequest {
  serviceId: string;
  client: { nationalId: string; name: string; mobile: string; email?: string };
  values: Record<string, string>;
  documents: { id: string; slotId: string }[];
}

export function newCommandId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const NETWORK_TRIES = 3;

/** Sends the same body (same commandId) again while the network, not the server, failed. */
async function retrying<T>(call: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  let result = await call();
  for (let i = 1; i < NETWORK_TRIES && !result.ok && result.status === 0; i++) {
    await new Promise((r) => setTimeout(r, 800 * i));
    result = await call();
  }
  return result;
}

function answer<T>(r: ApiResult<T>): Answer<T> {
  return r.ok ? r : { ok: false, status: r.status, error: r.error as Refusal };
}

export function edeskApi(token: string) {
  // A press whose answer never came (network down) keeps its commandId: pressing again
  // with the same content re-sends the same command, which the server runs at most once.
  const unanswered = new Map<string, string>();
  async function once<T>(path: string, payload: object): Promise<Answer<T>> {
    const key = `${path} ${JSON.stringify(payload)}`;
    const commandId = unanswered.get(key) ?? newCommandId();
    unanswered.set(key, commandId);
    const result = await retrying(() => api<T>(path, { body: { ...payload, commandId }, token }));
    if (result.ok || result.status !== 0) unanswered.delete(key);
    return answer(result);
  }

  return {
    catalogue: async () => answer(await api<EdeskCatalogue>('/api/edesk/catalogue', { token })),

    inbox: async () => answer(await api<Inbox>('/api/edesk/inbox', { token })),

    /** By id or tracking code (any digits): 404 when this staff member may not see it. */
    case: async (idOrCode: string) => answer(await api<{ case: Case }>(`/api/edesk/cases/${encodeURIComponent(idOrCode)}`, { token })),

    command: (command: StaffCommand) => once<{ case: Case }>('/api/edesk/commands', command),

    /** Registers an in-person request at the desk (no one-time code for staff). */
    submit: (request: SubmitRequest) => once<{ case: Case; receipt: Receipt }>('/api/edesk/cases', request),

    upload: async (file: File): Promise<Answer<UploadedDocument>> => {
      try {
        const res = await fetch('/api/edesk/uploads', {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': file.type || 'application/octet-stream',
            'x-file-name': encodeURIComponent(file.name),
          },
          body: file,
        });
        const json = (await res.json().catch(() => null)) as { document?: UploadedDocument; error?: Refusal } | null;
        if (!res.ok || !json?.document) {
          return { ok: false, status: res.status, error: json?.error ?? { code: 'error.internal', message: errorMessage('error.internal') } };
        }
        return { ok: true, data: json.document };
      } catch {
        return { ok: false, status: 0, error: { code: 'error.offline', message: errorMessage('error.offline') } };
      }
    },

    /** The file's bytes: a plain link cannot carry the bearer header. */
    document: async (id: string): Promise<Answer<Blob>> => {
      try {
        const res = await fetch(`/api/edesk/documents/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) {
          const json = (await res.json().catch(() => null)) as { error?: Refusal } | null;
          return { ok: false, status: res.status, error: json?.error ?? { code: 'error.internal', message: errorMessage('error.internal') } };
        }
        return { ok: true, data: await res.blob() };
      } catch {
        return { ok: false, status: 0, error: { code: 'error.offline', message: errorMessage('error.offline') } };
      }
    },

    /** Table 3 on the office printer; `again` marks a reprint. 409 when the office has no printer. */
    printReceipt: async (trackingCode: string, again: boolean) =>
      answer(await api<{ ok: true }>('/api/printing/receipt', { body: { trackingCode, ...(again ? { again: true } : {}) }, token })),
  };
}

export type EdeskApi = ReturnType<typeof edeskApi>;
