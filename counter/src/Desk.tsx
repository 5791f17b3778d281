// The counter screen: the ticket in front of the clerk, the actions, the live queue.
import { useEffect, useRef, useState } from 'react';
import { useNow } from '@desk/ui';
import { callOrder, ticketLabel, type Counter, type CounterState, type PublicConfig, type QueueView, type Ticket } from '@desk/common';
import { counterFigures, currentTicket, enabledActions, queueForCounter, recallsStillNeeded, type DeskAction } from './desk-state';
import { shortcutFor } from './shortcuts';
import { counterTitle, localDigits, useT } from './i18n';
import type { Commands } from './useCommands';
import { CommandError } from './CommandError';
import { CurrentTicket } from './CurrentTicket';
import { Actions } from './Actions';
import { QueueList } from './QueueList';
import { DayFigures } from './DayFigures';
import { TransferDialog } from './TransferDialog';
import { ReasonDialog } from './ReasonDialog';

type Dialog = { kind: 'transfer' } | { kind: 'pause' } | { kind: 'callSpecific'; ticket: Ticket } | null;

export interface DeskProps {
  view: QueueView;
  config: PublicConfig;
  counter: Counter;
  state: CounterState;
  commands: Commands;
  online: boolean;
  /** Send a ticket to the printer again; resolves to an error message, or null when sent. Absent: no server printer. */
  reprint?: (ticketId: string) => Promise<string | null>;
  onOpenCase?: (caseId: string) => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function Desk({ view, config, counter, state, commands, online, reprint, onOpenCase }: DeskProps) {
  const { t, lang } = useT();
  const now = useNow(1000);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = currentTicket(view, state);
  const recallsBeforeNoShow = config.queue.recallsBeforeNoShow;
  const enabled = enabledActions({ counter: state, current, recallsBeforeNoShow, online, busy: commands.busy });
  // listed in the order this counter will call them (weights, priority interleaving, then wait)
  const queue = callOrder(queueForCounter(view.tickets.values(), counter), counter, state.normalsSincePriority, config.queue.normalsPerPriority);
  const counterId = counter.id;

  function openDialog(next: Dialog) {
    commands.clearError();
    setDialog(next);
  }

  async function act(action: DeskAction) {
    setNotice(null);
    switch (action) {
      case 'callNext': {
        const ack = await commands.run({ type: 'ticket.callNext', counterId });
        if (ack?.ok && !ack.ticket) setNotice(t('desk.nobodyWaiting'));
        return;
      }
      case 'recall':
        return void (await commands.run({ type: 'ticket.recall', counterId }));
      case 'start':
        return void (await commands.run({ type: 'ticket.start', counterId }));
      case 'finish':
        return void (await commands.run({ type: 'ticket.finish', counterId }));
      case 'noShow':
        return void (await commands.run({ type: 'ticket.noShow', counterId }));
      case 'resume':
        return void (await commands.run({ type: 'counter.resume', counterId }));
      case 'close':
        return void (await commands.run({ type: 'counter.close', counterId }));
      case 'transfer':
      case 'pause':
        return openDialog({ kind: action });
      case 'priority':
      case 'callSpecific':
        return; // these carry an argument: see their own handlers
    }
  }

  // shortcuts read the latest state through a ref: one listener for the screen's life
  const latest = useRef({ enabled, act, dialogOpen: dialog !== null });
  latest.current = { enabled, act, dialogOpen: dialog !== null };
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const action = shortcutFor(e, { typing: isTyping(e.target), dialogOpen: latest.current.dialogOpen });
      if (!action) return;
      // also keeps Space from pressing whichever button has the focus
      e.preventDefault();
      if (latest.current.enabled[action]) void latest.current.act(action);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="desk" data-testid="desk">
      <section className="desk-bar">
        <h1>{counterTitle(t, lang, counter)}</h1>
        <span className={`badge ${state.status === 'paused' ? 'badge-busy' : 'badge-free'}`}>
          {state.status === 'paused'
            ? state.pauseReason
              ? t('desk.pausedBecause', { reason: localDigits(state.pauseReason, lang) })
              : t('desk.paused')
            : t('desk.open')}
        </span>
        <div className="desk-bar-tools">
          {state.status === 'paused' ? (
            <button type="button" className="btn btn-primary" data-testid="resume" disabled={!enabled.resume} onClick={() => void act('resume')}>
              {t('action.resume')}
            </button>
          ) : (
            <button type="button" className="btn" data-testid="pause" disabled={!enabled.pause} onClick={() => void act('pause')}>
              {t('action.pause')}
            </button>
          )}
          <button type="button" className="btn btn-danger-quiet" data-testid="close-counter" disabled={!enabled.close} onClick={() => void act('close')}>
            {t('action.close')}
          </button>
        </div>
      </section>
      {/* while a dialog is open, the dialog shows the refusal itself */}
      {!dialog && <CommandError message={commands.error} onDismiss={commands.clearError} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="desk-grid">
        <div className="desk-main">
          <CurrentTicket
            ticket={current}
            config={config}
            now={now}
            paused={state.status === 'paused'}
            priorityEnabled={enabled.priority}
            onPriority={(confirm) => void commands.run({ type: 'ticket.priority', counterId, confirm })}
            {...(onOpenCase ? { onOpenCase } : {})}
          />
          {reprint && current && (
            <button
              type="button"
              className="btn btn-quiet"
              data-testid="reprint"
              disabled={!online}
              onClick={() =>
                void reprint(current.id).then((error) => setNotice(error ?? t('reprint.done', { ticket: ticketLabel(current, lang) })))
              }
            >
              {t('action.reprint')}
            </button>
          )}
          <Actions enabled={enabled} recallsLeft={current?.status === 'called' ? recallsStillNeeded(current, recallsBeforeNoShow) : 0} onAction={(a) => void act(a)} />
          <DayFigures figures={counterFigures(view.tickets.values(), counterId)} waiting={queue.length} />
        </div>
        <QueueList
          tickets={queue}
          config={config}
          now={now}
          canCall={enabled.callSpecific}
          onCall={(ticket) => openDialog({ kind: 'callSpecific', ticket })}
        />
      </div>
      {dialog?.kind === 'transfer' && current && (
        <TransferDialog
          config={config}
          counter={counter}
          ticket={current}
          busy={commands.busy}
          error={commands.error}
          onCancel={() => setDialog(null)}
          onTransfer={async (command) => {
            const ack = await commands.run(command);
            if (ack?.ok) setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'pause' && (
        <ReasonDialog
          title={t('pause.title')}
          label={t('pause.reason')}
          submitLabel={t('action.pause')}
          required={false}
          busy={commands.busy}
          error={commands.error}
          onCancel={() => setDialog(null)}
          onSubmit={async (reason) => {
            const ack = await commands.run({ type: 'counter.pause', counterId, ...(reason ? { reason } : {}) });
            if (ack?.ok) setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'callSpecific' && (
        <ReasonDialog
          title={t('callSpecific.title', { ticket: ticketLabel(dialog.ticket, lang) })}
          label={t('callSpecific.reason')}
          submitLabel={t('callSpecific.submit')}
          required
          busy={commands.busy}
          error={commands.error}
          onCancel={() => setDialog(null)}
          onSubmit={async (reason) => {
            const ack = await commands.run({ type: 'ticket.callSpecific', counterId, ticketId: dialog.ticket.id, reason: reason ?? '' });
            if (ack?.ok) setDialog(null);
          }}
        />
      )}
    </main>
  );
}
