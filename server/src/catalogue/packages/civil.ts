// معاونت هماهنگی امور عمرانی — services s27–s38 (seed 002). Plausible demo
// content: an office replaces it with its own approved info packages and tariffs.
import type { ServiceDefinition } from '@desk/common';
import { area, ask, choice, D, days, decide, defineService, doc, F, hours, num, Q, respond, responsible, review, text } from './parts';
import { U } from './units';

const civilOfficer = responsible('کارشناس معاونت عمرانی', U.civil, 511);
const crisisOfficer = responsible('کارشناس مدیریت بحران', U.crisis, 521);
const villagesOfficer = responsible('کارشناس امور روستایی و شوراها', U.villages, 531);
const TENDERS_LAW = 'قانون برگزاری مناقصات (۱۳۸۳)';
const COUNCILS_LAW = 'قانون تشکیلات، وظایف و انتخابات شوراهای اسلامی کشور و انتخاب شهرداران (۱۳۷۵)';
const CRISIS_LAW = 'قانون مدیریت بحران کشور (۱۳۹۸)';

const HAZARDS: [string, string, string][] = [
  ['flood', 'سیل', 'Flood'],
  ['earthquake', 'زلزله', 'Earthquake'],
  ['landslide', 'رانش زمین', 'Landslide'],
  ['storm', 'طوفان', 'Storm'],
  ['fire', 'آتش‌سوزی', 'Fire'],
  ['snow', 'برف و یخبندان', 'Snow and frost'],
];

export const civilServices: ServiceDefinition[] = [
  defineService({
    serviceId: 's27',
    summary: 'صدور مجوز نقل و انتقال تاکسی از شهری به شهر دیگر، با موافقت سازمان‌های تاکسیرانی مبدأ و مقصد.',
    summaryEn: 'Permit to move a taxi from one city to another, with the consent of both taxi organisations.',
    audience: 'مالکان تاکسی دارای پروانهٔ تاکسیرانی',
    fields: [
      text('originCity', 'شهر مبدأ', 'Origin city'),
      text('destinationCity', 'شهر مقصد', 'Destination city'),
      text('plate', 'شمارهٔ پلاک', 'Plate number'),
      text('model', 'نوع و مدل خودرو', 'Make and model'),
      text('taxiLicence', 'شمارهٔ پروانهٔ تاکسیرانی', 'Taxi licence number'),
    ],
    documents: [doc('vehicle-card', 'کارت خودرو', 'Vehicle card', { originalAtDesk: true }), doc('taxi-licence', 'پروانهٔ تاکسیرانی', 'Taxi licence'), D.nationalCard],
    steps: [
      review('بررسی مدارک', 'Review of the documents', U.civil, days(2)),
      ask(Q.taxiOrigin, U.civil, days(7)),
      ask(Q.taxiDestination, U.civil, days(7)),
      decide('صدور مجوز انتقال', 'Transfer permit', U.civil, days(2)),
      respond(),
    ],
    meanDays: 16,
    visits: 1,
    responsible: civilOfficer,
    legalBasis: ['دستورالعمل‌های وزارت کشور دربارهٔ ناوگان تاکسیرانی'],
  }),

  defineService({
    serviceId: 's28',
    summary: 'صدور مجوز راه‌اندازی مرکز معاینهٔ فنی خودرو.',
    summaryEn: 'Permit to open a vehicle technical inspection centre.',
    audience: 'اشخاص حقیقی و حقوقی متقاضی مرکز معاینهٔ فنی',
    fields: [
      F.applicantType(),
      F.companyId(),
      area('location', 'محل پیشنهادی', 'Proposed site', { minLength: 10, maxLength: 500 }),
      num('area', 'مساحت زمین (متر مربع)', 'Land area (m²)', { integer: true, min: 500 }),
      num('lanes', 'تعداد خطوط معاینه', 'Inspection lanes', { integer: true, min: 1, max: 10 }),
    ],
    documents: [D.landDocument, doc('site-plan', 'نقشهٔ جانمایی', 'Site plan'), D.businessPlan, D.companyNotice],
    inquiries: [Q.standards, Q.trafficPolice],
    steps: [
      review('بررسی درخواست', 'Review of the request', U.civil, days(3)),
      ask(Q.municipality, U.civil, days(10)),
      review('بازدید کارشناسی از محل', 'Expert visit to the site', U.technical, days(5)),
      decide('صدور مجوز', 'Permit', U.civil, days(5)),
      respond(),
    ],
    meanDays: 22,
    visits: 1,
    fees: [
      {
        title: 'هزینهٔ بازدید کارشناسی محل',
        titleEn: 'Expert site visit',
        amountRials: 5_000_000,
        bankAccount: 'حساب درآمد عمومی خزانه نزد بانک ملی ایران (شناسهٔ واریز روی رسید چاپ می‌شود)',
        legalBasis: 'تعرفهٔ خدمات کارشناسی مصوب قانون بودجهٔ سالانه (مبلغ نمونه برای نسخهٔ نمایشی)',
      },
    ],
    responsible: civilOfficer,
    legalBasis: ['ضوابط ایجاد و فعالیت مراکز معاینهٔ فنی خودرو (وزارت کشور)'],
  }),

  defineService({
    serviceId: 's29',
    summary: 'رسیدگی به شکایت شرکت‌کنندگان از مناقصات دستگاه‌های اجرایی شهرستان در کمیسیون رسیدگی به شکایات.',
    summaryEn: 'Complaints of bidders about tenders of county agencies, heard by the complaints commission.',
    audience: 'شرکت‌کنندگان در مناقصه‌ها',
    fields: [
      text('tenderNumber', 'شمارهٔ مناقصه', 'Tender number'),
      text('tenderTitle', 'عنوان مناقصه', 'Tender title'),
      text('agency', 'دستگاه مناقصه‌گزار', 'Tendering agency'),
      F.pastDate('tenderOn', 'تاریخ مناقصه', 'Tender date'),
      F.description('شرح شکایت', 'The complaint'),
    ],
    documents: [D.requestLetter, doc('tender-documents', 'اسناد مناقصه', 'Tender documents', { required: false, maxFiles: 10 })],
    steps: [
      review('بررسی شکایت', 'Review of the complaint', U.civil, days(2)),
      ask(Q.agencyConcerned, U.civil, days(5)),
      decide('رأی کمیسیون رسیدگی به شکایات', 'Ruling of the complaints commission', U.civil, days(8)),
      respond(),
    ],
    meanDays: 14,
    visits: 0,
    responsible: civilOfficer,
    legalBasis: [`مادهٔ ۲۵ ${TENDERS_LAW}`],
  }),

  defineService({
    serviceId: 's30',
    summary: 'رسیدگی به مسائل و مشکلات مراکز معاینهٔ فنی خودرو.',
    summaryEn: 'Resolving problems of vehicle inspection centres.',
    audience: 'مراکز معاینهٔ فنی خودرو',
    fields: [text('centre', 'نام مرکز', 'Centre'), text('licence', 'شمارهٔ مجوز مرکز', 'Centre licence number'), F.description('شرح مشکل', 'The problem')],
    documents: [doc('centre-licence', 'مجوز مرکز', 'Centre licence'), D.evidence],
    steps: [
      review('بررسی مشکل', 'Review of the problem', U.civil, days(3)),
      ask(Q.trafficPolice, U.civil, days(5)),
      decide('جلسهٔ هماهنگی', 'Coordination meeting', U.civil, days(3)),
      respond(),
    ],
    meanDays: 10,
    visits: 0,
    responsible: civilOfficer,
    legalBasis: ['ضوابط ایجاد و فعالیت مراکز معاینهٔ فنی خودرو (وزارت کشور)'],
  }),

  defineService({
    serviceId: 's31',
    summary: 'صدور مجوز ترک تشریفات مناقصه برای پروژه‌های عمرانی شهرستان.',
    summaryEn: 'Waiver of tender formalities for civil projects of the county.',
    audience: 'دستگاه‌های اجرایی شهرستان',
    fields: [
      text('agency', 'دستگاه درخواست‌کننده', 'Requesting agency'),
      text('project', 'عنوان پروژه', 'Project'),
      num('cost', 'برآورد هزینه (میلیون ریال)', 'Estimated cost (million Rials)', { min: 1 }),
      F.description('دلیل ترک تشریفات', 'Reason for the waiver'),
    ],
    documents: [D.requestLetter, doc('estimate', 'برآورد هزینهٔ پروژه', 'Cost estimate'), doc('justification', 'گزارش توجیهی', 'Justification report')],
    steps: [
      review('بررسی فنی درخواست', 'Technical review', U.technical, days(5)),
      decide('تصمیم کمیسیون ترک تشریفات مناقصهٔ شهرستان', 'County tender waiver commission', U.civil, days(10)),
      respond(),
    ],
    meanDays: 14,
    visits: 0,
    responsible: responsible('کارشناس دفتر فنی', U.technical, 541),
    legalBasis: [`مادهٔ ۲۷ ${TENDERS_LAW} و آیین‌نامهٔ اجرایی آن`],
  }),

  defineService({
    serviceId: 's32',
    summary: 'پاسخ به پرسش‌های مراجعان کمیسیون مادهٔ ۹۹ قانون شهرداری‌ها (تخلفات ساختمانی خارج از محدودهٔ شهر)؛ پاسخ تلفنی دبیرخانهٔ مستقر در دفتر فنی.',
    summaryEn: 'Answers to questions about the Article 99 commission (building violations outside city limits), by the secretariat in the technical office.',
    audience: 'مالکان و مراجعان کمیسیون مادهٔ ۹۹',
    fields: [
      choice('topic', 'موضوع پرسش', 'Topic', [
        ['status', 'وضعیت پرونده', 'Status of a file'],
        ['session', 'زمان جلسهٔ کمیسیون', 'Date of the commission session'],
        ['documents', 'مدارک لازم', 'Documents needed'],
        ['other', 'سایر', 'Other'],
      ]),
      text('fileNumber', 'شمارهٔ پرونده در کمیسیون', 'Commission file number', { required: false }),
      area('question', 'پرسش', 'Question', { minLength: 10, maxLength: 1000 }),
    ],
    documents: [],
    steps: [review('پاسخ دبیرخانهٔ کمیسیون', 'Answer of the commission secretariat', U.technical, days(2)), respond(hours(2))],
    meanDays: 2,
    visits: 0,
    responsible: responsible('دبیر کمیسیون مادهٔ ۹۹', U.technical, 542),
    legalBasis: ['مادهٔ ۹۹ قانون شهرداری‌ها'],
  }),

  defineService({
    serviceId: 's33',
    summary: 'رسیدگی به درخواست‌های آسیب‌دیدگان حوادث غیرمترقبه: کمک اضطراری، اسکان موقت، بازسازی.',
    summaryEn: 'Requests of people hit by natural disasters: emergency aid, temporary housing, rebuilding.',
    audience: 'آسیب‌دیدگان حوادث غیرمترقبه',
    fields: [
      choice('hazard', 'نوع حادثه', 'Kind of disaster', HAZARDS),
      F.pastDate('happenedOn', 'تاریخ حادثه', 'Date'),
      area('place', 'محل (روستا، محله)', 'Place (village, neighbourhood)', { minLength: 3, maxLength: 500 }),
      choice('need', 'نیاز', 'Need', [
        ['emergency', 'کمک اضطراری', 'Emergency aid'],
        ['shelter', 'اسکان موقت', 'Temporary housing'],
        ['rebuild', 'بازسازی', 'Rebuilding'],
      ]),
      F.description(),
    ],
    documents: [D.damagePhotos],
    inquiries: [Q.redCrescent],
    steps: [
      review('بررسی فوری درخواست', 'Urgent review', U.crisis, days(1)),
      ask(Q.housing, U.crisis, days(5)),
      decide('تصمیم شورای مدیریت بحران شهرستان', 'County crisis management council', U.crisis, days(3)),
      respond(),
    ],
    meanDays: 7,
    visits: 0,
    atDistricts: true,
    responsible: crisisOfficer,
    legalBasis: [CRISIS_LAW],
  }),

  defineService({
    serviceId: 's34',
    summary: 'ثبت گزارش مخاطرات و خسارت‌های ناشی از حوادث غیرمترقبه برای ارزیابی میدانی.',
    summaryEn: 'Reporting hazards and damage from natural disasters, for a field assessment.',
    audience: 'شهروندان، دهیاری‌ها و شوراها',
    fields: [
      choice('hazard', 'نوع مخاطره', 'Kind of hazard', HAZARDS),
      F.pastDate('happenedOn', 'تاریخ رویداد', 'Date'),
      area('place', 'محل دقیق', 'Exact place', { minLength: 3, maxLength: 500 }),
      num('affected', 'شمار خانوارهای آسیب‌دیده', 'Households affected', { integer: true, required: false }),
      F.description('شرح خسارت یا خطر', 'The damage or danger'),
    ],
    documents: [D.damagePhotos, doc('council-report', 'گزارش شورا یا دهیاری (در صورت وجود)', 'Council or village report (if any)', { required: false })],
    steps: [
      review('بررسی گزارش', 'Review of the report', U.crisis, days(1)),
      review('ارزیابی میدانی خسارت', 'Field assessment of the damage', U.crisis, days(5)),
      respond(),
    ],
    meanDays: 5,
    visits: 0,
    atDistricts: true,
    responsible: crisisOfficer,
    legalBasis: [CRISIS_LAW],
  }),

  defineService({
    serviceId: 's35',
    summary: 'پرداخت خسارت‌های ناشی از حوادث غیرمترقبه و بحران‌ها پس از ارزیابی.',
    summaryEn: 'Compensation for damage from disasters and crises, after assessment.',
    audience: 'آسیب‌دیدگانی که خسارتشان ارزیابی شده است',
    fields: [
      text('reportCode', 'کد رهگیری گزارش خسارت (در صورت وجود)', 'Tracking code of the damage report (if any)', { required: false }),
      choice('damage', 'نوع خسارت', 'Kind of damage', [
        ['housing', 'مسکونی', 'Housing'],
        ['farming', 'کشاورزی', 'Farming'],
        ['livestock', 'دام', 'Livestock'],
        ['business', 'تجاری', 'Business'],
      ]),
      num('estimate', 'برآورد خسارت (ریال)', 'Estimated damage (Rials)', { min: 1 }),
      F.sheba(),
    ],
    documents: [doc('assessment', 'صورت‌جلسهٔ ارزیابی خسارت', 'Damage assessment record'), doc('ownership', 'مدرک مالکیت یا بهره‌برداری', 'Proof of ownership or use'), D.nationalCard],
    inquiries: [Q.agriculture],
    steps: [
      review('بررسی مدارک', 'Review of the documents', U.crisis, days(3)),
      ask(Q.housing, U.crisis, days(7)),
      decide('تصمیم کارگروه ارزیابی خسارت شهرستان', 'County damage assessment group', U.crisis, days(5)),
      decide('پرداخت خسارت', 'Payment', U.finance, days(10)),
      respond(),
    ],
    meanDays: 24,
    visits: 1,
    atDistricts: true,
    responsible: crisisOfficer,
    legalBasis: [CRISIS_LAW],
  }),

  defineService({
    serviceId: 's36',
    summary: 'رفع مسائل و مشکلات شوراهای اسلامی شهر و شهرداری‌ها.',
    summaryEn: 'Resolving problems of city councils and municipalities.',
    audience: 'شوراهای اسلامی شهر و شهرداری‌ها',
    fields: [
      choice('requester', 'درخواست‌کننده', 'Requester', [
        ['council', 'شورای اسلامی شهر', 'City council'],
        ['municipality', 'شهرداری', 'Municipality'],
      ]),
      text('city', 'شهر', 'City'),
      text('subject', 'موضوع', 'Subject'),
      F.description(),
    ],
    documents: [D.requestLetter, D.evidence],
    inquiries: [Q.provincialGov],
    steps: [
      review('بررسی موضوع', 'Review', U.civil, days(3)),
      decide('جلسهٔ هماهنگی و تصمیم', 'Coordination and decision', U.civil, days(7)),
      respond(),
    ],
    meanDays: 9,
    visits: 0,
    responsible: civilOfficer,
    legalBasis: [COUNCILS_LAW, 'قانون شهرداری‌ها'],
  }),

  defineService({
    serviceId: 's37',
    summary: 'رسیدگی به گزارش تخلفات شهرداری‌ها.',
    summaryEn: 'Reports of violations by municipalities.',
    audience: 'همهٔ شهروندان',
    fields: [
      text('municipality', 'شهرداری', 'Municipality'),
      choice('kind', 'نوع تخلف', 'Kind of violation', [
        ['building', 'ساخت‌وساز', 'Building'],
        ['financial', 'مالی', 'Financial'],
        ['services', 'خدمات شهری', 'City services'],
        ['conduct', 'رفتار کارکنان', 'Staff conduct'],
      ]),
      F.pastDate('happenedOn', 'تاریخ رویداد', 'Date'),
      F.description('شرح تخلف', 'The violation'),
    ],
    documents: [D.evidence],
    steps: [
      review('بررسی گزارش', 'Review of the report', U.civil, days(3)),
      ask(Q.municipality, U.civil, days(7)),
      decide('جمع‌بندی و اقدام', 'Conclusion and action', U.civil, days(5)),
      respond(),
    ],
    meanDays: 14,
    visits: 0,
    responsible: civilOfficer,
    legalBasis: ['قانون شهرداری‌ها', COUNCILS_LAW],
  }),

  defineService({
    serviceId: 's38',
    summary: 'راهبری و پشتیبانی شوراهای اسلامی روستا و دهیاری‌ها: آموزش، صلاحیت دهیار، اعتبارات و امور حقوقی.',
    summaryEn: 'Guidance and support for village councils and village administrators: training, appointments, budgets, legal matters.',
    audience: 'شوراهای اسلامی روستا و دهیاری‌ها',
    fields: [
      text('village', 'روستا', 'Village'),
      text('ruralDistrict', 'دهستان', 'Rural district'),
      choice('role', 'سمت درخواست‌کننده', 'Role of the requester', [
        ['council', 'عضو شورای اسلامی روستا', 'Village council member'],
        ['dehyar', 'دهیار', 'Village administrator'],
      ]),
      choice('topic', 'موضوع', 'Topic', [
        ['training', 'آموزش', 'Training'],
        ['appointment', 'صلاحیت و انتصاب دهیار', 'Appointing a village administrator'],
        ['budget', 'بودجه و اعتبارات', 'Budget'],
        ['legal', 'امور حقوقی', 'Legal matters'],
      ]),
      F.description(),
    ],
    documents: [D.requestLetter],
    steps: [
      review('بررسی درخواست', 'Review of the request', U.villages, days(3)),
      decide('تصمیم معاون عمرانی', 'Decision of the deputy for civil works', U.civil, days(5)),
      respond(),
    ],
    meanDays: 7,
    visits: 0,
    atDistricts: true,
    responsible: villagesOfficer,
    legalBasis: [COUNCILS_LAW, 'قانون تأسیس دهیاری‌های خودکفا در روستاهای کشور (۱۳۷۷)'],
  }),
];
