// The demo office: the 38 services of a county governorate (seed 002, فرمانداری
// چالوس) in its five departments, a few counters and demo staff.
import type { Counter, Department, OpeningHours, Office, QueueSettings, Service } from '@desk/common';

export const demoOffice: Office = { id: 'chalus-governorate', name: 'فرمانداری شهرستان چالوس', nameEn: 'Chalus County Governorate' };

const departments: Array<Department & { prefix: string; services: string[] }> = [
  {
    id: 'dept-management',
    name: 'معاونت توسعه مدیریت و منابع',
    nameEn: 'Management and Resources Development',
    prefix: 'الف',
    services: [
      'آزادسازی مدرک تحصیلی مناطق محروم',
      'ثبت شکایت از عملکرد دفاتر پیشخوان دولت',
      'رسیدگی به درخواست‌های فارغ‌التحصیلان دانشگاهی جهت جذب و پذیرش امریه در فرمانداری‌ها و بخشداری‌های محروم کشور',
      'صدور گواهی‌های کسر خدمت، اشتغال به خدمت و امور پایان خدمت مشمولین وظیفه شاغل در فرمانداری و بخشداری‌ها',
      'برقراری حقوق ورثه بازنشستگان',
      'پرداخت کمک‌هزینه ازدواج به بازنشستگان و فرزندان آنها',
      'پرداخت کمک‌هزینه فوت به ورثه بازنشستگان',
      'احتساب سنوات خدمت کارکنان دستگاه‌های دولتی در شهرها و مناطق جنگی و عملیاتی',
    ],
  },
  {
    id: 'dept-economy',
    name: 'معاونت هماهنگی امور اقتصادی',
    nameEn: 'Economic Affairs Coordination',
    prefix: 'ب',
    services: [
      'راهبری صدور مجوزهای سرمایه‌گذاری در شهرستان',
      'رسیدگی و رفع مسائل و مشکلات سرمایه‌گذاران با همکاری دستگاه‌های ذی‌ربط',
      'تسهیل و رفع موانع تولید و اشتغال (ستاد تسهیل شهرستان)',
      'معرفی فرصت‌های سرمایه‌گذاری شهرستان',
      'رفع موانع اشتغال با هماهنگی دستگاه‌های دولتی و بخش خصوصی',
      'رسیدگی و رفع مسائل و مشکلات اتحادیه‌های صنفی شهرستان',
      'رفع موانع اشتغال با هماهنگی دستگاه‌های دولتی و بخش خصوصی (پیگیری)',
    ],
  },
  {
    id: 'dept-governor',
    name: 'حوزه فرماندار',
    nameEn: "Governor's Office",
    prefix: 'ج',
    services: [
      'رسیدگی و پاسخگویی به درخواست‌ها و شکایات ارباب رجوع از دستگاه‌های اجرایی شهرستان',
      'رسیدگی و حل مسائل و مشکلات زنان آسیب‌دیده و آسیب‌پذیر',
      'هماهنگی با دستگاه‌های اجرایی و سازمان‌های مردم‌نهاد در حل مسائل زنان شهرستان',
    ],
  },
  {
    id: 'dept-political',
    name: 'معاونت سیاسی، امنیتی و اجتماعی',
    nameEn: 'Political, Security and Social Affairs',
    prefix: 'د',
    services: [
      'صدور مجوز برای تشکل‌های صنفی، سیاسی، دانشجویی و کارگری',
      'صدور مجوز برگزاری تجمعات',
      'صدور مجوز دفاتر فرعی احزاب و گروه‌های سیاسی در سطح شهرستان',
      'رسیدگی به درخواست‌ها و موضوعات تقسیمات کشوری',
      'پاسخگویی به شکایات فرق، اقوام و مذاهب',
      'پرداخت خسارات ناشی از حوادث امنیتی',
      'تسهیل روند صدور پروانه فعالیت برای سازمان‌های مردم‌نهاد',
      'رسیدگی به مسائل و مشکلات سازمان‌های مردم‌نهاد',
    ],
  },
  {
    id: 'dept-civil',
    name: 'معاونت هماهنگی امور عمرانی',
    nameEn: 'Civil Works Coordination',
    prefix: 'ه',
    services: [
      'صدور مجوز نقل و انتقال تاکسی از شهری به شهر دیگر',
      'صدور مجوز راه‌اندازی مرکز معاینه فنی خودرو',
      'رسیدگی به شکایات مناقصات',
      'رسیدگی به مسائل و مشکلات مراکز معاینه فنی خودروها',
      'صدور مجوز ترک تشریفات پروژه‌های عمرانی شهرستان',
      'پاسخگویی مراجعات کمیسیون ماده ۹۹ از طریق تلفن دبیرخانه مستقر در دفتر فنی',
      'رسیدگی به درخواست‌های حوادث غیرمترقبه',
      'ثبت گزارش مخاطرات و خسارات ناشی از وقوع حوادث غیرمترقبه',
      'پرداخت خسارات ناشی از حوادث غیرمترقبه و بحران‌ها',
      'رفع مسائل و مشکلات شوراها و شهرداری‌ها',
      'رسیدگی به تخلفات شهرداری‌ها',
      'راهبری و پشتیبانی شوراهای اسلامی روستا و دهیاری‌ها',
    ],
  },
];

/** English names of the 38 services, in the order of the departments' lists above. */
const ENGLISH_NAMES = [
  // management and resources development
  'Release of degree certificates (deprived areas)',
  'Complaints about government e-service offices (Pishkhan)',
  'Graduates doing military service in deprived governorates',
  'Military service certificates for conscripts working here',
  "Survivors' pension for retirees' heirs",
  "Marriage allowance for retirees and their children",
  "Death allowance for retirees' heirs",
  'Service years counted in war zones',
  // economic affairs
  'Guidance on investment permits in the county',
  "Solving investors' problems with the agencies concerned",
  'Removing obstacles to production and jobs (facilitation board)',
  'Investment opportunities in the county',
  'Removing obstacles to employment',
  "Solving the county guilds' problems",
  'Removing obstacles to employment (follow-up)',
  // governor's office
  "Requests and complaints about the county's agencies",
  'Help for women in hardship or at risk',
  "Coordinating agencies and NGOs on women's issues",
  // political, security and social affairs
  'Permits for guild, political, student and workers associations',
  'Permits for gatherings',
  "Permits for parties' branch offices in the county",
  'Requests on administrative divisions',
  'Complaints of religious and ethnic communities',
  'Compensation for damage from security incidents',
  'Easing activity licences for NGOs',
  "Solving NGOs' problems",
  // civil works
  'Permit to move a taxi to another city',
  'Permit to open a vehicle inspection centre',
  'Complaints about tenders',
  'Problems of vehicle inspection centres',
  'Waiving tender formalities for county projects',
  'Article 99 commission enquiries by phone',
  'Requests after natural disasters',
  'Reporting hazards and disaster damage',
  'Compensation for disaster and crisis damage',
  "Solving councils' and municipalities' problems",
  'Municipal violations',
  'Supporting village councils and village administrations',
];

/** Each department has one letter; its services number in hundreds: 101–199, 201–299, … 901–999. */
export function demoServices(): Service[] {
  const out: Service[] = [];
  let serial = 0;
  for (const d of departments) {
    d.services.forEach((name, i) => {
      serial++;
      // nine hundreds per letter; a department with more services continues with «و»
      const block = (i % 9) + 1;
      out.push({
        id: `s${String(serial).padStart(2, '0')}`,
        name,
        nameEn: ENGLISH_NAMES[serial - 1]!,
        departmentId: d.id,
        prefix: i < 9 ? d.prefix : 'و',
        rangeStart: block * 100 + 1,
        rangeEnd: block * 100 + 99,
        weight: 1,
        allowsPriority: true,
        active: true,
      });
    });
  }
  return out;
}

export function demoDepartments(): Department[] {
  return departments.map(({ id, name, nameEn }) => ({ id, name, nameEn }));
}

/** Counter n serves its own department first (weight 2) and the next one as backup (weight 1); counter 6 serves all. */
export function demoCounters(services: Service[]): Counter[] {
  const byDept = (id: string) => services.filter((s) => s.departmentId === id).map((s) => s.id);
  const counters: Counter[] = departments.map((d, i) => {
    const backup = departments[(i + 1) % departments.length]!;
    return {
      id: `c${i + 1}`,
      number: i + 1,
      name: d.name,
      active: true,
      services: [
        ...byDept(d.id).map((serviceId) => ({ serviceId, weight: 2 })),
        ...byDept(backup.id).map((serviceId) => ({ serviceId, weight: 1 })),
      ],
    };
  });
  counters.push({ id: 'c6', number: 6, name: 'باجهٔ عمومی', active: true, services: services.map((s) => ({ serviceId: s.id, weight: 1 })) });
  return counters;
}

export const demoHours: OpeningHours = {
  sat: { open: '07:30', close: '14:30' },
  sun: { open: '07:30', close: '14:30' },
  mon: { open: '07:30', close: '14:30' },
  tue: { open: '07:30', close: '14:30' },
  wed: { open: '07:30', close: '14:30' },
  thu: { open: '07:30', close: '12:30' },
  fri: null,
};

export const demoQueueSettings: QueueSettings = {
  normalsPerPriority: 2,
  recallsBeforeNoShow: 2,
  defaultServiceMinutes: 5,
  serviceTimeWindow: 20,
  kioskIdleSeconds: 45,
  autoPairLocalDevices: true,
  enforceOpeningHours: false,
};

export const demoStaff = [
  { username: 'admin', password: 'admin1234', displayName: 'مدیر سامانه', role: 'admin' as const },
  { username: 'super', password: 'super1234', displayName: 'سرپرست میز خدمت', role: 'supervisor' as const },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({
    username: `clerk${n}`,
    password: 'clerk1234',
    displayName: `کارشناس باجهٔ ${n}`,
    role: 'clerk' as const,
  })),
];
