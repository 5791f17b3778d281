// Finding a service by what a person types: Persian or Arabic ی/ک, with or without
// the half-space, Persian or Latin digits all compare the same (searchKey). Every
// word typed must appear; names that match come before summaries that match.
import { searchKey } from '@desk/common';
import type { CatalogueService } from '../edesk/types';

const squeeze = (key: string) => key.replace(/ /g, '');

function words(text: string): string[] {
  return searchKey(text).split(' ').filter(Boolean);
}

/** Every query word is found in the text (spaces ignored, so «میشود» finds «می‌شود»). */
function contains(text: string | undefined, query: readonly string[]): boolean {
  if (!text) return false;
  const key = squeeze(searchKey(text));
  return query.every((w) => key.includes(w));
}

export function searchServices(services: readonly CatalogueService[], query: string): CatalogueService[] {
  const q = words(query);
  if (q.length === 0) return [...services];
  const byName: CatalogueService[] = [];
  const bySummary: CatalogueService[] = [];
  for (const s of services) {
    if (contains(s.name, q) || contains(s.nameEn, q) || s.serviceId.toLowerCase() === q.join('')) byName.push(s);
    else if (contains(s.package.summary, q) || contains(s.package.summaryEn, q) || contains(s.package.audience, q)) bySummary.push(s);
  }
  return [...byName, ...bySummary];
}
