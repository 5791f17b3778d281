// Who is asking: the client's own details, checked with the same validator as every
// form field (so the Persian sentences match the server's), plus the server's rule
// for names. Used by the portal's and the kiosk's identity steps.
import type { Lang } from '../persian';
import { validateForm } from './form';
import { caseMessage } from './messages';
import type { FormErrors, FormField } from './definitions';

export interface ClientIdentity {
  nationalId: string;
  name: string;
  mobile: string;
  email: string;
}

export type IdentityKey = keyof ClientIdentity;

/** The fields' labels, in the screen's language. */
export type IdentityLabels = Record<IdentityKey, string>;

export function clientIdentityFields(labels: IdentityLabels, lang: Lang): FormField[] {
  return [
    { id: 'nationalId', kind: 'nationalId', label: labels.nationalId, required: true },
    {
      id: 'name',
      kind: 'text',
      label: labels.name,
      required: true,
      maxLength: 100,
      // as the server checks it: two words at least, the first of two letters or more
      pattern: '^\\S{2,}.*\\s\\S+',
      patternMessage: caseMessage('case.error.badName', undefined, lang),
    },
    { id: 'mobile', kind: 'mobile', label: labels.mobile, required: true },
    { id: 'email', kind: 'email', label: labels.email, required: false },
  ];
}

/** Per-field messages; `only` checks some of the fields (a kiosk asks for one at a time). */
export function checkClientIdentity(identity: ClientIdentity, labels: IdentityLabels, lang: Lang, only?: readonly IdentityKey[]): FormErrors {
  const fields = clientIdentityFields(labels, lang).filter((f) => !only || only.includes(f.id as IdentityKey));
  return validateForm(fields, { ...identity }, { lang });
}

/** Which identity field a refusal of the server is about. */
export function identityFieldOf(code: string): IdentityKey | undefined {
  switch (code) {
    case 'case.error.badNationalId':
    case 'case.error.notYourCase':
      return 'nationalId';
    case 'case.error.badName':
      return 'name';
    case 'case.error.badMobile':
    case 'otp.badMobile':
      return 'mobile';
    case 'case.error.badEmail':
      return 'email';
    default:
      return undefined;
  }
}
