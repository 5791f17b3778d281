// «شناسنامه و گردش کار خدمات»: the office admin edits the e-desk catalogue (each
// service's info package, form and workflow, and the units), checks it, and publishes a
// new version; new requests use it at once, running cases keep theirs. With the
// agency's central catalogue, only the local details are editable here.
import { useState } from 'react';
import { formatNumber, type CaseCatalogue } from '@desk/common';
import { CatalogueEditor, IssueList, VersionHistory, catalogueText, editorEnv, EditorEnvProvider } from '@desk/ui/catalogue/index.ts';
import { serviceName, useT } from '../i18n';
import type { AdminConfig } from './useAdminConfig';
import { useCatalogueAdmin } from './useCatalogueAdmin';

export function CatalogueAdmin(props: { token: string; readOnly: boolean; config: AdminConfig }) {
  const { lang } = useT();
  const t = catalogueText(lang);
  const c = useCatalogueAdmin(props.token);
  const [selected, setSelected] = useState<string | undefined>();
  const [viewing, setViewing] = useState<CaseCatalogue | null>(null);
  const names = new Map(props.config.services.map((s) => [s.id, s]));
  const departments = props.config.departments.map((d) => ({ id: d.id, name: serviceName(d, lang) }));
  const central = c.summary?.central ?? null;
  const env = editorEnv({ lang, central: !!central, readOnly: true, units: [], issues: [] });

  if (!c.summary || !c.draft) {
    return <p className={c.note?.kind === 'error' ? 'form-error' : 'muted'}>{c.note?.text || t('loading')}</p>;
  }
  const shown = viewing ?? c.draft;

  return (
    <section className="catalogue-admin" data-testid="catalogue-admin">
      <header className="section-head">
        <h2>{t('pageTitle')}</h2>
        <span className="muted" data-testid="catalogue-current">
          {t('currentVersion', { version: formatNumber(c.summary.current.version, lang) })}
        </span>
      </header>
      {central && <p className="notice">{t('followsCentral', { agency: central.agency, version: formatNumber(central.version, lang) })}</p>}
      {c.summary.failedCentral && (
        <p className="form-error" role="alert">
          {t('failedCentral', { version: formatNumber(c.summary.failedCentral.version, lang), reason: c.summary.failedCentral.issues[0]?.message ?? '' })}
        </p>
      )}
      {c.summary.orphans.length > 0 && (
        <div className="notice" data-testid="catalogue-orphans">
          <strong>{t('orphansTitle')}</strong>
          <ul>
            {c.summary.orphans.map((o, i) => (
              <li key={i}>{o.message}</li>
            ))}
          </ul>
        </div>
      )}

      {viewing ? (
        <p className="notice">
          {t('viewing', { version: formatNumber(viewing.version, lang) })}{' '}
          <button type="button" className="btn btn-small" onClick={() => setViewing(null)}>
            {t('backToDraft')}
          </button>
        </p>
      ) : (
        !props.readOnly && (
          <div className="editor-actions">
            <button type="button" className="btn" disabled={c.busy || !c.dirty} onClick={() => void c.saveDraft(t('draftSaved'))} data-testid="catalogue-save">
              {c.busy ? t('saving') : t('saveDraft')}
            </button>
            <button type="button" className="btn" disabled={c.busy} onClick={() => void c.validate()} data-testid="catalogue-validate">
              {t('validate')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={c.busy}
              onClick={() => void c.publish((v) => t('published', { version: formatNumber(v, lang) }))}
              data-testid="catalogue-publish"
            >
              {c.busy ? t('publishing') : t('publish')}
            </button>
            {c.summary.hasDraft && (
              <button type="button" className="btn btn-danger-quiet" disabled={c.busy} onClick={() => void c.discard()}>
                {t('discardDraft')}
              </button>
            )}
            <span className="muted">{c.dirty ? t('unsaved') : c.summary.hasDraft ? t('draftPending') : ''}</span>
          </div>
        )
      )}
      {c.note && (
        <p className={c.note.kind === 'ok' ? 'notice notice-ok' : 'form-error'} role={c.note.kind === 'ok' ? 'status' : 'alert'} data-testid={`catalogue-note-${c.note.kind}`}>
          {c.note.text}
        </p>
      )}
      <EditorEnvProvider value={{ ...env, central: !!central }}>
        {!viewing && <IssueList issues={c.issues} onPick={(i) => setSelected(i.serviceId)} />}
      </EditorEnvProvider>

      <CatalogueEditor
        key={viewing ? `v${viewing.version}` : 'draft'}
        catalogue={shown}
        onChange={c.edit}
        lang={lang}
        central={!!central}
        readOnly={props.readOnly || !!viewing}
        issues={viewing ? [] : c.issues}
        serviceName={(def) => (names.has(def.serviceId) ? serviceName(names.get(def.serviceId), lang) : (def.name ?? def.serviceId))}
        departments={departments}
        {...(selected ? { selected } : {})}
        onSelect={setSelected}
      />

      <EditorEnvProvider value={env}>
        <VersionHistory versions={c.versions} onOpen={async (v) => setViewing(await c.version(v))} />
      </EditorEnvProvider>
    </section>
  );
}
