// Messages people read from the central desk (HTTP errors), in the shared i18n format;
// the generic ones come from common/src/i18n.
import { defineMessages, errorMessage, translator, type Lang, type MessageKey, type Params } from '@desk/common';

export const centralMessages = defineMessages({
  fa: {
    'central.officeExists': 'اداره‌ای با شناسهٔ «{id}» پیش‌تر ثبت شده است.',
    'central.officeNotFound': 'اداره‌ای با این شناسه ثبت نشده است.',
    'central.badOffice': 'اطلاعات اداره درست نیست: {detail}',
    'central.badPeriod': 'بازهٔ تاریخ درست نیست؛ از قالب YYYY-MM-DD استفاده کنید و «از» پیش از «تا» باشد.',
    'central.adminTokenCreated': 'توکن مدیر دفتر مرکزی (فقط همین یک بار نشان داده می‌شود): {token}',
  },
  en: {
    'central.officeExists': 'An office with id "{id}" is already registered.',
    'central.officeNotFound': 'No office is registered with this id.',
    'central.badOffice': 'The office details are not valid: {detail}',
    'central.badPeriod': 'The period is not valid: use YYYY-MM-DD, with "from" not after "to".',
    'central.adminTokenCreated': "The central desk admin's token (shown only this once): {token}",
  },
});

export type CentralMessageKey = keyof typeof centralMessages.fa;

export function centralMessage(key: CentralMessageKey, params?: Params, lang: Lang = 'fa'): string {
  return translator(centralMessages, lang)(key, params);
}

export interface HttpError {
  status: number;
  body: { error: { code: string; message: string } };
}

export function httpError(status: number, code: MessageKey | CentralMessageKey, params?: Params): HttpError {
  const message = code.startsWith('central.') ? centralMessage(code as CentralMessageKey, params) : errorMessage(code as MessageKey, params);
  return { status, body: { error: { code, message } } };
}
