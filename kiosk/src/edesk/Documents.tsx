// The request's documents at the kiosk: each slot of the service's form with what it
// holds (name, size, a tick), the documents this person gave with earlier requests
// offered again (never asked twice: apply-flow keeps them from /on-file), and the phone
// QR for new ones.
import { draftDocumentOf, fileSizeText, formatTrackingCode, onFileForSlot, pick, type DocumentField, type OnFileDocument } from '@desk/common';
import { Icon } from '../icons';
import { useKioskI18n } from '../useKioskI18n';
import { documentSlots, type ApplyAction, type ApplyContext, type ApplyState } from './apply-flow';
import { NextButton, Prompt, ScreenProblem, FieldMessage } from './parts';
import { PhonePanel } from './PhonePanel';
import type { HandoffLink } from './useHandoff';

export function DocumentsStep(props: {
  state: ApplyState;
  ctx: ApplyContext;
  dispatch: (action: ApplyAction) => void;
  proof: string | undefined;
  serviceId: string;
  link: HandoffLink;
}) {
  const { t, lang } = useKioskI18n();
  const { state, ctx, dispatch, proof, link } = props;
  const slots = documentSlots(ctx.fields);

  const openPhone = () => {
    if (proof) void link.open({ purpose: 'apply', serviceId: props.serviceId, proof });
    else dispatch({ type: 'problem', message: t('apply.proofExpired') });
  };
  const remove = (id: string) => {
    if (state.fromPhone.includes(id)) link.remove(id);
    dispatch({ type: 'remove', id });
  };

  return (
    <>
      <Prompt icon="document" text={t('docs.prompt')} hint={t('docs.hint')} />
      <ul className="kiosk-slots" role="list">
        {slots.map((slot) => (
          <Slot key={slot.id} slot={slot} state={state} offered={onFileForSlot(slot, state.onFile)} onUse={(d) => dispatch({ type: 'useOnFile', document: draftDocumentOf(d, slot.id) })} onRemove={remove} />
        ))}
      </ul>
      <PhonePanel link={link} onOpen={openPhone} />
      <ScreenProblem message={state.problem} />
      <div className="kiosk-edesk-keys">
        <NextButton onClick={() => dispatch({ type: 'next', ctx })} />
      </div>
    </>
  );
}

/** One kind of document: what it holds, and what is on file for it. */
function Slot(p: { slot: DocumentField; state: ApplyState; offered: OnFileDocument[]; onUse: (d: OnFileDocument) => void; onRemove: (id: string) => void }) {
  const { t, lang } = useKioskI18n();
  const files = p.state.documents.filter((d) => d.slotId === p.slot.id);
  const offered = p.offered.filter((o) => !files.some((f) => f.id === o.id));
  const error = p.state.errors[p.slot.id];
  return (
    <li className={`kiosk-slot${files.length > 0 ? ' is-done' : ''}${error ? ' is-invalid' : ''}`} data-testid={`slot-${p.slot.id}`}>
      <p className="kiosk-slot-title">
        <span className="kiosk-slot-mark" aria-hidden="true">
          {files.length > 0 ? <Icon name="check" size={36} /> : <Icon name="document" size={36} />}
        </span>
        <span>{pick(lang, p.slot.label, p.slot.labelEn)}</span>
        {!p.slot.required && <span className="kiosk-slot-optional">{t('form.optional')}</span>}
      </p>
      {files.length > 0 && (
        <ul className="kiosk-files" role="list">
          {files.map((f) => (
            <li key={f.id} className="kiosk-file" data-testid={`file-${p.slot.id}`}>
              <Icon name="check" size={32} className="kiosk-file-tick" />
              <span className="kiosk-file-name" dir="auto">
                {f.name}
              </span>
              <span className="kiosk-file-size">{fileSizeText(f.size, lang)}</span>
              <button type="button" className="kiosk-file-remove" onClick={() => p.onRemove(f.id)} aria-label={t('docs.removeNamed', { name: f.name })}>
                <Icon name="trash" size={32} />
                <span>{t('docs.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {offered.length > 0 && (
        <div className="kiosk-on-file" data-testid={`on-file-${p.slot.id}`}>
          <p>{t('docs.onFile')}</p>
          {offered.map((d) => (
            <button key={d.id} type="button" className="kiosk-on-file-use" onClick={() => p.onUse(d)} data-testid={`on-file-use-${p.slot.id}`}>
              <Icon name="check" size={36} />
              <span>
                {t('docs.useOnFile', { name: d.name, code: formatTrackingCode(d.trackingCode, lang) })}
              </span>
            </button>
          ))}
        </div>
      )}
      <FieldMessage message={error} testId={`error-${p.slot.id}`} />
    </li>
  );
}
