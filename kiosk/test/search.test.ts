import { describe, expect, it } from 'vitest';
import { matchService, searchServices } from '../src/search';

const services = [
  { id: 'a', name: 'صدور پروانهٔ کسب', nameEn: 'Business licence' },
  { id: 'b', name: 'گواهی عدم سوء پیشینه' },
  { id: 'c', name: 'ثبت شکایت مردمی' },
  { id: 'd', name: 'تمدید پروانه' },
  { id: 'e', name: 'درخواست کمک‌هزینه' },
  { id: 'f', name: 'پیگیری درخواست‌ها' },
];
const ids = (query: string) => searchServices(services, query).map((s) => s.id);

describe('searching services by typing', () => {
  it('shows every service before anything is typed', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids('   ')).toHaveLength(6);
  });

  it('matches the start of any word of the name', () => {
    expect(ids('پروان')).toEqual(['a', 'd']);
    expect(ids('شکا')).toEqual(['c']);
    expect(ids('مرد')).toEqual(['c']);
  });

  it('does not match the middle of a word', () => {
    expect(ids('روانه')).toEqual([]);
    expect(ids('کایت')).toEqual([]);
  });

  it('lists names that start with the query before names that only contain it', () => {
    expect(ids('درخواست')).toEqual(['e', 'f']);
    expect(ids('تمد')).toEqual(['d']);
    const both = [
      { name: 'تمدید گواهی' },
      { name: 'گواهی کار' },
    ];
    expect(searchServices(both, 'گواهی').map((s) => s.name)).toEqual(['گواهی کار', 'تمدید گواهی']);
  });

  it('finds a Persian name typed with Arabic ي and ك, and the other way round', () => {
    expect(ids('گواهي')).toEqual(['b']);
    expect(ids('كمك')).toEqual(['e']);
    const arabicSpelled = [{ name: 'شكايت' }];
    expect(searchServices(arabicSpelled, 'شکای')).toHaveLength(1);
  });

  it('finds names with a half-space (ZWNJ) whether the visitor types a space or nothing', () => {
    expect(ids('کمک هزینه')).toEqual(['e']);
    expect(ids('کمکهزینه')).toEqual(['e']);
    expect(ids('هزینه')).toEqual(['e']);
    expect(ids('درخواستها')).toEqual(['f']);
  });

  it('folds ۀ and the hamza forms, and accepts several words in any order', () => {
    expect(ids('پروانه کسب')).toEqual(['a']);
    expect(ids('کسب صدور')).toEqual(['a']);
    expect(ids('سوء')).toEqual(['b']);
    expect(matchService({ name: 'آموزش' }, 'اموز')).toBe('nameStart');
  });

  it('also searches the English name, case-insensitively', () => {
    expect(ids('LICEN')).toEqual(['a']);
  });

  it('finds nothing for a word no service has', () => {
    expect(ids('هواپیما')).toEqual([]);
  });
});
