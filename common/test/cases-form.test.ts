import { describe, it, expect } from 'vitest';
import {
  isValidCompanyId,
  normalizeFormValues,
  parseJalaliDate,
  SURVEY_AXES,
  SURVEY_QUESTIONS,
  surveyAxisScores,
  validateForm,
  validateSurvey,
  type FormField,
} from '../src/index';

const fields: FormField[] = [
  { id: 'title', kind: 'text', label: 'عنوان طرح', labelEn: 'Project title', required: true, minLength: 3, maxLength: 20 },
  { id: 'jobs', kind: 'number', label: 'اشتغال', labelEn: 'Jobs', required: true, min: 1, max: 500, integer: true },
  { id: 'eventDate', kind: 'date', label: 'تاریخ برگزاری', required: true, min: 'today' },
  { id: 'sector', kind: 'select', label: 'بخش فعالیت', required: true, options: [{ value: 'tourism', label: 'گردشگری' }] },
  { id: 'ownerId', kind: 'nationalId', label: 'کد ملی مالک', required: true },
  { id: 'phone', kind: 'mobile', label: 'تلفن همراه', required: false },
  { id: 'postal', kind: 'postalCode', label: 'کد پستی', required: false },
  { id: 'time', kind: 'text', label: 'ساعت', required: false, pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', patternMessage: 'ساعت را مانند ۱۰:۳۰ بنویسید.' },
  { id: 'doc-plan', kind: 'document', label: 'طرح توجیهی', required: true, accept: ['application/pdf'], maxSizeKb: 100 },
];
const now = '2026-11-23T08:00:00Z'; // 1405/09/02 in Tehran
const good = { title: 'هتل ساحلی', jobs: '۱۲', eventDate: '۱۴۰۵/۰۹/۱۰', sector: 'tourism', ownerId: '0499370899' };

describe('the electronic form', () => {
  it('accepts a good form typed with Persian digits', () => {
    expect(validateForm(fields, good, { now })).toEqual({});
  });

  it('says per field, in Persian, what is missing or wrong', () => {
    const errors = validateForm(
      fields,
      { title: 'ab', jobs: '۱۲٫۵', eventDate: '1405/09/01', sector: 'mining', ownerId: '1111111111', phone: '0912', postal: '0234567890', time: '25:00' },
      { now },
    );
    expect(errors).toEqual({
      title: '«عنوان طرح» باید دست‌کم ۳ نویسه باشد.',
      jobs: '«اشتغال» باید عدد درست و بدون اعشار باشد.',
      eventDate: '«تاریخ برگزاری» نباید پیش از ۱۴۰۵/۰۹/۰۲ باشد.',
      sector: 'گزینهٔ «بخش فعالیت» از فهرست نیست؛ دوباره انتخاب کنید.',
      ownerId: '«کد ملی مالک» درست نیست؛ ده رقم کد ملی را از روی کارت ملی دوباره وارد کنید.',
      phone: '«تلفن همراه» باید ۱۱ رقم باشد و با ۰۹ آغاز شود.',
      postal: '«کد پستی» باید کد پستی ده‌رقمی باشد.',
      time: 'ساعت را مانند ۱۰:۳۰ بنویسید.',
    });
  });

  it('asks for required fields by name, and says it in English too', () => {
    const errors = validateForm(fields, {}, { now, lang: 'en' });
    expect(errors.title).toBe('Enter «Project title».');
    expect(errors.sector).toBe('Choose «بخش فعالیت».');
    expect(errors.phone).toBeUndefined();
    expect(validateForm(fields, {}, { now }).jobs).toBe('«اشتغال» را وارد کنید.');
  });

  it('refuses dates that do not exist and numbers out of range', () => {
    expect(parseJalaliDate('1404/12/30')).toBeUndefined(); // 1404 is not a leap year
    expect(parseJalaliDate('۱۴۰۳/۱۲/۳۰')).toEqual({ year: 1403, month: 12, day: 30 });
    const errors = validateForm(fields, { ...good, eventDate: '1404/12/30', jobs: '900' }, { now });
    expect(errors.eventDate).toBe('«تاریخ برگزاری» تاریخ درستی نیست؛ مانند ۱۴۰۴/۰۱/۱۵ بنویسید.');
    expect(errors.jobs).toBe('«اشتغال» نباید بیشتر از ۵۰۰ باشد.');
  });

  it('checks uploads when they are given: present, accepted type, size', () => {
    const plan = { slotId: 'doc-plan', name: 'plan.pdf', contentType: 'application/pdf', size: 50_000 };
    expect(validateForm(fields, good, { now, documents: [] })['doc-plan']).toBe('«طرح توجیهی» را بارگذاری کنید.');
    expect(validateForm(fields, good, { now, documents: [plan] })).toEqual({});
    expect(validateForm(fields, good, { now, documents: [{ ...plan, name: 'plan.jpg', contentType: 'image/jpeg' }] })['doc-plan']).toBe(
      'نوع فایل «plan.jpg» برای «طرح توجیهی» پذیرفته نیست؛ PDF بفرستید.',
    );
    expect(validateForm(fields, good, { now, documents: [{ ...plan, size: 200_000 }] })['doc-plan']).toBe('فایل «plan.pdf» بزرگ‌تر از ۱۰۰ کیلوبایت است.');
  });

  it('stores values normalised: Latin digits, Persian letters, dates as YYYY/MM/DD', () => {
    expect(normalizeFormValues(fields, { ...good, title: 'هتل ساحلي', eventDate: '۱۴۰۵/۹/۱۰', phone: '+98 912 123 4567', extra: 'x' })).toEqual({
      title: 'هتل ساحلی',
      jobs: '12',
      eventDate: '1405/09/10',
      sector: 'tourism',
      ownerId: '0499370899',
      phone: '09121234567',
    });
  });

  it('knows a national company ID by its check digit', () => {
    expect(isValidCompanyId('10380284790')).toBe(true);
    expect(isValidCompanyId('10380284791')).toBe(false);
    expect(isValidCompanyId('1038028479')).toBe(false);
  });
});

describe('the satisfaction survey (table 5)', () => {
  const all = (value: number) => Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, value]));

  it('has 16 questions in six axes, one of them about the promised date on the receipt', () => {
    expect(SURVEY_QUESTIONS).toHaveLength(16);
    expect(SURVEY_AXES.map((a) => a.id)).toEqual(['transparency', 'responsiveness', 'mastery', 'time', 'orderliness', 'overall']);
    for (const axis of SURVEY_AXES) expect(SURVEY_QUESTIONS.some((q) => q.axis === axis.id)).toBe(true);
    expect(SURVEY_QUESTIONS.filter((q) => q.axis === 'time').some((q) => q.text.includes('رسید خدمت'))).toBe(true);
    expect(SURVEY_QUESTIONS.filter((q) => q.axis === 'orderliness').some((q) => q.text.includes('تکراری'))).toBe(true);
  });

  it('accepts every question answered 1–5 with a comment', () => {
    expect(validateSurvey(all(4), ' خوب بود ')).toEqual({ ok: true, answers: all(4), comment: 'خوب بود' });
  });

  it('refuses a missing answer, a value off the scale and an unknown question', () => {
    const answers: Record<string, unknown> = { ...all(3), q05: 6, q16: undefined, q99: 3 };
    const checked = validateSurvey(answers);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      q05: 'پاسخ باید یکی از گزینه‌های ۱ تا ۵ باشد.',
      q16: 'به این پرسش پاسخ دهید.',
      q99: 'این پرسش در پرسشنامه نیست.',
    });
  });

  it('gives a mean per axis for reports', () => {
    const scores = surveyAxisScores({ ...all(5), q01: 2, q02: 2, q03: 2 });
    expect(scores.transparency).toBe(2);
    expect(scores.overall).toBe(5);
  });
});
