// The client's own details, checked with the same validator as every form field
// (so the Persian sentences match the server's), plus the server's rule for names.
import { caseMessage, validateForm, type FormErrors, type FormField, type Lang } from '@desk/common';
import type { ClientIdentity } from '../edesk/storage';

export type IdentityKey = keyof ClientIdentity;

export function identityFields(t: (key: string) => string, lang: Lang): FormField[] {
  return [
    { id: 'nationalId', kind: 'nationalId', label: t('id.nationalId'), required: true },
    {
      id: 'name',
      kind: 'text',
      label: t('id.name'),
      required: true,
      maxLength: 100,
      // as the server checks it: two words at least, the first of two letters or more
      pattern: '^\\S{2,}.*\\s\\S+',
      patternMessage: caseMessage('case.error.badName', undefined, lang),
    },
    { id: 'mobile', kind: 'mobile', label: t('id.mobile'), required: true },
    { id: 'email', kind: 'email', label: t('id.email'), required: false },
  ];
}

export function checkIdentity(identity: ClientIdentity, t: (key: string) => string, lang: Lang): FormErrors {
  return validateForm(identityFields(t, lang), { ...identity }, { lang });
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
