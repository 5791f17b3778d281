// Today's figures for this counter.
import { formatNumber } from '@desk/common';
import type { CounterFigures } from './desk-state';
import { useT } from './i18n';

export function DayFigures(props: { figures: CounterFigures; waiting: number }) {
  const { t, lang } = useT();
  const mean = props.figures.meanServiceSeconds;
  const meanText =
    mean === null ? '—' : mean < 60 ? t('figures.seconds', { n: mean }) : t('figures.minutes', { n: Math.round(mean / 60) });
  return (
    <section className="figures" aria-label={t('figures.title')}>
      <h2>{t('figures.title')}</h2>
      <dl>
        <div>
          <dt>{t('figures.served')}</dt>
          <dd data-testid="figure-served">{formatNumber(props.figures.served, lang)}</dd>
        </div>
        <div>
          <dt>{t('figures.meanService')}</dt>
          <dd>{meanText}</dd>
        </div>
        <div>
          <dt>{t('figures.noShows')}</dt>
          <dd>{formatNumber(props.figures.noShows, lang)}</dd>
        </div>
        <div>
          <dt>{t('figures.waiting')}</dt>
          <dd>{formatNumber(props.waiting, lang)}</dd>
        </div>
      </dl>
    </section>
  );
}
