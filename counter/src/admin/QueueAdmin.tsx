// Queue settings: priority interleaving, recalls before a no-show, wait estimates, kiosk idle time.
import { useT, type Key } from '../i18n';
import { checkQueue, QUEUE_LIMITS, queueDraft, type QueueDraft, type QueueNumberField } from './settings-forms';
import { CheckField, DigitsField, EditorCard } from './FormBits';
import { type SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';

const FIELDS: { field: QueueNumberField; label: Key; help: Key }[] = [
  { field: 'normalsPerPriority', label: 'queue.normalsPerPriority', help: 'queue.normalsPerPriorityHelp' },
  { field: 'recallsBeforeNoShow', label: 'queue.recallsBeforeNoShow', help: 'queue.recallsBeforeNoShowHelp' },
  { field: 'defaultServiceMinutes', label: 'queue.defaultServiceMinutes', help: 'queue.defaultServiceMinutesHelp' },
  { field: 'serviceTimeWindow', label: 'queue.serviceTimeWindow', help: 'queue.serviceTimeWindowHelp' },
  { field: 'kioskIdleSeconds', label: 'queue.kioskIdleSeconds', help: 'queue.kioskIdleSecondsHelp' },
];

export function QueueAdmin({ config, readOnly, send }: SectionProps) {
  const { t } = useT();
  const form = useDraft<QueueDraft, QueueNumberField>(queueDraft(config.queue));
  const { draft, problems } = form;
  if (!draft) return null;

  async function save() {
    await form.save(checkQueue(draft!), (value) => send('PUT', '/api/admin/queue', value));
  }

  return (
    <section>
      <h2>{t('admin.queue')}</h2>
      <EditorCard title={t('admin.queueHint')} busy={form.busy} error={form.error} onSave={() => void save()} onCancel={() => form.edit(queueDraft(config.queue))} readOnly={readOnly}>
        <fieldset disabled={readOnly} className="field-wide settings">
          {FIELDS.map(({ field, label, help }) => (
            <div key={field} className="setting">
              <DigitsField
                label={t(label)}
                value={draft[field]}
                onChange={(v) => form.patch({ [field]: v } as Partial<QueueDraft>)}
                problem={problems[field]}
                testId={`queue-${field}`}
              />
              <small className="hint">
                {t(help)} ({t('queue.between', { min: QUEUE_LIMITS[field][0], max: QUEUE_LIMITS[field][1] })})
              </small>
            </div>
          ))}
          <CheckField
            label={t('queue.autoPairLocalDevices')}
            checked={draft.autoPairLocalDevices}
            onChange={(autoPairLocalDevices) => form.patch({ autoPairLocalDevices })}
          />
          <CheckField
            label={t('queue.enforceOpeningHours')}
            checked={draft.enforceOpeningHours}
            onChange={(enforceOpeningHours) => form.patch({ enforceOpeningHours })}
          />
        </fieldset>
      </EditorCard>
    </section>
  );
}
