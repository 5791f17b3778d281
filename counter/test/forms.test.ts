import { describe, expect, it } from 'vitest';
import { mergeCatalogs, sharedMessages, translator, type Counter, type Service } from '@desk/common';
import { strings } from '../src/strings';
import type { Problem } from '../src/problems';
import { buildTransfer, checkOptionalReason, checkRequiredReason } from '../src/desk-forms';
import { checkCounter, checkDepartment, checkService, counterDraft, serviceDraft } from '../src/admin/catalogue-forms';
import { checkDevice, checkHours, checkQueue, checkStaff, hoursDraft, queueDraft, staffDraft } from '../src/admin/settings-forms';

const fa = translator(mergeCatalogs(sharedMessages, strings), 'fa');
const say = (p: Problem | undefined) => (p ? fa(p.key, p.params) : undefined);

const departments = [{ id: 'd1', name: 'معاونت توسعه' }];
const service: Service = {
  id: 's1', name: 'صدور مجوز', departmentId: 'd1', prefix: 'ب', rangeStart: 100, rangeEnd: 199, weight: 1, allowsPriority: true, active: true,
};

describe('reasons', () => {
  it('an out-of-turn call needs a reason of at least two characters', () => {
    const r = checkRequiredReason(' ا ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say(r.problems.reason)).toBe('دلیل را بنویسید (دست‌کم ۲ نویسه).');
    expect(checkRequiredReason('  بیمار  ')).toEqual({ ok: true, value: 'بیمار' });
  });

  it('a pause may have no reason', () => {
    expect(checkOptionalReason('   ')).toEqual({ ok: true, value: undefined });
    expect(checkOptionalReason('x'.repeat(201)).ok).toBe(false);
  });
});

describe('transfer', () => {
  it('needs a target, and never the same counter', () => {
    const none = buildTransfer({ to: 'service', serviceId: '', counterId: '', position: 'back' }, 'c1');
    expect(none.ok || say(none.problems.serviceId)).toBe('خدمت مقصد را انتخاب کنید.');
    const same = buildTransfer({ to: 'counter', serviceId: '', counterId: 'c1', position: 'front' }, 'c1');
    expect(same.ok || say(same.problems.counterId)).toBe('نمی‌توان نوبت را به همین باجه منتقل کرد.');
  });

  it('sends either a service or a counter, with the chosen position', () => {
    expect(buildTransfer({ to: 'service', serviceId: 's2', counterId: 'c3', position: 'original' }, 'c1')).toEqual({
      ok: true,
      value: { type: 'ticket.transfer', counterId: 'c1', toServiceId: 's2', position: 'original' },
    });
    expect(buildTransfer({ to: 'counter', serviceId: 's2', counterId: 'c3', position: 'front' }, 'c1')).toEqual({
      ok: true,
      value: { type: 'ticket.transfer', counterId: 'c1', toCounterId: 'c3', position: 'front' },
    });
  });
});

describe('service form', () => {
  const ctx = { services: [service], departments };

  it('reads Persian digits and Arabic letters as the server stores them', () => {
    const r = checkService({ ...serviceDraft(), name: 'گواهي كار', departmentId: 'd1', prefix: 'ج', rangeStart: '۲۰۰', rangeEnd: '٢٩٩', weight: '۲' }, ctx);
    expect(r).toMatchObject({ ok: true, value: { name: 'گواهی کار', prefix: 'ج', rangeStart: 200, rangeEnd: 299, weight: 2 } });
  });

  it('takes any prefix the board can speak, «الف» included', () => {
    for (const prefix of ['', 'ب', 'الف', 'ی']) {
      expect(checkService({ ...serviceDraft(), name: 'خدمت', departmentId: 'd1', prefix, rangeStart: '500', rangeEnd: '599' }, ctx).ok, prefix).toBe(true);
    }
    expect(checkService({ ...serviceDraft(), name: 'خدمت', departmentId: 'd1', prefix: 'بب', rangeStart: '500', rangeEnd: '599' }, ctx).ok).toBe(false);
  });

  it('explains each mistake in Persian', () => {
    const r = checkService({ ...serviceDraft(), name: '', departmentId: '', prefix: 'AB', rangeStart: '50', rangeEnd: '20', weight: '0' }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(say(r.problems.name)).toBe('این بخش را پر کنید.');
    expect(say(r.problems.departmentId)).toBe('معاونت را انتخاب کنید.');
    expect(say(r.problems.prefix)).toBe('پیشوند باید یک حرف فارسی باشد (یا خالی بماند).');
    expect(say(r.problems.rangeEnd)).toBe('شمارهٔ پایان نباید از شمارهٔ شروع کمتر باشد.');
    expect(say(r.problems.weight)).toBe('عددی صحیح از ۱ تا ۱۰ وارد کنید.');
  });

  it('refuses numbers the board cannot speak and a range that would print the same ticket as another service', () => {
    const tooBig = checkService({ ...serviceDraft(), name: 'خدمت', departmentId: 'd1', rangeEnd: '1000' }, ctx);
    expect(tooBig.ok || say(tooBig.problems.rangeEnd)).toBe('عددی صحیح از ۱ تا ۹۹۹ وارد کنید.');
    const clash = checkService({ ...serviceDraft(), name: 'خدمت دیگر', departmentId: 'd1', prefix: 'ب', rangeStart: '150', rangeEnd: '250' }, ctx);
    expect(clash.ok || say(clash.problems.rangeStart)).toContain('«صدور مجوز»');
    // a switched-off service still owns its numbers
    const off = { services: [{ ...service, active: false }], departments };
    expect(checkService({ ...serviceDraft(), name: 'خدمت دیگر', departmentId: 'd1', prefix: 'ب', rangeStart: '199', rangeEnd: '199' }, off).ok).toBe(false);
    expect(checkService({ ...serviceDraft(), name: 'خدمت دیگر', departmentId: 'd1', prefix: 'ب', rangeStart: '200', rangeEnd: '200' }, off).ok).toBe(true);
    // editing the service itself is no clash
    expect(checkService(serviceDraft(service), ctx).ok).toBe(true);
  });
});

describe('departments and counters', () => {
  it('a department name is required and unique', () => {
    const dup = checkDepartment({ name: 'معاونت  توسعه', nameEn: '' }, { departments });
    expect(dup.ok || say(dup.problems.name)).toBe('این نام پیش‌تر به کار رفته است.');
  });

  it('a counter needs a free number and at least one service with a sane weight', () => {
    const counters: Counter[] = [{ id: 'c1', number: 1, services: [{ serviceId: 's1', weight: 1 }], active: true }];
    const r = checkCounter({ ...counterDraft(), number: '۱', services: [] }, { counters });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(say(r.problems.number)).toBe('باجهٔ شمارهٔ ۱ پیش‌تر تعریف شده است.');
    expect(say(r.problems.services)).toBe('دست‌کم یک خدمت برای این باجه انتخاب کنید.');
    // a counter switched off may keep no services
    expect(checkCounter({ ...counterDraft(), number: '3', services: [], active: false }, { counters }).ok).toBe(true);
    expect(checkCounter({ ...counterDraft(), number: '100', services: [{ serviceId: 's1', weight: '1' }] }, { counters }).ok).toBe(false);
    const badWeight = checkCounter({ ...counterDraft(), number: '2', services: [{ serviceId: 's1', weight: '11' }] }, { counters });
    expect(badWeight.ok || say(badWeight.problems.services)).toBe('وزن هر خدمت باید عددی صحیح از ۱ تا ۱۰ باشد.');
    expect(checkCounter({ ...counterDraft(), number: '۲', services: [{ serviceId: 's1', weight: '۳' }] }, { counters })).toEqual({
      ok: true,
      value: { number: 2, services: [{ serviceId: 's1', weight: 3 }], active: true },
    });
  });
});

describe('staff', () => {
  const staff = [{ id: 'u1', username: 'clerk1', displayName: 'کارشناس', role: 'clerk' as const, active: true }];

  it('a new staff member needs a Latin username, a name and a password', () => {
    const r = checkStaff({ ...staffDraft(), username: 'علی', displayName: 'علی', password: '123' }, { staff });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(say(r.problems.username)).toContain('نام کاربری');
    expect(say(r.problems.password)).toBe('گذرواژه دست‌کم ۸ نویسه باشد.');
    const dup = checkStaff({ ...staffDraft(), username: 'CLERK1', displayName: 'علی', password: 'secret123' }, { staff });
    expect(dup.ok || say(dup.problems.username)).toBe('این نام کاربری پیش‌تر به کار رفته است.');
  });

  it('editing keeps the password when the field is left empty', () => {
    expect(checkStaff({ ...staffDraft(staff[0]), role: 'supervisor' }, { staff })).toEqual({
      ok: true,
      value: { username: 'clerk1', displayName: 'کارشناس', role: 'supervisor', active: true },
    });
  });
});

describe('opening hours and queue settings', () => {
  const hours = {
    sat: { open: '07:30', close: '14:30' }, sun: null, mon: null, tue: null, wed: null, thu: { open: '07:30', close: '12:30' }, fri: null,
  };

  it('reads times in Persian digits and keeps closed days closed', () => {
    const d = hoursDraft(hours);
    d.sun = { closed: false, open: '۸:۰۰', close: '۱۳:۰۰' };
    expect(checkHours(d)).toMatchObject({ ok: true, value: { sat: hours.sat, sun: { open: '08:00', close: '13:00' }, fri: null } });
  });

  it('refuses a closing time before the opening time, or a time that is not one', () => {
    const d = hoursDraft(hours);
    d.sat = { closed: false, open: '14:00', close: '08:00' };
    d.thu = { closed: false, open: '25:00', close: '12:00' };
    const r = checkHours(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(say(r.problems.sat)).toBe('ساعت پایان باید پس از ساعت شروع باشد.');
    expect(say(r.problems.thu)).toBe('ساعت را به شکل ۰۷:۳۰ بنویسید.');
  });

  it('queue settings are whole numbers in range; switches pass through', () => {
    const q = { normalsPerPriority: 2, recallsBeforeNoShow: 2, defaultServiceMinutes: 5, serviceTimeWindow: 20, kioskIdleSeconds: 45, autoPairLocalDevices: true, enforceOpeningHours: false };
    expect(checkQueue(queueDraft(q))).toEqual({ ok: true, value: q });
    const r = checkQueue({ ...queueDraft(q), kioskIdleSeconds: '۵', recallsBeforeNoShow: 'دو' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(say(r.problems.kioskIdleSeconds)).toBe('عددی صحیح از ۱۰ تا ۶۰۰ وارد کنید.');
    expect(say(r.problems.recallsBeforeNoShow)).toBe('عددی صحیح از ۰ تا ۱۰ وارد کنید.');
  });
});

describe('devices', () => {
  // names are stored as normalizePersianText leaves them: Latin digits
  it('a device needs a name; only a display keeps a counter', () => {
    const r = checkDevice({ kind: 'kiosk', name: ' ', counterId: 'c1', printer: '' });
    expect(r.ok || say(r.problems.name)).toBe('این بخش را پر کنید.');
    expect(checkDevice({ kind: 'kiosk', name: 'کیوسک ورودی', counterId: 'c1', printer: '' })).toEqual({ ok: true, value: { kind: 'kiosk', name: 'کیوسک ورودی' } });
    // a kiosk keeps where it prints; a display has no printer
    expect(checkDevice({ kind: 'kiosk', name: 'کیوسک ورودی', counterId: '', printer: 'local' })).toEqual({ ok: true, value: { kind: 'kiosk', name: 'کیوسک ورودی', printer: 'local' } });
    expect(checkDevice({ kind: 'display', name: 'تابلو', counterId: '', printer: 'local' })).toEqual({ ok: true, value: { kind: 'display', name: 'تابلو' } });
    expect(checkDevice({ kind: 'display', name: 'تابلو باجه ۱', counterId: 'c1', printer: '' })).toEqual({
      ok: true,
      value: { kind: 'display', name: 'تابلو باجه 1', counterId: 'c1' },
    });
  });
});

describe('the English catalogue', () => {
  it('names every Persian key', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.fa).sort());
    for (const [key, text] of Object.entries(strings.en)) expect(text, key).not.toBe('');
  });
});
