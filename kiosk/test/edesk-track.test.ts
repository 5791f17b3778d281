// Following a request at the kiosk with the reducer alone: a mistyped code or national ID
// is caught before the server is asked, a wrong pair is asked again, and the survey goes
// one question a screen to the comment, sending only a complete questionnaire.
import { describe, expect, it } from 'vitest';
import { SURVEY_QUESTIONS, createTrackingCode, type Case } from '@desk/common';
import { initialTrackState, surveyToSend, trackKeysOf, trackReducer, type TrackAction, type TrackState } from '../src/edesk/track-flow';

const keys = (text: string): TrackAction[] => [...text].map((char) => ({ type: 'key', key: { kind: 'char', char } }));
const next: TrackAction = { type: 'next', lang: 'fa' };
const run = (state: TrackState, ...actions: TrackAction[]) => actions.reduce(trackReducer, state);
const code = createTrackingCode();
const someCase = { id: 'c1', trackingCode: code } as Case;

describe('following a request at the kiosk', () => {
  it('checks the tracking code’s check digit and the national ID before asking', () => {
    const wrongDigit = `${code.slice(0, 10)}${(Number(code[10]) + 1) % 10}`;
    const bad = run(initialTrackState, ...keys(wrongDigit), next);
    expect(bad.step).toEqual({ name: 'code' });
    expect(bad.error).toContain('کد رهگیری درست نیست');
    expect(run(initialTrackState, ...keys(code.slice(0, 9)), next).error).toBe('کد رهگیری ۱۱ رقم است؛ آن را از روی رسید دوباره وارد کنید.');
    // at most eleven digits
    expect(run(initialTrackState, ...keys(`${code}99`)).code).toBe(code);
    const atId = run(initialTrackState, ...keys(code), next);
    expect(atId.step).toEqual({ name: 'nationalId' });
    const badId = run(atId, ...keys('0012345678'), next);
    expect(badId.error).toBe('کد ملی درست نیست؛ ده رقم روی کارت ملی را دوباره وارد کنید.');
    const looking = run(atId, ...keys('0012345679'), next);
    expect(looking.step).toEqual({ name: 'looking' });
    expect(trackKeysOf(looking)).toEqual({ trackingCode: code, nationalId: '0012345679' });
  });

  it('asks for both again when the pair opens no case, and shows the case when it does', () => {
    const looking = run(initialTrackState, ...keys(code), next, ...keys('0012345679'), next);
    const missing = run(looking, { type: 'notFound', message: 'این پرونده پیدا نشد.' });
    expect(missing.step).toEqual({ name: 'code' });
    expect(missing.nationalId).toBe('');
    expect(missing.problem).toBe('این پرونده پیدا نشد.');
    expect(run(looking, { type: 'found', case: someCase }).step).toEqual({ name: 'case' });
  });

  it('takes the survey one question a screen, back and forth, then the comment', () => {
    let s = run(initialTrackState, ...keys(code), next, ...keys('0012345679'), next, { type: 'found', case: someCase }, { type: 'openSurvey' });
    expect(s.step).toEqual({ name: 'survey', index: 0 });
    // a tap for another question than the one shown changes nothing
    expect(run(s, { type: 'rate', questionId: 'q05', value: 5 })).toBe(s);
    s = run(s, { type: 'rate', questionId: 'q01', value: 4 }, { type: 'back' });
    expect(s.step).toEqual({ name: 'survey', index: 0 });
    expect(s.survey.q01).toBe(4);
    for (const q of SURVEY_QUESTIONS) s = run(s, { type: 'rate', questionId: q.id, value: 5 });
    expect(s.step).toEqual({ name: 'comment' });
    s = run(s, ...keys('سپاس'));
    expect(surveyToSend(s, 'fa')).toEqual({ ok: true, answers: Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, 5])), comment: 'سپاس' });
    const missing = { ...s, survey: { ...s.survey } };
    delete missing.survey.q16;
    expect(surveyToSend(missing, 'fa')).toEqual({ ok: false, message: '۱۶. به این پرسش پاسخ دهید.' });
  });
});
