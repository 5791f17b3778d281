// Building blocks of the demo catalogue: agreed times, steps, form fields,
// documents every office asks for, the agencies inquiries go to, and
// defineService(), which turns one compact description into a service's info
// package, electronic form and workflow (a required document always gets an upload slot).
import type {
  AgreedTime,
  DocumentField,
  Fee,
  FormField,
  InquiryDefinition,
  RequiredDocument,
  SelectField,
  ServiceDefinition,
  ServicePlace,
  StepKind,
  TextField,
  NumberField,
  DateField,
  WorkflowStep,
} from '@desk/common';
import { U } from './units';

export const days = (amount: number): AgreedTime => ({ amount, unit: 'workingDays' });
export const hours = (amount: number): AgreedTime => ({ amount, unit: 'workingHours' });

// ── places and people ──

const HQ_ADDRESS = 'چالوس، ساختمان فرمانداری شهرستان، طبقهٔ همکف، میز خدمت حضوری';
const HQ_ADDRESS_EN = 'Chalus, County Governorate building, ground floor, service desk';

export const DISTRICT_DESKS: ServicePlace[] = [
  { kind: 'inPerson', address: 'بخشداری مرکزی چالوس، میز خدمت', addressEn: 'Central District Office, service desk', unitId: U.centralDistrict },
  { kind: 'inPerson', address: 'مرزن‌آباد، ساختمان بخشداری، میز خدمت', addressEn: 'Marzanabad District Office, service desk', unitId: U.marzanabad },
];

/** Demo numbers: the governorate's switchboard and an extension per post. */
export function responsible(title: string, unitId: string, extension: number) {
  return { title, phone: `011-52200000 داخلی ${extension}`, unitId };
}

// ── steps (table 1) ──

export type StepSpec = Omit<WorkflowStep, 'id'>;

export function step(kind: StepKind, title: string, titleEn: string, unitId: string, time: AgreedTime, inquiryId?: string): StepSpec {
  return { kind, title, titleEn, unitId, time, ...(inquiryId ? { inquiryId } : {}) };
}
export const review = (title: string, titleEn: string, unitId: string, time: AgreedTime) => step('review', title, titleEn, unitId, time);
export const decide = (title: string, titleEn: string, unitId: string, time: AgreedTime) => step('decision', title, titleEn, unitId, time);
export const ask = (inquiry: InquiryDefinition, unitId: string, time: AgreedTime) =>
  step('inquiry', inquiry.title, inquiry.titleEn ?? inquiry.title, unitId, time, inquiry.id);
export const visit = (title: string, titleEn: string, unitId: string, time: AgreedTime) => step('visit', title, titleEn, unitId, time);
/** Every workflow ends here: the desk hands the response (table 4) and takes the acknowledgement. */
export const respond = (time: AgreedTime = hours(4)) =>
  step('response', 'ابلاغ پاسخ به متقاضی در میز خدمت', 'Response handed to the applicant at the desk', U.desk, time);

// ── inquiries: the agencies a governorate asks ──

function agency(id: string, title: string, titleEn: string, agencyName: string, agencyEn: string, electronic: boolean): InquiryDefinition {
  return { id, title, titleEn, agency: agencyName, agencyEn, electronic };
}

export const Q = {
  civilRegistry: agency('civil-registry', 'استعلام هویت و وضعیت حیات', 'Identity and vital status', 'سازمان ثبت احوال کشور', 'National Organization for Civil Registration', true),
  civilRegistryMarriage: agency('civil-registry-marriage', 'استعلام ثبت ازدواج', 'Registration of the marriage', 'سازمان ثبت احوال کشور', 'National Organization for Civil Registration', true),
  conscription: agency('conscription', 'استعلام وضعیت نظام وظیفه', 'Military service status', 'سازمان وظیفهٔ عمومی فراجا', 'Conscription Organization of the Police (FARAJA)', true),
  police: agency('police', 'استعلام نظر مرجع انتظامی', 'Opinion of the police', 'فرماندهی انتظامی شهرستان (پلیس امنیت عمومی فراجا)', 'County Police Command (FARAJA public security police)', false),
  policeIncident: agency('police-incident', 'استعلام گزارش حادثه از مرجع انتظامی', 'Police report of the incident', 'فرماندهی انتظامی شهرستان', 'County Police Command', false),
  trafficPolice: agency('traffic-police', 'استعلام پلیس راهور', 'Traffic police record', 'پلیس راهور فراجا', 'FARAJA Traffic Police', true),
  intelligence: agency('intelligence', 'استعلام اداره اطلاعات', 'Opinion of the intelligence office', 'اداره اطلاعات شهرستان', 'County Intelligence Office', false),
  judiciary: agency('criminal-record', 'استعلام سوءپیشینه', 'Criminal record', 'مرکز سجل کیفری و سوءپیشینهٔ قوهٔ قضاییه', 'Judiciary Criminal Records Centre', true),
  socialSecurity: agency('social-security', 'استعلام سوابق و بدهی بیمه', 'Insurance record and debts', 'سازمان تأمین اجتماعی', 'Social Security Organization', true),
  tax: agency('tax', 'استعلام وضعیت مالیاتی', 'Tax standing', 'ادارهٔ کل امور مالیاتی استان', 'Provincial Tax Administration', true),
  bank: agency('bank', 'استعلام وضعیت تسهیلات از بانک عامل', 'Loan status at the lending bank', 'بانک عامل', 'Lending bank', false),
  pensionFund: agency('pension-fund', 'استعلام سوابق بازنشستگی', 'Pension record', 'صندوق بازنشستگی کشوری', 'Civil Servants Pension Fund', true),
  university: agency('university', 'استعلام وضعیت تعهد خدمت دانش‌آموخته', 'Graduate service commitment', 'دانشگاه محل تحصیل (سامانهٔ سجاد)', 'University of study (SAJAD system)', true),
  holyDefence: agency('holy-defence', 'استعلام سوابق حضور در مناطق جنگی', 'Record of service in war zones', 'بنیاد حفظ آثار و نشر ارزش‌های دفاع مقدس', 'Foundation for the Preservation of Sacred Defence Values', false),
  deeds: agency('deeds', 'استعلام وضعیت ثبتی زمین', 'Land registry status', 'ادارهٔ ثبت اسناد و املاک شهرستان', 'County Deeds and Property Registration Office', true),
  environment: agency('environment', 'استعلام نظر محیط زیست', 'Environmental opinion', 'ادارهٔ حفاظت محیط زیست شهرستان', 'County Environment Protection Office', false),
  naturalResources: agency('natural-resources', 'استعلام منابع طبیعی', 'Natural resources opinion', 'ادارهٔ منابع طبیعی و آبخیزداری شهرستان', 'County Natural Resources and Watershed Office', false),
  industry: agency('industry', 'استعلام صنعت، معدن و تجارت', 'Industry, mining and trade opinion', 'ادارهٔ صنعت، معدن و تجارت شهرستان', 'County Industry, Mine and Trade Office', false),
  labour: agency('labour', 'استعلام تعاون، کار و رفاه اجتماعی', 'Labour office opinion', 'ادارهٔ تعاون، کار و رفاه اجتماعی شهرستان', 'County Cooperatives, Labour and Social Welfare Office', false),
  guilds: agency('guilds', 'استعلام اتاق اصناف', 'Chamber of guilds opinion', 'اتاق اصناف شهرستان', 'County Chamber of Guilds', false),
  welfare: agency('welfare', 'استعلام بهزیستی', 'Welfare organisation record', 'ادارهٔ بهزیستی شهرستان', 'County Welfare Office', true),
  relief: agency('relief', 'استعلام کمیتهٔ امداد', 'Relief committee record', 'کمیتهٔ امداد امام خمینی (ره) شهرستان', 'Imam Khomeini Relief Committee of the county', true),
  agencyConcerned: agency('agency-concerned', 'استعلام توضیح از دستگاه مربوط', 'Explanation from the agency concerned', 'دستگاه اجرایی مربوط در شهرستان', 'The county agency concerned', false),
  pishkhan: agency('pishkhan-office', 'استعلام توضیح از دفتر پیشخوان', 'Explanation from the counter office', 'دفتر پیشخوان خدمات دولت مربوط', 'The government counter office concerned', false),
  statistics: agency('statistics', 'استعلام جمعیت و آبادی', 'Population and settlement data', 'مرکز آمار ایران', 'Statistical Centre of Iran', true),
  provincialGov: agency('provincial-governorate', 'استعلام نظر استانداری', 'Opinion of the provincial governorate', 'استانداری مازندران', 'Mazandaran Provincial Governorate', false),
  municipality: agency('municipality', 'استعلام شهرداری', 'Municipality opinion', 'شهرداری مربوط', 'The municipality concerned', false),
  taxiOrigin: agency('taxi-origin', 'استعلام موافقت سازمان تاکسیرانی مبدأ', 'Consent of the origin taxi organisation', 'سازمان مدیریت حمل‌ونقل مسافر شهرداری مبدأ', 'Passenger transport organisation of the origin municipality', false),
  taxiDestination: agency('taxi-destination', 'استعلام موافقت سازمان تاکسیرانی مقصد', 'Consent of the destination taxi organisation', 'سازمان مدیریت حمل‌ونقل مسافر شهرداری مقصد', 'Passenger transport organisation of the destination municipality', false),
  standards: agency('standards', 'استعلام ادارهٔ استاندارد', 'Standards office opinion', 'ادارهٔ استاندارد شهرستان', 'County Standards Office', false),
  housing: agency('housing-foundation', 'استعلام ارزیابی خسارت مسکن', 'Housing damage assessment', 'بنیاد مسکن انقلاب اسلامی شهرستان', 'Housing Foundation of the county', false),
  agriculture: agency('agriculture', 'استعلام ارزیابی خسارت کشاورزی', 'Agricultural damage assessment', 'مدیریت جهاد کشاورزی شهرستان', 'County Agriculture Jihad Office', false),
  redCrescent: agency('red-crescent', 'استعلام امداد هلال احمر', 'Red Crescent relief record', 'جمعیت هلال احمر شهرستان', 'County Red Crescent Society', false),
  forensic: agency('forensic', 'استعلام پزشکی قانونی', 'Forensic medicine report', 'ادارهٔ پزشکی قانونی شهرستان', 'County Forensic Medicine Office', false),
};

// ── form fields ──

type Opt<T> = Partial<Omit<T, 'id' | 'kind' | 'label' | 'labelEn'>>;

export const text = (id: string, label: string, labelEn: string, o: Opt<TextField> = {}): TextField => ({
  id, kind: 'text', label, labelEn, required: true, maxLength: 200, ...o,
});
export const area = (id: string, label: string, labelEn: string, o: Opt<TextField> = {}): TextField => ({
  id, kind: 'textarea', label, labelEn, required: true, minLength: 10, maxLength: 3000, ...o,
});
export const num = (id: string, label: string, labelEn: string, o: Opt<NumberField> = {}): NumberField => ({
  id, kind: 'number', label, labelEn, required: true, min: 0, ...o,
});
export const date = (id: string, label: string, labelEn: string, o: Opt<DateField> = {}): DateField => ({
  id, kind: 'date', label, labelEn, required: true, ...o,
});
/** Options as [value, Persian label, English label]. */
export const choice = (id: string, label: string, labelEn: string, options: [string, string, string][], o: Opt<SelectField> = {}): SelectField => ({
  id, kind: 'select', label, labelEn, required: true, options: options.map(([value, l, en]) => ({ value, label: l, labelEn: en })), ...o,
});
export const plain = (kind: 'nationalId' | 'companyId' | 'mobile' | 'email' | 'postalCode', id: string, label: string, labelEn: string, required = true): FormField => ({
  id, kind, label, labelEn, required,
});

export const F = {
  address: () => area('address', 'نشانی', 'Address', { minLength: 10, maxLength: 500 }),
  postalCode: () => plain('postalCode', 'postalCode', 'کد پستی', 'Postal code'),
  sheba: () =>
    text('sheba', 'شمارهٔ شبای حساب متقاضی', 'IBAN (Sheba) of the applicant', {
      pattern: '^(?:IR|ir)?\\s?(?:\\d\\s?){24}$',
      patternMessage: 'شمارهٔ شبا ۲۴ رقم است و با IR آغاز می‌شود.',
    }),
  description: (label = 'شرح درخواست', labelEn = 'Description of the request') => area('description', label, labelEn, { minLength: 20 }),
  pastDate: (id: string, label: string, labelEn: string) => date(id, label, labelEn, { max: 'today' }),
  applicantType: () => choice('applicantType', 'نوع متقاضی', 'Applicant type', [
    ['person', 'شخص حقیقی', 'Natural person'],
    ['company', 'شخص حقوقی', 'Legal entity'],
  ]),
  companyId: () => plain('companyId', 'companyId', 'شناسهٔ ملی شرکت (برای اشخاص حقوقی)', 'National company ID (legal entities)', false),
  degree: () => choice('degree', 'مقطع تحصیلی', 'Degree', [
    ['associate', 'کاردانی', 'Associate'],
    ['bachelor', 'کارشناسی', "Bachelor's"],
    ['master', 'کارشناسی ارشد', "Master's"],
    ['doctorate', 'دکتری', 'Doctorate'],
  ]),
  relationship: () => choice('relationship', 'نسبت متقاضی با متوفی', 'Relationship to the deceased', [
    ['spouse', 'همسر', 'Spouse'],
    ['child', 'فرزند', 'Child'],
    ['parent', 'پدر یا مادر', 'Parent'],
  ]),
};

// ── documents ──

export interface DocSpec {
  id: string;
  title: string;
  titleEn: string;
  required?: boolean;
  originalAtDesk?: boolean;
  note?: string;
  maxFiles?: number;
}

export const doc = (id: string, title: string, titleEn: string, o: Partial<DocSpec> = {}): DocSpec => ({ id, title, titleEn, ...o });

export const D = {
  nationalCard: doc('national-card', 'تصویر کارت ملی', 'National ID card'),
  birthCertificate: doc('birth-certificate', 'تصویر همهٔ صفحه‌های شناسنامه', 'Birth certificate, all pages', { maxFiles: 4 }),
  photo: doc('photo', 'عکس ۳×۴ رنگی با زمینهٔ روشن', 'Colour 3×4 photo, light background', { maxFiles: 1 }),
  evidence: doc('evidence', 'مستندات و شواهد (در صورت وجود)', 'Supporting evidence (if any)', { required: false, maxFiles: 10 }),
  deathCertificate: doc('death-certificate', 'گواهی فوت', 'Death certificate', { originalAtDesk: true }),
  heirship: doc('heirship', 'گواهی انحصار وراثت', 'Certificate of heirship', { originalAtDesk: true }),
  retirementDecree: doc('retirement-decree', 'آخرین حکم بازنشستگی', 'Latest retirement decree'),
  statute: doc('statute', 'اساسنامهٔ پیشنهادی', 'Proposed statute'),
  founders: doc('founders', 'فهرست مؤسسان با کد ملی و نشانی', 'List of founders with national IDs and addresses'),
  foundersCards: doc('founders-cards', 'تصویر کارت ملی مؤسسان', "Founders' national ID cards", { maxFiles: 20 }),
  clearance: doc('clearance', 'گواهی عدم سوءپیشینهٔ کیفری', 'Certificate of no criminal record', { maxFiles: 20, note: 'از دفاتر خدمات الکترونیک قضایی' }),
  landDocument: doc('land-document', 'سند مالکیت یا اجاره‌نامهٔ رسمی زمین', 'Title deed or official lease of the land', { originalAtDesk: true }),
  businessPlan: doc('business-plan', 'طرح توجیهی', 'Business plan'),
  companyNotice: doc('company-notice', 'آگهی تأسیس و آخرین تغییرات شرکت', 'Company registration notice and latest changes', { required: false }),
  requestLetter: doc('request-letter', 'نامهٔ درخواست امضاشده', 'Signed request letter'),
  damagePhotos: doc('damage-photos', 'عکس‌های خسارت', 'Photos of the damage', { required: false, maxFiles: 10 }),
};

const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const UPLOAD_MAX_KB = 5 * 1024;

function uploadSlot(d: DocSpec): DocumentField {
  return {
    id: `doc-${d.id}`,
    kind: 'document',
    label: d.title,
    labelEn: d.titleEn,
    required: d.required !== false,
    accept: UPLOAD_TYPES,
    maxSizeKb: UPLOAD_MAX_KB,
    maxFiles: d.maxFiles ?? 3,
    ...(d.note ? { hint: d.note } : {}),
  };
}

function packageDocument(d: DocSpec): RequiredDocument {
  return {
    id: d.id,
    title: d.title,
    titleEn: d.titleEn,
    required: d.required !== false,
    formFieldId: `doc-${d.id}`,
    ...(d.originalAtDesk ? { originalAtDesk: true } : {}),
    ...(d.note ? { note: d.note } : {}),
  };
}

// ── one service ──

export interface ServiceSpec {
  serviceId: string;
  summary: string;
  summaryEn: string;
  audience: string;
  fields: FormField[];
  documents: DocSpec[];
  /** Inquiries the office may make (those of inquiry steps are added automatically). */
  inquiries?: InquiryDefinition[];
  steps: StepSpec[];
  meanDays: number;
  visits: number;
  responsible: ReturnType<typeof responsible>;
  legalBasis: string[];
  fees?: Fee[];
  /** Also received at the district offices' desks. */
  atDistricts?: boolean;
}

export function defineService(s: ServiceSpec): ServiceDefinition {
  const inquiries = new Map<string, InquiryDefinition>();
  for (const q of s.inquiries ?? []) inquiries.set(q.id, q);
  for (const st of s.steps) {
    if (st.kind !== 'inquiry') continue;
    const q = Object.values(Q).find((x) => x.id === st.inquiryId);
    if (q) inquiries.set(q.id, q);
  }
  const places: ServicePlace[] = [
    { kind: 'inPerson', address: HQ_ADDRESS, addressEn: HQ_ADDRESS_EN, unitId: U.desk },
    ...(s.atDistricts ? DISTRICT_DESKS : []),
    { kind: 'web', url: `/portal/s/${s.serviceId}` },
  ];
  return {
    serviceId: s.serviceId,
    package: {
      serviceId: s.serviceId,
      summary: s.summary,
      summaryEn: s.summaryEn,
      audience: s.audience,
      places,
      documents: s.documents.map(packageDocument),
      meanDuration: days(s.meanDays),
      inquiries: [...inquiries.values()],
      fees: s.fees ?? [],
      inPersonVisits: s.visits,
      responsible: s.responsible,
      legalBasis: s.legalBasis,
    },
    form: { serviceId: s.serviceId, fields: [...s.fields, ...s.documents.map(uploadSlot)] },
    workflow: { serviceId: s.serviceId, steps: s.steps.map((st, i) => ({ id: `${s.serviceId}.${i + 1}`, ...st })) },
  };
}
