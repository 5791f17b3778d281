// An admin form's life: the draft being edited, its problems, the server's answer.
import { useCallback, useState } from 'react';
import type { ApiResult } from '@desk/ui';
import type { Checked, Problems } from '../problems';

export function useDraft<D, F extends string>(initial: D | null = null) {
  const [draft, setDraft] = useState<D | null>(initial);
  const [problems, setProblems] = useState<Problems<F>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = useCallback((next: D | null) => {
    setDraft(next);
    setProblems({});
    setError(null);
  }, []);

  const patch = useCallback((p: Partial<D>) => setDraft((d) => (d ? { ...d, ...p } : d)), []);

  /** Check, then send; true when the server saved it. */
  const save = useCallback(async <V,>(read: Checked<V, F>, send: (value: V) => Promise<ApiResult<unknown>>) => {
    if (!read.ok) {
      setProblems(read.problems);
      return false;
    }
    setProblems({});
    setError(null);
    setBusy(true);
    const res = await send(read.value);
    setBusy(false);
    if (!res.ok) setError(res.error.message);
    return res.ok;
  }, []);

  return { draft, edit, patch, problems, error, setError, busy, save };
}
