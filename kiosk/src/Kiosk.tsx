// The live kiosk: follows the queue through the shared connection and walks the
// visitor from a service to a ticket. Screens draw; flow.ts decides the next step.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { errorMessage, waitingCountByService, type PriorityKind, type Service, type TicketPrintState, type Unit } from '@desk/common';
import { useConnection, useServerData, type DeskConnection } from '@desk/ui';
import { groupActiveServices, serviceEntries } from './catalogue';
import { holdsPersonalData, initialKioskState, kioskReducer } from './flow';
import { ticketPrintData } from './print-data';
import type { KeyPress } from './keyboard';
import { Busy } from './Busy';
import { ErrorDialog } from './ErrorDialog';
import { Home } from './Home';
import { Offline } from './Offline';
import { PriorityChoice } from './PriorityChoice';
import { Search } from './Search';
import { TicketView } from './TicketView';
import { ServiceInfo } from './ServiceInfo';
import { useIdle } from './useIdle';
import { useKioskI18n } from './useKioskI18n';
import { useLocalPrinting } from './useLocalPrinting';
import { edeskApi } from './edesk/api';
import { Apply, type EdeskService } from './edesk/Apply';
import { IdleWarning } from './edesk/IdleWarning';
import { Track } from './edesk/Track';
import { VisitSurvey } from './edesk/VisitSurvey';

/** Used until the office configuration has arrived. */
const DEFAULT_IDLE_SECONDS = 60;
/** How long «are you still there?» waits before a half-written request is wiped. */
export const IDLE_WARNING_SECONDS = 20;
/** While the phone's QR is up the visitor photographs documents, not touching the kiosk. */
export const PHONE_IDLE_SECONDS = 180;

export function Kiosk(props: { connection: DeskConnection; /** the device token: which kiosk this is */ token: string }) {
  const { connection, token } = props;
  const { status, view } = useConnection(connection);
  const { t, setLang } = useKioskI18n();
  const [state, dispatch] = useReducer(kioskReducer, initialKioskState);
  // A ref, not state: two taps in the same frame both see it at once.
  const sending = useRef(false);
  // How this kiosk's tickets print (the server tells only this kiosk, or its own shell
  // when it prints locally), and where phones reach the office.
  const [prints, setPrints] = useState<Record<string, TicketPrintState>>({});
  const recordPrint = useCallback((p: TicketPrintState) => setPrints((all) => ({ ...trimmed(all), [p.ticketId]: p })), []);
  useEffect(() => connection.onPrint(recordPrint), [connection, recordPrint]);
  const printLocally = useLocalPrinting(token, recordPrint);
  // where phones reach the office (the kiosk itself may be on localhost), and the info packages
  const publicUrl = useServerData<{ publicUrl: string }>('/api/public/info', 5000)?.publicUrl;
  const caseCatalogue = useServerData<{ services: EdeskService[]; units: Unit[] }>('/api/edesk/catalogue');
  const edesk = useMemo(() => edeskApi(token), [token]);

  const config = view?.config;
  const groups = useMemo(() => (config ? groupActiveServices(config) : []), [config]);
  const entries = useMemo(() => serviceEntries(groups), [groups]);
  const tickets = view?.tickets;
  const waiting = useMemo(() => waitingCountByService(tickets ? tickets.values() : []), [tickets]);

  const onIdle = useCallback(() => {
    dispatch({ type: 'idle' });
    setLang('fa');
  }, [setLang]);
  // a request being written gets «are you still there?» before it is wiped
  const personal = useRef(false);
  personal.current = holdsPersonalData(state);
  const [phoneWait, setPhoneWait] = useState(false);
  const idleSeconds = config?.queue.kioskIdleSeconds ?? DEFAULT_IDLE_SECONDS;
  const idle = useIdle(phoneWait ? Math.max(idleSeconds, PHONE_IDLE_SECONDS) : idleSeconds, onIdle, { seconds: IDLE_WARNING_SECONDS, when: () => personal.current });

  const back = useCallback(() => dispatch({ type: 'back' }), []);
  const onKey = useCallback((key: KeyPress) => dispatch({ type: 'key', key }), []);

  const issue = async (serviceId: string, priority?: PriorityKind) => {
    if (sending.current) return;
    sending.current = true;
    dispatch(priority ? { type: 'sending', serviceId, priority } : { type: 'sending', serviceId });
    try {
      const answer = await connection.send<'ticket.issue'>(
        priority ? { type: 'ticket.issue', serviceId, priority } : { type: 'ticket.issue', serviceId },
      );
      if (answer.ok) {
        const result = { ticket: answer.ticket, ahead: answer.ahead, waitMinutes: answer.waitMinutes };
        dispatch({ type: 'issued', result });
        // A kiosk with its own printer prints here; the server prints for the others.
        // Until the public address is known, the kiosk's own is the best QR there is.
        if (printLocally && config) printLocally(result.ticket.id, ticketPrintData(config, result, publicUrl ?? window.location.origin));
      } else dispatch({ type: 'failed', message: answer.error.message });
    } catch {
      dispatch({ type: 'failed', message: errorMessage('error.internal') });
    } finally {
      sending.current = false;
    }
  };
  const choose = (service: Service) => {
    if (sending.current) return;
    if (service.allowsPriority) dispatch({ type: 'askPriority', serviceId: service.id });
    else void issue(service.id);
  };

  const { screen } = state;
  const serviceById = (id: string) => config?.services.find((s) => s.id === id);

  // The admin removed the service while the visitor was choosing a priority: step back.
  const priorityServiceGone = screen.name === 'priority' && !!config && !serviceById(screen.serviceId);
  useEffect(() => {
    if (priorityServiceGone) dispatch({ type: 'back' });
  }, [priorityServiceGone]);

  // A survey of a visit holds nothing personal: left alone, the idle timer simply wipes it
  // (no «are you still there?»). Its calls are plain HTTP, as a request's below.
  if (screen.name === 'visitSurvey') return <VisitSurvey api={edesk} onQuit={() => dispatch({ type: 'idle' })} onActivity={idle.touch} />;
  // A request being written stays on screen even if the live link drops meanwhile: its
  // calls are plain HTTP, and unmounting it would lose what the visitor typed.
  if (screen.name === 'apply' || screen.name === 'track') {
    if (!caseCatalogue) return <Busy text={t('edesk.loading')} />;
    const quit = () => dispatch({ type: 'idle' });
    const definition = screen.name === 'apply' ? caseCatalogue.services.find((d) => d.serviceId === screen.serviceId) : undefined;
    const page =
      screen.name === 'track' ? (
        <Track
          api={edesk}
          services={caseCatalogue.services}
          units={caseCatalogue.units}
          arrival={!!screen.arrival}
          onTicket={(result, appointment) => {
            dispatch({ type: 'issued', result, appointment });
            if (printLocally && config) printLocally(result.ticket.id, ticketPrintData(config, result, publicUrl ?? window.location.origin));
          }}
          onQuit={quit}
          onActivity={idle.touch}
          onPhoneWait={setPhoneWait}
        />
      ) : definition ? (
        <Apply key={definition.serviceId} api={edesk} service={definition} onBack={back} onQuit={quit} onActivity={idle.touch} onPhoneWait={setPhoneWait} />
      ) : (
        <ErrorDialog message={t('info.none')} onBack={back} />
      );
    // the same tree with or without the warning: the request must not be remounted (and lost) by it
    const warning = idle.warningUntil !== null;
    return (
      <>
        <div inert={warning} className="kiosk-behind-dialog">
          {page}
        </div>
        {warning && <IdleWarning until={idle.warningUntil!} onStay={idle.touch} onLeave={onIdle} />}
      </>
    );
  }

  // A ticket already issued stays readable even if the link drops meanwhile.
  if (screen.name === 'ticket') {
    return (
      <TicketView
        key={screen.result.ticket.id}
        result={screen.result}
        {...(screen.appointment ? { appointment: screen.appointment } : {})}
        service={serviceById(screen.result.ticket.serviceId)}
        print={prints[screen.result.ticket.id]}
        statusUrl={publicUrl ? `${publicUrl}/portal/t/${screen.result.ticket.id}` : undefined}
        onDone={back}
      />
    );
  }
  if (status !== 'online' || !config) return <Offline status={status} />;
  if (screen.name === 'sending') return <Busy text={t('issue.sending')} />;
  if (screen.name === 'priority') {
    const service = serviceById(screen.serviceId);
    if (service) {
      const hasInfo = caseCatalogue?.services.some((d) => d.serviceId === service.id);
      return (
        <PriorityChoice
          service={service}
          onChoose={(p) => void issue(service.id, p)}
          onBack={back}
          {...(hasInfo ? { onInfo: () => dispatch({ type: 'openInfo', serviceId: service.id }) } : {})}
        />
      );
    }
  }
  if (screen.name === 'info') {
    const service = serviceById(screen.serviceId);
    if (service) {
      return (
        <ServiceInfo
          service={service}
          definition={caseCatalogue?.services.find((d) => d.serviceId === service.id)}
          units={caseCatalogue?.units ?? []}
          publicUrl={publicUrl}
          onTicket={() => void issue(service.id)}
          onApply={() => dispatch({ type: 'openApply', serviceId: service.id })}
          onBack={back}
        />
      );
    }
  }

  const showSearch = screen.name === 'search' || (screen.name !== 'home' && screen.from === 'search');
  const base = showSearch ? (
    <Search entries={entries} query={state.query} waiting={waiting} onKey={onKey} onChoose={choose} onBack={back} />
  ) : (
    <Home
      office={config.office}
      groups={groups}
      waiting={waiting}
      onChoose={choose}
      onSearch={() => dispatch({ type: 'openSearch' })}
      onTrack={() => dispatch({ type: 'openTrack' })}
      onArrival={() => dispatch({ type: 'openTrack', arrival: true })}
      onVisitSurvey={() => dispatch({ type: 'openVisitSurvey' })}
    />
  );
  if (screen.name !== 'error') return base;
  return (
    <>
      <div inert className="kiosk-behind-dialog">
        {base}
      </div>
      <ErrorDialog message={screen.message} onBack={back} />
    </>
  );
}

/** Keep the print states of the last few tickets only. */
function trimmed(all: Record<string, TicketPrintState>): Record<string, TicketPrintState> {
  const keys = Object.keys(all);
  return keys.length < 20 ? all : Object.fromEntries(keys.slice(-10).map((k) => [k, all[k]!]));
}
