// What an office's catalogue tells the criteria that events cannot: which services are
// offered on the e-desk (a web place on the portal) and which have a complete info
// package (the headings of step 4 of the in-person desk guide, seed 001). Central knows
// an office's catalogue only when the office applied its agency's central catalogue.
import type { CaseCatalogue, InfoPackage } from '@desk/common';
import type { CatalogueFacts } from './types';

/** The headings of the info package a service still lacks (Persian), empty when complete. */
export function missingPackageHeadings(pkg: Partial<InfoPackage> | undefined, workflowSteps: number): string[] {
  if (!pkg) return ['بستهٔ اطلاع‌رسانی'];
  const missing: string[] = [];
  if (!pkg.summary?.trim()) missing.push('شرح خدمت');
  if (!pkg.places?.length) missing.push('نشانی محل ارائه');
  if (workflowSteps === 0) missing.push('مراحل گردش کار');
  if (!Array.isArray(pkg.documents)) missing.push('مدارک لازم');
  if (!pkg.meanDuration || !(pkg.meanDuration.amount > 0)) missing.push('میانگین زمان انجام');
  if (!Array.isArray(pkg.inquiries)) missing.push('فهرست استعلام‌ها');
  if (!Array.isArray(pkg.fees) || pkg.fees.some((f) => !f.bankAccount?.trim() || !f.legalBasis?.trim())) missing.push('هزینه‌ها، حساب و مستند قانونی');
  if (!pkg.responsible?.title?.trim() || !pkg.responsible.phone?.trim()) missing.push('مسئول پاسخگو و راه تماس');
  return missing;
}

export function catalogueFacts(catalogue: CaseCatalogue, origin: { agency: string; version: number }): CatalogueFacts {
  return {
    source: `کاتالوگ ${origin.agency}، نسخهٔ ${origin.version}`,
    services: (catalogue.services ?? []).map((s) => {
      const missing = missingPackageHeadings(s.package, s.workflow?.steps?.length ?? 0);
      return {
        id: s.serviceId,
        ...(s.name ? { name: s.name } : {}),
        electronic: (s.package?.places ?? []).some((p) => p.kind === 'web'),
        hasInfoPackage: missing.length === 0,
        ...(missing.length > 0 ? { missing } : {}),
      };
    }),
  };
}
