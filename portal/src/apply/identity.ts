// The client's own details, checked with the same validator as every form field
// (the rules are common's, shared with the kiosk); labels in the page's language.
import { checkClientIdentity, clientIdentityFields, type FormErrors, type FormField, type IdentityLabels, type Lang } from '@desk/common';
import type { ClientIdentity } from '../edesk/storage';

export { identityFieldOf, type IdentityKey } from '@desk/common';

const labels = (t: (key: string) => string): IdentityLabels => ({ nationalId: t('id.nationalId'), name: t('id.name'), mobile: t('id.mobile'), email: t('id.email') });

export function identityFields(t: (key: string) => string, lang: Lang): FormField[] {
  return clientIdentityFields(labels(t), lang);
}

export function checkIdentity(identity: ClientIdentity, t: (key: string) => string, lang: Lang): FormErrors {
  return checkClientIdentity(identity, labels(t), lang);
}
