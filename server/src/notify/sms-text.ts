// Short Persian SMS texts. A Persian SMS is UCS-2: 70 characters in one part, 67 per part
// beyond, so we aim at two parts (134): free text from staff (service names, reasons,
// document lists) is clipped and optional lines dropped until the text fits.
import { OFFICE_TIME_ZONE, formatJalaliDate, formatTime, toPersianDigits } from '@desk/common';
import type { NotificationEvent, Sender } from './events';
import { smsParts } from './sms';

interface Line {
  text: string;
  optional?: boolean;
}

const CLIPS = [Infinity, 48, 32, 20, 12];

const dayMonth = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  timeZone: OFFICE_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

function clip(value: string, max: number): string {
  const v = value.replace(/\s+/g, ' ').trim();
  return v.length <= max ? v : `${v.slice(0, max - 1).trimEnd()}…`;
}

const code = (c: string) => toPersianDigits(c);

function lines(event: NotificationEvent, cap: number): Line[] {
  const c = (s: string) => clip(s, cap);
  switch (event.kind) {
    case 'accepted':
      return [
        { text: `درخواست «${c(event.serviceName)}» پذیرفته شد.` },
        { text: `کد رهگیری: ${code(event.trackingCode)}` },
        { text: `پاسخ تا ${formatJalaliDate(event.promisedAt)}` },
        { text: event.receiptUrl, optional: true },
      ];
    case 'step-changed':
      return [
        { text: `درخواست ${code(event.trackingCode)}: ${c(event.step)}` },
        ...(event.note ? [{ text: c(event.note), optional: true }] : []),
        ...(event.url ? [{ text: `پیگیری: ${event.url}`, optional: true }] : []),
      ];
    case 'info-requested':
      return [
        { text: `برای درخواست ${code(event.trackingCode)} لطفاً ${c(event.what)} را تا ${formatJalaliDate(event.dueAt)} بفرستید.` },
        ...(event.url ? [{ text: event.url }] : []),
      ];
    case 'appointment':
      return [
        {
          // an appointment is days away: «سه‌شنبه ۱۰ آذر» without the year
          text: `درخواست ${code(event.trackingCode)}: لطفاً ${dayMonth.format(new Date(event.at))} ساعت ${formatTime(event.at)} به میز خدمت ${c(event.place)} بیایید.`,
        },
        { text: `علت: ${c(event.reason)}` },
        ...(event.documents.length ? [{ text: `مدارک: ${c(event.documents.join('، '))}`, optional: true }] : []),
      ];
    case 'response-issued':
      return [{ text: `پاسخ درخواست ${code(event.trackingCode)} آماده است:` }, { text: event.url }];
    case 'survey':
      return [{ text: `نظر شما دربارهٔ رسیدگی به درخواست ${code(event.trackingCode)}:` }, { text: event.url }];
    case 'otp':
      // The most sent text: one part (70) with a usual signature; the screen shows the time left.
      return [{ text: `کد یکبارمصرف: ${toPersianDigits(event.code)}` }, { text: 'این کد را به کسی ندهید.' }];
  }
}

/**
 * The text, in at most `maxParts` parts if it can be: free text is clipped first (a
 * shorter service name beats a missing receipt link), then optional lines are dropped
 * from the end. The signature always stays (a link from an unnamed sender looks like
 * phishing), so a text that still does not fit goes out one part longer.
 */
export function smsText(event: NotificationEvent, sender: Sender, maxParts = 2): string {
  const join = (ls: Line[], signed: boolean) =>
    [...ls.map((l) => l.text), ...(signed && sender.officeName ? [sender.officeName] : [])].join('\n');
  const optional = lines(event, Infinity).filter((l) => l.optional).length;
  for (let drop = 0; drop <= optional; drop++) {
    for (const cap of CLIPS) {
      const text = join(withoutLastOptional(lines(event, cap), drop), true);
      if (smsParts(text) <= maxParts) return text;
    }
  }
  return join(withoutLastOptional(lines(event, CLIPS[CLIPS.length - 1]!), optional), true);
}

function withoutLastOptional(ls: Line[], n: number): Line[] {
  const out = [...ls];
  for (let k = 0; k < n; k++) {
    const i = out.map((l) => !!l.optional).lastIndexOf(true);
    if (i < 0) break;
    out.splice(i, 1);
  }
  return out;
}
