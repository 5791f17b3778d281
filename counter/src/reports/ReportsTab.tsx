// The «گزارش‌ها» tab: managers report on the office or any part of it, a clerk on their
// own desk (the server holds them to it; the place picker is not shown). Works over
// HTTP, like the e-desk tab, so it does not wait for the queue's link.
import { useMemo, useState } from 'react';
import { officeDay, type PublicConfig, type StaffUser } from '@desk/common';
import { useT } from '../i18n';
import { CommandError } from '../CommandError';
import type { Problems } from '../problems';
import { JobProgress, ReportView, useReportJob, type FailureText } from '@desk/ui/reports/index.ts';
import '@desk/ui/reports/reports.css';
import { reportsApi } from './api';
import { ReportControls } from './ReportControls';
import { initialForm, previewPeriods, readRequest, type FormField, type ReportForm } from './report-form';
import { usePlaces } from './usePlaces';

const CLEARS: Partial<Record<keyof ReportForm, FormField[]>> = {
  kind: ['date', 'from', 'to'],
  date: ['date'],
  from: ['from', 'to'],
  to: ['from', 'to'],
  placeKind: ['placeId'],
  placeId: ['placeId'],
  compare: ['compareFrom', 'compareTo'],
  compareFrom: ['compareFrom', 'compareTo'],
  compareTo: ['compareFrom', 'compareTo'],
  groups: ['groups'],
};

/** The form as it was left, per signed-in person, for coming back to the tab. */
const keptForms = new Map<string, ReportForm>();

export function ReportsTab(props: { token: string; user: StaffUser; config?: PublicConfig }) {
  const { t } = useT();
  const clerk = props.user.role === 'clerk';
  const [today] = useState(() => officeDay(Date.now()));
  const reports = useMemo(() => reportsApi(props.token), [props.token]);
  const [form, setForm] = useState<ReportForm>(() => keptForms.get(props.token) ?? initialForm(today, clerk));
  const [problems, setProblems] = useState<Problems<FormField>>({});
  const choices = usePlaces(props.token, !clerk, props.config);
  const describe = (f: FailureText) => (f.kind === 'server' ? f.message : f.kind === 'lost' ? t('reports.error.lost') : t('reports.error.badPeriod'));
  const { job, build, cancel } = useReportJob(reports, props.token, describe);
  const preview = useMemo(() => previewPeriods(form), [form]);

  const change = (patch: Partial<ReportForm>) => {
    setForm((f) => {
      const next = { ...f, ...patch };
      keptForms.set(props.token, next);
      return next;
    });
    // a field's problem goes when the field (or what it depends on) is changed
    setProblems((p) => {
      const rest = { ...p };
      for (const k of Object.keys(patch) as (keyof ReportForm)[]) for (const f of CLEARS[k] ?? []) delete rest[f];
      return rest;
    });
  };

  const onBuild = () => {
    const read = readRequest(form, clerk);
    if (!read.ok) {
      // what is wrong now is in the form: an older refusal would only confuse
      if (job.phase === 'failed') cancel();
      return setProblems(read.problems);
    }
    setProblems({});
    void build(read.value);
  };

  const busy = job.phase === 'starting' || job.phase === 'running';
  return (
    <main className="reports" data-testid="reports">
      <ReportControls form={form} onChange={change} problems={problems} ownDesk={clerk} choices={choices} today={today} preview={preview} busy={busy} onBuild={onBuild} />
      {busy && <JobProgress progress={job.phase === 'running' ? job.progress : undefined} offline={job.phase === 'running' && !!job.offline} onCancel={cancel} />}
      {job.phase === 'failed' && (
        <div className="no-print" data-testid="report-error">
          <CommandError message={job.message} onDismiss={cancel} />
        </div>
      )}
      {job.phase === 'idle' && <p className="muted reports-intro no-print">{t('reports.intro')}</p>}
      {job.phase === 'done' && <ReportView key={job.id} result={job.result} download={(what) => reports.download(job.id, what)} />}
    </main>
  );
}
