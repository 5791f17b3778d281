// The office's extra closed days: the lunar holidays (which move every year), and
// closures the governor announces. The promised response dates skip them. The fixed
// solar holidays are built in. Lunar dates are suggested from the Hijri calendar for
// the admin to check against the official calendar, a day either way.
import { useEffect, useState } from 'react';
import {
  FIXED_SOLAR_HOLIDAYS,
  formatJalaliDateWithWeekday,
  jalaliDateOf,
  jalaliKey,
  jalaliToGregorian,
  parseJalaliDate,
  suggestLunarHolidays,
  gregorianToJalali,
  type SuggestedHoliday,
} from '@desk/common';
import { localDigits, useT } from '../i18n';
import { DigitsField, EditorCard } from './FormBits';
import type { SectionProps } from './useAdminConfig';

/** Noon in Tehran of a Jalali day key, for formatting it with its weekday. */
function instantOf(key: string): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  const g = jalaliToGregorian({ year, month, day });
  return new Date(Date.UTC(g.year, g.month - 1, g.day, 8, 30));
}

function shift(key: string, days: number): string {
  const at = instantOf(key);
  at.setUTCDate(at.getUTCDate() + days);
  return jalaliKey(gregorianToJalali({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() }));
}

interface Suggestion extends SuggestedHoliday {
  take: boolean;
}

export function HolidaysAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const saved = config.holidays ?? [];
  const [days, setDays] = useState<string[]>(saved);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const thisYear = jalaliDateOf(new Date()).year;
  const [year, setYear] = useState(thisYear);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const savedKey = saved.join(',');
  useEffect(() => setDays(savedKey ? savedKey.split(',') : []), [savedKey]);

  const names = new Map<string, string>();
  for (const y of [thisYear - 1, thisYear, thisYear + 1]) for (const s of suggestLunarHolidays(y)) names.set(s.date, lang === 'fa' ? s.name : s.nameEn);
  const dateText = (key: string) => formatJalaliDateWithWeekday(instantOf(key), lang);
  // a suggestion moved a day (to match the official calendar) keeps its name, unless its
  // own estimated day is on the list too (then the neighbour is a closure of its own)
  const nameOf = (key: string) => {
    if (names.has(key)) return names.get(key);
    const moved = [shift(key, -1), shift(key, 1)].find((k) => names.has(k) && !days.includes(k));
    return moved ? names.get(moved) : undefined;
  };

  function add() {
    const j = parseJalaliDate(typed);
    if (!j) return setProblem(t('holidays.badDate'));
    setProblem(null);
    setDays((d) => [...new Set([...d, jalaliKey(j)])].sort());
    setTyped('');
  }

  function suggest() {
    setSuggestions(suggestLunarHolidays(year).map((s) => ({ ...s, take: !days.includes(s.date) })));
  }

  function takeSuggestions() {
    if (!suggestions) return;
    setDays((d) => [...new Set([...d, ...suggestions.filter((s) => s.take).map((s) => s.date)])].sort());
    setSuggestions(null);
  }

  async function save() {
    setBusy(true);
    const r = await send<{ holidays: string[] }>('PUT', '/api/admin/holidays', { holidays: days });
    setBusy(false);
    setError(r.ok ? null : r.error.message);
  }

  const upcoming = days.filter((d) => d >= jalaliKey(jalaliDateOf(new Date())));
  return (
    <section data-testid="holidays-admin">
      <h2>{t('holidays.title')}</h2>
      <EditorCard title={t('holidays.hint')} busy={busy} error={error} onSave={() => void save()} onCancel={() => setDays(saved)} readOnly={readOnly}>
        <div className="field-wide">
          <p className="muted">
            {t('holidays.fixed')} {FIXED_SOLAR_HOLIDAYS.map((h) => (lang === 'fa' ? h.name : h.nameEn)).filter((n, i, all) => all.indexOf(n) === i).join(lang === 'fa' ? '، ' : ', ')}
          </p>
          {days.length === 0 ? (
            <p className="muted">{t('holidays.none')}</p>
          ) : (
            <ul className="holiday-list" data-testid="holiday-list">
              {days.map((d) => (
                <li key={d} data-date={d} className={upcoming.includes(d) ? '' : 'muted'}>
                  <span>{dateText(d)}</span>
                  {nameOf(d) && <span className="muted"> — {nameOf(d)}</span>}
                  {!readOnly && (
                    <button type="button" className="btn btn-small btn-quiet" onClick={() => setDays((all) => all.filter((x) => x !== d))} aria-label={t('holidays.remove', { date: dateText(d) })}>
                      ✕
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        {!readOnly && (
          <div className="field-wide holiday-add">
            <DigitsField label={t('holidays.add')} value={typed} onChange={setTyped} placeholder={localDigits(`${thisYear}/04/03`, lang)} testId="holiday-date" />
            <button type="button" className="btn" onClick={add} data-testid="holiday-add">
              {t('holidays.addButton')}
            </button>
            {problem && (
              <small className="field-problem" role="alert">
                {problem}
              </small>
            )}
            <label className="field field-narrow">
              <span>{t('holidays.year')}</span>
              <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="holiday-year">
                {[thisYear, thisYear + 1].map((y) => (
                  <option key={y} value={y}>
                    {localDigits(String(y), lang)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn" onClick={suggest} data-testid="holiday-suggest">
              {t('holidays.suggest', { year: localDigits(String(year), lang) })}
            </button>
          </div>
        )}
        {suggestions && (
          <div className="field-wide holiday-suggestions" data-testid="holiday-suggestions">
            <p className="notice">{t('holidays.estimate')}</p>
            <ul>
              {suggestions.map((s, i) => (
                <li key={`${s.name}-${i}`}>
                  <label className="check">
                    <input type="checkbox" checked={s.take} onChange={(e) => setSuggestions((all) => all!.map((x, k) => (k === i ? { ...x, take: e.target.checked } : x)))} />
                    <span>
                      {dateText(s.date)} — {lang === 'fa' ? s.name : s.nameEn}
                    </span>
                  </label>
                  <button type="button" className="btn btn-small btn-quiet" onClick={() => setSuggestions((all) => all!.map((x, k) => (k === i ? { ...x, date: shift(x.date, -1) } : x)))}>
                    {t('holidays.dayEarlier')}
                  </button>
                  <button type="button" className="btn btn-small btn-quiet" onClick={() => setSuggestions((all) => all!.map((x, k) => (k === i ? { ...x, date: shift(x.date, 1) } : x)))}>
                    {t('holidays.dayLater')}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="btn btn-accent" onClick={takeSuggestions} data-testid="holiday-take">
              {t('holidays.take')}
            </button>
          </div>
        )}
      </EditorCard>
    </section>
  );
}
