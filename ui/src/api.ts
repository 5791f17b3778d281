// HTTP calls to the office server: JSON in, `{ok,…}`-style answers out, Persian errors.
import { errorMessage, type ErrorBody } from '@desk/common';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ErrorBody };

export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; token?: string | null; base?: string } = {},
): Promise<ApiResult<T>> {
  try {
    const res = await fetch(`${options.base ?? ''}${path}`, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const json = (await res.json().catch(() => null)) as { error?: ErrorBody } | null;
    if (!res.ok) {
      return {
        ok: false,
        status: res.status,
        error: json?.error ?? { code: 'error.internal', message: errorMessage('error.internal') },
      };
    }
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, status: 0, error: { code: 'error.offline', message: errorMessage('error.offline') } };
  }
}
