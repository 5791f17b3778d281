// «Continue on your phone»: a big button opens a handoff and shows its QR; the phone's
// camera reads it and the portal page takes photos or files; each file that arrives
// shows here with a tick, with no typing at all.
import type { ReactNode } from 'react';
import { Qr } from '@desk/ui/Qr.tsx';
import { Icon } from '../icons';
import { useKioskI18n } from '../useKioskI18n';
import type { HandoffLink } from './useHandoff';
import { ScreenProblem } from './parts';

export function PhonePanel(props: { link: HandoffLink; onOpen: () => void; children?: ReactNode }) {
  const { t } = useKioskI18n();
  const { link } = props;
  const open = link.phase === 'open' && link.handoff;
  return (
    <section className={`kiosk-phone${open ? ' is-open' : ''}`} aria-labelledby="phone-title" data-testid="handoff-panel">
      <h2 id="phone-title" className="kiosk-phone-title">
        <Icon name="phone" size={48} />
        <span>{t('phone.title')}</span>
      </h2>
      {open ? (
        <div className="kiosk-phone-open">
          <Qr text={link.handoff!.url} size={280} label={t('phone.qr')} testId="handoff-qr" className="kiosk-qr" />
          <ol className="kiosk-phone-steps">
            <li>
              <Icon name="camera" size={36} />
              <span>{t('phone.step1')}</span>
            </li>
            <li>
              <Icon name="phone" size={36} />
              <span>{t('phone.step2')}</span>
            </li>
            <li>
              <Icon name="check" size={36} />
              <span>{t('phone.step3')}</span>
            </li>
          </ol>
        </div>
      ) : (
        <>
          {link.phase === 'gone' && <p className="kiosk-phone-gone" role="status">{t('phone.gone')}</p>}
          <button type="button" className="kiosk-phone-button" onClick={props.onOpen} disabled={link.phase === 'opening'} data-testid="handoff-open">
            <Icon name="camera" size={52} />
            <span>{link.phase === 'opening' ? t('edesk.wait') : link.phase === 'gone' ? t('phone.again') : t('phone.open')}</span>
          </button>
        </>
      )}
      <ScreenProblem message={link.problem} />
      {props.children}
    </section>
  );
}
