// One report at a time: started on the server, its progress read until it is done,
// cancellable. The job (and the form) outlive a visit to another tab: coming back
// shows the same report, or goes on following the one still being made.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorBody, ReportProgress, ReportRequest, ReportResult } from '@desk/common';
import type { ApiResult } from '../api';

/** A job as its status route answers it (the office's /api/reports/jobs/:id, the central desk's). */
export interface JobStatusOf<R, P> {
  id: string;
  state: 'running' | 'done' | 'failed';
  progress?: P;
  result?: R;
  error?: ErrorBody;
}

/** Starting, following and stopping a job: R is what it makes, P how far it got. */
export interface JobApi<Q, R, P> {
  start(request: Q): Promise<ApiResult<{ id: string }>>;
  status(id: string): Promise<ApiResult<JobStatusOf<R, P>>>;
  cancel(id: string): Promise<ApiResult<unknown>>;
}

export type JobView<R = ReportResult, P = ReportProgress> =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; id: string; progress?: P; offline?: boolean }
  | { phase: 'done'; id: string; result: R }
  | { phase: 'failed'; message: string };

/** A failure in the server's words when it has Persian ones; its English RangeErrors are about the period. */
export type FailureText = { kind: 'server'; message: string } | { kind: 'badPeriod' } | { kind: 'lost' };

const POLL_MS = 500;

/** What survives the tab being closed and opened again (per signed-in person). */
const kept = new Map<string, JobView<unknown, unknown>>();

export function useReportJob<Q = ReportRequest, R = ReportResult, P = ReportProgress>(reports: JobApi<Q, R, P>, keepKey: string, describe: (f: FailureText) => string) {
  const [job, setJob] = useState<JobView<R, P>>(() => (kept.get(keepKey) as JobView<R, P> | undefined) ?? { phase: 'idle' });
  const latest = useRef(job);
  latest.current = job;
  const describeRef = useRef(describe);
  describeRef.current = describe;

  useEffect(() => {
    kept.set(keepKey, job);
  }, [keepKey, job]);

  // follow a running job: one status request at a time, the next one after the answer
  const runningId = job.phase === 'running' ? job.id : undefined;
  useEffect(() => {
    if (!runningId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const r = await reports.status(runningId);
      if (stopped) return;
      const still = (patch: Partial<Extract<JobView<R, P>, { phase: 'running' }>>) => {
        setJob((j) => (j.phase === 'running' && j.id === runningId ? { ...j, ...patch } : j));
        timer = setTimeout(() => void poll(), POLL_MS);
      };
      if (!r.ok) {
        // the network, not the server: keep asking, and say the link is down meanwhile
        if (r.status === 0 || r.status >= 502) return still({ offline: true });
        const text = r.status === 404 ? describeRef.current({ kind: 'lost' }) : r.error.message;
        return setJob({ phase: 'failed', message: text });
      }
      const s = r.data;
      if (s.state === 'running') return still({ offline: false, ...(s.progress ? { progress: s.progress } : {}) });
      if (s.state === 'done' && s.result) return setJob({ phase: 'done', id: s.id, result: s.result });
      const message = s.error?.message ?? '';
      setJob({ phase: 'failed', message: describeRef.current(/[\u0600-\u06FF]/.test(message) ? { kind: 'server', message } : { kind: 'badPeriod' }) });
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reports, runningId]);

  const build = useCallback(
    async (request: Q) => {
      const previous = latest.current;
      if (previous.phase === 'running') void reports.cancel(previous.id);
      setJob({ phase: 'starting' });
      const r = await reports.start(request);
      setJob(r.ok ? { phase: 'running', id: r.data.id } : { phase: 'failed', message: r.error.message });
    },
    [reports],
  );

  const cancel = useCallback(() => {
    const current = latest.current;
    if (current.phase === 'running') void reports.cancel(current.id);
    setJob({ phase: 'idle' });
  }, [reports]);

  return { job, build, cancel };
}

/** How far the job got, 0–1: by bytes when the server knows them, else by files. */
export function progressShare(p: ReportProgress | undefined): number | undefined {
  if (!p) return undefined;
  if (p.bytesTotal > 0) return Math.min(1, p.bytesRead / p.bytesTotal);
  if (p.filesTotal > 0) return Math.min(1, p.filesRead / p.filesTotal);
  return undefined;
}
