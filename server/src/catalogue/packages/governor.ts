// حوزه فرماندار — services s16–s18 (seed 002). Plausible demo content: an office
// replaces it with its own approved info packages.
import type { ServiceDefinition } from '@desk/common';
import { area, ask, choice, D, days, decide, defineService, doc, F, num, Q, respond, responsible, review, text, visit } from './parts';
import { U } from './units';

const womenAdviser = responsible('مشاور فرماندار در امور بانوان و خانواده', U.women, 311);

export const governorServices: ServiceDefinition[] = [
  defineService({
    serviceId: 's16',
    summary: 'رسیدگی و پاسخگویی به درخواست‌ها و شکایات مردم از دستگاه‌های اجرایی شهرستان.',
    summaryEn: 'Handling and answering people’s requests and complaints about the county’s executive agencies.',
    audience: 'همهٔ شهروندان',
    fields: [
      choice('agency', 'دستگاه مورد شکایت', 'Agency complained about', [
        ['municipality', 'شهرداری', 'Municipality'],
        ['water', 'ادارهٔ آب و فاضلاب', 'Water and sewage'],
        ['power', 'ادارهٔ برق', 'Electricity'],
        ['gas', 'ادارهٔ گاز', 'Gas'],
        ['registry', 'ادارهٔ ثبت اسناد و املاک', 'Deeds registry'],
        ['tax', 'ادارهٔ امور مالیاتی', 'Tax office'],
        ['social-security', 'تأمین اجتماعی', 'Social security'],
        ['other', 'سایر دستگاه‌ها', 'Other'],
      ]),
      text('agencyOther', 'نام دستگاه (اگر «سایر»)', 'Agency name (if “other”)', { required: false }),
      F.pastDate('incidentOn', 'تاریخ رویداد', 'Date of the event'),
      text('subject', 'موضوع', 'Subject'),
      area('description', 'شرح درخواست یا شکایت', 'The request or complaint', { minLength: 30 }),
      choice('followedUp', 'آیا پیش‌تر به خود دستگاه مراجعه کرده‌اید؟', 'Did you take it to the agency first?', [
        ['yes', 'بله', 'Yes'],
        ['no', 'خیر', 'No'],
      ]),
    ],
    documents: [D.evidence],
    steps: [
      review('بررسی درخواست یا شکایت', 'Review of the request or complaint', U.inspection, days(2)),
      ask(Q.agencyConcerned, U.inspection, days(7)),
      decide('جمع‌بندی و دستور فرماندار', 'Conclusion and the governor’s instruction', U.governor, days(3)),
      respond(),
    ],
    meanDays: 11,
    visits: 0,
    responsible: responsible('مسئول بازرسی و پاسخگویی به شکایات', U.inspection, 301),
    legalBasis: ['تصویب‌نامهٔ حقوق شهروندی در نظام اداری (۱۳۹۵)', 'قانون ارتقای سلامت نظام اداری و مقابله با فساد (۱۳۹۰)'],
  }),

  defineService({
    serviceId: 's17',
    summary: 'رسیدگی و پیگیری مسائل زنان آسیب‌دیده و آسیب‌پذیر، با معرفی به دستگاه‌های حمایتی. اطلاعات این پرونده محرمانه است.',
    summaryEn: 'Help for women harmed or at risk, with referral to the support agencies. The case is kept confidential.',
    audience: 'زنان آسیب‌دیده یا در معرض آسیب و خانواده‌های آنان',
    fields: [
      choice('issue', 'موضوع', 'Issue', [
        ['domestic', 'خشونت خانگی', 'Domestic violence'],
        ['head', 'سرپرستی خانوار', 'Female head of household'],
        ['work', 'اشتغال و معیشت', 'Work and livelihood'],
        ['legal', 'مشکل حقوقی', 'Legal problem'],
        ['other', 'سایر', 'Other'],
      ]),
      num('children', 'تعداد فرزندان تحت سرپرستی', 'Children in care', { integer: true, max: 20, required: false }),
      area('description', 'شرح وضعیت', 'The situation', { minLength: 20 }),
      choice('contactTime', 'زمان مناسب برای تماس', 'Best time to call', [
        ['morning', 'صبح', 'Morning'],
        ['noon', 'ظهر', 'Midday'],
        ['any', 'هر زمان', 'Any time'],
      ]),
    ],
    documents: [doc('supporting', 'مدارک پشتیبان (در صورت وجود)', 'Supporting documents (if any)', { required: false, maxFiles: 10 })],
    inquiries: [Q.relief],
    steps: [
      review('بررسی محرمانهٔ وضعیت', 'Confidential review', U.women, days(2)),
      visit('جلسهٔ مشاوره در میز خدمت', 'Counselling session at the desk', U.women, days(5)),
      ask(Q.welfare, U.women, days(5)),
      respond(),
    ],
    meanDays: 10,
    visits: 1,
    responsible: womenAdviser,
    legalBasis: ['منشور حقوق و مسئولیت‌های زنان در نظام جمهوری اسلامی ایران'],
  }),

  defineService({
    serviceId: 's18',
    summary: 'هماهنگی دستگاه‌های اجرایی و سازمان‌های مردم‌نهاد برای حل مسائل زنان شهرستان.',
    summaryEn: 'Coordinating agencies and NGOs to address women’s issues in the county.',
    audience: 'سازمان‌های مردم‌نهاد و گروه‌های فعال در حوزهٔ زنان و خانواده',
    fields: [
      text('organisation', 'نام سازمان یا گروه', 'Organisation or group'),
      text('licence', 'شمارهٔ مجوز فعالیت', 'Licence number', { required: false }),
      text('subject', 'موضوع', 'Subject'),
      area('proposal', 'پیشنهاد یا درخواست', 'Proposal or request', { minLength: 30 }),
    ],
    documents: [doc('ngo-licence', 'مجوز فعالیت سازمان (در صورت وجود)', 'Licence of the organisation (if any)', { required: false })],
    steps: [
      review('بررسی پیشنهاد', 'Review of the proposal', U.women, days(3)),
      decide('طرح در جلسهٔ هماهنگی امور بانوان شهرستان', 'County women’s affairs coordination meeting', U.governor, days(10)),
      respond(),
    ],
    meanDays: 12,
    visits: 0,
    responsible: womenAdviser,
    legalBasis: ['آیین‌نامهٔ اجرایی تأسیس و فعالیت سازمان‌های مردم‌نهاد (۱۳۹۵)'],
  }),
];
