// Choosing a counter: every counter with its services and who has it open now.
import type { PublicConfig, QueueView } from '@desk/common';
import { counterTitle, joinList, localDigits, serviceName, useT } from './i18n';
import type { Commands } from './useCommands';
import { CommandError } from './CommandError';

const CHOSEN_KEY = 'desk.counter.chosen';

function rememberedCounter(): string | null {
  try {
    return localStorage.getItem(CHOSEN_KEY);
  } catch {
    return null;
  }
}

function remember(counterId: string): void {
  try {
    localStorage.setItem(CHOSEN_KEY, counterId);
  } catch {
    /* private mode: nothing to remember */
  }
}

export function CounterPicker(props: { view: QueueView; config: PublicConfig; commands: Commands; online: boolean }) {
  const { t, lang } = useT();
  const { commands } = props;
  const chosen = rememberedCounter();
  const counters = props.config.counters
    .filter((c) => c.active)
    .sort((a, b) => Number(b.id === chosen) - Number(a.id === chosen) || a.number - b.number);
  const services = new Map(props.config.services.map((s) => [s.id, s]));

  const names = (c: (typeof counters)[number]) => joinList(c.services.map((s) => serviceName(services.get(s.serviceId), lang)), lang);

  async function open(counterId: string) {
    remember(counterId);
    await commands.run({ type: 'counter.open', counterId });
  }

  return (
    <main className="picker">
      <h1>{t('picker.title')}</h1>
      <CommandError message={commands.error} onDismiss={commands.clearError} />
      {counters.length === 0 && <p className="muted">{t('picker.none')}</p>}
      <ul className="picker-list">
        {counters.map((c) => {
          const state = props.view.counters.get(c.id);
          const taken = state && state.status !== 'closed';
          return (
            <li key={c.id} className={`picker-card${c.id === chosen ? ' chosen' : ''}`}>
              <div className="picker-head">
                <span className="picker-number">{counterTitle(t, lang, c)}</span>
                <span className={`badge ${taken ? 'badge-busy' : 'badge-free'}`}>
                  {taken
                    ? t(state.status === 'paused' ? 'picker.pausedBy' : 'picker.openBy', { name: localDigits(state.clerkName ?? '—', lang) })
                    : t('picker.closed')}
                </span>
              </div>
              <p className="picker-services" title={names(c)}>
                {names(c) || t('picker.noServices')}
              </p>
              <button
                type="button"
                className="btn btn-primary"
                data-testid={`counter-open-${c.id}`}
                disabled={!!taken || commands.busy || !props.online}
                autoFocus={c.id === chosen && !taken}
                onClick={() => void open(c.id)}
              >
                {t('picker.open')}
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
