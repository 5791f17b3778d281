// One service's electronic form: its fields in order, each with its kind, whether it
// is required, and the limits of its kind (length and pattern, bounds, options, files).
import type { FormField, FormFieldKind, SelectOption, ServiceDefinition } from '@desk/common';
import { useEditor } from './context';
import { moveItem, newField, patchAt, removeAt, setAt, withKind } from './edit';
import { CheckInput, ItemControls, ListHead, NumberInput, SelectInput, TextInput } from './inputs';

const KINDS: FormFieldKind[] = ['text', 'textarea', 'number', 'date', 'select', 'nationalId', 'companyId', 'mobile', 'email', 'postalCode', 'document'];

export function FormEditor(props: { def: ServiceDefinition; onChange: (def: ServiceDefinition) => void }) {
  const { t } = useEditor();
  const { def } = props;
  const fields = def.form.fields;
  const base = `services.${def.serviceId}.form.fields`;
  const setFields = (next: FormField[]) => props.onChange({ ...def, form: { ...def.form, fields: next } });

  return (
    <div className="cat-section" data-testid="catalogue-form">
      <ListHead path={base} title={t('fields')} onAdd={() => setFields([...fields, newField(fields.map((f) => f.id))])} testId="field-add" />
      {fields.map((f, i) => (
        <div className="cat-item" key={i} data-testid={`field-${i}`}>
          <FieldInputs path={`${base}.${i}`} field={f} onChange={(next) => setFields(setAt(fields, i, next))} index={i} />
          <ItemControls path={`${base}.${i}`} index={i} count={fields.length} onMove={(a, b) => setFields(moveItem(fields, a, b))} onRemove={() => setFields(removeAt(fields, i))} testId={`field-${i}-remove`} />
        </div>
      ))}
    </div>
  );
}

function FieldInputs(props: { path: string; field: FormField; index: number; onChange: (f: FormField) => void }) {
  const { t } = useEditor();
  const { path, field: f } = props;
  const patch = (x: Partial<FormField>) => props.onChange({ ...f, ...x } as FormField);
  const optNumber = <K extends string>(key: K) => (n: number | undefined) => {
    const next = { ...f } as Record<string, unknown>;
    if (n === undefined) delete next[key];
    else next[key] = n;
    props.onChange(next as unknown as FormField);
  };
  const optText = <K extends string>(key: K) => (v: string) => {
    const next = { ...f } as Record<string, unknown>;
    if (v === '') delete next[key];
    else next[key] = v;
    props.onChange(next as unknown as FormField);
  };
  return (
    <>
      <TextInput path={`${path}.id`} label={t('fieldId')} value={f.id} onChange={(id) => patch({ id })} dir="ltr" testId={`field-${props.index}-id`} />
      <TextInput path={`${path}.label`} label={t('label')} value={f.label} onChange={(label) => patch({ label })} wide testId={`field-${props.index}-label`} />
      <SelectInput
        path={`${path}.kind`}
        label={t('kind')}
        value={f.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        onChange={(kind) => props.onChange(withKind(f, kind as FormFieldKind))}
        testId={`field-${props.index}-kind`}
      />
      <CheckInput path={`${path}.required`} label={t('required')} checked={f.required} onChange={(required) => patch({ required })} testId={`field-${props.index}-required`} />
      <TextInput path={`${path}.hint`} label={t('hint')} value={f.hint} onChange={optText('hint')} wide />
      {(f.kind === 'text' || f.kind === 'textarea') && (
        <>
          <NumberInput path={`${path}.minLength`} label={t('minLength')} value={f.minLength} onChange={optNumber('minLength')} allowEmpty />
          <NumberInput path={`${path}.maxLength`} label={t('maxLength')} value={f.maxLength} onChange={optNumber('maxLength')} allowEmpty testId={`field-${props.index}-maxLength`} />
          <TextInput path={`${path}.pattern`} label={t('pattern')} value={f.pattern} onChange={optText('pattern')} dir="ltr" />
          <TextInput path={`${path}.patternMessage`} label={t('patternMessage')} value={f.patternMessage} onChange={optText('patternMessage')} wide />
        </>
      )}
      {f.kind === 'number' && (
        <>
          <NumberInput path={`${path}.min`} label={t('min')} value={f.min} onChange={optNumber('min')} allowEmpty />
          <NumberInput path={`${path}.max`} label={t('max')} value={f.max} onChange={optNumber('max')} allowEmpty />
          <CheckInput path={`${path}.integer`} label={t('integer')} checked={f.integer} onChange={(integer) => props.onChange({ ...f, integer })} />
          <TextInput path={`${path}.unit`} label={t('numberUnit')} value={f.unit} onChange={optText('unit')} />
        </>
      )}
      {f.kind === 'date' && (
        <>
          <TextInput path={`${path}.min`} label={t('min')} value={f.min} onChange={optText('min')} dir="ltr" />
          <TextInput path={`${path}.max`} label={t('max')} value={f.max} onChange={optText('max')} dir="ltr" />
        </>
      )}
      {f.kind === 'select' && <OptionsInputs path={`${path}.options`} options={f.options} onChange={(options) => props.onChange({ ...f, options })} />}
      {f.kind === 'document' && (
        <>
          <TextInput
            path={`${path}.accept`}
            label={t('accept')}
            value={f.accept.join(', ')}
            onChange={(text) => props.onChange({ ...f, accept: text.split(',').map((s) => s.trim()).filter(Boolean) })}
            dir="ltr"
            wide
          />
          <NumberInput path={`${path}.maxSizeKb`} label={t('maxSizeKb')} value={f.maxSizeKb} onChange={optNumber('maxSizeKb')} allowEmpty />
          <NumberInput path={`${path}.maxFiles`} label={t('maxFiles')} value={f.maxFiles} onChange={optNumber('maxFiles')} allowEmpty />
        </>
      )}
    </>
  );
}

function OptionsInputs(props: { path: string; options: SelectOption[]; onChange: (o: SelectOption[]) => void }) {
  const { t } = useEditor();
  const { options } = props;
  return (
    <div className="cat-options">
      <ListHead path={props.path} title={t('options')} onAdd={() => props.onChange([...options, { value: `option-${options.length + 1}`, label: '' }])} />
      {options.map((o, i) => (
        <div className="cat-item cat-item-inner" key={i}>
          <TextInput path={`${props.path}.${i}`} label={t('optionValue')} value={o.value} onChange={(value) => props.onChange(patchAt(options, i, { value }))} dir="ltr" />
          <TextInput path={`${props.path}.${i}`} label={t('optionLabel')} value={o.label} onChange={(label) => props.onChange(patchAt(options, i, { label }))} />
          <ItemControls path={`${props.path}.${i}`} index={i} count={options.length} onMove={(a, b) => props.onChange(moveItem(options, a, b))} onRemove={() => props.onChange(removeAt(options, i))} />
        </div>
      ))}
    </div>
  );
}
