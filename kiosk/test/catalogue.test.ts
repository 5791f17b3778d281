import { describe, expect, it } from 'vitest';
import type { Department, Service } from '@desk/common';
import { DEPARTMENT_COLORS, departmentIcon, groupActiveServices, localName, serviceEntries } from '../src/catalogue';

const dept = (id: string, name: string): Department => ({ id, name });
const service = (id: string, departmentId: string, active = true): Service => ({
  id, name: `خدمت ${id}`, departmentId, prefix: 'ب', rangeStart: 100, rangeEnd: 999, weight: 1, allowsPriority: false, active,
});

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('the home screen catalogue', () => {
  const departments = [dept('d1', 'معاونت هماهنگی امور اقتصادی'), dept('d2', 'حوزه فرماندار'), dept('d3', 'معاونت هماهنگی امور عمرانی')];

  it('groups active services under their department, in the office order, leaving empty departments out', () => {
    const groups = groupActiveServices({
      departments,
      services: [service('s1', 'd2'), service('s2', 'd1'), service('s3', 'd2'), service('s4', 'd3', false)],
    });
    expect(groups.map((g) => [g.department?.id, g.services.map((s) => s.id)])).toEqual([
      ['d1', ['s2']],
      ['d2', ['s1', 's3']],
    ]);
  });

  it('keeps a department its colour even when another one has nothing to offer', () => {
    const groups = groupActiveServices({ departments, services: [service('s1', 'd2')] });
    expect(groups[0]!.color).toBe(DEPARTMENT_COLORS[1]);
  });

  it('still offers an active service whose department is missing', () => {
    const groups = groupActiveServices({ departments, services: [service('s9', 'gone')] });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.department).toBeNull();
    expect(serviceEntries(groups).map((e) => e.service.id)).toEqual(['s9']);
  });

  it('picks a picture from the department name, or one by position', () => {
    expect(departmentIcon(departments[0]!, 0)).toBe('coins');
    expect(departmentIcon(departments[1]!, 1)).toBe('landmark');
    expect(departmentIcon(departments[2]!, 2)).toBe('crane');
    expect(departmentIcon(dept('x', 'معاونت سیاسی، امنیتی و اجتماعی'), 3)).toBe('shield');
    expect(departmentIcon(dept('x', 'واحد نامعلوم'), 3)).toBe('star');
  });

  it('uses department colours readable with white text (WCAG AA, 4.5:1)', () => {
    for (const color of DEPARTMENT_COLORS) expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const color of DEPARTMENT_COLORS) expect(contrast(color, '#f4f6f8')).toBeGreaterThanOrEqual(4.5);
  });

  it('shows the English name in English when there is one', () => {
    expect(localName({ name: 'صدور پروانه', nameEn: 'Licence' }, 'en')).toBe('Licence');
    expect(localName({ name: 'صدور پروانه' }, 'en')).toBe('صدور پروانه');
    expect(localName({ name: 'صدور پروانه', nameEn: 'Licence' }, 'fa')).toBe('صدور پروانه');
  });
});
