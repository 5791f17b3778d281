// While the server reads the journals: how far it got (bytes, else files) and a way out.
// A report of several parts (the central desk's: office after office) gives its own
// share and words.
import { cellText, type ReportProgress } from '@desk/common';
import { useReportsT } from './i18n';
import { progressShare } from './useReportJob';

const megabytes = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

export function JobProgress(props: { progress?: ReportProgress; offline?: boolean; onCancel: () => void; share?: number; hint?: string }) {
  const { t, lang } = useReportsT();
  const mb = (bytes: number) => cellText(megabytes(bytes), 'decimal', lang);
  const share = props.share ?? progressShare(props.progress);
  const p = props.progress;
  const percent = share === undefined ? undefined : Math.round(share * 100);
  return (
    <div className="report-progress card no-print" data-testid="report-progress" aria-busy="true">
      <div className="report-progress-head">
        <strong id="report-progress-label">{t('reports.running')}</strong>
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={props.onCancel} data-testid="report-cancel">
          {t('reports.cancel')}
        </button>
      </div>
      <div
        className="report-progress-bar"
        role="progressbar"
        aria-labelledby="report-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent === undefined ? {} : { 'aria-valuenow': percent, 'aria-valuetext': t('reports.progress.percent', { percent }) })}
      >
        <span className={percent === undefined ? 'report-progress-fill indeterminate' : 'report-progress-fill'} style={percent === undefined ? undefined : { inlineSize: `${percent}%` }} />
      </div>
      <p className="hint" aria-live="polite">
        {props.hint
          ? props.hint
          : !p
          ? t('reports.progress.waiting')
          : p.bytesTotal > 0
            ? t('reports.progress.bytes', { percent: percent ?? 0, read: mb(p.bytesRead), total: mb(p.bytesTotal), files: p.filesRead, filesTotal: p.filesTotal })
            : t('reports.progress.files', { files: p.filesRead, filesTotal: p.filesTotal })}
      </p>
      {props.offline && (
        <p className="command-error" role="status">
          {t('reports.progress.offline')}
        </p>
      )}
    </div>
  );
}
