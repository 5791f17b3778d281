// How many people wait for each service, grouped by department.
import { type PublicConfig, type Ticket } from '@desk/common';
import { limitLines, localName, waitingGroups } from './board-data';
import { useT } from './i18n';

/** What fits the column at TV size above the service info card; the rest is summarised in one line. */
const MAX_LINES = 6;

export function WaitingList(props: { config: PublicConfig | undefined; tickets: Iterable<Ticket> }) {
  const { t, lang } = useT();
  const all = props.config ? waitingGroups(props.config, props.tickets) : [];
  const { groups, hidden } = limitLines(all, MAX_LINES);
  return (
    <section className="panel waiting-list" data-testid="waiting-list">
      <h2 className="panel-title">{t('display.waiting')}</h2>
      {groups.length === 0 && <p className="panel-empty">{t('display.noneWaiting')}</p>}
      {groups.map((group) => (
        <div key={group.department?.id ?? '-'} className="waiting-group">
          {group.department && all.length > 1 && <h3 className="waiting-department">{localName(group.department, lang)}</h3>}
          <ul className="waiting-lines">
            {group.lines.map(({ service, count }) => (
              <li key={service.id} className="waiting-line" data-service={service.id} data-count={count}>
                <span className="waiting-name">{localName(service, lang)}</span>
                <span className={`waiting-count${count === 0 ? ' waiting-count-zero' : ''}`}>{t('display.waitingPeople', { n: count })}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && <p className="waiting-more">{t('display.moreServices', { n: hidden })}</p>}
    </section>
  );
}
