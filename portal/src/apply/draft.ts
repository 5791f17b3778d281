// The request being written, kept in this tab's sessionStorage on every change so a
// refresh loses nothing; a proof of the mobile number only until it expires.
import { useCallback, useState } from 'react';
import { normalizeMobile } from '@desk/common';
import { clearDraft, loadDraft, newCommandId, rememberedClient, saveDraft, type ApplyDraft, type ClientIdentity } from '../edesk/storage';

const EMPTY_IDENTITY: ClientIdentity = { nationalId: '', name: '', mobile: '', email: '' };

function freshDraft(): ApplyDraft {
  return { step: 'identity', identity: rememberedClient() ?? EMPTY_IDENTITY, values: {}, documents: [], commandId: newCommandId() };
}

export type DraftUpdate = Partial<ApplyDraft> | ((d: ApplyDraft) => ApplyDraft);

export function useDraft(serviceId: string): { draft: ApplyDraft; update: (u: DraftUpdate) => void; finish: () => void } {
  const [draft, setDraft] = useState<ApplyDraft>(() => loadDraft(serviceId) ?? freshDraft());
  const update = useCallback(
    (u: DraftUpdate) => {
      setDraft((d) => {
        const next = typeof u === 'function' ? u(d) : { ...d, ...u };
        saveDraft(serviceId, next);
        return next;
      });
    },
    [serviceId],
  );
  const finish = useCallback(() => clearDraft(serviceId), [serviceId]);
  return { draft, update, finish };
}

/** The proof, if it is still good for this mobile number. */
export function validProof(draft: ApplyDraft, now = Date.now()): string | undefined {
  const p = draft.proof;
  const mobile = normalizeMobile(draft.identity.mobile);
  return p && mobile === p.mobile && Date.parse(p.expiresAt) > now ? p.token : undefined;
}
