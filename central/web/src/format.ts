// Persian digits and Jalali dates for the central desk's pages (Asia/Tehran).
const numberFormat = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Tehran' });
const dateOnly = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'medium', timeZone: 'Asia/Tehran' });

export const num = (v: number | null | undefined): string => (v == null || Number.isNaN(v) ? '—' : numberFormat.format(v));
export const nowText = (): string => dateTime.format(new Date());
export const dateText = (iso: string | null | undefined): string => (iso ? dateOnly.format(new Date(iso)) : '—');
export const dateTimeText = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '—');
