// A visitor at a kiosk scanned its QR: this page, on their own phone, sends the photos
// or files of their documents into the kiosk's handoff session; the kiosk shows each one
// as it arrives. Nothing is typed and nothing personal is shown here: the page knows only
// the session's id, what kinds of documents to send and how many arrived.
import { useCallback, useEffect, useState } from 'react';
import { formatTime, pick, translator, type HandoffPhoneView } from '@desk/common';
import { useI18n } from '@desk/ui';
import type { UploadedDocument } from '../edesk/storage';
import { Loading, PageTitle, Problem } from '../parts/Page';
import { Uploads } from '../parts/Uploads';
import { getHandoff, takeBack } from './api';
import { handoffMessages } from './strings';

/** The page asks again now and then: the kiosk may have finished (the link is dead then). */
const REFRESH_MS = 15_000;

export function Handoff(props: { id: string }) {
  const { lang } = useI18n();
  const t = translator(handoffMessages, lang);
  const [view, setView] = useState<HandoffPhoneView>();
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<UploadedDocument[]>([]);
  // the kiosk finished or the time is up: nothing more to ask
  const [ended, setEnded] = useState(false);

  const refresh = useCallback(async () => {
    const r = await getHandoff(props.id, lang);
    if (r.ok) {
      setView(r.data.handoff);
      setProblem(undefined);
    } else {
      setProblem(r.error.message);
      if (r.status === 404) {
        setView(undefined);
        setEnded(true);
      }
    }
  }, [props.id, lang]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (ended) return;
    const timer = setInterval(() => document.visibilityState === 'visible' && void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh, ended]);

  if (!view) {
    return (
      <section className="portal-card" data-testid="handoff">
        <PageTitle text={t('handoff.title')}>{t('handoff.title')}</PageTitle>
        {problem ? <Problem message={problem} testId="handoff-problem" /> : <Loading />}
      </section>
    );
  }
  return (
    <section className="portal-card portal-handoff" data-testid="handoff">
      <PageTitle text={t('handoff.title')}>{t('handoff.title')}</PageTitle>
      <p className="portal-lead" data-testid="handoff-for">
        {t('handoff.for', { title: pick(lang, view.title, view.titleEn) })}
      </p>
      <p>{t('handoff.intro')}</p>
      <p className="portal-muted">{t('handoff.until', { time: formatTime(view.expiresAt, lang) })}</p>
      {problem && <Problem message={problem} onRetry={() => void refresh()} testId="handoff-problem" />}
      {view.slots.map((slot) => (
        <div key={slot.id} className="portal-handoff-slot">
          <Uploads
            testId={`handoff-${slot.id}`}
            rules={{ slotId: slot.id, label: pick(lang, slot.label, slot.labelEn), accept: slot.accept, ...(slot.maxSizeKb !== undefined ? { maxSizeKb: slot.maxSizeKb } : {}), ...(slot.maxFiles !== undefined ? { maxFiles: slot.maxFiles } : {}) }}
            files={sent.filter((d) => d.slotId === slot.id)}
            auth={{ handoff: props.id, slotId: slot.id }}
            required={slot.required}
            onAdded={(doc) => {
              setSent((list) => [...list, doc]);
              void refresh();
            }}
            onRemoved={(documentId) => {
              void takeBack(props.id, documentId).then((r) => {
                if (!r.ok) setProblem(r.error.message);
                setSent((list) => list.filter((d) => d.id !== documentId));
                void refresh();
              });
            }}
          />
          <p className="portal-muted" data-testid={`handoff-received-${slot.id}`}>
            {t('handoff.received', { count: slot.received })}
          </p>
        </div>
      ))}
      <p className="portal-notice">{t('handoff.back')}</p>
    </section>
  );
}
