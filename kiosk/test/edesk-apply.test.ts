// A request made at the kiosk, step by step, with the reducer alone: every «ادامه» checks
// the screen's input with common's validators and says what is wrong in Persian, the
// code's screen is skipped once the mobile is proven, the name on file is offered, the
// phone's files join and leave, and the server's refusals lead back to their screen.
import { describe, expect, it } from 'vitest';
import type { Case, FormField, Receipt } from '@desk/common';
import {
  applyReducer,
  applySteps,
  initialApplyState,
  stepPosition,
  validProof,
  type ApplyAction,
  type ApplyContext,
  type ApplyState,
} from '../src/edesk/apply-flow';
import type { KeyPress } from '../src/keyboard';

const fields: FormField[] = [
  { id: 'deathOn', kind: 'date', label: 'تاریخ فوت', required: true, max: 'today' },
  { id: 'relationship', kind: 'select', label: 'نسبت', required: true, options: [{ value: 'child', label: 'فرزند' }, { value: 'spouse', label: 'همسر' }] },
  { id: 'note', kind: 'textarea', label: 'توضیح', required: false, minLength: 5 },
  { id: 'doc-card', kind: 'document', label: 'کارت ملی', required: true, accept: ['image/jpeg', 'application/pdf'] },
];
const ctx: ApplyContext = { fields, lang: 'fa', labels: { nationalId: 'کد ملی', name: 'نام و نام خانوادگی', mobile: 'شمارهٔ همراه', email: 'رایانامه' } };
const NOW = Date.parse('2025-11-23T07:00:00Z');
const proof = { token: 'signed', mobile: '09121234567', expiresAt: new Date(NOW + 600_000).toISOString() };

const keys = (text: string): ApplyAction[] => [...text].map((char) => ({ type: 'key', key: char === ' ' ? { kind: 'space' } : ({ kind: 'char', char } as KeyPress), ctx }));
const next: ApplyAction = { type: 'next', ctx, now: NOW };
const run = (state: ApplyState, ...actions: ApplyAction[]) => actions.reduce(applyReducer, state);
const start = () => initialApplyState('kiosk-test-0001');

/** A visitor who has got as far as the form: identified, and the mobile proven. */
function identified(): ApplyState {
  return run(start(), ...keys('0012345679'), next, ...keys('09121234567'), next, { type: 'verified', proof, ctx }, ...keys('مریم احمدی'), next);
}

describe('who is asking, at the kiosk', () => {
  it('refuses a national ID with a wrong check digit or all the same digit, in Persian, as soon as ten digits are in', () => {
    const wrong = run(start(), ...keys('0012345678'));
    expect(wrong.errors.nationalId).toBe('«کد ملی» درست نیست؛ ده رقم کد ملی را از روی کارت ملی دوباره وارد کنید.');
    expect(run(wrong, next).step).toEqual({ name: 'nationalId' });
    const same = run(start(), ...keys('1111111111'), next);
    expect(same.step).toEqual({ name: 'nationalId' });
    expect(same.errors.nationalId).toContain('درست نیست');
    // typing again clears the message; a right one goes on
    const fixed = run(wrong, { type: 'key', key: { kind: 'backspace' }, ctx });
    expect(fixed.errors.nationalId).toBeUndefined();
    expect(run(fixed, ...keys('9'), next).step).toEqual({ name: 'mobile' });
  });

  it('wants an Iranian mobile before any code is sent, and a full name after it', () => {
    let s = run(start(), ...keys('0012345679'), next, ...keys('0912123'), next);
    expect(s.step).toEqual({ name: 'mobile' });
    expect(s.errors.mobile).toBe('«شمارهٔ همراه» باید ۱۱ رقم باشد و با ۰۹ آغاز شود.');
    s = run(s, ...keys('4567'), next);
    expect(s.step).toEqual({ name: 'otp' });
    expect(s.identity.mobile).toBe('09121234567');
    s = run(s, { type: 'verified', proof, ctx });
    expect(s.step).toEqual({ name: 'name' });
    s = run(s, ...keys('مریم'), next);
    expect(s.step).toEqual({ name: 'name' });
    expect(s.errors.name).toBe('نام و نام خانوادگی را کامل بنویسید.');
    expect(run(s, ...keys(' احمدی'), next).step).toEqual({ name: 'field', index: 0 });
  });

  it('offers the name of an earlier request instead of asking it again, and never overwrites one typed', () => {
    const proven = run(start(), ...keys('0012345679'), next, ...keys('09121234567'), next, { type: 'verified', proof, ctx });
    const offered = run(proven, { type: 'onFile', documents: [], name: 'مریم احمدی' });
    expect(offered.identity.name).toBe('مریم احمدی');
    expect(run(offered, next).step).toEqual({ name: 'field', index: 0 });
    const typed = run(proven, ...keys('زهرا رضایی'), { type: 'onFile', documents: [], name: 'مریم احمدی' });
    expect(typed.identity.name).toBe('زهرا رضایی');
  });

  it('goes from a proven code to the form, and skips the code when coming back unchanged', () => {
    const s = identified();
    expect(s.step).toEqual({ name: 'field', index: 0 });
    expect(validProof(s, NOW)).toBe('signed');
    const back = run(s, { type: 'back', ctx }, { type: 'back', ctx });
    expect(back.step).toEqual({ name: 'mobile' });
    expect(run(back, next).step).toEqual({ name: 'name' });
    // another number: the proof was for the old one
    const changed = run(back, { type: 'key', key: { kind: 'backspace' }, ctx }, ...keys('8'), next);
    expect(changed.proof).toBeUndefined();
    expect(changed.step).toEqual({ name: 'otp' });
  });
});

describe("the service's form, one field a screen", () => {
  it('checks each field with the form validator: the date, the choice; an optional one may be skipped', () => {
    let s = run(identified(), next);
    expect(s.errors.deathOn).toBe('«تاریخ فوت» را وارد کنید.');
    s = run(s, ...keys('1499/01/01'), next);
    expect(s.errors.deathOn).toMatch(/^«تاریخ فوت» نباید پس از [۰-۹/]+ باشد\.$/);
    s = run(s, { type: 'key', key: { kind: 'clear' }, ctx }, ...keys('1403/05/20'), next);
    expect(s.step).toEqual({ name: 'field', index: 1 });
    s = run(s, next);
    expect(s.errors.relationship).toBe('«نسبت» را انتخاب کنید.');
    s = run(s, { type: 'choose', value: 'child', ctx }, next);
    expect(s.step).toEqual({ name: 'field', index: 2 });
    // optional, but if written it must be long enough
    expect(run(s, ...keys('کم'), next).errors.note).toBe('«توضیح» باید دست‌کم ۵ نویسه باشد.');
    expect(run(s, next).step).toEqual({ name: 'documents' });
    expect(stepPosition(run(s, next), ctx)).toEqual({ at: 8, of: applySteps(ctx).length });
  });

  it('needs the required documents; on-file and phone files fill a slot, and a file taken back on the phone leaves', () => {
    let s = run(identified(), ...keys('1403/05/20'), next, { type: 'choose', value: 'child', ctx }, next, next);
    expect(s.step).toEqual({ name: 'documents' });
    s = run(s, next);
    expect(s.errors['doc-card']).toBe('«کارت ملی» را بارگذاری کنید.');
    const fromPhone = { id: 'p1', slotId: 'doc-card', name: 'card.jpg', size: 2048, contentType: 'image/jpeg' };
    s = run(s, { type: 'arrived', documents: [fromPhone] });
    expect(s.errors['doc-card']).toBeUndefined();
    expect(s.documents).toEqual([fromPhone]);
    // an on-file document joins; the phone later takes its photo back
    const onFile = { id: 'f1', slotId: 'doc-card', name: 'old.pdf', size: 4096, contentType: 'application/pdf' };
    s = run(s, { type: 'useOnFile', document: onFile }, { type: 'useOnFile', document: onFile }, { type: 'arrived', documents: [] });
    expect(s.documents).toEqual([onFile]);
    s = run(s, next);
    expect(s.step).toEqual({ name: 'review' });
  });
});

describe('sending the request', () => {
  const atReview = () => run(identified(), ...keys('1403/05/20'), next, { type: 'choose', value: 'child', ctx }, next, next, { type: 'useOnFile', document: { id: 'f1', slotId: 'doc-card', name: 'a.pdf', size: 10, contentType: 'application/pdf' } }, next);

  it('leads a refusal back to the screen it is about, with the server’s sentence', () => {
    const sending = run(atReview(), { type: 'sending' });
    expect(sending.step).toEqual({ name: 'sending' });
    // nothing but the answer moves a request on its way
    expect(run(sending, { type: 'back', ctx }).step).toEqual({ name: 'sending' });
    const field = run(sending, { type: 'refused', status: 400, error: { code: 'case.error.formInvalid', message: 'فرم کامل نیست', fields: { relationship: 'گزینه از فهرست نیست' } }, ctx });
    expect(field.step).toEqual({ name: 'field', index: 1 });
    expect(field.errors.relationship).toBe('گزینه از فهرست نیست');
    const name = run(sending, { type: 'refused', status: 400, error: { code: 'case.error.badName', message: 'نام را کامل بنویسید.' }, ctx });
    expect(name.step).toEqual({ name: 'name' });
    expect(name.errors.name).toBe('نام را کامل بنویسید.');
    // the proof ran out: prove the mobile again, then back to the last look
    const expired = run(sending, { type: 'refused', status: 401, error: { code: 'case.error.badMobile', message: 'کد تازه' }, ctx });
    expect(expired.step).toEqual({ name: 'otp' });
    expect(expired.proof).toBeUndefined();
    expect(run(expired, { type: 'verified', proof, ctx }).step).toEqual({ name: 'review' });
    // a lost connection: the same request (same commandId) can be sent again
    const lost = run(sending, { type: 'problem', message: 'ارتباط برقرار نیست' });
    expect(lost.step).toEqual({ name: 'review' });
    expect(lost.commandId).toBe('kiosk-test-0001');
  });

  it('forgets the person once the request is accepted: only what the screen shows stays', () => {
    const accepted = run(atReview(), { type: 'sending' }, { type: 'accepted', case: { trackingCode: '12345678901' } as Case, receipt: { trackingCode: '12345678901' } as Receipt });
    expect(accepted.step.name).toBe('accepted');
    expect(accepted.identity).toEqual({ nationalId: '', name: '', mobile: '', email: '' });
    expect(accepted.values).toEqual({});
    expect(accepted.documents).toEqual([]);
    expect(accepted.proof).toBeUndefined();
    expect(run(accepted, { type: 'back', ctx })).toBe(accepted);
  });
});
