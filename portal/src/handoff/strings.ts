// The words of the phone's handoff page (its own small catalogue beside the portal's).
import { defineMessages } from '@desk/common';

export const handoffMessages = defineMessages({
  fa: {
    'handoff.title': 'فرستادن مدرک به کیوسک',
    'handoff.intro': 'از هر مدرک عکس بگیرید یا فایل آن را انتخاب کنید. مدرک‌ها همان لحظه در صفحهٔ کیوسک دیده می‌شوند؛ لازم نیست چیزی بنویسید.',
    'handoff.for': 'برای: {title}',
    'handoff.until': 'این صفحه تا ساعت {time} کار می‌کند.',
    'handoff.received': 'رسیده در کیوسک: {count}',
    'handoff.back': 'پس از فرستادن، کار را در کیوسک ادامه دهید.',
  },
  en: {
    'handoff.title': 'Send documents to the kiosk',
    'handoff.intro': 'Take a photo of each document or choose its file. They show on the kiosk at once; there is nothing to type.',
    'handoff.for': 'For: {title}',
    'handoff.until': 'This page works until {time}.',
    'handoff.received': 'Received at the kiosk: {count}',
    'handoff.back': 'When you have sent them, continue at the kiosk.',
  },
});
