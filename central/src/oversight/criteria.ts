// The e-desk criteria of seed 000 (the ten capabilities offices are evaluated on, and
// the two in-person rules that events can show), each with the rule that turns the
// figures into a status. A capability counts as shown by use: "met" when it was used
// for (nearly) every request it applies to, "partly" when only for some, "not met"
// when never though it applied, and "no data" when nothing in the period needed it or
// central cannot see it. Thresholds are constants here, and the rule text says them.
import { toPersianDigits } from '@desk/common';
import type { DayFacts } from './facts';
import type { CatalogueFacts, CriterionLine, CriterionStatus, CriterionTable, Measure, SyncFacts } from './types';
import { STATUS_LABELS } from './types';

export interface AssessInput {
  /** The period's facts, summed over its office days. */
  facts: DayFacts;
  sync: SyncFacts | null;
  catalogue: CatalogueFacts | null;
}

interface Thresholds {
  /** Share (0–1) at or above which the criterion is met. */
  met: number;
  /** Share at or above which (with at least one) it is partly met; 0: any use at all. */
  partly: number;
}

/** Status of "n of d did it" under the thresholds; no data when d is 0. */
export function shareStatus(n: number, d: number, t: Thresholds): CriterionStatus {
  if (d <= 0) return 'noData';
  const share = n / d;
  if (share >= t.met) return 'met';
  if (n > 0 && share >= t.partly) return 'partly';
  return 'notMet';
}

const count = (id: string, label: string, value: number): Measure => ({ id, label, value, unit: 'count' });
const part = (id: string, label: string, value: number, of: number): Measure => ({ id, label, value, unit: 'count', of, share: of > 0 ? value / of : null });
const meanHours = (id: string, label: string, ms: number, n: number): Measure => ({
  id,
  label,
  value: n > 0 ? Math.round((ms / n / 3_600_000) * 10) / 10 : null,
  unit: 'hours',
});

interface Verdict {
  status: CriterionStatus;
  measures: Measure[];
  rule?: string;
  reason?: string;
  table?: CriterionTable;
}

interface CriterionDef {
  id: string;
  number: string;
  title: string;
  text: string;
  rule: string;
  source: string;
  assess(input: AssessInput): Verdict;
}

const CATALOGUE_MISSING =
  'کاتالوگ خدمات این اداره (با بستهٔ اطلاع‌رسانی هر خدمت) در دفتر مرکزی نیست: اداره کاتالوگ مرکزی دستگاه خود را به کار نگرفته است و رویدادهای پرونده فقط شناسهٔ خدمت را دارند. ارقام زیر فقط خدماتی است که در این دوره درخواست داشته‌اند.';

function requestedServices(f: DayFacts): Array<[string, { accepted: number; electronic: number }]> {
  return Object.entries(f.services)
    .filter(([, s]) => s.accepted > 0)
    .sort((a, b) => b[1].accepted - a[1].accepted || a[0].localeCompare(b[0]));
}

function servicesTable(f: DayFacts, catalogue: CatalogueFacts | null): CriterionTable {
  const known = new Map((catalogue?.services ?? []).map((s) => [s.id, s]));
  const packageText = (id: string) => {
    const s = known.get(id);
    if (!catalogue) return 'نامعلوم';
    if (!s) return 'در کاتالوگ نیست';
    return s.hasInfoPackage ? 'کامل' : `ناقص: ${(s.missing ?? []).join('، ')}`;
  };
  return {
    columns: ['خدمت', 'درخواست پذیرفته‌شده', 'از این میان الکترونیکی', 'بستهٔ اطلاع‌رسانی'],
    rows: requestedServices(f).map(([id, s]) => [known.get(id)?.name ? `${known.get(id)!.name} (${id})` : id, s.accepted, s.electronic, packageText(id)]),
  };
}

const fa = toPersianDigits;
const NO_REQUEST = 'در این دوره درخواستی پذیرفته نشده است.';
const NO_RESPONSE = 'در این دوره پاسخی صادر نشده است.';

interface ShareSpec {
  /** What did it, of what it applied to. */
  share(f: DayFacts): [number, number];
  thresholds: Thresholds;
  /** Why there is no status when nothing applied. */
  empty: string;
  measures(f: DayFacts): Measure[];
}

/** A criterion judged by one share of the period's facts. */
function byShare(spec: ShareSpec): CriterionDef['assess'] {
  return ({ facts }) => {
    const [n, d] = spec.share(facts);
    return { status: shareStatus(n, d, spec.thresholds), measures: spec.measures(facts), ...(d === 0 ? { reason: spec.empty } : {}) };
  };
}

export const CRITERIA: readonly CriterionDef[] = [
  {
    id: 'c1',
    number: fa(1),
    title: 'پنجرهٔ واحد الکترونیکی',
    text: 'دسترسی به همهٔ خدمات از یک پنجرهٔ واحد الکترونیکی، بی‌سرگردانی میان سامانه‌ها و بی‌گرفتن اطلاعات تکراری',
    rule: 'برآورده: همهٔ خدمات کاتالوگ اداره در درگاه میز خدمت الکترونیکی نشانی داشته باشند؛ تا حدی: دست‌کم نیمی از آن‌ها؛ برآورده نشده: کمتر از نیمی. بی کاتالوگ اداره در دفتر مرکزی داوری ممکن نیست.',
    source: 'رویدادهای case.submitted دوره (خدمت و مجرای هر درخواست) و کاتالوگ اداره در دفتر مرکزی (محل‌های ارائهٔ هر خدمت)',
    assess({ facts, catalogue }) {
      const requested = requestedServices(facts);
      const measures = [
        count('servicesRequested', 'خدمات دارای درخواست در دوره', requested.length),
        part('servicesRequestedElectronically', 'خدماتی که دست‌کم یک درخواست الکترونیکی داشته‌اند', requested.filter(([, s]) => s.electronic > 0).length, requested.length),
      ];
      if (!catalogue || catalogue.services.length === 0) return { status: 'noData', measures, reason: CATALOGUE_MISSING, table: servicesTable(facts, catalogue) };
      const offered = catalogue.services.filter((s) => s.electronic).length;
      return {
        status: shareStatus(offered, catalogue.services.length, { met: 1, partly: 0.5 }),
        measures: [part('servicesOnEdesk', 'خدمات کاتالوگ با نشانی در درگاه میز خدمت الکترونیکی', offered, catalogue.services.length), ...measures],
        table: servicesTable(facts, catalogue),
        reason: `از ${catalogue.source}.`,
      };
    },
  },
  {
    id: 'c2',
    number: fa(2),
    title: 'پذیرش الکترونیکی درخواست و بارگذاری مدارک',
    text: 'پذیرش درخواست خدمت به‌صورت الکترونیکی و بارگذاری الکترونیکی مدارک آن',
    rule: 'برآورده: دست‌کم ۵۰٪ درخواست‌های پذیرفته‌شده از درگاه اینترنتی یا کیوسک رسیده و دست‌کم یکی با مدرک بارگذاری‌شده؛ تا حدی: دست‌کم یک درخواست الکترونیکی؛ برآورده نشده: همهٔ درخواست‌ها در باجه پذیرفته شده؛ بی‌داده: درخواستی در دوره پذیرفته نشده.',
    source: 'رویدادهای case.submitted دوره: مجرای پرونده (web، kiosk، counter) و مدارک مرحلهٔ ثبت',
    assess(input) {
      const v = byShare({
        share: (f) => [f.web + f.kiosk, f.accepted],
        thresholds: { met: 0.5, partly: 0 },
        empty: NO_REQUEST,
        measures: (f) => [
          count('accepted', 'درخواست‌های پذیرفته‌شده', f.accepted),
          part('electronic', 'پذیرفته‌شده به‌صورت الکترونیکی (درگاه و کیوسک)', f.web + f.kiosk, f.accepted),
          part('web', 'از درگاه اینترنتی', f.web, f.accepted),
          part('kiosk', 'از کیوسک', f.kiosk, f.accepted),
          part('counter', 'در باجهٔ میز خدمت حضوری', f.counter, f.accepted),
          part('electronicWithDocuments', 'درخواست الکترونیکی با مدرک بارگذاری‌شده', f.electronicWithDocuments, f.web + f.kiosk),
        ],
      })(input);
      // uploading documents is half of this capability
      return v.status === 'met' && input.facts.electronicWithDocuments === 0 ? { ...v, status: 'partly' } : v;
    },
  },
  {
    id: 'c3',
    number: fa(3),
    title: 'رسید الکترونیکی و زمان صدور پاسخ',
    text: 'ارائهٔ رسید الکترونیکی و تعیین زمان صدور پاسخ خدمت',
    rule: 'برآورده: دست‌کم ۹۵٪ درخواست‌های پذیرفته‌شده رسید الکترونیکی (پیامک یا رایانامه) با تاریخ وعدهٔ پاسخ گرفته باشند؛ تا حدی: دست‌کم ۵۰٪؛ برآورده نشده: کمتر از ۵۰٪. پاسخ در موعد فقط گزارش می‌شود.',
    source: 'رویدادهای case.submitted دوره (اعلان رسید و promisedResponseAt) و response.issued دوره (زمان صدور در برابر تاریخ رسید)',
    assess: byShare({
      share: (f) => [f.receiptWithDate, f.accepted],
      thresholds: { met: 0.95, partly: 0.5 },
      empty: NO_REQUEST,
      measures: (f) => [
        count('accepted', 'درخواست‌های پذیرفته‌شده', f.accepted),
        part('receiptWithDate', 'با رسید الکترونیکی و تاریخ وعدهٔ پاسخ', f.receiptWithDate, f.accepted),
        count('answered', 'پاسخ‌های صادرشده', f.answered),
        part('onTimePromised', 'پاسخ تا تاریخ درج‌شده در رسید', f.onTimePromised, f.answered),
        part('onTimeDue', 'پاسخ تا موعد (با افزودن زمان انتظار برای متقاضی)', f.onTimeDue, f.answered),
      ],
    }),
  },
  {
    id: 'c4',
    number: fa(4),
    title: 'کد رهگیری یکتا در لحظهٔ پذیرش',
    text: 'ارائهٔ الکترونیکی کد رهگیری منحصربه‌فرد در لحظهٔ پذیرش درخواست',
    rule: 'برآورده: همهٔ درخواست‌های پذیرفته‌شده در لحظهٔ پذیرش کد رهگیری درست (۱۱ رقم با رقم کنترل) گرفته باشند که پیش‌تر به درخواست دیگری از اداره داده نشده بود؛ تا حدی: دست‌کم ۹۰٪؛ برآورده نشده: کمتر از ۹۰٪.',
    source: 'رویدادهای case.submitted دوره (trackingCode) در برابر همهٔ کدهای رهگیری پیشین اداره در دفتر مرکزی',
    assess: byShare({
      share: (f) => [f.uniqueTrackingCode, f.accepted],
      thresholds: { met: 1, partly: 0.9 },
      empty: NO_REQUEST,
      measures: (f) => [
        count('accepted', 'درخواست‌های پذیرفته‌شده', f.accepted),
        part('validTrackingCode', 'با کد رهگیری درست', f.validTrackingCode, f.accepted),
        count('reusedTrackingCode', 'با کدی که پیش‌تر به درخواست دیگری داده شده بود', f.reusedTrackingCode),
        part('uniqueTrackingCode', 'با کد رهگیری درست و یکتا', f.uniqueTrackingCode, f.accepted),
      ],
    }),
  },
  {
    id: 'c5',
    number: fa(5),
    title: 'رهگیری الکترونیکی مراحل گردش کار',
    text: 'فراهم کردن امکان رهگیری الکترونیکی مراحل گردش کار خدمت توسط ارباب رجوع',
    rule: 'برآورده: دست‌کم ۹۵٪ پرونده‌های پاسخ‌داده‌شده همهٔ مراحل گردش کارشان (واحد، آغاز، پایان و نتیجه) ثبت شده باشد تا متقاضی با کد رهگیری ببیند؛ تا حدی: دست‌کم ۵۰٪؛ برآورده نشده: کمتر از ۵۰٪؛ بی‌داده: پاسخی در دوره صادر نشده.',
    source: 'رویدادهای response.issued دوره (مراحل پرونده) و step.completed / step.returned دوره',
    assess: byShare({
      share: (f) => [f.answeredStepsTracked, f.answered],
      thresholds: { met: 0.95, partly: 0.5 },
      empty: NO_RESPONSE,
      measures: (f) => [
        count('answered', 'پاسخ‌های صادرشده', f.answered),
        part('answeredStepsTracked', 'با همهٔ مراحل ثبت‌شده', f.answeredStepsTracked, f.answered),
        count('stepsRecorded', 'مراحل انجام‌شده یا برگشتی ثبت‌شده', f.stepsRecorded),
        count('progressNotified', 'اعلان پیشرفت مرحله به متقاضی', f.progressNotified),
      ],
    }),
  },
  {
    id: 'c6',
    number: fa(6),
    title: 'ارائهٔ الکترونیکی پاسخ',
    text: 'ارائهٔ پاسخ خدمت به‌صورت الکترونیکی به ارباب رجوع',
    rule: 'برآورده: دست‌کم ۵۰٪ پاسخ‌هایی که دریافتشان تأیید شد، از درگاه یا کیوسک (الکترونیکی) تأیید شده باشند؛ تا حدی: دست‌کم یکی؛ برآورده نشده: همه در باجه؛ بی‌داده: دریافت پاسخی در دوره تأیید نشده.',
    source: 'رویدادهای response.issued دوره (اعلان پاسخ) و response.acknowledged دوره (acknowledgedVia)',
    assess: byShare({
      share: (f) => [f.acknowledgedElectronic, f.acknowledged],
      thresholds: { met: 0.5, partly: 0 },
      empty: 'در این دوره دریافت پاسخی تأیید نشده است.',
      measures: (f) => [
        count('answered', 'پاسخ‌های صادرشده', f.answered),
        part('responseNotified', 'با اعلان الکترونیکی پاسخ به متقاضی', f.responseNotified, f.answered),
        count('acknowledged', 'دریافت پاسخ تأییدشده', f.acknowledged),
        part('acknowledgedElectronic', 'تأییدشده از درگاه یا کیوسک', f.acknowledgedElectronic, f.acknowledged),
      ],
    }),
  },
  {
    id: 'c7',
    number: fa(7),
    title: 'تعامل الکترونیکی با متقاضی در مراحل کار',
    text: 'تعامل الکترونیکی با ارباب رجوع در مراحل مختلف انجام خدمت',
    rule: 'برآورده: دست‌کم ۵۰٪ درخواست‌های اطلاعات یا مدرکی که متقاضی در دوره پاسخ داد، از درگاه یا کیوسک پاسخ داده شده باشند؛ تا حدی: دست‌کم یکی؛ برآورده نشده: همه در باجه؛ بی‌داده: پاسخی به درخواست اطلاعات در دوره نبود.',
    source: 'رویدادهای info.requested (اعلان به متقاضی) و info.answered دوره (mode)',
    assess: byShare({
      share: (f) => [f.infoAnsweredElectronic, f.infoAnswered],
      thresholds: { met: 0.5, partly: 0 },
      empty: 'در این دوره متقاضیان به درخواست اطلاعاتی پاسخ نداده‌اند.',
      measures: (f) => [
        count('infoRequested', 'درخواست اطلاعات یا مدرک از متقاضی', f.infoRequested),
        part('infoRequestNotified', 'اعلان‌شده به‌صورت الکترونیکی', f.infoRequestNotified, f.infoRequested),
        count('infoAnswered', 'پاسخ‌داده‌شده از سوی متقاضی', f.infoAnswered),
        part('infoAnsweredElectronic', 'پاسخ‌داده‌شده از درگاه یا کیوسک', f.infoAnsweredElectronic, f.infoAnswered),
      ],
    }),
  },
  {
    id: 'c8',
    number: fa(8),
    title: 'بستهٔ الکترونیکی اطلاع‌رسانی خدمت',
    text: 'ارائهٔ بستهٔ الکترونیکی اطلاع‌رسانی برای خدمت درخواست‌شده (بند ۴ دستورالعمل میز خدمت حضوری)',
    rule: 'برآورده: همهٔ خدماتی که در دوره درخواست داشته‌اند بستهٔ اطلاع‌رسانی کامل داشته باشند (شرح، نشانی، مراحل، مدارک، میانگین زمان، استعلام‌ها، هزینه‌ها با حساب و مستند قانونی، مسئول پاسخگو)؛ تا حدی: دست‌کم ۵۰٪؛ برآورده نشده: کمتر از ۵۰٪. خدمتی که در کاتالوگ دفتر مرکزی نیست بی‌بسته شمرده می‌شود. بی کاتالوگ اداره در دفتر مرکزی داوری ممکن نیست.',
    source: 'رویدادهای case.submitted دوره (خدمت) و کاتالوگ اداره در دفتر مرکزی (بستهٔ اطلاع‌رسانی هر خدمت)',
    assess({ facts, catalogue }) {
      const requested = requestedServices(facts);
      const measures = [count('servicesRequested', 'خدمات دارای درخواست در دوره', requested.length)];
      if (!catalogue || catalogue.services.length === 0) return { status: 'noData', measures, reason: CATALOGUE_MISSING, table: servicesTable(facts, catalogue) };
      const withPackage = new Set(catalogue.services.filter((s) => s.hasInfoPackage).map((s) => s.id));
      const covered = requested.filter(([id]) => withPackage.has(id)).length;
      return {
        status: shareStatus(covered, requested.length, { met: 1, partly: 0.5 }),
        measures: [...measures, part('servicesWithPackage', 'از این میان با بستهٔ اطلاع‌رسانی کامل', covered, requested.length)],
        table: servicesTable(facts, catalogue),
        reason: requested.length === 0 ? NO_REQUEST : `از ${catalogue.source}.`,
      };
    },
  },
  {
    id: 'c9',
    number: fa(9),
    title: 'نظرسنجی الکترونیکی',
    text: 'دریافت نظر ارباب رجوع به‌صورت الکترونیکی',
    rule: 'برآورده: شمار نظرسنجی‌های الکترونیکی (درگاه یا کیوسک) دست‌کم ۳۰٪ شمار پاسخ‌های صادرشده باشد؛ تا حدی: دست‌کم یک نظرسنجی؛ برآورده نشده: پاسخ صادر شده ولی نظری گرفته نشده؛ بی‌داده: پاسخی در دوره صادر نشده.',
    source: 'رویدادهای survey.submitted دوره (survey.via) و response.issued دوره',
    assess: byShare({
      share: (f) => [Math.min(f.surveysElectronic, f.answered), f.answered],
      thresholds: { met: 0.3, partly: 0 },
      empty: NO_RESPONSE,
      measures: (f) => [
        count('answered', 'پاسخ‌های صادرشده', f.answered),
        part('surveys', 'نظرسنجی‌های گرفته‌شده', f.surveys, f.answered),
        part('surveysElectronic', 'از این میان از درگاه یا کیوسک', f.surveysElectronic, f.surveys),
      ],
    }),
  },
  {
    id: 'c10',
    number: fa(10),
    title: 'گزارش‌های تحلیلی، مقایسه‌ای و مدیریتی',
    text: 'تهیهٔ گزارش‌های تحلیلی، مقایسه‌ای و مدیریتی: شمار خدمات پذیرفته و پاسخ‌داده‌شده، میانگین زمان پذیرش تا پاسخ، به تفکیک دوره و محل ارائهٔ خدمت',
    rule: 'برآورده: رویدادهای پروندهٔ دوره به دفتر مرکزی رسیده و رویدادی از اداره در راه نیست (گزارش‌های زیر از همین رویدادها ساخته می‌شود)؛ تا حدی: اداره رویدادهایی دارد که هنوز نرسیده (ارقام ناقص است)؛ بی‌داده: هیچ رویداد پرونده‌ای از دوره نرسیده.',
    source: 'همهٔ رویدادهای پروندهٔ دوره و وضعیت همگام‌سازی جریان cases',
    assess({ facts: f, sync }) {
      const behind = sync ? Math.max(0, sync.headSeq - sync.lastSeq) : 0;
      const status: CriterionStatus = f.events === 0 ? 'noData' : behind > 0 ? 'partly' : 'met';
      const desks = Object.entries(f.desks).sort((a, b) => b[1].accepted - a[1].accepted || a[0].localeCompare(b[0]));
      return {
        status,
        measures: [
          count('caseEvents', 'رویدادهای پرونده در دوره', f.events),
          count('accepted', 'پذیرفته‌شده', f.accepted),
          count('answered', 'پاسخ‌داده‌شده', f.answered),
          count('withdrawn', 'انصراف', f.withdrawn),
          meanHours('responseMeanHours', 'میانگین پذیرش تا پاسخ (ساعت)', f.responseMs, f.answered),
          count('behind', 'رویدادهای اداره که هنوز به دفتر مرکزی نرسیده', behind),
        ],
        table: {
          columns: ['محل پذیرش (میز خدمت)', 'پذیرفته‌شده', 'پاسخ‌داده‌شده', 'میانگین پذیرش تا پاسخ (ساعت)'],
          rows: desks.map(([id, d]) => [id, d.accepted, d.answered, d.answered > 0 ? Math.round((d.responseMs / d.answered / 3_600_000) * 10) / 10 : null]),
        },
        ...(f.events === 0 ? { reason: 'هیچ رویداد پرونده‌ای از این دوره به دفتر مرکزی نرسیده است.' } : behind > 0 ? { reason: 'اداره رویدادهایی دارد که هنوز به دفتر مرکزی نرسیده؛ ارقام ممکن است کامل نباشد.' } : {}),
      };
    },
  },
  {
    id: 'p1',
    number: 'حضوری ۱',
    title: 'پذیرش حضوری فقط در میز خدمت',
    text: 'اگر مرحله‌ای حضور متقاضی را بخواهد، او تنها در میز خدمت حضوری پذیرفته شود و ارجاعش به واحدها و کارشناسان داخل اداره ممنوع است',
    rule: 'برآورده: همهٔ مراجعه‌های نوبت‌دار در میز خدمت (یا کیوسک سالن) و با نوبت صف پذیرش شده باشند؛ تا حدی: دست‌کم ۹۰٪؛ برآورده نشده: کمتر از ۹۰٪؛ بی‌داده: مراجعهٔ حضوری در دوره نبود.',
    source: 'رویدادهای appointment.checkedIn دوره (mode و نوبت صف)',
    assess: byShare({
      share: (f) => [f.visitsAtDesk, f.visits],
      thresholds: { met: 1, partly: 0.9 },
      empty: 'در این دوره مراجعهٔ حضوری ثبت نشده است.',
      measures: (f) => [count('visits', 'مراجعه‌های حضوری نوبت‌دار', f.visits), part('visitsAtDesk', 'پذیرش‌شده در میز خدمت با نوبت صف', f.visitsAtDesk, f.visits)],
    }),
  },
  {
    id: 'p2',
    number: 'حضوری ۲',
    title: 'اطلاع الکترونیکی زمان، دلیل و مدارک حضور',
    text: 'زمان، دلیل حضور و مدارک لازم به‌صورت الکترونیکی از پیش به متقاضی اطلاع داده شود',
    rule: 'برآورده: همهٔ نوبت‌های حضور دست‌کم یک ساعت پیش از موعد، با دلیل، به‌صورت الکترونیکی اعلام شده باشند؛ تا حدی: دست‌کم ۹۰٪؛ برآورده نشده: کمتر از ۹۰٪؛ بی‌داده: نوبت حضوری در دوره داده نشده. فهرست مدارک همراه جداگانه شمرده می‌شود.',
    source: 'رویدادهای appointment.set دوره (اعلان، دلیل، زمان و فهرست مدارک)',
    assess: byShare({
      share: (f) => [f.appointmentsToldInAdvance, f.appointmentsSet],
      thresholds: { met: 1, partly: 0.9 },
      empty: 'در این دوره نوبت حضوری داده نشده است.',
      measures: (f) => [
        count('appointmentsSet', 'نوبت‌های حضور داده‌شده', f.appointmentsSet),
        part('appointmentsToldInAdvance', 'اعلام‌شده از پیش با دلیل', f.appointmentsToldInAdvance, f.appointmentsSet),
        part('appointmentsWithBringList', 'با فهرست مدارک همراه', f.appointmentsWithBringList, f.appointmentsSet),
      ],
    }),
  },
];

export const CRITERION_IDS: readonly string[] = CRITERIA.map((c) => c.id);

/** Every criterion's line for these facts. */
export function assessCriteria(input: AssessInput): CriterionLine[] {
  return CRITERIA.map((c) => {
    const v = c.assess(input);
    return {
      id: c.id,
      number: c.number,
      title: c.title,
      text: c.text,
      status: v.status,
      statusLabel: STATUS_LABELS[v.status],
      rule: v.rule ?? c.rule,
      ...(v.reason ? { reason: v.reason } : {}),
      measures: v.measures,
      ...(v.table ? { table: v.table } : {}),
      source: c.source,
    };
  });
}
