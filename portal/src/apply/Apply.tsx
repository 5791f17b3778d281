// Asking for a service online, in three steps: who you are (mobile proven by SMS),
// the service's form with its documents, a last look and «ثبت درخواست». What is typed
// survives a refresh; after success the receipt page shows the tracking code.
import { useState } from 'react';
import type { FormErrors } from '@desk/common';
import { useI18n } from '@desk/ui';
import { serviceName } from '../edesk/format';
import { keepReceipt, keepTrackKeys, rememberClient } from '../edesk/storage';
import type { CatalogueService, EdeskError, SubmitAnswer } from '../edesk/types';
import { Link } from '../parts/Link';
import { PageTitle } from '../parts/Page';
import { navigate } from '../router';
import { useDraft } from './draft';
import { FormStep } from './FormStep';
import { identityFieldOf } from './identity';
import { IdentityStep } from './IdentityStep';
import { ReviewStep } from './ReviewStep';

const STEPS = ['identity', 'form', 'review'] as const;

export function Apply(props: { service: CatalogueService }) {
  const { t, lang } = useI18n();
  const { service } = props;
  const { draft, update, finish } = useDraft(service.serviceId);
  // refusals of the server, shown on the step they concern
  const [identityErrors, setIdentityErrors] = useState<FormErrors>({});
  const [formErrors, setFormErrors] = useState<{ errors: FormErrors; problem?: string }>({ errors: {} });
  // a new key remounts a step so it starts from the server's messages
  const [round, setRound] = useState(0);

  const go = (step: (typeof STEPS)[number], keepRefusal = false) => {
    if (!keepRefusal) {
      setIdentityErrors({});
      setFormErrors({ errors: {} });
    }
    update({ step });
    scrollTo(0, 0);
  };

  function refused(error: EdeskError) {
    const idField = identityFieldOf(error.code);
    if (idField) {
      setIdentityErrors({ [idField]: error.message });
      setRound((r) => r + 1);
      return go('identity', true);
    }
    setFormErrors({ errors: error.fields ?? {}, problem: error.message });
    setRound((r) => r + 1);
    go('form', true);
  }

  function accepted(answer: SubmitAnswer) {
    const { receipt } = answer;
    keepReceipt({ receipt, serviceId: service.serviceId });
    keepTrackKeys({ trackingCode: receipt.trackingCode, nationalId: receipt.nationalId });
    const id = draft.identity;
    rememberClient({ nationalId: receipt.nationalId, name: answer.case.client.name, mobile: answer.case.client.mobile, email: id.email.trim() });
    finish();
    navigate(`/r/${receipt.trackingCode}`);
  }

  const index = STEPS.indexOf(draft.step);
  return (
    <>
      <nav className="portal-crumbs" aria-label={t('nav.where')}>
        <Link to={`/s/${service.serviceId}`}>{t('apply.backToPackage')}</Link>
      </nav>
      <PageTitle text={t('apply.title', { service: serviceName(service, lang) })} className="portal-page-title">
        <span className="portal-title-kicker">{t('apply.kicker')}</span>
        {serviceName(service, lang)}
      </PageTitle>
      <ol className="portal-stepper" aria-label={t('apply.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} className={i === index ? 'portal-stepper-current' : i < index ? 'portal-stepper-done' : ''} aria-current={i === index ? 'step' : undefined}>
            <span className="portal-stepper-number">{t(`apply.stepNumber`, { n: i + 1 })}</span>
            <span className="portal-stepper-name">{t(`apply.step.${s}`)}</span>
          </li>
        ))}
      </ol>
      {draft.step === 'identity' && <IdentityStep key={`id-${round}`} draft={draft} update={update} errors={identityErrors} onDone={() => go('form')} />}
      {draft.step === 'form' && (
        <FormStep
          key={`form-${round}`}
          service={service}
          draft={draft}
          update={update}
          errors={formErrors.errors}
          {...(formErrors.problem ? { problem: formErrors.problem } : {})}
          onBack={() => go('identity')}
          onDone={() => go('review')}
        />
      )}
      {draft.step === 'review' && <ReviewStep service={service} draft={draft} update={update} onEdit={(step) => go(step)} onRefused={refused} onAccepted={accepted} />}
    </>
  );
}
