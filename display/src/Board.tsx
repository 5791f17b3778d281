// The lobby board: the call being announced (or the latest) large, the calls
// before it, and who is waiting for what.
import type { Call, QueueView } from '@desk/common';
import { previousCalls } from './board-data';
import { CurrentCall } from './CurrentCall';
import { Header } from './Header';
import { RecentCalls } from './RecentCalls';
import { WaitingList } from './WaitingList';
import { ServiceInfoCard } from './ServiceInfoCard';
import { useT } from './i18n';

const RECENT_SHOWN = 6;

export function Board(props: { view: QueueView; announcing: Call | null; upcoming: readonly string[] }) {
  const { t } = useT();
  const { view } = props;
  // the big call follows the voice: when several arrive together, each is shown as it is spoken
  const current = props.announcing ?? view.recentCalls[0] ?? null;
  return (
    <main className="board" data-testid="display-board">
      <Header config={view.config} title={t('display.title')} />
      <div className="board-body">
        <CurrentCall call={current} config={view.config} announcing={props.announcing !== null} />
        <RecentCalls calls={previousCalls(view.recentCalls, current, RECENT_SHOWN, props.upcoming)} />
        <div className="board-side">
          <WaitingList config={view.config} tickets={view.tickets.values()} />
          <ServiceInfoCard />
        </div>
      </div>
    </main>
  );
}
