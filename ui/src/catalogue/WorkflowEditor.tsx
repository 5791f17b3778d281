// One service's workflow (table 1): its steps in order, each with its responsible
// unit, kind, agreed time and, for an inquiry step, which of the package's inquiries.
import type { AgreedTime, ServiceDefinition, StepKind, WorkflowStep } from '@desk/common';
import { useEditor } from './context';
import { moveItem, newStep, removeAt, setAt } from './edit';
import { ItemControls, ListHead, NumberInput, SelectInput, TextInput } from './inputs';

const STEP_KINDS: StepKind[] = ['review', 'inquiry', 'visit', 'decision', 'response'];

/** An amount and its unit (working days or hours), as one agreed time. */
export function AgreedTimeInputs(props: { path: string; label: string; value: AgreedTime; onChange: (v: AgreedTime) => void; testId?: string }) {
  const { t } = useEditor();
  return (
    <>
      <NumberInput path={props.path} label={props.label} value={props.value.amount} onChange={(amount) => props.onChange({ ...props.value, amount: amount ?? 0 })} testId={props.testId && `${props.testId}-amount`} />
      <SelectInput
        path={`${props.path}.unit`}
        label={t('timeUnit')}
        value={props.value.unit}
        options={[
          { value: 'workingDays', label: t('workingDays') },
          { value: 'workingHours', label: t('workingHours') },
        ]}
        onChange={(unit) => props.onChange({ ...props.value, unit: unit as AgreedTime['unit'] })}
        testId={props.testId && `${props.testId}-unit`}
        narrow
      />
    </>
  );
}

export function WorkflowEditor(props: { def: ServiceDefinition; onChange: (def: ServiceDefinition) => void }) {
  const { t, units, lang } = useEditor();
  const { def } = props;
  const steps = def.workflow.steps;
  const base = `services.${def.serviceId}.workflow.steps`;
  const setSteps = (next: WorkflowStep[]) => props.onChange({ ...def, workflow: { ...def.workflow, steps: next } });
  const unitOptions = units.map((u) => ({ value: u.id, label: lang === 'en' && u.nameEn ? u.nameEn : u.name }));
  const inquiryOptions = def.package.inquiries.map((q) => ({ value: q.id, label: q.title || q.id }));
  const firstUnit = units[0]?.id ?? '';

  return (
    <div className="cat-section" data-testid="catalogue-workflow">
      <ListHead path={base} title={t('steps')} onAdd={() => setSteps([...steps.slice(0, -1), newStep(steps.map((s) => s.id), firstUnit), ...steps.slice(-1)])} testId="step-add" />
      <ol className="cat-steps">
        {steps.map((step, i) => {
          const path = `${base}.${i}`;
          const set = (next: WorkflowStep) => setSteps(setAt(steps, i, next));
          return (
            <li className="cat-item" key={i} data-testid={`step-${i}`}>
              <TextInput path={`${path}.title`} label={t('stepTitle')} value={step.title} onChange={(title) => set({ ...step, title })} wide testId={`step-${i}-title`} />
              <SelectInput path={`${path}.unitId`} label={t('unit')} value={step.unitId} options={unitOptions} placeholder={t('choose')} onChange={(unitId) => set({ ...step, unitId })} testId={`step-${i}-unit`} />
              <SelectInput
                path={`${path}.kind`}
                label={t('stepKind')}
                value={step.kind}
                options={STEP_KINDS.map((k) => ({ value: k, label: t(`step.${k}`) }))}
                onChange={(kind) => {
                  const { inquiryId: _dropped, ...rest } = step;
                  set(kind === 'inquiry' ? { ...rest, kind, inquiryId: inquiryOptions[0]?.value ?? '' } : { ...rest, kind: kind as StepKind });
                }}
                testId={`step-${i}-kind`}
              />
              <AgreedTimeInputs path={`${path}.time`} label={t('timeAmount')} value={step.time} onChange={(time) => set({ ...step, time })} testId={`step-${i}-time`} />
              {step.kind === 'inquiry' && (
                <SelectInput path={`${path}.inquiryId`} label={t('inquiry')} value={step.inquiryId} options={inquiryOptions} placeholder={t('choose')} onChange={(inquiryId) => set({ ...step, inquiryId })} />
              )}
              <ItemControls path={path} index={i} count={steps.length} onMove={(a, b) => setSteps(moveItem(steps, a, b))} onRemove={() => setSteps(removeAt(steps, i))} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
