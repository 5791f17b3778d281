// The central desk's HTTP API as the web app calls it: the bearer token the user
// entered, JSON both ways, and errors thrown with the server's Persian message.
export interface CentralApi {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** The raw token, for Socket.IO's auth and for download links. */
  readonly token: string;
}

export class CentralApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'central.token';

export function storedToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? '';
}

export function storeToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export function centralApi(token: string, onUnauthorized?: (message: string) => void, base = '/api'): CentralApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new CentralApiError('ارتباط با میز خدمت مرکزی برقرار نشد. دوباره تلاش کنید.', 0);
    }
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    if (!res.ok) {
      const err = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
      const message = err?.message ?? `خطای سرور (${res.status})`;
      if (res.status === 401) onUnauthorized?.(message);
      throw new CentralApiError(message, res.status, err?.code);
    }
    return json as T;
  }
  return {
    token,
    get: (path) => call('GET', path),
    send: (method, path, body) => call(method, path, body),
  };
}
