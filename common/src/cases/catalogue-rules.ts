// What a catalogue must satisfy before it is published, on the office and at the
// central desk alike: every problem named in Persian (and English) with the service
// and the field it is in, so an admin can find it. Pure: no I/O.
import { toPersianDigits } from '../persian';
import type { CaseCatalogue, FormField, ServiceDefinition, WorkflowStep } from './definitions';

export interface CatalogueIssue {
  /** The service the problem is in; absent for the units and the catalogue itself. */
  serviceId?: string;
  /** Where, as a dotted path: 'services.s07.workflow.steps.2.unitId', 'units.1.name'. */
  path: string;
  message: string;
  messageEn: string;
  /** The problem alone, for beside the field it is about. */
  detail: string;
  detailEn: string;
}

export interface CatalogueRuleOptions {
  /** The name people know a service by (the office's queue names it); default its `name`, else its id. */
  serviceName?: (serviceId: string) => string | undefined;
}

const STEP_KINDS = new Set(['review', 'inquiry', 'visit', 'decision', 'response']);
const FIELD_KINDS = new Set(['text', 'textarea', 'number', 'date', 'select', 'nationalId', 'companyId', 'mobile', 'email', 'postalCode', 'document']);
const TIME_UNITS = new Set(['workingHours', 'workingDays']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const JALALI_BOUND = /^(today|\d{4}\/\d{2}\/\d{2})$/;

const blank = (s: string | undefined | null) => typeof s !== 'string' || s.trim() === '';
const fa = (n: number) => toPersianDigits(n);

/** Every problem of a catalogue; empty when it may be published. */
export function catalogueIssues(catalogue: CaseCatalogue, options: CatalogueRuleOptions = {}): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const add = (path: string, message: string, messageEn: string, serviceId?: string, detail = message, detailEn = messageEn) =>
    issues.push({ ...(serviceId ? { serviceId } : {}), path, message, messageEn, detail, detailEn });

  // ── units ──
  const unitIds = new Set<string>();
  if (catalogue.units.length === 0) add('units', 'فهرست واحدها خالی است؛ دست‌کم یک میز خدمت لازم است.', 'The list of units is empty; at least one desk is needed.');
  catalogue.units.forEach((u, i) => {
    const label = blank(u.name) ? `واحد ردیف ${fa(i + 1)}` : `واحد «${u.name}»`;
    const labelEn = blank(u.name) ? `unit #${i + 1}` : `unit "${u.nameEn ?? u.name}"`;
    if (!ID.test(u.id ?? '')) add(`units.${i}.id`, `${label}: شناسه باید با حرف یا رقم لاتین آغاز شود (حداکثر ۶۴ نویسه).`, `${labelEn}: the id must be Latin letters or digits (64 at most).`);
    else if (unitIds.has(u.id)) add(`units.${i}.id`, `${label}: شناسهٔ «${u.id}» تکراری است.`, `${labelEn}: id "${u.id}" is used twice.`);
    unitIds.add(u.id);
    if (blank(u.name)) add(`units.${i}.name`, `${label}: نام واحد را بنویسید.`, `${labelEn}: the unit needs a name.`);
    if (u.level !== 'headquarters' && u.level !== 'operational') add(`units.${i}.level`, `${label}: سطح واحد باید «ستاد» یا «واحد عملیاتی» باشد.`, `${labelEn}: level must be headquarters or operational.`);
  });
  const unit = (id: string) => catalogue.units.find((u) => u.id === id);
  if (!unit(catalogue.defaultDeskUnitId)?.isDesk) {
    add('defaultDeskUnitId', 'میز خدمت پیش‌فرض باید یکی از واحدهای «میز خدمت» باشد.', 'The default desk must be one of the desk units.');
  }

  // ── services ──
  if (catalogue.services.length === 0) add('services', 'شناسنامه هیچ خدمتی ندارد؛ دست‌کم یک خدمت بیفزایید.', 'The catalogue has no service; add at least one.');
  const serviceIds = new Set<string>();
  catalogue.services.forEach((def, si) => {
    const sid = def.serviceId;
    const name = options.serviceName?.(sid) ?? def.name ?? sid;
    const svc = `خدمت «${name}»`;
    const svcEn = `Service "${def.nameEn ?? def.name ?? sid}"`;
    const base = `services.${blank(sid) ? si : sid}`;
    const at = (path: string, where: string, whereEn: string, problem: string, problemEn: string) =>
      add(`${base}.${path}`, `${svc}، ${where}: ${problem}`, `${svcEn}, ${whereEn}: ${problemEn}`, sid, problem, problemEn);

    if (!ID.test(sid ?? '')) at('serviceId', 'شناسه', 'id', 'شناسهٔ خدمت باید حرف و رقم لاتین باشد.', 'the service id must be Latin letters or digits.');
    else if (serviceIds.has(sid)) at('serviceId', 'شناسه', 'id', `شناسهٔ «${sid}» تکراری است.`, `id "${sid}" is used twice.`);
    serviceIds.add(sid);
    if (def.package.serviceId !== sid || def.form.serviceId !== sid || def.workflow.serviceId !== sid) {
      at('serviceId', 'شناسه', 'id', 'شناسنامه، فرم و گردش کار باید به همین خدمت تعلق داشته باشند.', 'the package, form and workflow name different services.');
    }
    packageIssues(def, at, unitIds);
    formIssues(def.form.fields, at);
    workflowIssues(def, at, unit);
  });
  return issues;
}

type At = (path: string, where: string, whereEn: string, problem: string, problemEn: string) => void;

function packageIssues(def: ServiceDefinition, at: At, unitIds: Set<string>): void {
  const p = def.package;
  const W = 'شناسنامه';
  const WE = 'info package';
  if (blank(p.summary)) at('package.summary', W, WE, 'شرح خدمت را بنویسید.', 'write a summary.');
  if (blank(p.audience)) at('package.audience', W, WE, 'بنویسید چه کسانی می‌توانند درخواست دهند.', 'say who may ask.');
  if (!(p.meanDuration.amount > 0) || !TIME_UNITS.has(p.meanDuration.unit)) {
    at('package.meanDuration', 'میانگین زمان انجام', 'mean duration', 'باید عددی بزرگ‌تر از صفر با واحد روز یا ساعت کاری باشد.', 'must be a positive number of working days or hours.');
  }
  if (!Number.isInteger(p.inPersonVisits) || p.inPersonVisits < 0) {
    at('package.inPersonVisits', 'دفعات مراجعهٔ حضوری', 'in-person visits', 'باید عدد درست صفر یا بیشتر باشد.', 'must be a whole number, zero or more.');
  }
  if (p.places.length === 0) at('package.places', 'محل ارائه', 'places', 'دست‌کم یک محل ارائهٔ خدمت (نشانی یا درگاه اینترنتی) لازم است.', 'at least one place (address or web address) is needed.');
  p.places.forEach((place, i) => {
    const where = `محل ارائهٔ ${fa(i + 1)}`;
    const whereEn = `place ${i + 1}`;
    if (place.kind === 'inPerson') {
      if (blank(place.address)) at(`package.places.${i}.address`, where, whereEn, 'نشانی را بنویسید.', 'write the address.');
      if (place.unitId && !unitIds.has(place.unitId)) at(`package.places.${i}.unitId`, where, whereEn, `واحد «${place.unitId}» در فهرست واحدها نیست.`, `unit "${place.unitId}" is not in the units.`);
    } else if (blank(place.url)) at(`package.places.${i}.url`, where, whereEn, 'نشانی اینترنتی را بنویسید.', 'write the web address.');
  });
  const fields = new Map(def.form.fields.map((f) => [f.id, f]));
  const docIds = new Set<string>();
  p.documents.forEach((d, i) => {
    const where = blank(d.title) ? `مدرک ${fa(i + 1)}` : `مدرک «${d.title}»`;
    const whereEn = `document "${d.titleEn ?? d.title}"`;
    if (blank(d.id) || docIds.has(d.id)) at(`package.documents.${i}.id`, where, whereEn, 'شناسهٔ مدرک خالی یا تکراری است.', 'the document id is empty or repeated.');
    docIds.add(d.id);
    if (blank(d.title)) at(`package.documents.${i}.title`, where, whereEn, 'عنوان مدرک را بنویسید.', 'write its title.');
    if (d.formFieldId !== undefined) {
      const slot = fields.get(d.formFieldId);
      if (!slot || slot.kind !== 'document') {
        at(`package.documents.${i}.formFieldId`, where, whereEn, `جای بارگذاری «${d.formFieldId}» در فرم، فیلدی از نوع «مدرک» نیست.`, `upload slot "${d.formFieldId}" is not a document field of the form.`);
      } else if (d.required && !slot.required) {
        at(`package.documents.${i}.formFieldId`, where, whereEn, `مدرک الزامی است ولی فیلد «${slot.label}» در فرم الزامی نیست.`, `the document is required but form field "${slot.label}" is not.`);
      }
    } else if (d.required) {
      at(`package.documents.${i}.formFieldId`, where, whereEn, 'مدرک الزامی باید جای بارگذاری در فرم داشته باشد.', 'a required document needs an upload slot in the form.');
    }
  });
  const inquiryIds = new Set<string>();
  p.inquiries.forEach((q, i) => {
    const where = blank(q.title) ? `استعلام ${fa(i + 1)}` : `استعلام «${q.title}»`;
    const whereEn = `inquiry "${q.titleEn ?? q.title}"`;
    if (!ID.test(q.id ?? '') || inquiryIds.has(q.id)) at(`package.inquiries.${i}.id`, where, whereEn, 'شناسهٔ استعلام خالی، نادرست یا تکراری است.', 'the inquiry id is empty, malformed or repeated.');
    inquiryIds.add(q.id);
    if (blank(q.title)) at(`package.inquiries.${i}.title`, where, whereEn, 'عنوان استعلام را بنویسید.', 'write its title.');
    if (blank(q.agency)) at(`package.inquiries.${i}.agency`, where, whereEn, 'دستگاه پاسخ‌دهنده را بنویسید.', 'name the agency that answers.');
  });
  p.fees.forEach((fee, i) => {
    const where = blank(fee.title) ? `هزینهٔ ${fa(i + 1)}` : `هزینهٔ «${fee.title}»`;
    const whereEn = `fee "${fee.titleEn ?? fee.title}"`;
    if (blank(fee.title)) at(`package.fees.${i}.title`, where, whereEn, 'عنوان هزینه را بنویسید.', 'write its title.');
    if (!Number.isSafeInteger(fee.amountRials) || fee.amountRials <= 0) at(`package.fees.${i}.amountRials`, where, whereEn, 'مبلغ باید عدد درست و بزرگ‌تر از صفر (ریال) باشد.', 'the amount must be a whole number of rials above zero.');
    if (blank(fee.bankAccount)) at(`package.fees.${i}.bankAccount`, where, whereEn, 'حساب بانکی (شبا یا شمارهٔ حساب) را بنویسید.', 'write the bank account.');
    if (blank(fee.legalBasis)) at(`package.fees.${i}.legalBasis`, where, whereEn, 'مادهٔ قانونی دریافت این هزینه را بنویسید.', 'write the legal basis of this payment.');
  });
  const r = p.responsible;
  const RW = 'مسئول پاسخگویی';
  const RWE = 'responsible person';
  if (blank(r.title)) at('package.responsible.title', RW, RWE, 'سمت مسئول را بنویسید.', 'write the post.');
  if (blank(r.phone)) at('package.responsible.phone', RW, RWE, 'شمارهٔ تماس را بنویسید.', 'write a phone number.');
  if (r.email && !EMAIL.test(r.email)) at('package.responsible.email', RW, RWE, `«${r.email}» نشانی رایانامهٔ درستی نیست.`, `"${r.email}" is not an e-mail address.`);
  if (!unitIds.has(r.unitId)) at('package.responsible.unitId', RW, RWE, `واحد «${r.unitId}» در فهرست واحدها نیست.`, `unit "${r.unitId}" is not in the units.`);
}

function formIssues(fields: FormField[], at: At): void {
  const ids = new Set<string>();
  fields.forEach((f, i) => {
    const where = blank(f.label) ? `فیلد ${fa(i + 1)} فرم` : `فیلد «${f.label}» فرم`;
    const whereEn = `form field "${f.labelEn ?? f.label}"`;
    const path = `form.fields.${i}`;
    if (!ID.test(f.id ?? '')) at(`${path}.id`, where, whereEn, 'شناسهٔ فیلد باید حرف و رقم لاتین باشد.', 'the field id must be Latin letters or digits.');
    else if (ids.has(f.id)) at(`${path}.id`, where, whereEn, `شناسهٔ «${f.id}» تکراری است.`, `id "${f.id}" is used twice.`);
    ids.add(f.id);
    if (blank(f.label)) at(`${path}.label`, where, whereEn, 'برچسب فیلد را بنویسید.', 'write its label.');
    if (!FIELD_KINDS.has(f.kind)) {
      at(`${path}.kind`, where, whereEn, 'نوع فیلد شناخته نیست.', 'unknown field kind.');
      return;
    }
    switch (f.kind) {
      case 'text':
      case 'textarea': {
        const bad = (n: number | undefined) => n !== undefined && (!Number.isInteger(n) || n < 0);
        if (bad(f.minLength) || bad(f.maxLength)) at(`${path}.maxLength`, where, whereEn, 'کمینه و بیشینهٔ طول باید عدد درست و نامنفی باشند.', 'length limits must be whole numbers, zero or more.');
        else if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) {
          at(`${path}.minLength`, where, whereEn, 'کمینهٔ طول از بیشینهٔ آن بیشتر است.', 'the minimum length exceeds the maximum.');
        }
        if (f.pattern !== undefined) {
          try {
            new RegExp(f.pattern, 'u');
          } catch {
            at(`${path}.pattern`, where, whereEn, `الگوی «${f.pattern}» عبارت باقاعدهٔ درستی نیست.`, `pattern "${f.pattern}" is not a valid regular expression.`);
          }
        }
        break;
      }
      case 'number':
        if (f.min !== undefined && f.max !== undefined && f.min > f.max) at(`${path}.min`, where, whereEn, 'کمینه از بیشینه بیشتر است.', 'the minimum exceeds the maximum.');
        break;
      case 'date':
        if ((f.min !== undefined && !JALALI_BOUND.test(f.min)) || (f.max !== undefined && !JALALI_BOUND.test(f.max))) {
          at(`${path}.min`, where, whereEn, 'مرز تاریخ باید «today» یا تاریخی مانند ۱۴۰۴/۰۱/۱۵ باشد.', 'date bounds must be "today" or like 1404/01/15.');
        }
        break;
      case 'select': {
        if (f.options.length === 0) at(`${path}.options`, where, whereEn, 'فهرست گزینه‌ها خالی است؛ دست‌کم یک گزینه بیفزایید.', 'the list has no options; add at least one.');
        const values = new Set<string>();
        f.options.forEach((o, oi) => {
          if (blank(o.value) || blank(o.label)) at(`${path}.options.${oi}`, where, whereEn, `گزینهٔ ${fa(oi + 1)} مقدار یا برچسب ندارد.`, `option ${oi + 1} has no value or label.`);
          else if (values.has(o.value)) at(`${path}.options.${oi}`, where, whereEn, `مقدار گزینهٔ «${o.value}» تکراری است.`, `option value "${o.value}" is repeated.`);
          values.add(o.value);
        });
        break;
      }
      case 'document':
        if (f.accept.length === 0) at(`${path}.accept`, where, whereEn, 'بنویسید چه نوع فایلی پذیرفته می‌شود (مثلاً PDF یا JPEG).', 'say which file types are accepted.');
        if (f.maxSizeKb !== undefined && !(f.maxSizeKb > 0)) at(`${path}.maxSizeKb`, where, whereEn, 'بیشینهٔ اندازهٔ فایل باید بزرگ‌تر از صفر باشد.', 'the size limit must be above zero.');
        if (f.maxFiles !== undefined && (!Number.isInteger(f.maxFiles) || f.maxFiles < 1)) at(`${path}.maxFiles`, where, whereEn, 'بیشینهٔ تعداد فایل باید دست‌کم ۱ باشد.', 'the file count limit must be at least 1.');
        break;
      default:
        break;
    }
  });
}

function workflowIssues(def: ServiceDefinition, at: At, unit: (id: string) => { isDesk?: boolean } | undefined): void {
  const steps = def.workflow.steps;
  if (steps.length === 0) {
    at('workflow.steps', 'گردش کار', 'workflow', 'گردش کار مرحله‌ای ندارد.', 'the workflow has no steps.');
    return;
  }
  const ids = new Set<string>();
  steps.forEach((step: WorkflowStep, i) => {
    const where = `مرحلهٔ ${fa(i + 1)}${blank(step.title) ? '' : ` «${step.title}»`} گردش کار`;
    const whereEn = `workflow step ${i + 1}`;
    const path = `workflow.steps.${i}`;
    if (!ID.test(step.id ?? '') || ids.has(step.id)) at(`${path}.id`, where, whereEn, 'شناسهٔ مرحله خالی، نادرست یا تکراری است.', 'the step id is empty, malformed or repeated.');
    ids.add(step.id);
    if (blank(step.title)) at(`${path}.title`, where, whereEn, 'عنوان مرحله را بنویسید.', 'write its title.');
    if (!unit(step.unitId)) at(`${path}.unitId`, where, whereEn, `واحد «${step.unitId}» در فهرست واحدها نیست.`, `unit "${step.unitId}" is not in the units.`);
    if (!STEP_KINDS.has(step.kind)) at(`${path}.kind`, where, whereEn, 'نوع مرحله شناخته نیست.', 'unknown step kind.');
    if (!(step.time.amount > 0) || !Number.isFinite(step.time.amount) || !TIME_UNITS.has(step.time.unit)) {
      at(`${path}.time`, where, whereEn, 'زمان توافق‌شده باید عددی بزرگ‌تر از صفر باشد.', 'the agreed time must be above zero.');
    } else if (step.time.unit === 'workingDays' && !Number.isInteger(step.time.amount)) {
      at(`${path}.time`, where, whereEn, 'زمان به روز کاری باید عدد درست باشد؛ برای کسر روز، ساعت کاری بنویسید.', 'working days must be whole; use working hours for part of a day.');
    }
    const last = i === steps.length - 1;
    if (step.kind === 'response' && !last) at(`${path}.kind`, where, whereEn, 'مرحلهٔ «ابلاغ پاسخ» فقط باید آخرین مرحله باشد.', 'only the last step may be the response.');
    if (last && step.kind !== 'response') at(`${path}.kind`, where, whereEn, 'آخرین مرحله باید «ابلاغ پاسخ» در میز خدمت باشد.', 'the last step must be the response at the desk.');
    if (last && step.kind === 'response' && unit(step.unitId) && !unit(step.unitId)!.isDesk) {
      at(`${path}.unitId`, where, whereEn, 'پاسخ باید در یکی از واحدهای «میز خدمت» تحویل شود.', 'the response must be handed at a desk unit.');
    }
    if (step.kind === 'inquiry' && !def.package.inquiries.some((q) => q.id === step.inquiryId)) {
      at(`${path}.inquiryId`, where, whereEn, 'مرحلهٔ استعلام باید یکی از استعلام‌های شناسنامهٔ همین خدمت را نام ببرد.', 'an inquiry step must name one of the package’s inquiries.');
    }
  });
}
