// The clerk's buttons, each with its shortcut key; «حاضر نشد» says how many recalls remain.
import type { DeskAction } from './desk-state';
import { SHORTCUT_KEYS, type ShortcutAction } from './shortcuts';
import { useT, type Key } from './i18n';

const BUTTONS: { action: DeskAction; testId: string; label: Key; className: string }[] = [
  { action: 'callNext', testId: 'call-next', label: 'action.callNext', className: 'btn-primary btn-big' },
  { action: 'recall', testId: 'recall', label: 'action.recall', className: '' },
  { action: 'start', testId: 'start', label: 'action.start', className: 'btn-accent' },
  { action: 'finish', testId: 'finish', label: 'action.finish', className: 'btn-accent' },
  { action: 'noShow', testId: 'no-show', label: 'action.noShow', className: 'btn-warn' },
  { action: 'transfer', testId: 'transfer', label: 'action.transfer', className: '' },
];

function shortcutOf(action: DeskAction): string | undefined {
  return action in SHORTCUT_KEYS ? SHORTCUT_KEYS[action as ShortcutAction] : undefined;
}

export function Actions(props: { enabled: Record<DeskAction, boolean>; recallsLeft: number; onAction: (action: DeskAction) => void }) {
  const { t } = useT();
  const noShowHint = !props.enabled.noShow && props.recallsLeft > 0 ? t('hint.noShow', { count: props.recallsLeft }) : undefined;
  return (
    <section className="actions" aria-label={t('actions.title')}>
      {BUTTONS.map((b) => {
        const key = shortcutOf(b.action);
        const hint = b.action === 'noShow' ? noShowHint : undefined;
        return (
          <button
            key={b.action}
            type="button"
            className={`btn action ${b.className}`}
            data-testid={b.testId}
            disabled={!props.enabled[b.action]}
            title={hint}
            aria-describedby={hint ? 'no-show-hint' : undefined}
            onClick={() => props.onAction(b.action)}
          >
            <span>{t(b.label)}</span>
            {key && <kbd>{b.action === 'callNext' ? `${key} / ${t('key.space')}` : key}</kbd>}
          </button>
        );
      })}
      {noShowHint && (
        <p id="no-show-hint" className="hint">
          {noShowHint}
        </p>
      )}
    </section>
  );
}
