// An agency's e-desk catalogue at the central desk: the admin edits the services, info
// packages, forms, workflows and units (the same editor as the office admin's), checks
// them with the offices' rules, and publishes a version that goes to every office of
// the agency; the table shows which version each office has applied.
import { useCallback, useEffect, useState } from 'react';
import type { CaseCatalogue, CatalogueIssue } from '@desk/common';
import { CatalogueEditor, EditorEnvProvider, IssueList, VersionHistory, catalogueText, editorEnv } from '@desk/ui/catalogue/index.ts';
import type { CentralApi } from '../api';
import { dateTimeText, num } from '../format';

// the answers' shapes, as the central server builds them
import type { AgencySummary, OfficeCatalogueState, PublishedInfo } from '../../../src/catalogue/db';

interface AgencyView {
  agency: string;
  published: PublishedInfo | null;
  history: PublishedInfo[];
  hasDraft: boolean;
  offices: (OfficeCatalogueState & { connected: boolean })[];
}

const t = catalogueText('fa');
const path = (agency: string, rest = '') => `/catalogues/${encodeURIComponent(agency)}${rest}`;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function CataloguePage(props: { api: CentralApi }) {
  const { api } = props;
  const [agencies, setAgencies] = useState<AgencySummary[]>([]);
  const [agency, setAgency] = useState('');
  const [newAgency, setNewAgency] = useState('');
  const [view, setView] = useState<AgencyView | null>(null);
  const [draft, setDraft] = useState<CaseCatalogue | null>(null);
  const [issues, setIssues] = useState<CatalogueIssue[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [selected, setSelected] = useState<string | undefined>();

  useEffect(() => {
    api.get<{ agencies: AgencySummary[] }>('/catalogues').then(
      (r) => {
        setAgencies(r.agencies);
        setAgency((a) => a || r.agencies[0]?.agency || '');
      },
      (err: unknown) => setNote({ ok: false, text: message(err) }),
    );
  }, [api]);

  const load = useCallback(async () => {
    if (!agency) return;
    try {
      const [v, d] = await Promise.all([api.get<AgencyView>(path(agency)), api.get<{ draft: CaseCatalogue; issues: CatalogueIssue[] }>(path(agency, '/draft'))]);
      setView(v);
      setDraft(d.draft);
      setIssues(d.issues);
      setDirty(false);
    } catch (err) {
      setNote({ ok: false, text: message(err) });
    }
  }, [api, agency]);

  useEffect(() => {
    setView(null);
    setDraft(null);
    setNote(null);
    void load();
  }, [load]);

  const save = async (): Promise<boolean> => {
    if (!draft || !dirty) return true;
    try {
      const r = await api.send<{ issues: CatalogueIssue[] }>('PUT', path(agency, '/draft'), { catalogue: draft });
      setIssues(r.issues);
      setDirty(false);
      return true;
    } catch (err) {
      setNote({ ok: false, text: message(err) });
      return false;
    }
  };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setNote(null);
    try {
      await work();
    } catch (err) {
      setNote({ ok: false, text: message(err) });
    } finally {
      setBusy(false);
    }
  };

  const publish = () =>
    act(async () => {
      if (!(await save())) return;
      const r = await api.send<{ version: { version: number } }>('POST', path(agency, '/publish'), {});
      await load();
      setNote({ ok: true, text: `${t('published', { version: num(r.version.version) })} نسخه به همهٔ ادارات «${agency}» فرستاده شد.` });
    });

  const env = editorEnv({ lang: 'fa', central: false, readOnly: true, units: [], issues: [] });

  return (
    <section className="central-catalogue" data-testid="central-catalogue">
      <h1>{t('pageTitle')}</h1>
      <div className="filters">
        <label>
          دستگاه
          <select value={agency} onChange={(e) => setAgency(e.target.value)} data-testid="catalogue-agency">
            {agencies.map((a) => (
              <option key={a.agency} value={a.agency}>
                {a.agency} ({num(a.offices)} اداره{a.latestVersion ? `، نسخهٔ ${num(a.latestVersion)}` : ''})
              </option>
            ))}
          </select>
        </label>
        <label>
          دستگاه دیگر
          <input value={newAgency} onChange={(e) => setNewAgency(e.target.value)} placeholder="نام دستگاه" />
        </label>
        <button
          type="button"
          disabled={!newAgency.trim()}
          onClick={() => {
            const name = newAgency.trim();
            setAgencies((list) => (list.some((a) => a.agency === name) ? list : [...list, { agency: name, offices: 0, latestVersion: null, publishedAt: null, upToDate: 0, hasDraft: false }]));
            setAgency(name);
            setNewAgency('');
          }}
        >
          باز کردن
        </button>
      </div>
      {note && (
        <p className={note.ok ? 'ok' : 'error'} role={note.ok ? 'status' : 'alert'} data-testid={note.ok ? 'catalogue-note-ok' : 'catalogue-note-error'}>
          {note.text}
        </p>
      )}
      {!agency ? (
        <p className="muted">نخست دستگاهی را برگزینید.</p>
      ) : !draft || !view ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <p className="muted">
            {view.published ? `${t('currentVersion', { version: num(view.published.version) })} — ${dateTimeText(view.published.publishedAt)}` : 'هنوز نسخه‌ای منتشر نشده است.'}
            {dirty ? ` ${t('unsaved')}` : view.hasDraft ? ` ${t('draftPending')}` : ''}
          </p>
          <div className="filters">
            <button type="button" disabled={busy || !dirty} onClick={() => void act(async () => void ((await save()) && setNote({ ok: true, text: t('draftSaved') })))} data-testid="catalogue-save">
              {t('saveDraft')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  if (await save()) setIssues((await api.send<{ issues: CatalogueIssue[] }>('POST', path(agency, '/validate'), {})).issues);
                })
              }
            >
              {t('validate')}
            </button>
            <button type="button" disabled={busy} onClick={() => void publish()} data-testid="catalogue-publish">
              {busy ? t('publishing') : t('publish')}
            </button>
            {view.hasDraft && (
              <button type="button" disabled={busy} onClick={() => void act(async () => (await api.send('DELETE', path(agency, '/draft')), await load()))}>
                {t('discardDraft')}
              </button>
            )}
          </div>
          <EditorEnvProvider value={env}>
            <IssueList issues={issues} onPick={(i) => setSelected(i.serviceId)} />
          </EditorEnvProvider>
          <CatalogueEditor
            key={agency}
            catalogue={draft}
            onChange={(c) => {
              setDraft(c);
              setDirty(true);
            }}
            lang="fa"
            issues={issues}
            editNames
            {...(selected ? { selected } : {})}
            onSelect={setSelected}
          />
          <h2>ادارات «{agency}»</h2>
          <table data-testid="catalogue-offices">
            <thead>
              <tr>
                <th>اداره</th>
                <th>استان</th>
                <th>اتصال</th>
                <th>نسخهٔ مرکز در اداره</th>
                <th>نسخهٔ اداره</th>
                <th>زمان دریافت</th>
              </tr>
            </thead>
            <tbody>
              {view.offices.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{o.province}</td>
                  <td className={o.connected ? 'ok' : 'bad'}>{o.connected ? 'وصل' : 'قطع'}</td>
                  <td className={o.appliedVersion !== null && o.appliedVersion === view.published?.version ? 'num ok' : 'num'}>{num(o.appliedVersion)}</td>
                  <td className="num">{num(o.officeVersion)}</td>
                  <td>{dateTimeText(o.appliedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <EditorEnvProvider value={env}>
            <VersionHistory versions={view.history} />
          </EditorEnvProvider>
        </>
      )}
    </section>
  );
}
