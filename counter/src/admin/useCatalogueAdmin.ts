// The catalogue admin's calls to the office server (/api/admin/catalogue): the draft
// with its problems, the published versions, saving, checking and publishing.
import { useCallback, useEffect, useState } from 'react';
import { api } from '@desk/ui';
import type { CaseCatalogue, CatalogueIssue, CatalogueVersionInfo as VersionInfo, LocalOrphan } from '@desk/common';

export interface CatalogueSummary {
  current: VersionInfo;
  hasDraft: boolean;
  central: { agency: string; version: number; publishedAt: string; receivedAt: string } | null;
  orphans: LocalOrphan[];
  failedCentral: { agency: string; version: number; issues: CatalogueIssue[] } | null;
}

interface DraftAnswer {
  draft: CaseCatalogue;
  hasDraft: boolean;
  issues: CatalogueIssue[];
}

export type Note = { kind: 'ok' | 'error'; text: string } | null;

const BASE = '/api/admin/catalogue';

export function useCatalogueAdmin(token: string) {
  const [summary, setSummary] = useState<CatalogueSummary | null>(null);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [draft, setDraft] = useState<CaseCatalogue | null>(null);
  const [issues, setIssues] = useState<CatalogueIssue[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);

  const reload = useCallback(async () => {
    const [s, v, d] = await Promise.all([
      api<CatalogueSummary>(BASE, { token }),
      api<{ versions: VersionInfo[] }>(`${BASE}/versions`, { token }),
      api<DraftAnswer>(`${BASE}/draft`, { token }),
    ]);
    if (!s.ok || !v.ok || !d.ok) {
      const failed = [s, v, d].find((r) => !r.ok);
      setNote({ kind: 'error', text: failed && !failed.ok ? failed.error.message : '' });
      return;
    }
    setSummary(s.data);
    setVersions(v.data.versions);
    setDraft(d.data.draft);
    setIssues(d.data.issues);
    setDirty(false);
  }, [token]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const edit = useCallback((next: CaseCatalogue) => {
    setDraft(next);
    setDirty(true);
    setNote(null);
  }, []);

  /** Save the draft if it changed; false when the server refused it (the note says why). */
  const save = useCallback(async (): Promise<boolean> => {
    if (!draft || !dirty) return true;
    const res = await api<DraftAnswer>(`${BASE}/draft`, { method: 'PUT', token, body: { catalogue: draft } });
    if (!res.ok) {
      setNote({ kind: 'error', text: res.error.message });
      return false;
    }
    setIssues(res.data.issues);
    setDirty(false);
    setSummary((s) => s && { ...s, hasDraft: true });
    return true;
  }, [draft, dirty, token]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    summary,
    versions,
    draft,
    issues,
    dirty,
    busy,
    note,
    edit,
    saveDraft: (okText: string) =>
      run(async () => {
        if (await save()) setNote({ kind: 'ok', text: okText });
      }),
    validate: () =>
      run(async () => {
        if (!(await save())) return;
        const res = await api<{ issues: CatalogueIssue[] }>(`${BASE}/validate`, { method: 'POST', token, body: {} });
        if (res.ok) setIssues(res.data.issues);
      }),
    publish: (okText: (version: number) => string) =>
      run(async () => {
        if (!(await save())) return;
        const res = await api<{ version: VersionInfo }>(`${BASE}/publish`, { method: 'POST', token, body: {} });
        if (!res.ok) {
          const refused = res.error as { message: string; issues?: CatalogueIssue[] };
          if (refused.issues) setIssues(refused.issues);
          setNote({ kind: 'error', text: refused.message });
          return;
        }
        await reload();
        setNote({ kind: 'ok', text: okText(res.data.version.version) });
      }),
    discard: () =>
      run(async () => {
        const res = await api(`${BASE}/draft`, { method: 'DELETE', token });
        if (!res.ok) setNote({ kind: 'error', text: res.error.message });
        await reload();
      }),
    /** One published version, read only. */
    version: async (version: number) => {
      const res = await api<CaseCatalogue>(`${BASE}/versions/${version}`, { token });
      return res.ok ? res.data : null;
    },
  };
}
