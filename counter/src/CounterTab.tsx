// The counter tab: straight to the clerk's open counter, else the picker.
import type { DeskConnection } from '@desk/ui';
import type { QueueView, StaffUser } from '@desk/common';
import { myCounterState } from './desk-state';
import { useCommands } from './useCommands';
import { CounterPicker } from './CounterPicker';
import { Desk } from './Desk';
import { useT } from './i18n';

export function CounterTab(props: { connection: DeskConnection; view: QueueView; user: StaffUser; online: boolean; reprint?: (ticketId: string) => Promise<string | null>; onOpenCase?: (caseId: string) => void }) {
  const { t } = useT();
  const commands = useCommands(props.connection);
  const mine = myCounterState(props.view.counters.values(), props.user.id);
  const counter = mine && props.view.config?.counters.find((c) => c.id === mine.counterId);
  if (!props.view.config) return <p className="splash">{t('app.connecting')}</p>;
  if (mine && counter) {
    return <Desk view={props.view} config={props.view.config} counter={counter} state={mine} commands={commands} online={props.online} {...(props.reprint ? { reprint: props.reprint } : {})} {...(props.onOpenCase ? { onOpenCase: props.onOpenCase } : {})} />;
  }
  return <CounterPicker view={props.view} config={props.view.config} commands={commands} online={props.online} />;
}
