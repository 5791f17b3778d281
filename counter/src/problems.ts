// A form problem as a message key (with parameters), translated where it is shown.
import type { Params } from '@desk/common';
import type { CounterKey } from './strings';

export interface Problem {
  key: CounterKey;
  params?: Params;
}

export type Problems<F extends string> = Partial<Record<F, Problem>>;

/** The result of reading a form: the value to send, or what is wrong field by field. */
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: Problems<F> };

export function checked<T, F extends string>(problems: Problems<F>, value: () => T): Checked<T, F> {
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: value() };
}
