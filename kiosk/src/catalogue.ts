// What the home screen shows of the office catalogue: active services grouped by
// department, each department with a colour and a picture so people who do not
// read well can still find their way. Pure presentation, no queue rules.
import type { Department, Lang, PublicConfig, Service } from '@desk/common';

export type DepartmentIcon = 'people' | 'coins' | 'landmark' | 'shield' | 'crane' | 'document' | 'flag' | 'star';

/** Dark enough for white text (contrast ≥ 4.5:1 against white and the page background). */
export const DEPARTMENT_COLORS: readonly string[] = [
  '#0b5cad', // blue
  '#0a7d4f', // green
  '#9a5b00', // amber
  '#6a1b9a', // purple
  '#b3261e', // red
  '#00695c', // teal
  '#ad1457', // pink
  '#283593', // indigo
];

/** A picture that says what the department does, from words in its name; else one by position. */
const ICON_WORDS: readonly [DepartmentIcon, readonly string[]][] = [
  ['coins', ['اقتصاد', 'مالی', 'بودجه', 'economic', 'finance']],
  ['crane', ['عمران', 'فنی', 'ساختمان', 'civil', 'construction']],
  ['shield', ['امنیت', 'سیاسی', 'انتظام', 'security', 'political']],
  ['landmark', ['فرماندار', 'استاندار', 'ریاست', 'governor']],
  ['people', ['منابع', 'انسانی', 'اداری', 'توسعه مدیریت', 'resources', 'administration']],
  ['document', ['اسناد', 'ثبت', 'دبیرخانه', 'records']],
];
const FALLBACK_ICONS: readonly DepartmentIcon[] = ['landmark', 'people', 'document', 'star', 'flag', 'coins', 'shield', 'crane'];

export function departmentIcon(department: Pick<Department, 'name' | 'nameEn'>, index: number): DepartmentIcon {
  const text = `${department.name} ${department.nameEn ?? ''}`.toLowerCase();
  for (const [icon, wordsOf] of ICON_WORDS) if (wordsOf.some((w) => text.includes(w))) return icon;
  return FALLBACK_ICONS[index % FALLBACK_ICONS.length]!;
}

export function departmentColor(index: number): string {
  return DEPARTMENT_COLORS[((index % DEPARTMENT_COLORS.length) + DEPARTMENT_COLORS.length) % DEPARTMENT_COLORS.length]!;
}

export interface DepartmentGroup {
  /** null: active services whose department is not (or no longer) configured. */
  department: Department | null;
  color: string;
  icon: DepartmentIcon;
  services: Service[];
}

/** Active services by department, in the office's order; departments with nothing to offer are left out. */
export function groupActiveServices(config: Pick<PublicConfig, 'departments' | 'services'>): DepartmentGroup[] {
  const active = config.services.filter((s) => s.active);
  const groups: DepartmentGroup[] = config.departments.map((department, i) => ({
    department,
    color: departmentColor(i),
    icon: departmentIcon(department, i),
    services: active.filter((s) => s.departmentId === department.id),
  }));
  const known = new Set(config.departments.map((d) => d.id));
  const orphans = active.filter((s) => !known.has(s.departmentId));
  if (orphans.length > 0) {
    const i = config.departments.length;
    groups.push({ department: null, color: departmentColor(i), icon: 'star', services: orphans });
  }
  return groups.filter((g) => g.services.length > 0);
}

/** Name in the screen's language: English when there is one, Persian otherwise. */
export function localName(item: { name: string; nameEn?: string }, lang: Lang): string {
  return lang === 'en' && item.nameEn ? item.nameEn : item.name;
}

/** One service with its department's colour and picture, for a flat list (search results). */
export interface ServiceEntry {
  service: Service;
  color: string;
  icon: DepartmentIcon;
}

export function serviceEntries(groups: readonly DepartmentGroup[]): ServiceEntry[] {
  return groups.flatMap((g) => g.services.map((service) => ({ service, color: g.color, icon: g.icon })));
}
