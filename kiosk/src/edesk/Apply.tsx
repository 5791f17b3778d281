// «ثبت درخواست همین‌جا»: a request made at the kiosk, from the service's info package to
// the tracking code. The reducer (apply-flow.ts) decides; this screen draws the step and
// talks to the server. Everything lives in this component's memory: leaving it (back,
// «پایان», the idle wipe) forgets the visitor and closes the phone handoff.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { submissionBody, type IdentityLabels, type ServiceDefinition } from '@desk/common';
import { useKioskI18n } from '../useKioskI18n';
import { applyReducer, initialApplyState, inputFields, stepPosition, validProof, type ApplyContext } from './apply-flow';
import { newCommandId, type EdeskApi, type HandoffDocument } from './api';
import { FieldEntry, IdentityEntry, OtpEntry } from './ApplyEntry';
import { DocumentsStep } from './Documents';
import { EdeskFrame } from './parts';
import { Accepted, ReviewStep } from './Review';
import { useHandoff } from './useHandoff';

export type EdeskService = ServiceDefinition & { name: string; nameEn?: string };

const toDraft = (d: HandoffDocument) => ({ id: d.id, slotId: d.slotId, name: d.name, size: d.size, contentType: d.contentType });

export function Apply(props: {
  api: EdeskApi;
  service: EdeskService;
  /** Back to the service's info package. */
  onBack: () => void;
  /** «پایان»: home, forgetting everything. */
  onQuit: () => void;
  /** Something that counts as the visitor being there (a file arrived from their phone). */
  onActivity: () => void;
  /** Whether the phone's QR is up (the visitor may be busy with their phone for a while). */
  onPhoneWait: (waiting: boolean) => void;
}) {
  const { t, lang } = useKioskI18n();
  const { api, service } = props;
  const [state, dispatch] = useReducer(applyReducer, undefined, () => initialApplyState(newCommandId()));
  const labels = useMemo<IdentityLabels>(() => ({ nationalId: t('id.nationalId'), name: t('id.name'), mobile: t('id.mobile'), email: t('id.email') }), [t]);
  const ctx = useMemo<ApplyContext>(() => ({ fields: service.form.fields, lang, labels }), [service, lang, labels]);
  const link = useHandoff(api, props.onActivity, props.onPhoneWait);
  const serviceName = lang === 'en' && service.nameEn ? service.nameEn : service.name;
  const sending = useRef(false);

  // the phone's files, as the kiosk hears them
  const version = link.handoff?.version;
  const arrived = link.handoff?.documents;
  useEffect(() => {
    if (arrived) dispatch({ type: 'arrived', documents: arrived.map(toDraft) });
  }, [version, arrived]);

  // once the mobile is proven: what this person gave before (documents, their name) is offered again
  const proofToken = state.proof?.token;
  const nationalId = state.identity.nationalId;
  useEffect(() => {
    if (!proofToken) return;
    let stop = false;
    void api.onFile(nationalId, proofToken).then((r) => {
      if (!stop && r.ok) dispatch({ type: 'onFile', documents: r.data.documents, name: r.data.client?.name });
    });
    return () => {
      stop = true;
    };
  }, [api, proofToken, nationalId]);

  const submit = useCallback(async () => {
    if (sending.current) return;
    const proof = validProof(state, Date.now());
    if (!proof) return dispatch({ type: 'refused', status: 401, error: { code: 'case.error.badMobile', message: t('apply.proofExpired') }, ctx });
    sending.current = true;
    dispatch({ type: 'sending' });
    const r = await api.submit(submissionBody(service.serviceId, service.form.fields, state, proof));
    sending.current = false;
    if (r.ok) {
      dispatch({ type: 'accepted', case: r.data.case, receipt: r.data.receipt });
      // the files are the case's now; the rest of the session goes
      link.close();
    } else if (r.status === 0 || r.status >= 500) dispatch({ type: 'problem', message: r.error.message });
    else dispatch({ type: 'refused', status: r.status, error: r.error, ctx });
  }, [api, service, state, ctx, t, link]);

  const step = state.step;
  if (step.name === 'accepted') {
    return (
      <EdeskFrame title={t('apply.title', { service: serviceName })} testId="edesk-apply" onQuit={props.onQuit}>
        <Accepted case={step.case} receipt={step.receipt} api={api} serviceName={serviceName} onDone={props.onQuit} />
      </EdeskFrame>
    );
  }
  const back = step.name === 'nationalId' ? props.onBack : step.name === 'sending' ? undefined : () => dispatch({ type: 'back', ctx });
  const field = step.name === 'field' ? inputFields(ctx.fields)[step.index] : undefined;
  return (
    <EdeskFrame title={t('apply.title', { service: serviceName })} testId="edesk-apply" progress={stepPosition(state, ctx)} onBack={back} onQuit={props.onQuit}>
      <div className="kiosk-edesk-step" data-step={step.name === 'field' ? `field-${field?.id}` : step.name} data-testid="edesk-step">
        {(step.name === 'nationalId' || step.name === 'name' || step.name === 'mobile') && <IdentityEntry key={step.name} step={step.name} state={state} ctx={ctx} dispatch={dispatch} />}
        {step.name === 'otp' && <OtpEntry state={state} ctx={ctx} dispatch={dispatch} api={api} />}
        {field && <FieldEntry key={field.id} field={field} state={state} ctx={ctx} dispatch={dispatch} />}
        {step.name === 'documents' && (
          <DocumentsStep state={state} ctx={ctx} dispatch={dispatch} proof={validProof(state, Date.now())} serviceId={service.serviceId} link={link} />
        )}
        {(step.name === 'review' || step.name === 'sending') && (
          <ReviewStep state={state} ctx={ctx} serviceName={serviceName} sending={step.name === 'sending'} onSubmit={() => void submit()} />
        )}
      </div>
    </EdeskFrame>
  );
}
