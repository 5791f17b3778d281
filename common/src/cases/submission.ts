// A request being written, turned into what POST /api/edesk/cases takes: the client's
// details normalised as the server stores them, the form's values, the documents by
// id. And the whole-form check before «ادامه» (the same validator the server runs).
// Shared by the portal (phone, home computer) and the kiosk.
import { normalizePersianText, toLatinDigits, type Lang } from '../persian';
import { normalizeFormValues, normalizeMobile, validateForm } from './form';
import type { ClientIdentity } from './client-identity';
import type { OnFileDocument } from './contract';
import type { DocumentField, FormErrors, FormField } from './definitions';

/** A file given with the request: uploaded now, or on file from an earlier request. */
export interface DraftDocument {
  id: string;
  slotId: string;
  name: string;
  size: number;
  contentType: string;
}

export interface SubmitBody {
  commandId: string;
  serviceId: string;
  client: { nationalId: string; name: string; mobile: string; email?: string };
  values: Record<string, string>;
  documents: { id: string; slotId: string }[];
  proof: string;
}

export interface RequestDraft {
  commandId: string;
  identity: ClientIdentity;
  values: Record<string, unknown>;
  documents: readonly DraftDocument[];
}

/** The client as the server stores it: Latin digits, Persian letters, 09… mobile. */
export function normalizedClient(identity: ClientIdentity): SubmitBody['client'] {
  return {
    nationalId: toLatinDigits(identity.nationalId).replace(/[\s-]/g, ''),
    name: normalizePersianText(identity.name),
    mobile: normalizeMobile(identity.mobile) ?? identity.mobile,
    ...(identity.email.trim() ? { email: identity.email.trim() } : {}),
  };
}

export function submissionBody(serviceId: string, fields: readonly FormField[], draft: RequestDraft, proof: string): SubmitBody {
  return {
    commandId: draft.commandId,
    serviceId,
    client: normalizedClient(draft.identity),
    values: normalizeFormValues(fields, draft.values),
    documents: draft.documents.map((d) => ({ id: d.id, slotId: d.slotId })),
    proof,
  };
}

/** The documents as validateForm checks them against their slots. */
export function documentsForCheck(documents: readonly DraftDocument[]) {
  return documents.map((d) => ({ slotId: d.slotId, name: d.name, contentType: d.contentType, size: d.size }));
}

/** Every field and every document slot, as the server will check them. */
export function checkRequestForm(fields: readonly FormField[], values: Readonly<Record<string, unknown>>, documents: readonly DraftDocument[], lang: Lang): FormErrors {
  return validateForm(fields, values, { lang, documents: documentsForCheck(documents) });
}

/** The documents on file that fit a slot: given for the same field, or under the same title. */
export function onFileForSlot(slot: Pick<DocumentField, 'id' | 'label'>, onFile: readonly OnFileDocument[]): OnFileDocument[] {
  return onFile.filter((d) => d.slotId === slot.id || d.title === slot.label);
}

/** An on-file document as the draft holds it, for the slot it is given for now. */
export function draftDocumentOf(d: OnFileDocument, slotId: string): DraftDocument {
  return { id: d.id, slotId, name: d.name, size: d.size, contentType: d.contentType };
}
