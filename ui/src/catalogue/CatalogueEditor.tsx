// The catalogue editor the office admin and the central desk share: pick a service (or
// the units), edit its info package, form and workflow. It only changes the catalogue
// it is given (onChange); loading, saving and publishing belong to the page around it.
import { useMemo, useState } from 'react';
import { normalizePersianText, type CaseCatalogue, type CatalogueIssue, type Lang, type ServiceDefinition } from '@desk/common';
import { EditorEnvProvider, editorEnv, useEditor } from './context';
import { freshId, newService, updateService, withOptional } from './edit';
import { FormEditor } from './FormEditor';
import { PackageEditor } from './PackageEditor';
import { UnitsEditor } from './UnitsEditor';
import { WorkflowEditor } from './WorkflowEditor';
import { TextInput } from './inputs';
import './catalogue.css';

export interface CatalogueEditorProps {
  catalogue: CaseCatalogue;
  onChange: (c: CaseCatalogue) => void;
  lang: Lang;
  /** The catalogue follows the agency's central one: only LOCAL_PATHS may change. */
  central?: boolean;
  readOnly?: boolean;
  issues?: CatalogueIssue[];
  /** The name people know a service by (the office's queue names its services). */
  serviceName?: (def: ServiceDefinition) => string;
  /** The agency names its services in the catalogue itself (the central desk). */
  editNames?: boolean;
  departments?: { id: string; name: string }[];
  /** Open on this service (e.g. from a problem in the list). */
  selected?: string;
  onSelect?: (serviceId: string) => void;
}

type Tab = 'package' | 'form' | 'workflow';
const UNITS = '#units';

export function CatalogueEditor(props: CatalogueEditorProps) {
  const env = useMemo(
    () =>
      editorEnv({
        lang: props.lang,
        central: !!props.central,
        readOnly: !!props.readOnly,
        units: props.catalogue.units,
        departments: props.departments ?? [],
        issues: props.issues ?? [],
      }),
    [props.lang, props.central, props.readOnly, props.catalogue.units, props.departments, props.issues],
  );
  return (
    <EditorEnvProvider value={env}>
      <Editor {...props} />
    </EditorEnvProvider>
  );
}

function Editor(props: CatalogueEditorProps) {
  const { t, locked, issues } = useEditor();
  const { catalogue } = props;
  const [own, setOwn] = useState<string>(props.selected ?? catalogue.services[0]?.serviceId ?? UNITS);
  const selected = props.selected ?? own;
  const select = (id: string) => {
    setOwn(id);
    props.onSelect?.(id);
  };
  const [tab, setTab] = useState<Tab>('package');
  const [search, setSearch] = useState('');
  const nameOf = (def: ServiceDefinition) => props.serviceName?.(def) || def.name || def.serviceId;
  const key = normalizePersianText(search).toLowerCase();
  const shown = catalogue.services.filter((d) => !key || normalizePersianText(`${nameOf(d)} ${d.serviceId}`).toLowerCase().includes(key));
  const def = catalogue.services.find((s) => s.serviceId === selected);
  const change = (next: ServiceDefinition) => props.onChange(updateService(catalogue, next.serviceId, () => next));
  const withIssue = (serviceId: string) => [...issues.keys()].some((p) => p.startsWith(`services.${serviceId}.`));
  const canAddService = !locked('services');

  const addService = () => {
    const id = freshId('service', catalogue.services.map((s) => s.serviceId));
    props.onChange({ ...catalogue, services: [...catalogue.services, newService(id, catalogue)] });
    select(id);
  };

  return (
    <div className="cat-editor">
      <nav className="cat-picker" aria-label={t('services')}>
        <button type="button" className={`cat-pick${selected === UNITS ? ' cat-pick-active' : ''}`} onClick={() => select(UNITS)} data-testid="catalogue-units-tab">
          {t('tabUnits')}
        </button>
        <input className="cat-search" placeholder={t('searchService')} aria-label={t('searchService')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <ul>
          {shown.map((d) => (
            <li key={d.serviceId}>
              <button
                type="button"
                className={`cat-pick${d.serviceId === selected ? ' cat-pick-active' : ''}${withIssue(d.serviceId) ? ' cat-pick-issue' : ''}`}
                aria-current={d.serviceId === selected}
                onClick={() => select(d.serviceId)}
                data-testid={`catalogue-service-${d.serviceId}`}
              >
                {nameOf(d)}
              </button>
            </li>
          ))}
        </ul>
        {canAddService && (
          <button type="button" className="cat-btn" onClick={addService} data-testid="catalogue-service-add">
            {t('newService')}
          </button>
        )}
      </nav>
      <div className="cat-body">
        {selected === UNITS || !def ? (
          <UnitsEditor catalogue={catalogue} onChange={props.onChange} />
        ) : (
          <>
            <header className="cat-service-head">
              <h3>{nameOf(def)}</h3>
              <code dir="ltr">{def.serviceId}</code>
              {canAddService && (
                <button
                  type="button"
                  className="cat-btn cat-btn-danger"
                  onClick={() => {
                    props.onChange({ ...catalogue, services: catalogue.services.filter((s) => s.serviceId !== def.serviceId) });
                    select(catalogue.services.find((s) => s.serviceId !== def.serviceId)?.serviceId ?? UNITS);
                  }}
                >
                  {t('removeService')}
                </button>
              )}
            </header>
            {props.editNames && (
              <div className="cat-row">
                <TextInput path={`services.${def.serviceId}.serviceId`} label={t('fieldId')} value={def.serviceId} onChange={(serviceId) => renameService(props, def, serviceId, select)} dir="ltr" />
                <TextInput path={`services.${def.serviceId}.name`} label={t('serviceName')} value={def.name} onChange={(name) => change(withOptional(def, 'name', name))} wide testId="service-name" />
                <TextInput path={`services.${def.serviceId}.nameEn`} label={t('serviceNameEn')} value={def.nameEn} onChange={(nameEn) => change(withOptional(def, 'nameEn', nameEn))} dir="ltr" wide />
              </div>
            )}
            <div className="cat-tabs" role="tablist">
              {(['package', 'form', 'workflow'] as const).map((id) => (
                <button key={id} type="button" role="tab" aria-selected={tab === id} className={`cat-tab${tab === id ? ' cat-tab-active' : ''}`} onClick={() => setTab(id)} data-testid={`catalogue-tab-${id}`}>
                  {t(id === 'package' ? 'tabPackage' : id === 'form' ? 'tabForm' : 'tabWorkflow')}
                </button>
              ))}
            </div>
            {tab === 'package' ? <PackageEditor def={def} onChange={change} /> : tab === 'form' ? <FormEditor def={def} onChange={change} /> : <WorkflowEditor def={def} onChange={change} />}
          </>
        )}
      </div>
    </div>
  );
}

/** A service's id names its package, form and workflow too. */
function renameService(props: CatalogueEditorProps, def: ServiceDefinition, serviceId: string, select: (id: string) => void) {
  const next: ServiceDefinition = {
    ...def,
    serviceId,
    package: { ...def.package, serviceId },
    form: { ...def.form, serviceId },
    workflow: { ...def.workflow, serviceId },
  };
  props.onChange({ ...props.catalogue, services: props.catalogue.services.map((s) => (s === def ? next : s)) });
  select(serviceId);
}
