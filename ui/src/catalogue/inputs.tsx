// The catalogue editor's controls: each knows its path in the catalogue, so it is
// locked when the path comes from the central desk (marked «از مرکز») and shows the
// problem found there. Numbers are shown in Persian digits and read in any digits.
import { useEffect, useState, type ReactNode } from 'react';
import { toLatinDigits, toPersianDigits } from '@desk/common';
import { useEditor } from './context';

interface Common {
  path: string;
  label: string;
  testId?: string;
  wide?: boolean;
  narrow?: boolean;
}

function Frame(props: Common & { children: ReactNode }) {
  const { issues, fromCentral, t } = useEditor();
  const issue = issues.get(props.path);
  return (
    <label className={`cat-field${props.wide ? ' cat-field-wide' : props.narrow ? ' cat-field-narrow' : ''}`}>
      <span className="cat-label">
        {props.label}
        {fromCentral(props.path) && (
          <small className="cat-central" title={t('fromCentralHint')}>
            {t('fromCentral')}
          </small>
        )}
      </span>
      {props.children}
      {issue && <small className="cat-issue">{issue}</small>}
    </label>
  );
}

export function TextInput(props: Common & { value: string | undefined; onChange: (v: string) => void; multiline?: boolean; dir?: 'ltr' | 'rtl' }) {
  const { locked, issues } = useEditor();
  const shared = {
    value: props.value ?? '',
    disabled: locked(props.path),
    dir: props.dir,
    'aria-invalid': issues.has(props.path),
    'data-testid': props.testId,
  };
  return (
    <Frame {...props}>
      {props.multiline ? (
        <textarea rows={3} {...shared} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input type="text" {...shared} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </Frame>
  );
}

/** What was typed as a number (Persian, Arabic or Latin digits, «٫» or «.»), or null. */
export function parseTypedNumber(text: string): number | null {
  const latin = toLatinDigits(text).replace(/[٬,\s]/g, '').replace('٫', '.');
  if (latin === '') return null;
  const n = Number(latin);
  return Number.isFinite(n) ? n : null;
}

/** A number typed in any digits; empty is undefined. What cannot be read stays as typed (and is not sent). */
export function NumberInput(props: Common & { value: number | undefined; onChange: (v: number | undefined) => void; allowEmpty?: boolean }) {
  const { locked, issues, lang } = useEditor();
  const shown = (n: number | undefined) => (n === undefined ? '' : lang === 'fa' ? toPersianDigits(n) : String(n));
  const [text, setText] = useState(shown(props.value));
  // follow changes from outside (another service picked, a reload)
  const { value } = props;
  useEffect(() => {
    setText((current) => (parseTypedNumber(current) === (value ?? null) ? current : shown(value)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` changes with `lang` only
  }, [value, lang]);
  return (
    <Frame narrow {...props}>
      <input
        inputMode="decimal"
        className="cat-number"
        value={text}
        disabled={locked(props.path)}
        aria-invalid={issues.has(props.path)}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseTypedNumber(e.target.value);
          if (n !== null) props.onChange(n);
          else if (e.target.value.trim() === '' && props.allowEmpty) props.onChange(undefined);
        }}
      />
    </Frame>
  );
}

export function SelectInput(props: Common & { value: string | undefined; onChange: (v: string) => void; options: { value: string; label: string }[]; placeholder?: string }) {
  const { locked, issues } = useEditor();
  return (
    <Frame {...props}>
      <select
        value={props.value ?? ''}
        disabled={locked(props.path)}
        aria-invalid={issues.has(props.path)}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckInput(props: { path: string; label: string; checked: boolean | undefined; onChange: (v: boolean) => void; testId?: string }) {
  const { locked, fromCentral, t } = useEditor();
  return (
    <label className="cat-check">
      <input type="checkbox" checked={!!props.checked} disabled={locked(props.path)} data-testid={props.testId} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.label}</span>
      {fromCentral(props.path) && <small className="cat-central">{t('fromCentral')}</small>}
    </label>
  );
}

/** A list's heading with «add», locked like the list's path. */
export function ListHead(props: { path: string; title: string; onAdd?: () => void; testId?: string }) {
  const { locked, fromCentral, issues, t } = useEditor();
  const issue = issues.get(props.path);
  return (
    <div className="cat-list-head">
      <h4>
        {props.title}
        {fromCentral(props.path) && <small className="cat-central">{t('fromCentral')}</small>}
      </h4>
      {props.onAdd && !locked(props.path) && (
        <button type="button" className="cat-btn" onClick={props.onAdd} data-testid={props.testId}>
          {t('add')}
        </button>
      )}
      {issue && <small className="cat-issue">{issue}</small>}
    </div>
  );
}

/** Up, down and remove for one item of a list. */
export function ItemControls(props: { path: string; index: number; count: number; onMove: (from: number, to: number) => void; onRemove: () => void; testId?: string }) {
  const { locked, t } = useEditor();
  if (locked(props.path)) return null;
  return (
    <div className="cat-item-controls">
      <button type="button" className="cat-btn cat-btn-small" disabled={props.index === 0} onClick={() => props.onMove(props.index, props.index - 1)} aria-label={t('up')}>
        ↑
      </button>
      <button type="button" className="cat-btn cat-btn-small" disabled={props.index === props.count - 1} onClick={() => props.onMove(props.index, props.index + 1)} aria-label={t('down')}>
        ↓
      </button>
      <button type="button" className="cat-btn cat-btn-small cat-btn-danger" onClick={props.onRemove} data-testid={props.testId}>
        {t('remove')}
      </button>
    </div>
  );
}
