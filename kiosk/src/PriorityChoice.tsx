// Asked once, only for services that take priority tickets: a regular ticket (the big,
// obvious choice) or a priority claim that the clerk confirms at the counter.
import { PRIORITY_KINDS, type PriorityKind, type Service } from '@desk/common';
import { localName } from './catalogue';
import { Icon } from './icons';
import { useKioskI18n } from './useKioskI18n';

export function PriorityChoice(props: {
  service: Service;
  onChoose: (priority: PriorityKind | undefined) => void;
  onBack: () => void;
  /** Open the service's info package (absent when the office has none for it). */
  onInfo?: () => void;
}) {
  const { t, lang } = useKioskI18n();
  return (
    <div className="kiosk-screen kiosk-priority">
      <header className="kiosk-bar">
        <button type="button" className="kiosk-back" onClick={props.onBack}>
          <Icon name="back" size={36} />
          <span>{t('common.back')}</span>
        </button>
        <h1 className="kiosk-bar-title" dir="auto">{localName(props.service, lang)}</h1>
      </header>
      <main className="kiosk-priority-main">
        <p className="kiosk-priority-question">{t('priority.title')}</p>
        <button
          type="button"
          className="kiosk-priority-normal"
          data-testid="priority-normal"
          autoFocus
          onClick={() => props.onChoose(undefined)}
        >
          <Icon name="ticket" size={56} />
          <span>{t('priority.normal')}</span>
        </button>
        {props.onInfo && (
          <button type="button" className="kiosk-info-open" data-testid="open-info" onClick={props.onInfo}>
            <Icon name="info" size={40} />
            <span>{t('info.open')}</span>
          </button>
        )}
        <section className="kiosk-priority-special" aria-labelledby="priority-special-title">
          <h2 id="priority-special-title">{t('priority.special')}</h2>
          <p className="kiosk-priority-note">{t('priority.confirmNote')}</p>
          <div className="kiosk-priority-kinds">
            {PRIORITY_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="kiosk-priority-kind"
                data-testid={`priority-${kind}`}
                onClick={() => props.onChoose(kind)}
              >
                <Icon name={kind} size={56} />
                <span>{t(`priority.kind.${kind}`)}</span>
              </button>
            ))}
          </div>
        </section>
      </main>
    </div>
  );
}
