// The units (واحد) of the demo office, فرمانداری شهرستان چالوس: the desk, the
// secretariat, the five departments of seed 002 with the offices under them, and
// two district offices (بخشداری) as operational units with their own desks.
import type { Unit } from '@desk/common';

export const U = {
  desk: 'u-desk',
  secretariat: 'u-secretariat',
  management: 'u-management',
  hr: 'u-hr',
  finance: 'u-finance',
  economy: 'u-economy',
  governor: 'u-governor',
  inspection: 'u-inspection',
  women: 'u-women',
  political: 'u-political',
  securityCouncil: 'u-security-council',
  social: 'u-social',
  security: 'u-security',
  legal: 'u-legal',
  civil: 'u-civil',
  technical: 'u-technical',
  crisis: 'u-crisis',
  villages: 'u-villages',
  centralDistrict: 'u-central-district',
  marzanabad: 'u-marzanabad',
} as const;

export const demoUnits: Unit[] = [
  { id: U.desk, name: 'میز خدمت حضوری فرمانداری', nameEn: 'Governorate service desk', level: 'headquarters', isDesk: true },
  { id: U.secretariat, name: 'دبیرخانه', nameEn: 'Secretariat', level: 'headquarters' },
  { id: U.management, name: 'معاونت توسعه مدیریت و منابع', nameEn: 'Management and Resources Development', level: 'headquarters', departmentId: 'dept-management' },
  { id: U.hr, name: 'امور اداری و منابع انسانی', nameEn: 'Administration and Human Resources', level: 'headquarters', departmentId: 'dept-management' },
  { id: U.finance, name: 'امور مالی و ذی‌حسابی', nameEn: 'Finance', level: 'headquarters', departmentId: 'dept-management' },
  { id: U.economy, name: 'معاونت هماهنگی امور اقتصادی', nameEn: 'Economic Affairs Coordination', level: 'headquarters', departmentId: 'dept-economy' },
  { id: U.governor, name: 'دفتر فرماندار', nameEn: "Governor's Office", level: 'headquarters', departmentId: 'dept-governor' },
  { id: U.inspection, name: 'بازرسی و پاسخگویی به شکایات', nameEn: 'Inspection and Complaints', level: 'headquarters', departmentId: 'dept-governor' },
  { id: U.women, name: 'مشاور فرماندار در امور بانوان و خانواده', nameEn: "Adviser on Women's and Family Affairs", level: 'headquarters', departmentId: 'dept-governor' },
  { id: U.political, name: 'معاونت سیاسی، امنیتی و اجتماعی', nameEn: 'Political, Security and Social Affairs', level: 'headquarters', departmentId: 'dept-political' },
  { id: U.securityCouncil, name: 'دبیرخانهٔ شورای تأمین شهرستان', nameEn: 'County Security Council Secretariat', level: 'headquarters', departmentId: 'dept-political' },
  { id: U.social, name: 'امور اجتماعی و سازمان‌های مردم‌نهاد', nameEn: 'Social Affairs and NGOs', level: 'headquarters', departmentId: 'dept-political' },
  { id: U.security, name: 'حراست', nameEn: 'Protection Office (Herasat)', level: 'headquarters' },
  { id: U.legal, name: 'امور حقوقی', nameEn: 'Legal Affairs', level: 'headquarters' },
  { id: U.civil, name: 'معاونت هماهنگی امور عمرانی', nameEn: 'Civil Works Coordination', level: 'headquarters', departmentId: 'dept-civil' },
  { id: U.technical, name: 'دفتر فنی', nameEn: 'Technical Office', level: 'headquarters', departmentId: 'dept-civil' },
  { id: U.crisis, name: 'مدیریت بحران', nameEn: 'Crisis Management', level: 'headquarters', departmentId: 'dept-civil' },
  { id: U.villages, name: 'امور روستایی و شوراها', nameEn: 'Rural Affairs and Councils', level: 'headquarters', departmentId: 'dept-civil' },
  { id: U.centralDistrict, name: 'بخشداری مرکزی', nameEn: 'Central District Office', level: 'operational', isDesk: true },
  { id: U.marzanabad, name: 'بخشداری مرزن‌آباد', nameEn: 'Marzanabad District Office', level: 'operational', isDesk: true },
];

/**
 * Which units the demo staff (server/src/catalogue/demo.ts) work in. Every clerk
 * sits at the desk; each also works the units of the department their counter
 * serves, so a demo can follow a case end to end. Supervisors and admins act on no step.
 */
export const demoUnitMembers: Record<string, string[]> = {
  clerk1: [U.desk, U.management, U.hr, U.finance],
  clerk2: [U.desk, U.economy],
  clerk3: [U.desk, U.governor, U.inspection, U.women],
  clerk4: [U.desk, U.political, U.securityCouncil, U.social, U.security, U.legal],
  clerk5: [U.desk, U.civil, U.technical, U.crisis, U.villages],
  clerk6: [U.desk, U.secretariat, U.centralDistrict, U.marzanabad],
  super: [],
  admin: [],
};
