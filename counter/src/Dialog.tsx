// A modal box over the desk: Escape closes it, focus starts inside it.
import { useEffect, useRef, type ReactNode } from 'react';
import { CommandError } from './CommandError';

export function Dialog(props: { title: string; onCancel: () => void; error?: string | null; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef(props.onCancel);
  cancel.current = props.onCancel;
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') cancel.current();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={props.title} ref={box}>
        <h2>{props.title}</h2>
        <CommandError message={props.error ?? null} />
        {props.children}
      </div>
    </div>
  );
}
