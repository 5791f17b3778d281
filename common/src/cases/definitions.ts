// What the e-desk publishes about its services before anyone asks: the office's
// units, each service's info package (شناسنامه خدمت), electronic form and workflow
// (table 1), gathered in a versioned catalogue; and the office calendar.
// Plain serialisable data, edited by the admin and read by every screen.
import type { OpeningHours } from '../types';

// ── the office's units ──

/** Reports break results down by place: the headquarters or an operational unit (seed 000). */
export type UnitLevel = 'headquarters' | 'operational';

/** A unit of the office (واحد): a department, the secretariat, the desk itself… */
export interface Unit {
  id: string;
  name: string;
  nameEn?: string;
  level: UnitLevel;
  /** The in-person desk (میز خدمت) of this level: clients are received only here. */
  isDesk?: boolean;
  /** The queue's department this unit belongs to, when it has one. */
  departmentId?: string;
}

// ── time agreed for a step (table 1 of the desk guide) ──

/** Working hours and days follow the office calendar (opening hours, holidays). */
export type AgreedTimeUnit = 'workingHours' | 'workingDays';

export interface AgreedTime {
  amount: number;
  unit: AgreedTimeUnit;
}

// ── info package (شناسنامه خدمت / بسته اطلاع‌رسانی, step 4 of the desk guide) ──

export type ServicePlace =
  | { kind: 'inPerson'; address: string; addressEn?: string; unitId?: string }
  /** `url` may be a path on the office server (the portal), e.g. '/services/s01'. */
  | { kind: 'web'; url: string };

export interface RequiredDocument {
  id: string;
  title: string;
  titleEn?: string;
  required: boolean;
  /** The original must be shown at the desk (an in-person visit). */
  originalAtDesk?: boolean;
  note?: string;
  /** The form's upload slot for this document (a 'document' field id). */
  formFieldId?: string;
}

/** An agency the office asks (استعلام): the office fetches the answer, never the client. */
export interface InquiryDefinition {
  id: string;
  title: string;
  titleEn?: string;
  agency: string;
  agencyEn?: string;
  /** Answered system to system (true) or by letter. */
  electronic: boolean;
}

export interface Fee {
  title: string;
  titleEn?: string;
  /** In Rials, as official tariffs are written. */
  amountRials: number;
  /** Where to pay: bank, account or شبا, holder. */
  bankAccount: string;
  /** The legal article behind this payment. */
  legalBasis: string;
}

export interface ResponsiblePerson {
  /** The post (who answers for the service), and a name if the office publishes one. */
  title: string;
  name?: string;
  phone: string;
  email?: string;
  unitId: string;
}

export interface InfoPackage {
  serviceId: string;
  summary: string;
  summaryEn?: string;
  /** Who may ask: citizens, companies, staff… in words. */
  audience: string;
  places: ServicePlace[];
  documents: RequiredDocument[];
  /** Mean time from request to response, as published. */
  meanDuration: AgreedTime;
  inquiries: InquiryDefinition[];
  /** Empty = free of charge. */
  fees: Fee[];
  /** How many times the client must come in person (0 = fully electronic). */
  inPersonVisits: number;
  responsible: ResponsiblePerson;
  legalBasis: string[];
  /** The office's own extra notes for clients (parking, a branch's days…): a local detail. */
  notes?: string;
}

// ── electronic form ──

export type FormFieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'nationalId'
  | 'companyId'
  | 'mobile'
  | 'email'
  | 'postalCode'
  | 'document';

interface FieldBase {
  id: string;
  label: string;
  labelEn?: string;
  hint?: string;
  hintEn?: string;
  required: boolean;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'textarea';
  minLength?: number;
  maxLength?: number;
  /** A JavaScript regular expression source, tested on the normalised value. */
  pattern?: string;
  /** Shown when the pattern does not match (Persian). */
  patternMessage?: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  /** Shown after the box: «ریال», «نفر»… */
  unit?: string;
}

/** A Jalali date written 'YYYY/MM/DD'; bounds are Jalali dates or 'today' (Tehran). */
export interface DateField extends FieldBase {
  kind: 'date';
  min?: string;
  max?: string;
}

export interface SelectOption {
  value: string;
  label: string;
  labelEn?: string;
}

export interface SelectField extends FieldBase {
  kind: 'select';
  options: SelectOption[];
}

export interface PlainField extends FieldBase {
  kind: 'nationalId' | 'companyId' | 'mobile' | 'email' | 'postalCode';
}

/** An upload slot: the files are stored by the server, the case keeps their ids and hashes. */
export interface DocumentField extends FieldBase {
  kind: 'document';
  /** Accepted content types, e.g. 'application/pdf', 'image/jpeg'. */
  accept: string[];
  maxSizeKb?: number;
  maxFiles?: number;
}

export type FormField = TextField | NumberField | DateField | SelectField | PlainField | DocumentField;

export interface ServiceForm {
  serviceId: string;
  fields: FormField[];
}

/** What the client typed, by field id (document fields are not here: see CaseDocument.slotId). */
export type FormValues = Record<string, string>;
/** Persian (or English) message per invalid field id; empty when the form is valid. */
export type FormErrors = Record<string, string>;

// ── workflow (گردش کار, table 1 of the desk guide) ──

/**
 * review: a unit examines the request; inquiry: the unit asks another agency;
 * visit: the client must come to the desk; decision: a manager or commission decides;
 * response: the desk hands the response (always the last step).
 */
export type StepKind = 'review' | 'inquiry' | 'visit' | 'decision' | 'response';

export interface WorkflowStep {
  id: string;
  title: string;
  titleEn?: string;
  unitId: string;
  time: AgreedTime;
  kind: StepKind;
  /** For an inquiry step: which of the package's inquiries it makes. */
  inquiryId?: string;
}

export interface Workflow {
  serviceId: string;
  steps: WorkflowStep[];
}

export interface ServiceDefinition {
  serviceId: string;
  /** The agency's name for the service (central catalogues); an office shows its queue service's name. */
  name?: string;
  nameEn?: string;
  package: InfoPackage;
  form: ServiceForm;
  workflow: Workflow;
}

/**
 * A published catalogue of the e-desk. Versions are immutable once published: a
 * case keeps the version it started with, so its steps never change under it.
 */
export interface CaseCatalogue {
  version: number;
  units: Unit[];
  /** The desk that receives clients when none is named. */
  defaultDeskUnitId: string;
  services: ServiceDefinition[];
  /** When and by whom this version was published (absent on the demo's first version). */
  publishedAt?: string;
  publishedBy?: string;
  /** The agency's central catalogue this office version was built from, if any. */
  central?: CentralOrigin;
}

/** Which published version of which agency's central catalogue. */
export interface CentralOrigin {
  agency: string;
  version: number;
}

// ── office calendar ──

export interface OfficeCalendar {
  hours: OpeningHours;
  /** Jalali 'MM-DD' closed every year (the fixed solar holidays by default). */
  yearlyHolidays: string[];
  /** Jalali 'YYYY-MM-DD' closed once: lunar holidays, closures announced by the governor. */
  extraHolidays: string[];
}
