// The single-window rule: what a person already gave the office is offered again, not
// asked for twice. Documents of earlier requests filed under the same national ID and
// the same (proven) mobile, newest first, each file once per purpose.
import { serviceDefinition, toLatinDigits, type CatalogueLookup, type OnFileDocument } from '@desk/common';
import { casesOfClient, type CaseState } from '../cases/state';

/** At most this many are offered. */
const MAX_OFFERED = 50;

export function documentsOnFile(state: CaseState, catalogues: CatalogueLookup, nationalId: string, mobile: string): OnFileDocument[] {
  const cases = casesOfClient(state, toLatinDigits(nationalId).trim()).filter((c) => c.client.mobile === mobile);
  cases.sort((a, b) => (a.acceptedAt < b.acceptedAt ? 1 : -1));
  const seen = new Set<string>();
  const out: OnFileDocument[] = [];
  for (const c of cases) {
    const def = serviceDefinition(catalogues.byVersion(c.catalogueVersion) ?? catalogues.current, c.serviceId);
    for (const d of c.documents) {
      if (d.stage !== 'submission' && d.stage !== 'info') continue;
      // the same file given again for the same purpose is offered once
      const key = `${d.slotId}:${d.sha256}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const field = def?.form.fields.find((f) => f.id === d.slotId);
      out.push({
        id: d.id,
        name: d.name,
        contentType: d.contentType,
        size: d.size,
        slotId: d.slotId,
        title: field?.label ?? d.name,
        ...(field?.labelEn ? { titleEn: field.labelEn } : {}),
        trackingCode: c.trackingCode,
        addedAt: d.addedAt,
      });
    }
  }
  return out.slice(0, MAX_OFFERED);
}
