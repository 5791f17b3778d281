// A table cell as people read it: the one place that turns typed report values into
// text (Jalali dates, Tehran times, Persian digits), shared by the counter app's
// tables and the CSV/XLSX export (which keeps numbers as numbers).
import { toPersianDigits, type Lang } from '../persian';
import { formatClock, formatDateTime, formatDayNumeric } from './calendar';
import type { Cell, ColumnType } from './types';

/** True when a column's values go into a spreadsheet as numbers. */
export function isNumericColumn(type: ColumnType): boolean {
  return type === 'integer' || type === 'decimal' || type === 'minutes' || type === 'hours' || type === 'percent' || type === 'score';
}

/** Text of a date or time cell (Jalali, Tehran); undefined for other types. */
export function temporalText(value: Cell, type: ColumnType, lang: Lang = 'fa'): string | undefined {
  if (value === null || value === '') return '';
  if (type === 'day' && typeof value === 'string') return formatDayNumeric(value, lang);
  if (type === 'datetime' && typeof value === 'number') return formatDateTime(value, lang);
  if (type === 'time' && typeof value === 'number') return formatClock(value, lang);
  return undefined;
}

/** A cell for the screen: Persian digits and Jalali dates in Persian. */
export function cellText(value: Cell, type: ColumnType, lang: Lang = 'fa'): string {
  const temporal = temporalText(value, type, lang);
  if (temporal !== undefined) return temporal;
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = type === 'integer' ? String(Math.round(value)) : String(Math.round(value * 100) / 100);
    if (lang === 'en') return type === 'percent' ? `${text}%` : text;
    // Persian: Persian digits, the Persian decimal separator and percent sign
    return `${toPersianDigits(text).replace('.', '٫')}${type === 'percent' ? '٪' : ''}`;
  }
  return value;
}
