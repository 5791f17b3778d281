// Reading the in-person registration form (پذیرش حضوری): the client and the service's
// own form, checked with the same sentences the server would answer, before anything is sent.
import {
  caseMessage,
  isValidEmail,
  isValidNationalId,
  normalizeFormValues,
  normalizeMobile,
  normalizePersianText,
  searchKey,
  toLatinDigits,
  validateForm,
  type FormErrors,
  type FormField,
  type Lang,
} from '@desk/common';
import type { EdeskService, SubmitRequest, UploadedDocument } from './api';

export interface ClientDraft {
  nationalId: string;
  name: string;
  mobile: string;
  email: string;
}

export const emptyClient = (): ClientDraft => ({ nationalId: '', name: '', mobile: '', email: '' });

/** Field ids of the client part; the service's own fields never start with «client.». */
export const CLIENT_FIELDS = { nationalId: 'client.nationalId', name: 'client.name', mobile: 'client.mobile', email: 'client.email' } as const;

/** The server's rule (server/src/cases/submit.ts): a first and a last name. */
const FULL_NAME = /^\S{2,}.*\s\S+/u;

export function checkClient(client: ClientDraft, lang: Lang): FormErrors {
  const errors: FormErrors = {};
  const nid = toLatinDigits(client.nationalId).replace(/[\s-]/g, '');
  if (!isValidNationalId(nid)) errors[CLIENT_FIELDS.nationalId] = caseMessage('case.error.badNationalId', undefined, lang);
  const name = normalizePersianText(client.name);
  if (!FULL_NAME.test(name) || [...name].length > 100) errors[CLIENT_FIELDS.name] = caseMessage('case.error.badName', undefined, lang);
  if (!normalizeMobile(client.mobile)) errors[CLIENT_FIELDS.mobile] = caseMessage('case.error.badMobile', undefined, lang);
  if (client.email.trim() && !isValidEmail(client.email)) errors[CLIENT_FIELDS.email] = caseMessage('case.error.badEmail', undefined, lang);
  return errors;
}

export type SlotFiles = Record<string, UploadedDocument[]>;

export function documentsOf(files: SlotFiles): { id: string; slotId: string; name: string; contentType: string; size: number }[] {
  return Object.entries(files).flatMap(([slotId, list]) =>
    list.map((f) => ({ id: f.id, slotId, name: f.originalName, contentType: f.contentType, size: f.size })),
  );
}

export type RegisterCheck = { ok: true; request: SubmitRequest } | { ok: false; errors: FormErrors };

/** Everything the clerk typed and uploaded → the request to send, or the problems field by field. */
export function checkRegistration(
  service: EdeskService,
  client: ClientDraft,
  values: Record<string, string>,
  files: SlotFiles,
  lang: Lang,
  now: Date = new Date(),
): RegisterCheck {
  const fields: FormField[] = service.form.fields;
  const documents = documentsOf(files);
  const errors = { ...checkClient(client, lang), ...validateForm(fields, values, { lang, now, documents }) };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const email = client.email.trim();
  return {
    ok: true,
    request: {
      serviceId: service.serviceId,
      client: {
        nationalId: toLatinDigits(client.nationalId).replace(/[\s-]/g, ''),
        name: normalizePersianText(client.name),
        mobile: normalizeMobile(client.mobile) ?? client.mobile.trim(),
        ...(email ? { email } : {}),
      },
      values: normalizeFormValues(fields, values),
      documents: documents.map((d) => ({ id: d.id, slotId: d.slotId })),
    },
  };
}

/** Services whose name (or code) holds what was typed, Persian letters and digits matched loosely. */
export function findServices<S extends Pick<EdeskService, 'serviceId' | 'name'> & { nameEn?: string | undefined }>(services: readonly S[], query: string): S[] {
  // also folds the hamza on «هٔ», which people type or not
  const key = (text: string) => searchKey(text).replace(/\u0654/g, '');
  const q = key(query);
  if (!q) return [...services];
  return services.filter((s) => key(s.name).includes(q) || key(s.nameEn ?? '').includes(q) || s.serviceId.toLowerCase() === q);
}
