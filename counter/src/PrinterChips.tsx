// One chip per printer in the top bar: everyone at a counter sees at once when the
// lobby printer runs out of paper (visitors then come with a number on their phone).
import type { PrinterView } from '@desk/common';
import { formatNumber } from '@desk/common';
import { useT } from './i18n';

export function PrinterChips(props: { printers: PrinterView[] }) {
  const { t, lang } = useT();
  if (props.printers.length === 0) return null;
  return (
    <div className="printer-chips" data-testid="printer-chips">
      {props.printers.map((p) => {
        const ok = p.state === 'online' || p.state === 'paper-low';
        return (
          <span
            key={p.id}
            className={`badge ${ok ? (p.state === 'paper-low' ? 'badge-busy' : 'badge-free') : 'badge-alert'}`}
            data-testid={`printer-${p.id}`}
            data-state={p.state}
            role={ok ? undefined : 'alert'}
            title={p.url}
          >
            {t('printer.chip', { name: p.name, state: lang === 'fa' ? p.message : t(`printer.state.${p.state}`) })}
            {p.waiting > 0 && ` — ${t('printer.waiting', { count: formatNumber(p.waiting, lang) })}`}
          </span>
        );
      })}
    </div>
  );
}
