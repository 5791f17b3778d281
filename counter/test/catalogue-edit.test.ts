// The catalogue editor's pure changes (ui/src/catalogue/edit.ts), as the admin's
// buttons make them: reorder, change a field's kind, numbers typed in Persian digits.
import { describe, it, expect } from 'vitest';
import { catalogueIssues, type FormField } from '@desk/common';
import { freshId, moveItem, newService, removeAt, withKind, withOptional } from '../../ui/src/catalogue/edit';
import { parseTypedNumber } from '../../ui/src/catalogue/inputs';
import { demoCaseCatalogue } from '../../server/src/catalogue/packages/index';

describe('editing a catalogue in the admin screen', () => {
  it('moves and removes items without touching the others', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(freshId('step', ['step-1', 'step-3'])).toBe('step-2');
  });

  it('keeps a field’s id, label and required flag when its kind changes, with the new kind’s limits', () => {
    const text: FormField = { id: 'agency', kind: 'text', label: 'دستگاه', required: true, maxLength: 200, pattern: '^a' };
    const select = withKind(text, 'select');
    expect(select).toMatchObject({ id: 'agency', label: 'دستگاه', required: true, kind: 'select' });
    expect(select).not.toHaveProperty('pattern');
    expect(withKind(text, 'document')).toMatchObject({ kind: 'document', accept: expect.arrayContaining(['application/pdf']) });
    expect(withOptional({ a: 1, b: 'x' } as { a: number; b?: string }, 'b', ' ')).toEqual({ a: 1 });
  });

  it('reads amounts typed in Persian, Arabic or Latin digits, with separators', () => {
    expect(parseTypedNumber('۷٬۵۰۰٬۰۰۰')).toBe(7_500_000);
    expect(parseTypedNumber('٣')).toBe(3);
    expect(parseTypedNumber('2,500')).toBe(2500);
    expect(parseTypedNumber('۱٫۵')).toBe(1.5);
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('abc')).toBeNull();
  });

  it('starts a new service that only needs its texts to be publishable', () => {
    const catalogue = { ...demoCaseCatalogue, services: [...demoCaseCatalogue.services] };
    const added = newService('s99', catalogue);
    catalogue.services.push(added);
    const paths = catalogueIssues(catalogue).map((i) => i.path);
    expect(paths).toEqual(['services.s99.package.summary', 'services.s99.package.audience', 'services.s99.package.responsible.title', 'services.s99.package.responsible.phone']);
  });
});
