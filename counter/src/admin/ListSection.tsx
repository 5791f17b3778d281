// The shape every list in the management screens shares: a heading with «new», an
// editor card for the draft being edited, and a table of the items with their actions.
// A section says only what is its own: columns, fields, checks, where to save.
import type { ReactNode } from 'react';
import type { ApiResult } from '@desk/ui';
import { useT } from '../i18n';
import type { Checked, Problems } from '../problems';
import { EditorCard } from './FormBits';
import { useDraft } from './useDraft';

export interface Column<Item> {
  header: string;
  cell: (item: Item) => ReactNode;
  className?: string;
  dir?: 'ltr' | 'rtl';
}

export interface DraftFields<D, F extends string> {
  draft: D;
  patch: (p: Partial<D>) => void;
  problems: Problems<F>;
}

export interface ListSectionProps<Item extends { id: string }, D, F extends string, V> {
  title: string;
  readOnly: boolean;
  items: readonly Item[];
  columns: Column<Item>[];
  rowClass?: (item: Item) => string;
  /** Shown as the only row when there are no items. */
  empty?: string;
  newLabel?: string;
  newDraft: () => D;
  /** Makes each row editable with an «edit» button. */
  toDraft?: (item: Item) => D;
  /** Other buttons of a row. */
  rowActions?: (item: Item) => ReactNode;
  editorTitle: (draft: D) => string;
  check: (draft: D) => Checked<V, F>;
  save: (draft: D, value: V) => Promise<ApiResult<unknown>>;
  /** After a successful save, with the server's answer. */
  onSaved?: (answer: unknown) => void;
  fields: (form: DraftFields<D, F>) => ReactNode;
  /** Between the heading and the editor (notices, row errors). */
  children?: ReactNode;
}

export function ListSection<Item extends { id: string }, D, F extends string, V>(props: ListSectionProps<Item, D, F, V>) {
  const { t } = useT();
  const form = useDraft<D, F>();
  const { draft } = form;
  const editable = !props.readOnly && (props.toDraft || props.rowActions);

  async function save() {
    if (!draft) return;
    let answer: unknown;
    const ok = await form.save(props.check(draft), async (value) => {
      const res = await props.save(draft, value);
      if (res.ok) answer = res.data;
      return res;
    });
    if (ok) {
      form.edit(null);
      props.onSaved?.(answer);
    }
  }

  return (
    <section>
      <header className="section-head">
        <h2>{props.title}</h2>
        {!props.readOnly && (
          <button type="button" className="btn btn-primary" onClick={() => form.edit(props.newDraft())} data-testid="admin-new">
            {props.newLabel ?? t('admin.new')}
          </button>
        )}
      </header>
      {props.children}
      {draft && (
        <EditorCard
          title={props.editorTitle(draft)}
          busy={form.busy}
          error={form.error}
          onSave={() => void save()}
          onCancel={() => form.edit(null)}
        >
          {props.fields({ draft, patch: form.patch, problems: form.problems })}
        </EditorCard>
      )}
      <table className="table">
        <thead>
          <tr>
            {props.columns.map((c, i) => (
              <th key={i}>{c.header}</th>
            ))}
            {editable && <th />}
          </tr>
        </thead>
        <tbody>
          {props.items.length === 0 && props.empty && (
            <tr>
              <td colSpan={props.columns.length + 1} className="muted">
                {props.empty}
              </td>
            </tr>
          )}
          {props.items.map((item) => (
            <tr key={item.id} className={props.rowClass?.(item) ?? ''}>
              {props.columns.map((c, i) => (
                <td key={i} className={c.className} dir={c.dir}>
                  {c.cell(item)}
                </td>
              ))}
              {editable && (
                <td className="row-actions">
                  {props.toDraft && (
                    <button type="button" className="btn btn-small" onClick={() => form.edit(props.toDraft!(item))}>
                      {t('admin.edit')}
                    </button>
                  )}
                  {props.rowActions?.(item)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
