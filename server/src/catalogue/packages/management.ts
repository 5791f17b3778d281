// معاونت توسعه مدیریت و منابع — services s01–s08 (seed 002). Plausible demo
// content: an office replaces it with its own approved info packages.
import type { ServiceDefinition } from '@desk/common';
import { area, ask, choice, D, date, days, decide, defineService, doc, F, num, plain, Q, respond, responsible, review, text } from './parts';
import { U } from './units';

const hrOfficer = responsible('کارشناس امور اداری و منابع انسانی', U.hr, 121);
const welfareOfficer = responsible('کارشناس رفاه و بازنشستگی', U.hr, 124);

export const managementServices: ServiceDefinition[] = [
  defineService({
    serviceId: 's01',
    summary: 'صدور گواهی انجام تعهد خدمت در مناطق محروم شهرستان برای آزادسازی مدرک تحصیلی دانش‌آموختگان آموزش رایگان.',
    summaryEn: 'Certificate of completed service in deprived areas of the county, to release the degree of graduates of free education.',
    audience: 'دانش‌آموختگان دانشگاه‌های دولتی که تعهد خدمت در مناطق محروم دارند',
    fields: [
      text('university', 'دانشگاه محل تحصیل', 'University'),
      text('major', 'رشتهٔ تحصیلی', 'Field of study'),
      F.degree(),
      F.pastDate('graduatedOn', 'تاریخ دانش‌آموختگی', 'Graduation date'),
      text('servicePlace', 'محل انجام تعهد خدمت', 'Place where the commitment was served'),
      F.pastDate('serviceFrom', 'آغاز خدمت', 'Service start'),
      date('serviceTo', 'پایان خدمت', 'Service end', { required: false }),
    ],
    documents: [
      D.nationalCard,
      doc('degree', 'گواهی موقت یا نامهٔ فراغت از تحصیل', 'Provisional degree certificate'),
      doc('service-certificate', 'گواهی اشتغال در منطقهٔ محروم از دستگاه محل خدمت', 'Certificate of employment in the deprived area'),
    ],
    steps: [
      review('بررسی سوابق خدمت متقاضی', 'Review of the service record', U.hr, days(3)),
      ask(Q.university, U.hr, days(5)),
      decide('تأیید معاون توسعهٔ مدیریت و منابع', 'Approval of the deputy for management', U.management, days(2)),
      respond(),
    ],
    meanDays: 8,
    visits: 0,
    responsible: hrOfficer,
    legalBasis: ['مقررات تعهد خدمت دانش‌آموختگان آموزش رایگان (وزارت علوم، تحقیقات و فناوری)'],
  }),

  defineService({
    serviceId: 's02',
    summary: 'ثبت و رسیدگی به شکایت از عملکرد دفاتر پیشخوان خدمات دولت در شهرستان.',
    summaryEn: 'Registering and handling complaints about government counter offices (pishkhan) in the county.',
    audience: 'همهٔ شهروندان',
    fields: [
      text('officeName', 'نام یا کد دفتر پیشخوان', 'Name or code of the counter office'),
      text('officeCity', 'شهر محل دفتر', 'City of the office'),
      F.pastDate('incidentOn', 'تاریخ مراجعه', 'Date of the visit'),
      choice('subject', 'موضوع شکایت', 'Subject', [
        ['overcharge', 'دریافت وجه بیش از تعرفه', 'Charged above the tariff'],
        ['conduct', 'رفتار نامناسب', 'Improper conduct'],
        ['delay', 'تأخیر یا انجام‌ندادن کار', 'Delay or work not done'],
        ['refusal', 'خودداری از ارائهٔ خدمت', 'Refused to serve'],
        ['other', 'سایر', 'Other'],
      ]),
      F.description('شرح شکایت', 'The complaint'),
    ],
    documents: [doc('receipt', 'رسید یا صورت‌حساب دفتر پیشخوان (در صورت وجود)', 'Receipt or invoice of the office (if any)', { required: false }), D.evidence],
    steps: [
      review('بررسی شکایت', 'Review of the complaint', U.management, days(3)),
      ask(Q.pishkhan, U.management, days(5)),
      decide('تصمیم دربارهٔ شکایت', 'Decision on the complaint', U.management, days(2)),
      respond(),
    ],
    meanDays: 8,
    visits: 0,
    responsible: responsible('کارشناس ساماندهی دفاتر پیشخوان', U.management, 131),
    legalBasis: ['آیین‌نامهٔ ساماندهی دفاتر پیشخوان خدمات دولت', 'تصویب‌نامهٔ حقوق شهروندی در نظام اداری (۱۳۹۵)'],
  }),

  defineService({
    serviceId: 's03',
    summary: 'بررسی درخواست دانش‌آموختگان برای گذراندن خدمت وظیفه به‌صورت امریه در فرمانداری و بخشداری‌های مناطق محروم (سطح استانی).',
    summaryEn: 'Applications of graduates to do their military service as «amriyeh» at governorates and district offices of deprived areas (provincial level).',
    audience: 'دانش‌آموختگان دانشگاهی مشمول خدمت وظیفه',
    fields: [
      text('major', 'رشتهٔ تحصیلی', 'Field of study'),
      F.degree(),
      F.pastDate('graduatedOn', 'تاریخ دانش‌آموختگی', 'Graduation date'),
      num('gpa', 'معدل کل', 'Grade point average', { min: 10, max: 20 }),
      choice('district', 'محل خدمت درخواستی', 'Requested place of service', [
        ['central', 'بخشداری مرکزی', 'Central District'],
        ['marzanabad', 'بخشداری مرزن‌آباد', 'Marzanabad District'],
        ['governorate', 'فرمانداری', 'Governorate'],
      ]),
    ],
    documents: [D.nationalCard, doc('degree', 'گواهی موقت دانش‌آموختگی', 'Provisional degree certificate'), D.photo, doc('conscription-booklet', 'برگهٔ اعزام یا دفترچهٔ آماده به خدمت', 'Call-up papers or conscription booklet')],
    steps: [
      review('بررسی شرایط و ظرفیت امریه', 'Review of eligibility and places', U.hr, days(3)),
      ask(Q.conscription, U.hr, days(5)),
      review('بررسی صلاحیت عمومی', 'General suitability check', U.security, days(5)),
      decide('تصمیم و معرفی به استانداری', 'Decision and referral to the province', U.management, days(3)),
      respond(),
    ],
    meanDays: 15,
    visits: 1,
    responsible: hrOfficer,
    legalBasis: ['قانون خدمت وظیفهٔ عمومی (۱۳۹۰)', 'دستورالعمل امریهٔ وزارت کشور'],
  }),

  defineService({
    serviceId: 's04',
    summary: 'صدور گواهی اشتغال به خدمت و کسر خدمت، و انجام امور پایان خدمت سربازان وظیفهٔ شاغل در فرمانداری و بخشداری‌ها.',
    summaryEn: 'Certificates of service and service reduction, and end-of-service formalities, for conscripts serving at the governorate and district offices.',
    audience: 'سربازان وظیفهٔ شاغل در فرمانداری و بخشداری‌ها',
    fields: [
      choice('certificate', 'نوع گواهی', 'Certificate', [
        ['employment', 'گواهی اشتغال به خدمت', 'Certificate of service'],
        ['reduction', 'گواهی کسر خدمت', 'Service reduction certificate'],
        ['discharge', 'امور پایان خدمت', 'End of service'],
      ]),
      F.pastDate('serviceFrom', 'تاریخ شروع خدمت', 'Service start'),
      text('serviceUnit', 'محل خدمت', 'Place of service'),
      text('purpose', 'گواهی برای ارائه به', 'Certificate to be presented to', { required: false }),
    ],
    documents: [D.nationalCard, doc('assignment', 'معرفی‌نامهٔ سازمان وظیفه به محل خدمت', 'Assignment letter of the conscription organisation')],
    steps: [
      review('بررسی سوابق خدمت سرباز', 'Review of the service record', U.hr, days(2)),
      ask(Q.conscription, U.hr, days(3)),
      decide('صدور و امضای گواهی', 'Issuing and signing the certificate', U.hr, days(1)),
      respond(),
    ],
    meanDays: 5,
    visits: 0,
    responsible: hrOfficer,
    legalBasis: ['قانون خدمت وظیفهٔ عمومی (۱۳۹۰)'],
  }),

  defineService({
    serviceId: 's05',
    summary: 'برقراری حقوق وظیفهٔ ورثهٔ بازنشستگان فرمانداری و بخشداری‌ها پس از فوت بازنشسته.',
    summaryEn: 'Survivor pension for the heirs of retired governorate staff.',
    audience: 'ورثهٔ قانونی بازنشستگان فرمانداری و بخشداری‌ها',
    fields: [
      plain('nationalId', 'deceasedNationalId', 'کد ملی بازنشستهٔ متوفی', 'National ID of the deceased'),
      text('deceasedName', 'نام و نام خانوادگی متوفی', 'Name of the deceased'),
      F.pastDate('deathOn', 'تاریخ فوت', 'Date of death'),
      F.relationship(),
      F.sheba(),
    ],
    documents: [D.deathCertificate, D.heirship, doc('heirs-cards', 'تصویر کارت ملی و شناسنامهٔ ورثه', "Heirs' national cards and birth certificates", { maxFiles: 10 }), D.retirementDecree],
    steps: [
      review('بررسی پرونده و مدارک ورثه', 'Review of the file and the heirs’ documents', U.hr, days(3)),
      ask(Q.civilRegistry, U.hr, days(2)),
      ask(Q.pensionFund, U.hr, days(5)),
      decide('برقراری حقوق و ثبت در فهرست پرداخت', 'Setting up the pension for payment', U.finance, days(3)),
      respond(),
    ],
    meanDays: 12,
    visits: 1,
    responsible: welfareOfficer,
    legalBasis: ['قانون مدیریت خدمات کشوری (۱۳۸۶)', 'قانون اصلاح مقررات بازنشستگی و وظیفهٔ قانون استخدام کشوری'],
  }),

  defineService({
    serviceId: 's06',
    summary: 'پرداخت کمک‌هزینهٔ ازدواج به بازنشستگان و فرزندان آنان.',
    summaryEn: 'Marriage allowance for retired staff and their children.',
    audience: 'بازنشستگان فرمانداری و بخشداری‌ها و فرزندان آنان',
    fields: [
      plain('nationalId', 'retireeNationalId', 'کد ملی بازنشسته', 'National ID of the retiree'),
      choice('beneficiary', 'ازدواج‌کننده', 'Who married', [
        ['retiree', 'خود بازنشسته', 'The retiree'],
        ['child', 'فرزند بازنشسته', "The retiree's child"],
      ]),
      F.pastDate('marriedOn', 'تاریخ ثبت ازدواج', 'Date the marriage was registered'),
      F.sheba(),
    ],
    documents: [doc('marriage-certificate', 'تصویر سند ازدواج', 'Marriage certificate'), D.retirementDecree, doc('child-certificate', 'تصویر شناسنامهٔ فرزند (اگر فرزند ازدواج کرده است)', "Child's birth certificate (if the child married)", { required: false })],
    steps: [
      review('بررسی شرایط پرداخت', 'Review of eligibility', U.hr, days(2)),
      ask(Q.civilRegistryMarriage, U.hr, days(2)),
      decide('پرداخت کمک‌هزینه', 'Payment of the allowance', U.finance, days(5)),
      respond(),
    ],
    meanDays: 8,
    visits: 0,
    responsible: welfareOfficer,
    legalBasis: ['مقررات رفاهی صندوق بازنشستگی کشوری', 'قانون بودجهٔ سالانهٔ کل کشور'],
  }),

  defineService({
    serviceId: 's07',
    summary: 'پرداخت کمک‌هزینهٔ فوت به ورثهٔ بازنشستگان.',
    summaryEn: 'Death grant for the heirs of retired staff.',
    audience: 'ورثهٔ قانونی بازنشستگان فرمانداری و بخشداری‌ها',
    fields: [
      plain('nationalId', 'deceasedNationalId', 'کد ملی بازنشستهٔ متوفی', 'National ID of the deceased'),
      text('deceasedName', 'نام و نام خانوادگی متوفی', 'Name of the deceased'),
      F.pastDate('deathOn', 'تاریخ فوت', 'Date of death'),
      F.relationship(),
      F.sheba(),
    ],
    documents: [D.deathCertificate, D.heirship, D.retirementDecree],
    steps: [
      review('بررسی مدارک ورثه', 'Review of the heirs’ documents', U.hr, days(2)),
      ask(Q.civilRegistry, U.hr, days(2)),
      decide('پرداخت کمک‌هزینه', 'Payment of the grant', U.finance, days(5)),
      respond(),
    ],
    meanDays: 8,
    visits: 1,
    responsible: welfareOfficer,
    legalBasis: ['مقررات رفاهی صندوق بازنشستگی کشوری', 'قانون بودجهٔ سالانهٔ کل کشور'],
  }),

  defineService({
    serviceId: 's08',
    summary: 'احتساب سنوات خدمت کارکنان دستگاه‌های دولتی در شهرها و مناطق جنگی و عملیاتی، برای متقاضیان واجد شرایط.',
    summaryEn: 'Counting years of service of government staff in war and operational zones, for eligible applicants.',
    audience: 'کارکنان و بازنشستگان دستگاه‌های دولتی با سابقهٔ خدمت در مناطق جنگی',
    fields: [
      text('employer', 'دستگاه محل خدمت در آن دوره', 'Employer during that period'),
      text('warZoneCity', 'شهر یا منطقهٔ جنگی', 'City or war zone'),
      F.pastDate('periodFrom', 'آغاز دوره', 'Period start'),
      F.pastDate('periodTo', 'پایان دوره', 'Period end'),
      text('position', 'سمت در آن دوره', 'Position in that period'),
      area('details', 'توضیح', 'Details', { required: false }),
    ],
    documents: [D.nationalCard, doc('service-record', 'احکام کارگزینی و سوابق خدمت آن دوره', 'Personnel decrees and service record for the period', { maxFiles: 10 }), doc('presence-certificate', 'گواهی دستگاه دربارهٔ حضور در منطقهٔ جنگی', "Employer's certificate of presence in the war zone")],
    steps: [
      review('بررسی سوابق خدمت', 'Review of the service record', U.hr, days(5)),
      ask(Q.holyDefence, U.hr, days(10)),
      decide('تصمیم کارگروه احتساب سنوات', 'Decision of the service-years working group', U.management, days(3)),
      respond(),
    ],
    meanDays: 18,
    visits: 0,
    responsible: hrOfficer,
    legalBasis: ['قانون مدیریت خدمات کشوری (۱۳۸۶)', 'مقررات احتساب سنوات خدمت در مناطق جنگی (سازمان اداری و استخدامی کشور)'],
  }),
];
