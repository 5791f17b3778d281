// معاونت هماهنگی امور اقتصادی — services s09–s15 (seed 002). Plausible demo
// content: an office replaces it with its own approved info packages.
import type { ServiceDefinition } from '@desk/common';
import { area, ask, choice, D, days, decide, defineService, doc, F, num, Q, respond, responsible, review, text } from './parts';
import { U } from './units';

const investmentOfficer = responsible('کارشناس سرمایه‌گذاری و اشتغال', U.economy, 211);

const SECTORS: [string, string, string][] = [
  ['industry', 'صنعت', 'Industry'],
  ['tourism', 'گردشگری', 'Tourism'],
  ['agriculture', 'کشاورزی و شیلات', 'Agriculture and fisheries'],
  ['services', 'خدمات', 'Services'],
  ['mining', 'معدن', 'Mining'],
];

export const economyServices: ServiceDefinition[] = [
  defineService({
    serviceId: 's09',
    summary: 'راهنمایی و پیگیری صدور مجوزهای سرمایه‌گذاری در شهرستان از راه یک پنجره، با استعلام از دستگاه‌های صادرکنندهٔ مجوز.',
    summaryEn: 'One window for investment permits in the county: guidance and follow-up, with the office asking the issuing agencies.',
    audience: 'سرمایه‌گذاران حقیقی و حقوقی',
    fields: [
      F.applicantType(),
      F.companyId(),
      text('project', 'عنوان طرح', 'Project title'),
      choice('sector', 'بخش فعالیت', 'Sector', SECTORS),
      area('location', 'محل اجرای طرح', 'Project location', { minLength: 10, maxLength: 500 }),
      num('investment', 'سرمایه‌گذاری پیش‌بینی‌شده (میلیون ریال)', 'Planned investment (million Rials)', { min: 1 }),
      num('jobs', 'اشتغال پیش‌بینی‌شده (نفر)', 'Planned jobs (people)', { min: 0, integer: true, unit: 'نفر' }),
    ],
    documents: [D.businessPlan, D.landDocument, D.companyNotice],
    inquiries: [Q.industry, Q.naturalResources],
    steps: [
      review('بررسی طرح و تعیین مجوزهای لازم', 'Review of the plan and the permits it needs', U.economy, days(3)),
      ask(Q.deeds, U.economy, days(5)),
      ask(Q.environment, U.economy, days(7)),
      decide('طرح در کارگروه سرمایه‌گذاری شهرستان', 'County investment working group', U.economy, days(10)),
      respond(),
    ],
    meanDays: 22,
    visits: 1,
    responsible: investmentOfficer,
    legalBasis: ['قانون بهبود مستمر محیط کسب‌وکار (۱۳۹۰)'],
  }),

  defineService({
    serviceId: 's10',
    summary: 'رسیدگی به مسائل و مشکلات سرمایه‌گذاران با همکاری دستگاه‌های ذی‌ربط.',
    summaryEn: 'Resolving investors’ problems together with the agencies concerned.',
    audience: 'سرمایه‌گذاران دارای طرح در شهرستان',
    fields: [
      text('project', 'عنوان طرح', 'Project title'),
      text('permitNumber', 'شمارهٔ مجوز یا پروانه', 'Permit number', { required: false }),
      text('agency', 'دستگاهی که مشکل با آن است', 'Agency the problem is with'),
      F.description('شرح مشکل', 'The problem'),
    ],
    documents: [doc('correspondence', 'مکاتبات پیشین با دستگاه مربوط', 'Earlier correspondence with the agency', { required: false, maxFiles: 10 })],
    steps: [
      review('بررسی مشکل', 'Review of the problem', U.economy, days(3)),
      ask(Q.agencyConcerned, U.economy, days(7)),
      decide('جلسهٔ هماهنگی با دستگاه‌های ذی‌ربط', 'Coordination meeting with the agencies', U.economy, days(5)),
      respond(),
    ],
    meanDays: 13,
    visits: 0,
    responsible: investmentOfficer,
    legalBasis: ['قانون بهبود مستمر محیط کسب‌وکار (۱۳۹۰)'],
  }),

  defineService({
    serviceId: 's11',
    summary: 'طرح مشکلات واحدهای تولیدی در ستاد تسهیل و رفع موانع تولید شهرستان (تسهیلات بانکی، بیمه، مالیات، انرژی و مجوزها).',
    summaryEn: 'Production units’ problems brought to the county facilitation board (loans, insurance, tax, energy, permits).',
    audience: 'واحدهای تولیدی دارای پروانهٔ بهره‌برداری',
    fields: [
      text('companyName', 'نام واحد تولیدی', 'Name of the production unit'),
      F.companyId(),
      text('licenceNumber', 'شمارهٔ پروانهٔ بهره‌برداری', 'Operating licence number'),
      choice('problem', 'موضوع مشکل', 'Problem', [
        ['loan', 'تسهیلات بانکی', 'Bank loans'],
        ['insurance', 'بیمهٔ تأمین اجتماعی', 'Social security'],
        ['tax', 'مالیات', 'Tax'],
        ['energy', 'حامل‌های انرژی', 'Energy'],
        ['permits', 'مجوزها', 'Permits'],
      ]),
      num('amount', 'مبلغ مورد نظر (میلیون ریال)', 'Amount concerned (million Rials)', { required: false }),
      F.description('شرح مشکل', 'The problem'),
    ],
    documents: [doc('operating-licence', 'پروانهٔ بهره‌برداری', 'Operating licence'), doc('financials', 'صورت‌های مالی سال گذشته', "Last year's financial statements", { required: false })],
    // the unit asks whichever of these the problem concerns, during its review
    inquiries: [Q.bank, Q.socialSecurity, Q.tax],
    steps: [
      review('بررسی و استعلام از دستگاه‌های مربوط', 'Review and inquiries to the agencies concerned', U.economy, days(5)),
      decide('طرح در ستاد تسهیل و رفع موانع تولید', 'County production facilitation board', U.economy, days(10)),
      respond(),
    ],
    meanDays: 14,
    visits: 0,
    responsible: investmentOfficer,
    legalBasis: ['مادهٔ ۶۱ قانون رفع موانع تولید رقابت‌پذیر و ارتقای نظام مالی کشور (۱۳۹۴)'],
  }),

  defineService({
    serviceId: 's12',
    summary: 'معرفی فرصت‌های سرمایه‌گذاری شهرستان به متقاضیان، متناسب با بخش و میزان سرمایه.',
    summaryEn: 'Investment opportunities of the county, matched to the sector and capital of the applicant.',
    audience: 'همهٔ علاقه‌مندان به سرمایه‌گذاری',
    fields: [
      choice('sector', 'بخش مورد علاقه', 'Sector of interest', SECTORS),
      choice('capital', 'سرمایهٔ در دسترس', 'Available capital', [
        ['small', 'کمتر از ۱۰ میلیارد ریال', 'Under 10 billion Rials'],
        ['medium', '۱۰ تا ۱۰۰ میلیارد ریال', '10–100 billion Rials'],
        ['large', 'بیش از ۱۰۰ میلیارد ریال', 'Over 100 billion Rials'],
      ]),
      area('notes', 'توضیح', 'Notes', { required: false }),
    ],
    documents: [],
    steps: [review('گزینش فرصت‌های متناسب', 'Selecting matching opportunities', U.economy, days(3)), respond()],
    meanDays: 3,
    visits: 0,
    responsible: investmentOfficer,
    legalBasis: ['قانون بهبود مستمر محیط کسب‌وکار (۱۳۹۰)'],
  }),

  defineService({
    serviceId: 's13',
    summary: 'رفع موانع اشتغال با هماهنگی دستگاه‌های دولتی و بخش خصوصی.',
    summaryEn: 'Removing obstacles to employment, with government agencies and the private sector.',
    audience: 'کارفرمایان و کارآفرینان',
    fields: [
      F.applicantType(),
      text('business', 'نام کسب‌وکار', 'Business name'),
      num('workers', 'تعداد کارکنان فعلی', 'Current number of workers', { integer: true, unit: 'نفر' }),
      F.description('مانع اشتغال', 'The obstacle'),
    ],
    documents: [doc('business-licence', 'مجوز کسب‌وکار', 'Business licence'), D.evidence],
    steps: [
      review('بررسی درخواست', 'Review of the request', U.economy, days(3)),
      ask(Q.labour, U.economy, days(7)),
      decide('تصمیم کارگروه اشتغال شهرستان', 'County employment working group', U.economy, days(5)),
      respond(),
    ],
    meanDays: 13,
    visits: 0,
    responsible: investmentOfficer,
    legalBasis: ['مصوبات کارگروه اشتغال و سرمایه‌گذاری استان'],
  }),

  defineService({
    serviceId: 's14',
    summary: 'رسیدگی و رفع مسائل و مشکلات اتحادیه‌های صنفی شهرستان با همکاری دستگاه‌های ذی‌ربط.',
    summaryEn: 'Resolving problems of the county’s trade unions with the agencies concerned.',
    audience: 'اتحادیه‌های صنفی شهرستان',
    fields: [
      text('union', 'نام اتحادیه', 'Union'),
      text('registration', 'شمارهٔ ثبت اتحادیه', 'Union registration number'),
      F.description('شرح مشکل', 'The problem'),
    ],
    documents: [doc('union-licence', 'مجوز اتحادیه', 'Union licence'), D.evidence],
    steps: [
      review('بررسی مشکل', 'Review of the problem', U.economy, days(3)),
      ask(Q.guilds, U.economy, days(5)),
      decide('جلسهٔ هماهنگی', 'Coordination meeting', U.economy, days(5)),
      respond(),
    ],
    meanDays: 11,
    visits: 0,
    responsible: responsible('کارشناس امور صنفی', U.economy, 214),
    legalBasis: ['قانون نظام صنفی کشور'],
  }),

  defineService({
    serviceId: 's15',
    summary: 'پیگیری درخواست‌های پیشین رفع موانع اشتغال با هماهنگی دستگاه‌های دولتی و بخش خصوصی.',
    summaryEn: 'Follow-up of earlier requests to remove obstacles to employment.',
    audience: 'متقاضیانی که پیش‌تر درخواست رفع موانع اشتغال داده‌اند',
    fields: [
      text('previousCode', 'کد رهگیری درخواست پیشین', 'Tracking code of the earlier request', {
        pattern: '^[0-9][0-9 -]{9,14}$',
        patternMessage: 'کد رهگیری درخواست پیشین را از روی رسید آن وارد کنید.',
      }),
      F.description('آنچه هنوز حل نشده است', 'What is still unresolved'),
    ],
    documents: [D.evidence],
    steps: [
      review('بررسی سابقه و وضعیت فعلی', 'Review of the history and current state', U.economy, days(2)),
      decide('پیگیری با دستگاه‌های ذی‌ربط', 'Follow-up with the agencies concerned', U.economy, days(5)),
      respond(),
    ],
    meanDays: 6,
    visits: 0,
    responsible: investmentOfficer,
    legalBasis: ['مصوبات کارگروه اشتغال و سرمایه‌گذاری استان'],
  }),
];
