// «پیگیری درخواست»: the tracking code as people type it (Persian digits, spaces,
// dashes all fine; a mistyped digit is caught by the check digit) and the national ID.
import { useState, type FormEvent } from 'react';
import { caseMessage, formatTrackingCode, isValidNationalId, parseTrackingCode, toLatinDigits, type Case } from '@desk/common';
import { useI18n } from '@desk/ui';
import { trackCase, type TrackKeys } from '../edesk/api';
import { rememberedClient } from '../edesk/storage';
import type { OfficeData } from '../edesk/useOffice';
import { Field } from '../parts/Field';
import { PageTitle, Problem } from '../parts/Page';

export function TrackForm(props: { data: OfficeData; initialCode: string | undefined; onFound: (keys: TrackKeys, c: Case) => void }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(() => {
    const parsed = props.initialCode ? parseTrackingCode(props.initialCode) : undefined;
    return parsed?.ok ? formatTrackingCode(parsed.code, lang) : (props.initialCode ?? '');
  });
  const [nationalId, setNationalId] = useState(() => rememberedClient()?.nationalId ?? '');
  const [errors, setErrors] = useState<{ code?: string; nationalId?: string }>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const checkCode = (value: string) => {
    const parsed = parseTrackingCode(value, lang);
    return parsed.ok ? undefined : parsed.error.message;
  };
  const checkId = (value: string) => (isValidNationalId(value) ? undefined : caseMessage('case.error.badNationalId', undefined, lang));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next = { code: checkCode(code), nationalId: checkId(nationalId) };
    setErrors(next);
    if (next.code || next.nationalId) {
      document.getElementById(next.code ? 'track-code' : 'track-nationalId')?.focus();
      return;
    }
    const parsed = parseTrackingCode(code);
    if (!parsed.ok) return;
    const keys: TrackKeys = { trackingCode: parsed.code, nationalId: toLatinDigits(nationalId).replace(/[\s-]/g, '') };
    setBusy(true);
    setProblem(undefined);
    const r = await trackCase(keys);
    setBusy(false);
    if (r.ok) props.onFound(keys, r.data.case);
    else setProblem(r.error.message);
  }

  return (
    <section className="portal-card" aria-labelledby="track-title">
      <PageTitle id="track-title" text={t('track.title')}>
        {t('track.title')}
      </PageTitle>
      <p className="portal-lead">{t('track.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id="track-code" label={t('track.code')} hint={t('track.codeHint')} error={errors.code} testId="track-code">
          {(ids) => (
            <input
              id={ids.id}
              className="portal-input portal-input-ltr portal-input-code"
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              onBlur={() => code.trim() && setErrors((x) => ({ ...x, code: checkCode(code) }))}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              data-testid="track-code"
            />
          )}
        </Field>
        <Field id="track-nationalId" label={t('id.nationalId')} hint={t('track.nationalIdHint')} error={errors.nationalId} testId="track-nationalId">
          {(ids) => (
            <input
              id={ids.id}
              className="portal-input portal-input-ltr"
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              value={nationalId}
              onChange={(e) => setNationalId(e.target.value)}
              onBlur={() => nationalId.trim() && setErrors((x) => ({ ...x, nationalId: checkId(nationalId) }))}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              data-testid="track-nationalId"
            />
          )}
        </Field>
        {problem && <Problem message={problem} testId="track-problem" />}
        <button type="submit" className="portal-button portal-button-primary portal-button-big" disabled={busy} data-testid="track-submit">
          {busy ? t('common.wait') : t('track.submit')}
        </button>
      </form>
    </section>
  );
}
