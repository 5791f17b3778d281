// Words of the e-desk: refusals, form and survey messages, labels. Persian first;
// kiosk, portal, counter and server all read them from here so a client sees the
// same sentence whichever screen checked the input.
import { interpolate, defineMessages, type Params } from '../i18n/index';
import type { Lang } from '../persian';
import type { StepKind } from './definitions';
import type { CaseMode, CaseStatus, ResponseOutcome } from './types';

const fa = {
  // tracking code
  'tracking.format': 'کد رهگیری ۱۱ رقم است؛ آن را از روی رسید دوباره وارد کنید.',
  'tracking.checkDigit': 'کد رهگیری درست نیست: رقمی اشتباه یا جابه‌جا وارد شده است. لطفاً از روی رسید دوباره وارد کنید.',

  // form fields
  'form.required': '«{label}» را وارد کنید.',
  'form.requiredSelect': '«{label}» را انتخاب کنید.',
  'form.requiredDocument': '«{label}» را بارگذاری کنید.',
  'form.tooShort': '«{label}» باید دست‌کم {min} نویسه باشد.',
  'form.tooLong': '«{label}» نباید بیش از {max} نویسه باشد.',
  'form.pattern': '«{label}» درست نوشته نشده است.',
  'form.notNumber': '«{label}» باید عدد باشد.',
  'form.notInteger': '«{label}» باید عدد درست و بدون اعشار باشد.',
  'form.tooSmall': '«{label}» نباید کمتر از {min} باشد.',
  'form.tooLarge': '«{label}» نباید بیشتر از {max} باشد.',
  'form.badDate': '«{label}» تاریخ درستی نیست؛ مانند ۱۴۰۴/۰۱/۱۵ بنویسید.',
  'form.dateTooEarly': '«{label}» نباید پیش از {min} باشد.',
  'form.dateTooLate': '«{label}» نباید پس از {max} باشد.',
  'form.badOption': 'گزینهٔ «{label}» از فهرست نیست؛ دوباره انتخاب کنید.',
  'form.badNationalId': '«{label}» درست نیست؛ ده رقم کد ملی را از روی کارت ملی دوباره وارد کنید.',
  'form.badCompanyId': '«{label}» درست نیست؛ یازده رقم شناسهٔ ملی را دوباره وارد کنید.',
  'form.badMobile': '«{label}» باید ۱۱ رقم باشد و با ۰۹ آغاز شود.',
  'form.badEmail': '«{label}» نشانی رایانامهٔ درستی نیست.',
  'form.badPostalCode': '«{label}» باید کد پستی ده‌رقمی باشد.',
  'form.badFileType': 'نوع فایل «{file}» برای «{label}» پذیرفته نیست؛ {accept} بفرستید.',
  'form.fileTooLarge': 'فایل «{file}» بزرگ‌تر از {max} کیلوبایت است.',
  'form.tooManyFiles': 'برای «{label}» بیش از {max} فایل نمی‌توان فرستاد.',

  // survey
  'survey.missing': 'به این پرسش پاسخ دهید.',
  'survey.badValue': 'پاسخ باید یکی از گزینه‌های ۱ تا ۵ باشد.',
  'survey.unknown': 'این پرسش در پرسشنامه نیست.',
  'survey.commentTooLong': 'توضیح نباید بیش از {max} نویسه باشد.',

  // refusals of case commands
  'case.error.invalid': 'اطلاعات فرستاده‌شده درست نیست: {detail}',
  'case.error.notFound': 'این پرونده پیدا نشد. کد رهگیری و کد ملی را بررسی کنید.',
  'case.error.serviceNotFound': 'این خدمت پیدا نشد.',
  'case.error.serviceNotOffered': 'درخواست این خدمت فعلاً به‌صورت الکترونیکی پذیرفته نمی‌شود.',
  'case.error.catalogueMissing': 'نسخهٔ {version} شناسنامهٔ خدمات پیدا نشد؛ به پشتیبانی خبر دهید.',
  'case.error.badNationalId': 'کد ملی درست نیست؛ ده رقم روی کارت ملی را دوباره وارد کنید.',
  'case.error.badMobile': 'شمارهٔ همراه باید ۱۱ رقم باشد و با ۰۹ آغاز شود.',
  'case.error.badEmail': 'نشانی رایانامه درست نیست.',
  'case.error.badName': 'نام و نام خانوادگی را کامل بنویسید.',
  'case.error.formInvalid': 'فرم درخواست کامل یا درست نیست: {detail}',
  'case.error.duplicateDocument': 'یک مدرک دو بار فرستاده شده است ({id}).',
  'case.error.emptyAnswer': 'پاسخ خالی است؛ توضیحی بنویسید یا مدرکی بفرستید.',
  'case.error.noteRequired': 'دلیل یا توضیح را بنویسید.',
  'case.error.notYourCase': 'این پرونده به نام شما نیست.',
  'case.error.notYourUnit': 'این مرحله در کارتابل واحد شما نیست؛ فقط کارکنان «{unit}» می‌توانند آن را انجام دهند.',
  'case.error.staffOnly': 'این کار را فقط کارکنان اداره می‌توانند انجام دهند.',
  'case.error.clientOnly': 'این کار را فقط خود متقاضی می‌تواند انجام دهد.',
  'case.error.closed': 'این پرونده دیگر در جریان نیست ({status}).',
  'case.error.waitingClient': 'پرونده منتظر پاسخ متقاضی است؛ تا پاسخ او نرسیده، این مرحله را فقط با ردّ درخواست می‌توان بست.',
  'case.error.alreadyWaitingClient': 'پیش‌تر از متقاضی چیزی خواسته شده و هنوز پاسخ نداده است.',
  'case.error.inquiryPending': 'استعلام «{title}» هنوز پاسخ نگرفته است.',
  'case.error.inquiryRequired': 'استعلام «{title}» در این مرحله هنوز فرستاده یا پاسخ داده نشده است.',
  'case.error.inquiryUnknown': 'این استعلام در شناسنامهٔ این خدمت نیست.',
  'case.error.inquiryNotFound': 'این استعلام پیدا نشد.',
  'case.error.inquiryAnswered': 'پاسخ این استعلام پیش‌تر ثبت شده است.',
  'case.error.infoRequestNotFound': 'این درخواست اطلاعات پیدا نشد یا پیش‌تر پاسخ داده شده است.',
  'case.error.visitRequired': 'این مرحله حضور متقاضی را لازم دارد؛ اول زمان حضور بدهید و حضور او را در میز خدمت ثبت کنید.',
  'case.error.appointmentTime': 'زمان حضور باید دست‌کم {minutes} دقیقه بعد و در ساعت کاری اداره باشد ({hours}).',
  'case.error.appointmentNotFound': 'این نوبت حضور پیدا نشد یا پیش‌تر ثبت شده است.',
  'case.error.noAppointment': 'برای این درخواست نوبت حضوری ثبت نشده است. برای نوبت عادی، خدمت را از صفحهٔ اول انتخاب کنید.',
  'case.error.appointmentOtherDay': 'نوبت حضوری شما برای {when} است؛ لطفاً همان روز مراجعه کنید.',
  'case.error.serviceNotQueued': 'نوبت‌دهی این خدمت امروز فعال نیست؛ لطفاً به باجهٔ اطلاعات مراجعه کنید.',
  'case.error.notDesk': 'حضور متقاضی فقط در میز خدمت ثبت می‌شود.',
  'case.error.useResponse': 'این مرحله با «صدور پاسخ» تمام می‌شود.',
  'case.error.responseTooEarly': 'مرحله‌های پیش از پاسخ هنوز تمام نشده است؛ پاسخ در آخرین مرحله صادر می‌شود.',
  'case.error.notAnswered': 'هنوز پاسخی برای این پرونده صادر نشده است.',
  'case.error.alreadyAcknowledged': 'دریافت پاسخ پیش‌تر تأیید شده است.',
  'case.error.surveyTooEarly': 'نظرسنجی پس از صدور پاسخ انجام می‌شود.',
  'case.error.surveyDone': 'نظر شما دربارهٔ این پرونده پیش‌تر ثبت شده است. سپاس از شما.',
  'case.error.surveyInvalid': 'پرسشنامه کامل یا درست نیست: {detail}',
  'case.error.noEarlierStep': 'مرحلهٔ پیشینی برای بازگرداندن پرونده نیست.',
  'case.error.trackingCodeUnavailable': 'ساختن کد رهگیری ممکن نشد؛ لطفاً دوباره تلاش کنید.',

  // labels
  'case.status.inProgress': 'در دست بررسی',
  'case.status.waitingClient': 'منتظر پاسخ متقاضی',
  'case.status.answered': 'پاسخ صادر شد',
  'case.status.acknowledged': 'پاسخ تحویل شد',
  'case.status.withdrawn': 'انصراف متقاضی',
  'case.mode.desk': 'حضوری در میز خدمت',
  'case.mode.web': 'الکترونیکی (درگاه)',
  'case.mode.kiosk': 'خودخدمت (کیوسک)',
  'case.mode.unit': 'اقدام واحد داخلی',
  'case.mode.system': 'خودکار (سامانه)',
  'case.step.review': 'بررسی',
  'case.step.inquiry': 'استعلام',
  'case.step.visit': 'حضور متقاضی',
  'case.step.decision': 'تصمیم‌گیری',
  'case.step.response': 'ابلاغ پاسخ',
  'case.outcome.approved': 'موافقت',
  'case.outcome.rejected': 'عدم موافقت',
  'case.outcome.partial': 'موافقت بخشی یا مشروط',
  'case.outcome.informed': 'پاسخ داده شد',
} as const;

export type CaseMessageKey = keyof typeof fa;
/** The codes of `{ok:false, error:{code, message}}` from the case engine. */
export type CaseErrorCode = Extract<CaseMessageKey, `case.error.${string}`>;

const en: Record<CaseMessageKey, string> = {
  'tracking.format': 'A tracking code has 11 digits; type it again from your receipt.',
  'tracking.checkDigit': 'This tracking code is not right: a digit is wrong or two are swapped. Please type it again from your receipt.',

  'form.required': 'Enter «{label}».',
  'form.requiredSelect': 'Choose «{label}».',
  'form.requiredDocument': 'Upload «{label}».',
  'form.tooShort': '«{label}» needs at least {min} characters.',
  'form.tooLong': '«{label}» may have at most {max} characters.',
  'form.pattern': '«{label}» is not written correctly.',
  'form.notNumber': '«{label}» must be a number.',
  'form.notInteger': '«{label}» must be a whole number.',
  'form.tooSmall': '«{label}» must not be less than {min}.',
  'form.tooLarge': '«{label}» must not be more than {max}.',
  'form.badDate': '«{label}» is not a valid date; write it like 1404/01/15.',
  'form.dateTooEarly': '«{label}» must not be before {min}.',
  'form.dateTooLate': '«{label}» must not be after {max}.',
  'form.badOption': 'The choice for «{label}» is not in the list; choose again.',
  'form.badNationalId': '«{label}» is not valid; type the ten digits from the national card again.',
  'form.badCompanyId': '«{label}» is not valid; type the eleven digits of the national company ID again.',
  'form.badMobile': '«{label}» must have 11 digits and start with 09.',
  'form.badEmail': '«{label}» is not a valid e-mail address.',
  'form.badPostalCode': '«{label}» must be a ten-digit postal code.',
  'form.badFileType': 'The file «{file}» is not accepted for «{label}»; send {accept}.',
  'form.fileTooLarge': 'The file «{file}» is larger than {max} KB.',
  'form.tooManyFiles': 'At most {max} files can be sent for «{label}».',

  'survey.missing': 'Please answer this question.',
  'survey.badValue': 'The answer must be one of the choices 1 to 5.',
  'survey.unknown': 'This question is not in the questionnaire.',
  'survey.commentTooLong': 'The comment may have at most {max} characters.',

  'case.error.invalid': 'The data sent is not valid: {detail}',
  'case.error.notFound': 'This case was not found. Check the tracking code and national ID.',
  'case.error.serviceNotFound': 'This service was not found.',
  'case.error.serviceNotOffered': 'This service cannot be requested electronically at the moment.',
  'case.error.catalogueMissing': 'Version {version} of the service catalogue is missing; tell support.',
  'case.error.badNationalId': 'The national ID is not valid; type the ten digits from the national card again.',
  'case.error.badMobile': 'The mobile number must have 11 digits and start with 09.',
  'case.error.badEmail': 'The e-mail address is not valid.',
  'case.error.badName': 'Write the full first and last name.',
  'case.error.formInvalid': 'The request form is incomplete or wrong: {detail}',
  'case.error.duplicateDocument': 'A document was sent twice ({id}).',
  'case.error.emptyAnswer': 'The answer is empty; write an explanation or send a document.',
  'case.error.noteRequired': 'Write the reason or an explanation.',
  'case.error.notYourCase': 'This case is not in your name.',
  'case.error.notYourUnit': 'This step is not in your unit\'s inbox; only staff of «{unit}» can do it.',
  'case.error.staffOnly': 'Only office staff can do this.',
  'case.error.clientOnly': 'Only the applicant can do this.',
  'case.error.closed': 'This case is no longer in progress ({status}).',
  'case.error.waitingClient': 'The case is waiting for the applicant; until they answer, the step can only be closed by rejecting the request.',
  'case.error.alreadyWaitingClient': 'Something was already asked of the applicant and is not answered yet.',
  'case.error.inquiryPending': 'The inquiry «{title}» has no answer yet.',
  'case.error.inquiryRequired': 'The inquiry «{title}» of this step has not been sent or answered yet.',
  'case.error.inquiryUnknown': 'This inquiry is not in the service\'s info package.',
  'case.error.inquiryNotFound': 'This inquiry was not found.',
  'case.error.inquiryAnswered': 'The answer to this inquiry is already recorded.',
  'case.error.infoRequestNotFound': 'This request for information was not found or is already answered.',
  'case.error.visitRequired': 'This step needs the applicant in person; set a time first and record their arrival at the desk.',
  'case.error.appointmentTime': 'The visit must be at least {minutes} minutes from now and within office hours ({hours}).',
  'case.error.appointmentNotFound': 'This appointment was not found or is already recorded.',
  'case.error.noAppointment': 'This request has no appointment at the desk. For an ordinary ticket, choose the service on the first screen.',
  'case.error.appointmentOtherDay': 'Your appointment is on {when}; please come on that day.',
  'case.error.serviceNotQueued': 'Tickets for this service are not issued today; please ask at the information counter.',
  'case.error.notDesk': 'The applicant\'s arrival is recorded only at the service desk.',
  'case.error.useResponse': 'This step ends by issuing the response.',
  'case.error.responseTooEarly': 'The steps before the response are not finished; the response is issued in the last step.',
  'case.error.notAnswered': 'No response has been issued for this case yet.',
  'case.error.alreadyAcknowledged': 'Receipt of the response is already confirmed.',
  'case.error.surveyTooEarly': 'The survey comes after the response is issued.',
  'case.error.surveyDone': 'Your opinion on this case is already recorded. Thank you.',
  'case.error.surveyInvalid': 'The questionnaire is incomplete or wrong: {detail}',
  'case.error.noEarlierStep': 'There is no earlier step to return the case to.',
  'case.error.trackingCodeUnavailable': 'A tracking code could not be made; please try again.',

  'case.status.inProgress': 'In progress',
  'case.status.waitingClient': 'Waiting for the applicant',
  'case.status.answered': 'Answered',
  'case.status.acknowledged': 'Response delivered',
  'case.status.withdrawn': 'Withdrawn',
  'case.mode.desk': 'At the service desk',
  'case.mode.web': 'Online (portal)',
  'case.mode.kiosk': 'Self-service (kiosk)',
  'case.mode.unit': 'By an internal unit',
  'case.mode.system': 'Automatic (system)',
  'case.step.review': 'Review',
  'case.step.inquiry': 'Inquiry',
  'case.step.visit': 'Visit in person',
  'case.step.decision': 'Decision',
  'case.step.response': 'Response',
  'case.outcome.approved': 'Approved',
  'case.outcome.rejected': 'Not approved',
  'case.outcome.partial': 'Partly or conditionally approved',
  'case.outcome.informed': 'Answered',
};

export const caseMessages = defineMessages<CaseMessageKey>({ fa, en });

/** A message of the e-desk with its {placeholders} filled (Persian digits in Persian). */
export function caseMessage(key: CaseMessageKey, params?: Params, lang: Lang = 'fa'): string {
  return interpolate(caseMessages[lang][key], params, lang);
}

/** Letters of the daily staff report (table 2), in the order of CaseMode. */
export const CASE_MODE_LETTERS: Record<CaseMode, string> = { desk: 'الف', web: 'ب', kiosk: 'ج', unit: 'د', system: 'ه' };

export const caseStatusLabel = (s: CaseStatus, lang: Lang = 'fa') => caseMessage(`case.status.${s}`, undefined, lang);
export const caseModeLabel = (m: CaseMode, lang: Lang = 'fa') => caseMessage(`case.mode.${m}`, undefined, lang);
export const stepKindLabel = (k: StepKind, lang: Lang = 'fa') => caseMessage(`case.step.${k}`, undefined, lang);
export const responseOutcomeLabel = (o: ResponseOutcome, lang: Lang = 'fa') => caseMessage(`case.outcome.${o}`, undefined, lang);
