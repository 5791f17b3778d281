// The electronic form of a service: one validator for kiosk, portal, counter and
// server, so a client reads the same Persian sentence wherever the input was checked.
import { isValidNationalId, normalizePersianText, toLatinDigits, toPersianDigits, type Lang } from '../persian';
import { compareJalali, formatJalaliSlashed, jalaliDateOf, parseJalaliDate, type JalaliDate } from './jalali';
import { caseMessage, type CaseMessageKey } from './messages';
import type { DateField, DocumentField, FormErrors, FormField, FormValues, NumberField, TextField } from './definitions';
import type { CaseDocument } from './types';

/** Iranian national company ID (شناسه ملی): 11 digits with a weighted check digit. */
export function isValidCompanyId(input: string): boolean {
  const code = toLatinDigits(input.trim());
  if (!/^\d{11}$/.test(code) || /^\d{3}0{6}/.test(code)) return false;
  const d = [...code].map(Number);
  const shift = d[9]! + 2;
  const weights = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
  const sum = weights.reduce((acc, w, i) => acc + (d[i]! + shift) * w, 0);
  return (sum % 11) % 10 === d[10];
}

/** +98 912…, 0098…, 912…, ۰۹۱۲… → '09121234567'; undefined when it is not an Iranian mobile number. */
export function normalizeMobile(input: string): string | undefined {
  const digits = toLatinDigits(input).replace(/[\s\-()]/g, '');
  const m = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(digits);
  return m ? `0${m[1]}` : undefined;
}

export function isValidEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(input.trim());
}

/** Ten digits; the first five never use 0 or 2 (Iran Post keeps them apart from handwritten look-alikes). */
export function isValidPostalCode(input: string): boolean {
  return /^[13-9]{5}\d{5}$/.test(toLatinDigits(input).replace(/[\s-]/g, ''));
}

/** '۱۵۰٬۰۰۰' or '1,500.5' → a number, or NaN. */
function parseNumber(input: string): number {
  const text = toLatinDigits(input).replace(/[,\u066c\s]/g, '').replace(/\u066b/g, '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** The stored form of one value: Latin digits, Persian ی/ک, trimmed; dates as 'YYYY/MM/DD'. */
export function normalizeFieldValue(field: FormField, raw: string): string {
  const value = String(raw);
  switch (field.kind) {
    case 'textarea':
      return value.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').trim();
    case 'text':
    case 'select':
      return normalizePersianText(value);
    case 'number': {
      const n = parseNumber(value);
      return Number.isNaN(n) ? value.trim() : String(n);
    }
    case 'date': {
      const j = parseJalaliDate(value);
      return j ? formatJalaliSlashed(j) : value.trim();
    }
    case 'mobile':
      return normalizeMobile(value) ?? value.trim();
    case 'nationalId':
    case 'companyId':
    case 'postalCode':
      return toLatinDigits(value).replace(/[\s-]/g, '');
    case 'email':
      return value.trim().toLowerCase();
    case 'document':
      return '';
  }
}

/** Only the form's own (non-document) fields that have a value, normalised. */
export function normalizeFormValues(fields: readonly FormField[], values: Readonly<Record<string, unknown>>): FormValues {
  const out: FormValues = {};
  for (const field of fields) {
    if (field.kind === 'document') continue;
    const raw = values[field.id];
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const value = normalizeFieldValue(field, String(raw));
    if (value !== '') out[field.id] = value;
  }
  return out;
}

export interface ValidateFormOptions {
  lang?: Lang;
  /** Resolves the bound 'today' of date fields (Tehran); defaults to the present. */
  now?: string | number | Date;
  /** Uploaded files with their slot: when given, document fields are checked too. */
  documents?: readonly (Pick<CaseDocument, 'name' | 'contentType' | 'size'> & { slotId?: string })[];
}

/**
 * Per-field messages for what is missing or wrong (empty object = valid).
 * Document fields are checked only when `documents` are given.
 */
export function validateForm(
  fields: readonly FormField[],
  values: Readonly<Record<string, unknown>>,
  options: ValidateFormOptions = {},
): FormErrors {
  const errors: FormErrors = {};
  for (const field of fields) {
    const message = checkField(field, values[field.id], options);
    if (message) errors[field.id] = message;
  }
  return errors;
}

function checkField(field: FormField, raw: unknown, options: ValidateFormOptions): string | undefined {
  const lang = options.lang ?? 'fa';
  const label = lang === 'en' ? (field.labelEn ?? field.label) : field.label;
  const say = (key: CaseMessageKey, params: Record<string, string | number> = {}) => caseMessage(key, { label, ...params }, lang);
  if (field.kind === 'document') return options.documents ? checkDocuments(field, options.documents, say, lang) : undefined;

  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (text === '') {
    if (!field.required) return undefined;
    return say(field.kind === 'select' ? 'form.requiredSelect' : 'form.required');
  }
  const value = normalizeFieldValue(field, text);
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return checkText(field, value, say);
    case 'number':
      return checkNumber(field, value, say);
    case 'date':
      return checkDate(field, value, options.now ?? new Date(), say, lang);
    case 'select':
      return field.options.some((o) => o.value === value) ? undefined : say('form.badOption');
    case 'nationalId':
      return isValidNationalId(value) ? undefined : say('form.badNationalId');
    case 'companyId':
      return isValidCompanyId(value) ? undefined : say('form.badCompanyId');
    case 'mobile':
      return normalizeMobile(value) ? undefined : say('form.badMobile');
    case 'email':
      return isValidEmail(value) ? undefined : say('form.badEmail');
    case 'postalCode':
      return isValidPostalCode(value) ? undefined : say('form.badPostalCode');
  }
}

type Say = (key: CaseMessageKey, params?: Record<string, string | number>) => string;

function checkText(field: TextField, value: string, say: Say): string | undefined {
  const length = [...value].length;
  if (field.minLength !== undefined && length < field.minLength) return say('form.tooShort', { min: field.minLength });
  if (field.maxLength !== undefined && length > field.maxLength) return say('form.tooLong', { max: field.maxLength });
  if (field.pattern && !new RegExp(field.pattern, 'u').test(value)) return field.patternMessage ?? say('form.pattern');
  return undefined;
}

function checkNumber(field: NumberField, value: string, say: Say): string | undefined {
  const n = Number(value);
  if (value === '' || Number.isNaN(n)) return say('form.notNumber');
  if (field.integer && !Number.isInteger(n)) return say('form.notInteger');
  if (field.min !== undefined && n < field.min) return say('form.tooSmall', { min: field.min });
  if (field.max !== undefined && n > field.max) return say('form.tooLarge', { max: field.max });
  return undefined;
}

function resolveBound(bound: string, now: string | number | Date): JalaliDate | undefined {
  return bound === 'today' ? jalaliDateOf(now) : parseJalaliDate(bound);
}

function checkDate(field: DateField, value: string, now: string | number | Date, say: Say, lang: Lang): string | undefined {
  const date = parseJalaliDate(value);
  if (!date) return say('form.badDate');
  const show = (j: JalaliDate) => (lang === 'fa' ? toPersianDigits(formatJalaliSlashed(j)) : formatJalaliSlashed(j));
  const min = field.min ? resolveBound(field.min, now) : undefined;
  const max = field.max ? resolveBound(field.max, now) : undefined;
  if (min && compareJalali(date, min) < 0) return say('form.dateTooEarly', { min: show(min) });
  if (max && compareJalali(date, max) > 0) return say('form.dateTooLate', { max: show(max) });
  return undefined;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/tiff': 'TIFF',
};

function checkDocuments(
  field: DocumentField,
  documents: NonNullable<ValidateFormOptions['documents']>,
  say: Say,
  lang: Lang,
): string | undefined {
  const mine = documents.filter((d) => d.slotId === field.id);
  if (mine.length === 0) return field.required ? say('form.requiredDocument') : undefined;
  if (field.maxFiles !== undefined && mine.length > field.maxFiles) return say('form.tooManyFiles', { max: field.maxFiles });
  for (const doc of mine) {
    if (!field.accept.includes(doc.contentType)) {
      const accept = field.accept.map((t) => TYPE_NAMES[t] ?? t).join(lang === 'fa' ? ' یا ' : ' or ');
      return say('form.badFileType', { file: doc.name, accept });
    }
    if (field.maxSizeKb !== undefined && doc.size > field.maxSizeKb * 1024) return say('form.fileTooLarge', { file: doc.name, max: field.maxSizeKb });
  }
  return undefined;
}
