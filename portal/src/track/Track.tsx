// Following a request: tracking code + national ID (kept for this tab only, never in
// the address beyond the code) → the case as the client may see it, refreshed every
// little while and whenever the phone wakes the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatTime, parseTrackingCode, type Case } from '@desk/common';
import { useI18n } from '@desk/ui';
import { trackCase, type TrackKeys } from '../edesk/api';
import { forgetTrackKeys, keepTrackKeys, trackKeys } from '../edesk/storage';
import type { OfficeData } from '../edesk/useOffice';
import { Loading, PageTitle, Problem } from '../parts/Page';
import { replacePath } from '../router';
import { CaseView } from './CaseView';
import { TrackForm } from './TrackForm';

const POLL_MS = 20_000;

function sameCode(a: string, b: string): boolean {
  const pa = parseTrackingCode(a);
  const pb = parseTrackingCode(b);
  return pa.ok && pb.ok && pa.code === pb.code;
}

export function Track(props: { data: OfficeData; trackingCode?: string }) {
  const { t, lang } = useI18n();
  const [keys, setKeys] = useState<TrackKeys | undefined>(() => {
    const kept = trackKeys();
    return kept && (!props.trackingCode || sameCode(kept.trackingCode, props.trackingCode)) ? kept : undefined;
  });
  const [found, setFound] = useState<Case | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [updatedAt, setUpdatedAt] = useState<number | undefined>();
  const [refreshing, setRefreshing] = useState(false);
  const loadingRef = useRef(false);

  const show = useCallback((c: Case) => {
    setFound(c);
    setUpdatedAt(Date.now());
  }, []);

  const refresh = useCallback(async () => {
    if (!keys || loadingRef.current) return;
    loadingRef.current = true;
    setRefreshing(true);
    const r = await trackCase(keys);
    loadingRef.current = false;
    setRefreshing(false);
    if (r.ok) {
      show(r.data.case);
      setProblem(undefined);
    } else if (r.status === 404) {
      // the keys no longer open a case (a wrong ID kept from before): ask again
      forgetTrackKeys();
      setKeys(undefined);
      setFound(undefined);
      setProblem(r.error.message);
    } else setProblem(r.error.message);
  }, [keys, show]);

  useEffect(() => {
    if (!keys) return;
    void refresh();
    const timer = setInterval(() => document.visibilityState === 'visible' && void refresh(), POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [keys, refresh]);

  // the address names the case shown: /track/<code>; another code in the address asks again
  useEffect(() => {
    if (keys && props.trackingCode && !sameCode(keys.trackingCode, props.trackingCode)) {
      setKeys(undefined);
      setFound(undefined);
    } else if (keys && found && !props.trackingCode) replacePath(`/track/${keys.trackingCode}`);
  }, [keys, found, props.trackingCode]);

  function onFound(k: TrackKeys, c: Case) {
    keepTrackKeys(k);
    setProblem(undefined);
    show(c);
    setKeys(k);
    replacePath(`/track/${k.trackingCode}`);
  }

  function forget() {
    forgetTrackKeys();
    setKeys(undefined);
    setFound(undefined);
    setProblem(undefined);
    replacePath('/track');
  }

  if (!keys) {
    return (
      <>
        {problem && <Problem message={problem} testId="track-problem" />}
        <TrackForm data={props.data} initialCode={props.trackingCode} onFound={onFound} />
      </>
    );
  }
  if (!found) {
    return (
      <section className="portal-card">
        <PageTitle text={t('track.title')}>{t('track.title')}</PageTitle>
        {problem ? <Problem message={problem} onRetry={() => void refresh()} /> : <Loading />}
      </section>
    );
  }
  return (
    <>
      <CaseView data={props.data} keys={keys} case={found} onCase={show} />
      {problem && <Problem message={problem} onRetry={() => void refresh()} />}
      <div className="portal-refresh portal-noprint">
        <p className="portal-muted" aria-live="off">
          {t('track.autoRefresh')}
          {updatedAt !== undefined && <> · {t('ticket.updated', { time: formatTime(updatedAt, lang, true) })}</>}
        </p>
        <div className="portal-actions">
          <button type="button" className="portal-button portal-button-secondary" onClick={() => void refresh()} disabled={refreshing} data-testid="track-refresh">
            {refreshing ? t('common.wait') : t('track.refresh')}
          </button>
          <button type="button" className="portal-button portal-button-link" onClick={forget} data-testid="track-other">
            {t('track.other')}
          </button>
        </div>
      </div>
    </>
  );
}
