// Column and table builders shared by the report sections (titles in Persian and English).
import type { ColumnType, ReportColumn } from '../../../common/src/reports/types';
import type { Summary } from './stats';
import { minutes } from './stats';

export const col = (key: string, title: string, titleEn: string, type: ColumnType): ReportColumn => ({ key, title, titleEn, type });

/** Mean, median, p90 and max of a duration, in minutes. */
export function durationColumns(prefix: string, fa: string, en: string, withMax = true): ReportColumn[] {
  return [
    col(`${prefix}Mean`, `میانگین ${fa} (دقیقه)`, `Mean ${en} (min)`, 'minutes'),
    col(`${prefix}Median`, `میانهٔ ${fa} (دقیقه)`, `Median ${en} (min)`, 'minutes'),
    col(`${prefix}P90`, `صدک ۹۰ ${fa} (دقیقه)`, `P90 ${en} (min)`, 'minutes'),
    ...(withMax ? [col(`${prefix}Max`, `بیشترین ${fa} (دقیقه)`, `Max ${en} (min)`, 'minutes')] : []),
  ];
}

export function durationCells(s: Summary, withMax = true): (number | null)[] {
  return [minutes(s.mean), minutes(s.median), minutes(s.p90), ...(withMax ? [minutes(s.max)] : [])];
}

/** Persian collation for names in tables. */
export const byName = new Intl.Collator('fa').compare;
