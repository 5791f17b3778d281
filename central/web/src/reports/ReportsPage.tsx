// «گزارش‌ها» of the central desk: the office's own reports run over any set of offices
// (a province, an agency, chosen offices, one), the offices side by side with their
// total, every office's full report, and the files — all from one job at the server.
// The period pickers, tables, charts and progress are the counter's (ui/src/reports).
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { officeDay } from '@desk/common';
import { I18nProvider } from '@desk/ui';
import { JobProgress, PeriodPicker, PeriodSummary, ReportError, problemText, reportStrings, useReportJob, useReportsT, type FieldProblems } from '@desk/ui/reports/index.ts';
import '@desk/ui/reports/reports.css';
import './reports-page.css';
import type { PageProps } from '../App';
import type { OfficeOverview } from '../../../src/reports/types';
import { centralJobsApi } from './api';
import { CentralReportView } from './CentralReportView';
import { OfficesPicker } from './OfficesPicker';
import { initialForm, previewCompare, previewPeriod, PROBLEM_TEXT, readRequest, SECTION_GROUPS, type CentralField, type CentralForm, type CompareChoice } from './report-form';

const COMPARE: { id: CompareChoice; title: string }[] = [
  { id: 'none', title: 'بدون مقایسه' },
  { id: 'previous', title: 'دورهٔ قبل' },
  { id: 'lastYear', title: 'همین دوره در سال قبل' },
];

function CentralReports({ api }: PageProps) {
  const { t } = useReportsT();
  const [today] = useState(() => officeDay(Date.now()));
  const [form, setForm] = useState<CentralForm>(() => initialForm(today));
  const [problems, setProblems] = useState<FieldProblems<CentralField>>({});
  const [offices, setOffices] = useState<OfficeOverview[]>([]);
  const jobs = useMemo(() => centralJobsApi(api.token), [api.token]);
  const { job, build, cancel } = useReportJob(jobs, `central:${api.token}`, (f) => (f.kind === 'server' ? f.message : f.kind === 'lost' ? 'این گزارش دیگر روی سامانه نیست؛ دوباره بسازید.' : t('reports.problem.range')));

  useEffect(() => {
    api.get<{ offices: OfficeOverview[] }>('/offices').then(
      (r) => setOffices(r.offices),
      () => setOffices([]),
    );
  }, [api]);

  const change = (patch: Partial<CentralForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblems({});
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readRequest(form);
    if (!read.ok) return setProblems(read.problems);
    void build(read.value);
  };
  const own = (key: CentralField) => (problems[key] ? (PROBLEM_TEXT[problems[key]!.key] ?? problemText(t, problems[key])) : undefined);
  const busy = job.phase === 'starting' || job.phase === 'running';
  const progress = job.phase === 'running' ? job.progress : undefined;
  const runningOffice = progress && (progress.officeId ? offices.find((o) => o.id === progress.officeId)?.name : 'جمع ادارات');

  return (
    <section className="central-reports" data-testid="central-reports">
      <form className="reports-controls card" noValidate onSubmit={submit} aria-label="ساختن گزارش ادارات" data-testid="central-report-controls">
        <OfficesPicker form={form} offices={offices} onChange={change} problem={own('offices')} />
        <PeriodPicker form={form} onChange={change} problems={problems} today={today} spec={previewPeriod(form)} />
        <div className="reports-row">
          <fieldset className="reports-group">
            <legend>مقایسه با</legend>
            <div className="reports-kinds" role="radiogroup" aria-label="مقایسه با">
              {COMPARE.map((c) => (
                <label key={c.id} className={form.compare === c.id ? 'chip chip-on' : 'chip'}>
                  <input type="radio" name="central-report-compare" checked={form.compare === c.id} data-testid={`central-report-compare-${c.id}`} onChange={() => change({ compare: c.id })} />
                  {c.title}
                </label>
              ))}
            </div>
            {form.compare !== 'none' && <PeriodSummary spec={previewCompare(form)} testId="central-report-compare-label" />}
          </fieldset>
          <fieldset className="reports-group" aria-invalid={!!problems.groups}>
            <legend>بخش‌های گزارش</legend>
            <div className="reports-row">
              {SECTION_GROUPS.map((g) => (
                <label key={g.id} className="central-report-pick">
                  <input type="checkbox" checked={form.groups[g.id]} data-testid={`central-report-section-${g.id}`} onChange={(e) => change({ groups: { ...form.groups, [g.id]: e.target.checked } })} />
                  {g.title}
                </label>
              ))}
            </div>
            {own('groups') && <small className="field-problem">{own('groups')}</small>}
          </fieldset>
          <button type="submit" className="btn btn-primary reports-build" disabled={busy} data-testid="central-report-build">
            ساختن گزارش
          </button>
        </div>
      </form>
      {busy && (
        <JobProgress
          progress={progress?.current}
          share={progress?.share}
          {...(progress && runningOffice ? { hint: `${runningOffice} — ${progress.runsDone + 1} از ${progress.runsTotal}` } : {})}
          offline={job.phase === 'running' && !!job.offline}
          onCancel={cancel}
        />
      )}
      {job.phase === 'failed' && (
        <div data-testid="central-report-error">
          <ReportError message={job.message} onDismiss={cancel} />
        </div>
      )}
      {job.phase === 'idle' && <p className="muted">ادارات و دوره را انتخاب کنید و «ساختن گزارش» را بزنید. گزارش هر اداره همان است که خودِ اداره از رویدادهایش می‌سازد.</p>}
      {job.phase === 'done' && <CentralReportView key={job.id} result={job.result} jobId={job.id} jobs={jobs} />}
    </section>
  );
}

export function ReportsPage(props: PageProps) {
  return (
    <I18nProvider catalog={reportStrings} storageKey="central">
      <CentralReports {...props} />
    </I18nProvider>
  );
}
