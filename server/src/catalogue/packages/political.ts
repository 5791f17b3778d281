// معاونت سیاسی، امنیتی و اجتماعی — services s19–s26 (seed 002). Plausible demo
// content: an office replaces it with its own approved info packages.
import type { ServiceDefinition } from '@desk/common';
import { area, ask, choice, D, date, days, decide, defineService, doc, F, hours, num, plain, Q, respond, responsible, review, text } from './parts';
import { U } from './units';

const politicalOfficer = responsible('کارشناس امور سیاسی و انتخابات', U.political, 411);
const socialOfficer = responsible('کارشناس امور اجتماعی و سازمان‌های مردم‌نهاد', U.social, 421);
const PARTIES_LAW = 'قانون نحوه فعالیت احزاب و گروه‌های سیاسی (۱۳۹۵)';
const NGO_RULES = 'آیین‌نامهٔ اجرایی تأسیس و فعالیت سازمان‌های مردم‌نهاد (۱۳۹۵)';

export const politicalServices: ServiceDefinition[] = [
  defineService({
    serviceId: 's19',
    summary: 'صدور مجوز فعالیت برای تشکل‌های صنفی، سیاسی، دانشجویی و کارگری در سطح شهرستان.',
    summaryEn: 'Licences for guild, political, student and workers’ associations at county level.',
    audience: 'هیئت مؤسس تشکل',
    fields: [
      choice('kind', 'نوع تشکل', 'Kind of association', [
        ['guild', 'صنفی', 'Guild'],
        ['political', 'سیاسی', 'Political'],
        ['student', 'دانشجویی', 'Student'],
        ['workers', 'کارگری', 'Workers'],
      ]),
      text('proposedName', 'نام پیشنهادی تشکل', 'Proposed name'),
      num('founders', 'تعداد مؤسسان', 'Number of founders', { integer: true, min: 3, max: 50 }),
      F.address(),
      F.postalCode(),
    ],
    documents: [D.statute, D.founders, D.foundersCards, D.clearance],
    inquiries: [Q.judiciary],
    steps: [
      review('بررسی اساسنامه و مدارک مؤسسان', 'Review of the statute and founders', U.political, days(5)),
      ask(Q.police, U.political, days(10)),
      ask(Q.intelligence, U.political, days(10)),
      decide('طرح در کمیسیون و صدور مجوز', 'Commission decision and licence', U.securityCouncil, days(7)),
      respond(),
    ],
    meanDays: 30,
    visits: 1,
    responsible: politicalOfficer,
    legalBasis: [PARTIES_LAW],
  }),

  defineService({
    serviceId: 's20',
    summary: 'صدور مجوز برگزاری تجمعات و راهپیمایی‌ها. درخواست دست‌کم یک هفته پیش از تاریخ تجمع داده شود.',
    summaryEn: 'Permits for gatherings and marches. Apply at least a week before the date.',
    audience: 'تشکل‌ها و گروه‌های دارای مجوز',
    fields: [
      text('organiser', 'برگزارکننده', 'Organiser'),
      text('title', 'عنوان تجمع', 'Title of the gathering'),
      date('eventDate', 'تاریخ برگزاری', 'Date', { min: 'today' }),
      text('startTime', 'ساعت شروع', 'Start time', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', patternMessage: 'ساعت را مانند ۱۰:۳۰ بنویسید.' }),
      num('durationHours', 'مدت (ساعت)', 'Duration (hours)', { min: 1, max: 8 }),
      area('place', 'محل یا مسیر', 'Place or route', { minLength: 10, maxLength: 500 }),
      num('participants', 'شمار پیش‌بینی‌شدهٔ شرکت‌کنندگان', 'Expected participants', { integer: true, min: 1 }),
      F.description('هدف تجمع', 'Purpose of the gathering'),
    ],
    documents: [D.requestLetter, doc('organiser-licence', 'مجوز فعالیت تشکل برگزارکننده', "Organiser's licence")],
    inquiries: [Q.intelligence],
    steps: [
      review('بررسی درخواست', 'Review of the request', U.political, days(1)),
      ask(Q.police, U.political, days(3)),
      decide('تصمیم شورای تأمین شهرستان', 'County security council decision', U.securityCouncil, days(2)),
      respond(hours(2)),
    ],
    meanDays: 5,
    visits: 0,
    responsible: politicalOfficer,
    legalBasis: ['اصل ۲۷ قانون اساسی', PARTIES_LAW],
  }),

  defineService({
    serviceId: 's21',
    summary: 'صدور مجوز دفاتر فرعی احزاب و گروه‌های سیاسی در شهرستان.',
    summaryEn: 'Licences for branch offices of political parties and groups in the county.',
    audience: 'احزاب و گروه‌های سیاسی دارای پروانهٔ فعالیت',
    fields: [
      text('party', 'نام حزب', 'Party'),
      text('partyLicence', 'شمارهٔ پروانهٔ فعالیت حزب', 'Party licence number'),
      plain('nationalId', 'headNationalId', 'کد ملی مسئول دفتر', 'National ID of the branch head'),
      text('headName', 'نام و نام خانوادگی مسئول دفتر', 'Name of the branch head'),
      F.address(),
      F.postalCode(),
    ],
    documents: [doc('party-licence', 'پروانهٔ فعالیت حزب', 'Party licence'), doc('introduction', 'معرفی‌نامهٔ دبیرکل حزب', "Secretary-general's letter of introduction"), D.clearance, doc('office-lease', 'سند یا اجاره‌نامهٔ محل دفتر', 'Deed or lease of the office')],
    inquiries: [Q.intelligence, Q.judiciary],
    steps: [
      review('بررسی مدارک', 'Review of the documents', U.political, days(3)),
      ask(Q.police, U.political, days(10)),
      decide('صدور مجوز دفتر', 'Licence for the branch', U.political, days(5)),
      respond(),
    ],
    meanDays: 16,
    visits: 1,
    responsible: politicalOfficer,
    legalBasis: [PARTIES_LAW],
  }),

  defineService({
    serviceId: 's22',
    summary: 'رسیدگی به درخواست‌های تقسیمات کشوری: تغییر نام آبادی، الحاق یا انتزاع، ارتقای روستا به شهر، تشکیل دهستان یا بخش.',
    summaryEn: 'Requests on administrative divisions: renaming, transfer, village to town, new rural district or district.',
    audience: 'شوراهای اسلامی، دهیاری‌ها و اهالی آبادی‌ها',
    fields: [
      choice('request', 'نوع درخواست', 'Request', [
        ['rename', 'تغییر نام آبادی', 'Renaming a settlement'],
        ['transfer', 'الحاق یا انتزاع آبادی', 'Moving a settlement'],
        ['town', 'تبدیل روستا به شهر', 'Village to town'],
        ['new-unit', 'تشکیل دهستان یا بخش', 'New rural district or district'],
      ]),
      text('place', 'نام آبادی یا محدوده', 'Settlement or area'),
      num('population', 'جمعیت', 'Population', { integer: true, required: false }),
      F.description('دلایل درخواست', 'Reasons'),
    ],
    documents: [doc('petition', 'طومار اهالی', "Residents' petition", { maxFiles: 10 }), doc('council-resolution', 'مصوبهٔ شورای اسلامی', 'Council resolution')],
    inquiries: [Q.provincialGov],
    steps: [
      review('بررسی کارشناسی', 'Expert review', U.political, days(10)),
      ask(Q.statistics, U.political, days(10)),
      decide('طرح در کمیتهٔ تقسیمات کشوری شهرستان', 'County divisions committee', U.political, days(20)),
      respond(),
    ],
    meanDays: 40,
    visits: 0,
    responsible: politicalOfficer,
    legalBasis: ['قانون تعاریف و ضوابط تقسیمات کشوری (۱۳۶۲)'],
  }),

  defineService({
    serviceId: 's23',
    summary: 'پاسخگویی به شکایات پیروان فرق، اقوام و مذاهب.',
    summaryEn: 'Answering complaints of religious communities and ethnic groups.',
    audience: 'پیروان مذاهب و اقوام',
    fields: [
      text('community', 'جامعه یا گروه', 'Community or group'),
      text('subject', 'موضوع', 'Subject'),
      F.description('شرح شکایت', 'The complaint'),
    ],
    documents: [D.evidence],
    steps: [
      review('بررسی شکایت', 'Review of the complaint', U.political, days(3)),
      ask(Q.agencyConcerned, U.political, days(7)),
      decide('جمع‌بندی و پاسخ', 'Conclusion', U.political, days(5)),
      respond(),
    ],
    meanDays: 14,
    visits: 0,
    responsible: politicalOfficer,
    legalBasis: ['اصول ۱۲، ۱۳ و ۱۹ قانون اساسی'],
  }),

  defineService({
    serviceId: 's24',
    summary: 'پرداخت خسارت‌های ناشی از حوادث امنیتی به آسیب‌دیدگان.',
    summaryEn: 'Compensation for damage caused by security incidents.',
    audience: 'آسیب‌دیدگان حوادث امنیتی',
    fields: [
      F.pastDate('incidentOn', 'تاریخ حادثه', 'Date of the incident'),
      area('place', 'محل حادثه', 'Place of the incident', { minLength: 5, maxLength: 500 }),
      choice('damage', 'نوع خسارت', 'Kind of damage', [
        ['bodily', 'جانی', 'Bodily'],
        ['property', 'مالی', 'Property'],
        ['both', 'جانی و مالی', 'Both'],
      ]),
      num('estimate', 'برآورد خسارت (ریال)', 'Estimated damage (Rials)', { min: 1 }),
      text('policeReport', 'شمارهٔ گزارش مرجع انتظامی', 'Police report number'),
      F.sheba(),
    ],
    documents: [doc('police-report', 'گزارش مرجع انتظامی', 'Police report'), D.damagePhotos, doc('invoices', 'فاکتورها و برآورد هزینه', 'Invoices and cost estimates', { required: false, maxFiles: 10 }), D.nationalCard],
    inquiries: [Q.forensic],
    steps: [
      review('بررسی مدارک خسارت', 'Review of the damage file', U.political, days(3)),
      ask(Q.policeIncident, U.political, days(7)),
      decide('تصمیم کمیتهٔ بررسی خسارت', 'Damage committee decision', U.securityCouncil, days(10)),
      decide('پرداخت خسارت', 'Payment', U.finance, days(10)),
      respond(),
    ],
    meanDays: 28,
    visits: 1,
    responsible: politicalOfficer,
    legalBasis: ['مصوبات شورای تأمین استان دربارهٔ جبران خسارت حوادث امنیتی'],
  }),

  defineService({
    serviceId: 's25',
    summary: 'تسهیل صدور پروانهٔ فعالیت سازمان‌های مردم‌نهاد در سطح شهرستان.',
    summaryEn: 'Help obtaining an activity licence for a non-governmental organisation at county level.',
    audience: 'هیئت مؤسس سازمان مردم‌نهاد',
    fields: [
      text('ngoName', 'نام پیشنهادی سازمان', 'Proposed name'),
      choice('field', 'حوزهٔ فعالیت', 'Field of activity', [
        ['social', 'اجتماعی', 'Social'],
        ['cultural', 'فرهنگی', 'Cultural'],
        ['environment', 'محیط زیست', 'Environment'],
        ['charity', 'خیریه', 'Charity'],
        ['women', 'زنان و خانواده', 'Women and family'],
        ['youth', 'جوانان', 'Youth'],
      ]),
      num('founders', 'تعداد مؤسسان', 'Number of founders', { integer: true, min: 3, max: 50 }),
      F.address(),
      F.postalCode(),
    ],
    documents: [D.statute, D.founders, D.foundersCards, D.clearance, doc('founders-degrees', 'مدارک تحصیلی مؤسسان', "Founders' degrees", { required: false, maxFiles: 20 })],
    inquiries: [Q.judiciary],
    steps: [
      review('بررسی اساسنامه و مدارک', 'Review of the statute and documents', U.social, days(5)),
      ask(Q.police, U.social, days(10)),
      ask(Q.intelligence, U.social, days(10)),
      decide('طرح در کمیتهٔ سازمان‌های مردم‌نهاد شهرستان', 'County NGO committee', U.social, days(7)),
      respond(),
    ],
    meanDays: 30,
    visits: 1,
    responsible: socialOfficer,
    legalBasis: [NGO_RULES],
  }),

  defineService({
    serviceId: 's26',
    summary: 'رسیدگی به مسائل و مشکلات سازمان‌های مردم‌نهاد با هماهنگی دستگاه‌های اجرایی ذی‌ربط.',
    summaryEn: 'Resolving problems of NGOs together with the agencies concerned.',
    audience: 'سازمان‌های مردم‌نهاد دارای پروانه',
    fields: [
      text('ngoName', 'نام سازمان', 'Organisation'),
      text('licence', 'شمارهٔ پروانهٔ فعالیت', 'Licence number'),
      text('agency', 'دستگاه مربوط', 'Agency concerned'),
      F.description('شرح مشکل', 'The problem'),
    ],
    documents: [doc('ngo-licence', 'پروانهٔ فعالیت سازمان', 'Licence of the organisation'), D.evidence],
    steps: [
      review('بررسی مشکل', 'Review of the problem', U.social, days(3)),
      ask(Q.agencyConcerned, U.social, days(7)),
      decide('جلسهٔ هماهنگی', 'Coordination meeting', U.social, days(3)),
      respond(),
    ],
    meanDays: 12,
    visits: 0,
    responsible: socialOfficer,
    legalBasis: [NGO_RULES],
  }),
];
