// The satisfaction survey (table 5 of the desk guide): 16 questions in six axes,
// each answered on five levels of satisfaction, plus a free comment. Seed 001 holds
// the table only as an image; the axes and items follow the official questionnaire
// «پرسشنامه سنجش رضایت ارباب رجوع از خدمات», worded here as questions to the client.
import type { Lang } from '../persian';
import { caseMessage } from './messages';

export type SurveyAxisId = 'transparency' | 'responsiveness' | 'mastery' | 'time' | 'orderliness' | 'overall';

export interface SurveyAxis {
  id: SurveyAxisId;
  title: string;
  titleEn: string;
}

export interface SurveyQuestion {
  id: string;
  axis: SurveyAxisId;
  text: string;
  textEn: string;
}

export const SURVEY_AXES: readonly SurveyAxis[] = [
  { id: 'transparency', title: 'شفافیت فرایند', titleEn: 'Procedural transparency' },
  { id: 'responsiveness', title: 'پاسخگویی و مسئولیت‌پذیری', titleEn: 'Responsiveness and accountability' },
  { id: 'mastery', title: 'تسلط بر فرایند', titleEn: 'Mastery of the process' },
  { id: 'time', title: 'زمان فرایند', titleEn: 'Process time' },
  { id: 'orderliness', title: 'نظام‌مندی فرایند', titleEn: 'Orderliness of the process' },
  { id: 'overall', title: 'کلیت فرایند', titleEn: 'Overall' },
];

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  { id: 'q01', axis: 'transparency', text: 'اطلاع‌رسانی به شما دربارهٔ مراحل انجام کار', textEn: 'How you were told about the steps of the work' },
  { id: 'q02', axis: 'transparency', text: 'اطلاع‌رسانی دربارهٔ مدارک لازم برای دریافت خدمت', textEn: 'How you were told about the documents needed' },
  { id: 'q03', axis: 'transparency', text: 'انجام کار بر پایهٔ ضوابط اداری و بدون دخالت نظر شخصی', textEn: 'Work done by the rules, without personal judgement' },
  { id: 'q04', axis: 'responsiveness', text: 'رفتار، راهنمایی و پاسخگویی مسئول مربوط', textEn: 'Conduct, guidance and answers of the person in charge' },
  { id: 'q05', axis: 'responsiveness', text: 'امکانات رفاهی و فضای محل ارائهٔ خدمت', textEn: 'Amenities and the place where the service is given' },
  { id: 'q06', axis: 'responsiveness', text: 'رسیدگی به‌موقع و شفاف به شکایت‌ها، نظرها و پیشنهادهای شما', textEn: 'Timely and open handling of your complaints, opinions and suggestions' },
  { id: 'q07', axis: 'responsiveness', text: 'راهنمایی کارکنان و امکان پیگیری وضعیت درخواست', textEn: 'Staff guidance and following the status of your request' },
  { id: 'q08', axis: 'mastery', text: 'دقت کارمند در انجام کار، چنان که به دوباره‌کاری نیاز نشود', textEn: 'Accuracy of the clerk, so nothing had to be done twice' },
  { id: 'q09', axis: 'time', text: 'تعداد دفعات مراجعه به اداره برای دریافت این خدمت', textEn: 'How many times you had to come to the office' },
  { id: 'q10', axis: 'time', text: 'پایبندی اداره به زمان پاسخ که در رسید خدمت اعلام شد', textEn: 'Keeping the response date stated on the receipt' },
  { id: 'q11', axis: 'time', text: 'نیاز به رفتن به بخش‌ها و واحدهای گوناگون برای دریافت خدمت', textEn: 'Having to go to different sections and units' },
  { id: 'q12', axis: 'orderliness', text: 'نظم، ترتیب و آسانی دسترسی به افراد و امکانات', textEn: 'Order and ease of reaching people and facilities' },
  { id: 'q13', axis: 'orderliness', text: 'دریافت یک‌بارهٔ مدارک و اطلاعات، حضوری یا الکترونیکی', textEn: 'Documents and information taken in one go, in person or online' },
  { id: 'q14', axis: 'orderliness', text: 'درخواست‌نکردن اطلاعات تکراری (رونوشت مدارک، گفتن چندبارهٔ اطلاعات) در واحدهای گوناگون', textEn: 'Not being asked for the same information or copies again by different units' },
  { id: 'q15', axis: 'orderliness', text: 'بی‌نیازی از سفارش و توصیه برای دریافت خدمت', textEn: 'No need for a recommendation or connections to be served' },
  { id: 'q16', axis: 'overall', text: 'رضایت شما از کل خدمتی که دریافت کردید', textEn: 'Your satisfaction with the service as a whole' },
];

/**
 * The same questionnaire after a visit to a counter with a queue ticket: everything but
 * the promised response date, which only a request with a receipt has.
 */
export const VISIT_SURVEY_QUESTIONS: readonly SurveyQuestion[] = SURVEY_QUESTIONS.filter((q) => q.id !== 'q10');

/** The levels of satisfaction, 1 (lowest) to 5. */
export const SURVEY_SCALE: readonly { value: number; label: string; labelEn: string }[] = [
  { value: 1, label: 'خیلی کم', labelEn: 'Very low' },
  { value: 2, label: 'کم', labelEn: 'Low' },
  { value: 3, label: 'متوسط', labelEn: 'Medium' },
  { value: 4, label: 'زیاد', labelEn: 'High' },
  { value: 5, label: 'خیلی زیاد', labelEn: 'Very high' },
];

export const SURVEY_COMMENT_MAX = 1000;

export type SurveyCheck =
  | { ok: true; answers: Record<string, number>; comment?: string }
  | { ok: false; errors: Record<string, string> };

/** Every question answered with 1–5, no unknown question, a comment of sensible length. */
export function validateSurvey(answers: Readonly<Record<string, unknown>>, comment?: string, lang: Lang = 'fa', questions: readonly SurveyQuestion[] = SURVEY_QUESTIONS): SurveyCheck {
  const errors: Record<string, string> = {};
  const clean: Record<string, number> = {};
  const known = new Set(questions.map((q) => q.id));
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined || value === null || value === '') errors[q.id] = caseMessage('survey.missing', undefined, lang);
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) errors[q.id] = caseMessage('survey.badValue', undefined, lang);
    else clean[q.id] = value;
  }
  for (const id of Object.keys(answers)) if (!known.has(id)) errors[id] = caseMessage('survey.unknown', undefined, lang);
  const text = comment?.trim();
  if (text && [...text].length > SURVEY_COMMENT_MAX) errors.comment = caseMessage('survey.commentTooLong', { max: SURVEY_COMMENT_MAX }, lang);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return text ? { ok: true, answers: clean, comment: text } : { ok: true, answers: clean };
}

/** Mean satisfaction per axis (1–5), for reports. */
export function surveyAxisScores(answers: Readonly<Record<string, number>>): Record<SurveyAxisId, number | undefined> {
  const out = {} as Record<SurveyAxisId, number | undefined>;
  for (const axis of SURVEY_AXES) {
    const values = SURVEY_QUESTIONS.filter((q) => q.axis === axis.id)
      .map((q) => answers[q.id])
      .filter((v): v is number => typeof v === 'number');
    out[axis.id] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  }
  return out;
}
