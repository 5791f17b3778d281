// The published versions (Jalali dates, Persian digits) and the problems to fix
// before publishing, as both the office admin and the central desk show them.
import { formatJalaliDate, formatNumber, formatTime, type CatalogueIssue, type CatalogueVersionInfo } from '@desk/common';
import { useEditor } from './context';

export type VersionRow = CatalogueVersionInfo;

export function VersionHistory(props: { versions: VersionRow[]; onOpen?: (version: number) => void }) {
  const { t, lang } = useEditor();
  return (
    <table className="cat-table" data-testid="catalogue-history">
      <caption>{t('history')}</caption>
      <thead>
        <tr>
          <th>{t('version')}</th>
          <th>{t('publishedAt')}</th>
          <th>{t('publishedBy')}</th>
          <th>{t('basedOn')}</th>
          <th>{t('servicesCount')}</th>
        </tr>
      </thead>
      <tbody>
        {props.versions.map((v) => (
          <tr key={v.version}>
            <td className="cat-num">
              {props.onOpen ? (
                <button type="button" className="cat-link" onClick={() => props.onOpen!(v.version)}>
                  {formatNumber(v.version, lang)}
                </button>
              ) : (
                formatNumber(v.version, lang)
              )}
            </td>
            <td>{v.publishedAt ? `${formatJalaliDate(v.publishedAt, lang)} ${formatTime(v.publishedAt, lang)}` : t('firstVersion')}</td>
            <td>{v.publishedBy ?? t('none')}</td>
            <td>{v.central ? `${v.central.agency} — ${t('centralVersion', { version: v.central.version })}` : t('none')}</td>
            <td className="cat-num">{v.services === undefined ? t('none') : formatNumber(v.services, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IssueList(props: { issues: CatalogueIssue[]; onPick?: (issue: CatalogueIssue) => void }) {
  const { t, lang } = useEditor();
  if (props.issues.length === 0) return <p className="cat-ok" data-testid="catalogue-valid">{t('noIssues')}</p>;
  return (
    <div className="cat-issues" role="alert" data-testid="catalogue-issues">
      <strong>{t('issuesTitle', { count: props.issues.length })}</strong>
      <ul>
        {props.issues.slice(0, 50).map((i, n) => (
          <li key={n}>
            {props.onPick && i.serviceId ? (
              <button type="button" className="cat-link" onClick={() => props.onPick!(i)}>
                {lang === 'en' ? i.messageEn : i.message}
              </button>
            ) : lang === 'en' ? (
              i.messageEn
            ) : (
              i.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
