// The shape of a catalogue as it arrives over HTTP (an admin's draft, an agency's
// version): types and sizes only. What must hold between its parts (units exist,
// the last step is the response…) is catalogue-rules.ts.
import { z } from 'zod';
import type { CaseCatalogue } from './definitions';

const id = z.string().max(64);
const text = (max = 500) => z.string().max(max);
const optText = (max = 500) => z.string().max(max).optional();

const AgreedTimeSchema = z.object({ amount: z.number().finite(), unit: z.enum(['workingHours', 'workingDays']) });

const UnitSchema = z.object({
  id,
  name: text(300),
  nameEn: optText(300),
  level: z.enum(['headquarters', 'operational']),
  isDesk: z.boolean().optional(),
  departmentId: id.optional(),
});

const PlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inPerson'), address: text(), addressEn: optText(), unitId: id.optional() }),
  z.object({ kind: z.literal('web'), url: text(500) }),
]);

const FeeSchema = z.object({
  title: text(300),
  titleEn: optText(300),
  amountRials: z.number(),
  bankAccount: text(200),
  legalBasis: text(1000),
});

const PackageSchema = z.object({
  serviceId: id,
  summary: text(3000),
  summaryEn: optText(3000),
  audience: text(1000),
  places: z.array(PlaceSchema).max(50),
  documents: z
    .array(
      z.object({
        id,
        title: text(300),
        titleEn: optText(300),
        required: z.boolean(),
        originalAtDesk: z.boolean().optional(),
        note: optText(1000),
        formFieldId: id.optional(),
      }),
    )
    .max(50),
  meanDuration: AgreedTimeSchema,
  inquiries: z
    .array(z.object({ id, title: text(300), titleEn: optText(300), agency: text(300), agencyEn: optText(300), electronic: z.boolean() }))
    .max(30),
  fees: z.array(FeeSchema).max(20),
  inPersonVisits: z.number(),
  responsible: z.object({ title: text(200), name: optText(200), phone: text(100), email: optText(200), unitId: id }),
  legalBasis: z.array(text(1000)).max(30),
  notes: optText(3000),
});

const fieldBase = {
  id,
  label: text(300),
  labelEn: optText(300),
  hint: optText(1000),
  hintEn: optText(1000),
  required: z.boolean(),
};
const int = z.number().int().optional();

const FieldSchema = z.discriminatedUnion('kind', [
  z.object({ ...fieldBase, kind: z.enum(['text', 'textarea']), minLength: int, maxLength: int, pattern: optText(500), patternMessage: optText(300) }),
  z.object({ ...fieldBase, kind: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional(), unit: optText(50) }),
  z.object({ ...fieldBase, kind: z.literal('date'), min: optText(20), max: optText(20) }),
  z.object({ ...fieldBase, kind: z.literal('select'), options: z.array(z.object({ value: text(100), label: text(300), labelEn: optText(300) })).max(200) }),
  z.object({ ...fieldBase, kind: z.enum(['nationalId', 'companyId', 'mobile', 'email', 'postalCode']) }),
  z.object({ ...fieldBase, kind: z.literal('document'), accept: z.array(text(100)).max(20), maxSizeKb: z.number().optional(), maxFiles: int }),
]);

const StepSchema = z.object({
  id,
  title: text(300),
  titleEn: optText(300),
  unitId: id,
  time: AgreedTimeSchema,
  kind: z.enum(['review', 'inquiry', 'visit', 'decision', 'response']),
  inquiryId: id.optional(),
});

const ServiceSchema = z.object({
  serviceId: id,
  name: optText(300),
  nameEn: optText(300),
  package: PackageSchema,
  form: z.object({ serviceId: id, fields: z.array(FieldSchema).max(100) }),
  workflow: z.object({ serviceId: id, steps: z.array(StepSchema).max(30) }),
});

export const CaseCatalogueSchema = z.object({
  version: z.number().int().min(0),
  units: z.array(UnitSchema).max(500),
  defaultDeskUnitId: id,
  services: z.array(ServiceSchema).max(1000),
  publishedAt: optText(40),
  publishedBy: optText(200),
  central: z.object({ agency: text(200), version: z.number().int().min(1) }).optional(),
});

/** The catalogue if the shape is right, else a Persian line naming the first wrong place. */
export function readCatalogueShape(raw: unknown): { ok: true; catalogue: CaseCatalogue } | { ok: false; message: string } {
  const parsed = CaseCatalogueSchema.safeParse(raw);
  if (parsed.success) return { ok: true, catalogue: parsed.data as CaseCatalogue };
  const first = parsed.error.issues[0]!;
  const where = first.path.length ? first.path.join('.') : 'catalogue';
  return { ok: false, message: `ساختار شناسنامهٔ خدمات درست نیست (در «${where}»): مقدار یا نوع این بخش پذیرفته نیست.` };
}
