// One service's info package (شناسنامه خدمت): what a client reads before asking —
// summary, places, documents, inquiries, fees with bank account and legal basis, the
// responsible person, and the office's own notes.
import type { Fee, InfoPackage, InquiryDefinition, RequiredDocument, ServiceDefinition, ServicePlace } from '@desk/common';
import { useEditor } from './context';
import { moveItem, patchAt, removeAt, setAt, withOptional } from './edit';
import { CheckInput, ItemControls, ListHead, NumberInput, SelectInput, TextInput } from './inputs';
import { AgreedTimeInputs } from './WorkflowEditor';

export function PackageEditor(props: { def: ServiceDefinition; onChange: (def: ServiceDefinition) => void }) {
  const { t, units, lang } = useEditor();
  const { def } = props;
  const p = def.package;
  const base = `services.${def.serviceId}.package`;
  const set = (patch: Partial<InfoPackage>) => props.onChange({ ...def, package: { ...p, ...patch } });
  const unitOptions = units.map((u) => ({ value: u.id, label: lang === 'en' && u.nameEn ? u.nameEn : u.name }));
  const documentFields = def.form.fields.filter((f) => f.kind === 'document').map((f) => ({ value: f.id, label: f.label || f.id }));

  return (
    <div className="cat-section" data-testid="catalogue-package">
      <div className="cat-row">
        <TextInput path={`${base}.summary`} label={t('summary')} value={p.summary} onChange={(summary) => set({ summary })} multiline wide />
        <TextInput path={`${base}.audience`} label={t('audience')} value={p.audience} onChange={(audience) => set({ audience })} wide />
        <AgreedTimeInputs path={`${base}.meanDuration`} label={t('meanDuration')} value={p.meanDuration} onChange={(meanDuration) => set({ meanDuration })} />
        <NumberInput path={`${base}.inPersonVisits`} label={t('inPersonVisits')} value={p.inPersonVisits} onChange={(n) => set({ inPersonVisits: n ?? 0 })} />
      </div>

      <ListHead path={`${base}.places`} title={t('places')} onAdd={() => set({ places: [...p.places, { kind: 'inPerson', address: '' }] })} />
      {p.places.map((place, i) => {
        const path = `${base}.places.${i}`;
        const setPlace = (next: ServicePlace) => set({ places: setAt(p.places, i, next) });
        return (
          <div className="cat-item" key={i}>
            <SelectInput
              path={path}
              label={t('placeKind')}
              value={place.kind}
              options={[
                { value: 'inPerson', label: t('inPerson') },
                { value: 'web', label: t('web') },
              ]}
              onChange={(kind) => setPlace(kind === 'web' ? { kind: 'web', url: '' } : { kind: 'inPerson', address: '' })}
            />
            {place.kind === 'inPerson' ? (
              <>
                <TextInput path={`${path}.address`} label={t('address')} value={place.address} onChange={(address) => setPlace({ ...place, address })} wide testId={`place-${i}-address`} />
                <SelectInput path={`${path}.unitId`} label={t('unit')} value={place.unitId} options={unitOptions} placeholder={t('none')} onChange={(unitId) => setPlace(withOptional(place, 'unitId', unitId))} />
              </>
            ) : (
              <TextInput path={`${path}.url`} label={t('url')} value={place.url} onChange={(url) => setPlace({ ...place, url })} dir="ltr" wide />
            )}
            <ItemControls path={path} index={i} count={p.places.length} onMove={(a, b) => set({ places: moveItem(p.places, a, b) })} onRemove={() => set({ places: removeAt(p.places, i) })} />
          </div>
        );
      })}

      <ListHead path={`${base}.documents`} title={t('documents')} onAdd={() => set({ documents: [...p.documents, { id: `doc-${p.documents.length + 1}`, title: '', required: false }] })} />
      {p.documents.map((d, i) => {
        const path = `${base}.documents.${i}`;
        const patch = (x: Partial<RequiredDocument>) => set({ documents: patchAt(p.documents, i, x) });
        return (
          <div className="cat-item" key={i}>
            <TextInput path={`${path}.title`} label={t('docTitle')} value={d.title} onChange={(title) => patch({ title })} wide />
            <CheckInput path={`${path}.required`} label={t('required')} checked={d.required} onChange={(required) => patch({ required })} />
            <CheckInput path={`${path}.originalAtDesk`} label={t('originalAtDesk')} checked={d.originalAtDesk} onChange={(originalAtDesk) => patch({ originalAtDesk })} />
            <SelectInput
              path={`${path}.formFieldId`}
              label={t('uploadSlot')}
              value={d.formFieldId}
              options={documentFields}
              placeholder={t('none')}
              onChange={(id) => set({ documents: setAt(p.documents, i, withOptional(d, 'formFieldId', id)) })}
            />
            <ItemControls path={path} index={i} count={p.documents.length} onMove={(a, b) => set({ documents: moveItem(p.documents, a, b) })} onRemove={() => set({ documents: removeAt(p.documents, i) })} />
          </div>
        );
      })}

      <ListHead path={`${base}.inquiries`} title={t('inquiries')} onAdd={() => set({ inquiries: [...p.inquiries, { id: `inquiry-${p.inquiries.length + 1}`, title: '', agency: '', electronic: false }] })} />
      {p.inquiries.map((q, i) => {
        const path = `${base}.inquiries.${i}`;
        const patch = (x: Partial<InquiryDefinition>) => set({ inquiries: patchAt(p.inquiries, i, x) });
        return (
          <div className="cat-item" key={i}>
            <TextInput path={`${path}.id`} label={t('inquiryId')} value={q.id} onChange={(id) => patch({ id })} dir="ltr" />
            <TextInput path={`${path}.title`} label={t('inquiryTitle')} value={q.title} onChange={(title) => patch({ title })} wide />
            <TextInput path={`${path}.agency`} label={t('agency')} value={q.agency} onChange={(agency) => patch({ agency })} wide />
            <CheckInput path={`${path}.electronic`} label={t('electronic')} checked={q.electronic} onChange={(electronic) => patch({ electronic })} />
            <ItemControls path={path} index={i} count={p.inquiries.length} onMove={(a, b) => set({ inquiries: moveItem(p.inquiries, a, b) })} onRemove={() => set({ inquiries: removeAt(p.inquiries, i) })} />
          </div>
        );
      })}

      <ListHead path={`${base}.fees`} title={t('fees')} onAdd={() => set({ fees: [...p.fees, { title: '', amountRials: 0, bankAccount: '', legalBasis: '' }] })} testId="fee-add" />
      {p.fees.map((fee, i) => {
        const path = `${base}.fees.${i}`;
        const patch = (x: Partial<Fee>) => set({ fees: patchAt(p.fees, i, x) });
        return (
          <div className="cat-item" key={i} data-testid={`fee-${i}`}>
            <TextInput path={`${path}.title`} label={t('feeTitle')} value={fee.title} onChange={(title) => patch({ title })} wide testId={`fee-${i}-title`} />
            <NumberInput path={`${path}.amountRials`} label={t('amountRials')} value={fee.amountRials} onChange={(n) => patch({ amountRials: n ?? 0 })} testId={`fee-${i}-amount`} />
            <TextInput path={`${path}.bankAccount`} label={t('bankAccount')} value={fee.bankAccount} onChange={(bankAccount) => patch({ bankAccount })} dir="ltr" testId={`fee-${i}-account`} />
            <TextInput path={`${path}.legalBasis`} label={t('legalBasis')} value={fee.legalBasis} onChange={(legalBasis) => patch({ legalBasis })} wide testId={`fee-${i}-basis`} />
            <ItemControls path={path} index={i} count={p.fees.length} onMove={(a, b) => set({ fees: moveItem(p.fees, a, b) })} onRemove={() => set({ fees: removeAt(p.fees, i) })} />
          </div>
        );
      })}

      <ListHead path={`${base}.responsible`} title={t('responsible')} />
      <div className="cat-item">
        <TextInput path={`${base}.responsible.title`} label={t('post')} value={p.responsible.title} onChange={(title) => set({ responsible: { ...p.responsible, title } })} wide />
        <TextInput path={`${base}.responsible.name`} label={t('personName')} value={p.responsible.name} onChange={(name) => set({ responsible: withOptional(p.responsible, 'name', name) })} testId="responsible-name" />
        <TextInput path={`${base}.responsible.phone`} label={t('phone')} value={p.responsible.phone} onChange={(phone) => set({ responsible: { ...p.responsible, phone } })} testId="responsible-phone" />
        <TextInput path={`${base}.responsible.email`} label={t('email')} value={p.responsible.email} onChange={(email) => set({ responsible: withOptional(p.responsible, 'email', email) })} dir="ltr" />
        <SelectInput path={`${base}.responsible.unitId`} label={t('unit')} value={p.responsible.unitId} options={unitOptions} onChange={(unitId) => set({ responsible: { ...p.responsible, unitId } })} />
      </div>

      <div className="cat-row">
        <TextInput
          path={`${base}.legalBasis`}
          label={t('legalBases')}
          value={p.legalBasis.join('\n')}
          onChange={(text) => set({ legalBasis: text.split('\n').filter((line, i, all) => line.trim() !== '' || i === all.length - 1) })}
          multiline
          wide
        />
        <TextInput path={`${base}.notes`} label={t('notes')} value={p.notes} onChange={(notes) => set(notes.trim() ? { notes } : { notes: undefined })} multiline wide testId="package-notes" />
      </div>
    </div>
  );
}

