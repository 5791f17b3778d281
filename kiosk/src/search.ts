// Live search over the services, as the visitor types on the on-screen keyboard.
// Both sides go through searchKey (Arabic ي/ك, ZWNJ, hamza forms, digits), and a
// query matches from the start of any word of the name.
import { searchKey } from '@desk/common';

export interface Named {
  name: string;
  nameEn?: string;
}

type Match = 'nameStart' | 'wordStart';

function words(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 0);
}

function matchKey(nameKey: string, queryWords: readonly string[]): Match | null {
  const nameWords = words(nameKey);
  // A query typed without the half-space («میشود») must still find «می‌شود», and the
  // other way round: compare with spaces squeezed out, from every word start.
  const compactQuery = queryWords.join('');
  for (let i = 0; i < nameWords.length; i++) {
    if (nameWords.slice(i).join('').startsWith(compactQuery)) return i === 0 ? 'nameStart' : 'wordStart';
  }
  // Several words in any order: each must start some word of the name.
  if (queryWords.every((q) => nameWords.some((w) => w.startsWith(q)))) return 'wordStart';
  return null;
}

/** How well one service name matches, or null. */
export function matchService(item: Named, query: string): Match | null {
  const queryWords = words(searchKey(query));
  if (queryWords.length === 0) return 'nameStart';
  let best: Match | null = null;
  for (const name of [item.name, item.nameEn]) {
    if (!name) continue;
    const m = matchKey(searchKey(name), queryWords);
    if (m === 'nameStart') return m;
    best = best ?? m;
  }
  return best;
}

/**
 * The services matching `query`, names that start with it first, otherwise in the
 * office's own order. An empty query matches everything.
 */
export function searchServices<T extends Named>(items: readonly T[], query: string): T[] {
  const starts: T[] = [];
  const others: T[] = [];
  for (const item of items) {
    const m = matchService(item, query);
    if (m === 'nameStart') starts.push(item);
    else if (m === 'wordStart') others.push(item);
  }
  return [...starts, ...others];
}
