// An outbound HTTP call described by configuration, not code: URL, method, headers and
// body are templates with {placeholders}; the answer is read with JSON paths. The SMS
// gateway adapter and the inquiry adapter both use it, so a new operator or agency is a
// config entry. Secrets live under {secret.*} and are masked in what we record.

export type Vars = Record<string, unknown>;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

export interface HttpRequestTemplate {
  /** Placeholders in the URL are percent-encoded. */
  url: string;
  method?: HttpMethod;
  headers?: Record<string, string>;
  /** Added to the URL's query string. */
  query?: Record<string, string>;
  /** A JSON body: a string that is exactly "{name}" keeps the value's type (and is left out when missing); other strings are filled in. */
  json?: unknown;
  /** An application/x-www-form-urlencoded body. */
  form?: Record<string, string>;
}

export interface RetryPolicy {
  /** Per attempt, including reading the body. Default 10 s. */
  timeoutMs?: number;
  /** Extra attempts after the first on 5xx/429, network errors and (unless retryOnTimeout is false) timeouts. Default 2. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one. Default 500 ms. */
  backoffMs?: number;
  /** A timed-out request may still have been done (an SMS sent): set false where repeating costs. Default true. */
  retryOnTimeout?: boolean;
}

/** A request as sent, with secrets masked: safe to keep in logs and case events. */
export interface RecordedRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpAttempt {
  n: number;
  at: string;
  ms: number;
  status?: number;
  error?: 'timeout' | 'network';
  detail?: string;
}

export interface HttpOutcome {
  request: RecordedRequest;
  attempts: HttpAttempt[];
  /** Status of the last attempt, if one answered. */
  status?: number;
  /** Parsed JSON when the body was JSON, else the text. */
  body?: unknown;
  /** Why the call did not end with a 2xx answer. */
  failure?: 'timeout' | 'network' | 'status';
}

export interface HttpDeps {
  fetch?: typeof fetch;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const MASK = '***';
const SECRET_HEADER = /authorization|api-?key|token|secret|password/i;
const PLACEHOLDER = /\{([A-Za-z_][\w.]*)\}/g;
const WHOLE_PLACEHOLDER = /^\{([A-Za-z_][\w.]*)\}$/;

/** A value at a path: `a.b.0.c`, `a.b[0].c` or `$.a.b[0]`. */
export function jsonPath(value: unknown, path: string): unknown {
  const keys = path
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((k) => k !== '');
  let cur: unknown = value;
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function renderString(template: string, vars: Vars, encode: (s: string) => string = (s) => s): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => encode(asText(jsonPath(vars, name))));
}

export function renderJson(template: unknown, vars: Vars): unknown {
  if (typeof template === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(template);
    return whole ? jsonPath(vars, whole[1]!) : renderString(template, vars);
  }
  if (Array.isArray(template)) return template.map((t) => renderJson(t, vars));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, renderJson(v, vars)]));
  }
  return template;
}

/** Equal as the config means it: 200 matches "200", true matches "true". */
export function looselyEquals(actual: unknown, expected: unknown): boolean {
  return actual === expected || (actual !== undefined && actual !== null && String(actual) === String(expected));
}

interface BuiltRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function build(template: HttpRequestTemplate, vars: Vars): BuiltRequest {
  const method = template.method ?? (template.json !== undefined || template.form ? 'POST' : 'GET');
  const url = new URL(renderString(template.url, vars, encodeURIComponent));
  for (const [k, v] of Object.entries(template.query ?? {})) url.searchParams.set(k, renderString(v, vars));
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(template.headers ?? {})) headers[k] = renderString(v, vars);
  let body: string | undefined;
  if (template.json !== undefined) {
    body = JSON.stringify(renderJson(template.json, vars));
    headers['Content-Type'] ??= 'application/json; charset=utf-8';
  } else if (template.form) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(template.form)) form.set(k, renderString(v, vars));
    body = form.toString();
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded; charset=utf-8';
  }
  headers['Accept'] ??= 'application/json';
  return { method, url: url.toString(), headers, body };
}

/** The same request with every {secret.*} value and auth-looking header masked. */
export function recordOf(template: HttpRequestTemplate, vars: Vars): RecordedRequest {
  const secret = vars.secret && typeof vars.secret === 'object' ? vars.secret : {};
  const masked = { ...vars, secret: Object.fromEntries(Object.keys(secret).map((k) => [k, MASK])) };
  const built = build(template, masked);
  for (const name of Object.keys(built.headers)) {
    if (SECRET_HEADER.test(name)) built.headers[name] = MASK;
  }
  return built;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Send the request, retrying as the policy says. Never throws for HTTP or network trouble: see `failure`. */
export async function callTemplated(
  template: HttpRequestTemplate,
  vars: Vars,
  policy: RetryPolicy = {},
  deps: HttpDeps = {},
): Promise<HttpOutcome> {
  const doFetch = deps.fetch ?? fetch;
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  const timeoutMs = policy.timeoutMs ?? 10_000;
  const retries = policy.retries ?? 2;
  const backoff = policy.backoffMs ?? 500;
  const req = build(template, vars);
  const outcome: HttpOutcome = { request: recordOf(template, vars), attempts: [] };

  for (let n = 1; n <= retries + 1; n++) {
    const started = Date.now();
    const attempt: HttpAttempt = { n, at: now().toISOString(), ms: 0 };
    outcome.attempts.push(attempt);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let retry = false;
    try {
      const res = await doFetch(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal: controller.signal,
      });
      const text = await res.text();
      attempt.status = res.status;
      outcome.status = res.status;
      outcome.body = parseBody(text);
      if (res.ok) {
        outcome.failure = undefined;
      } else {
        outcome.failure = 'status';
        retry = res.status >= 500 || res.status === 429;
      }
    } catch (err) {
      const timedOut = controller.signal.aborted;
      attempt.error = timedOut ? 'timeout' : 'network';
      attempt.detail = timedOut ? `no answer in ${timeoutMs} ms` : describeError(err);
      outcome.failure = attempt.error;
      outcome.status = undefined;
      outcome.body = undefined;
      retry = !timedOut || policy.retryOnTimeout !== false;
    } finally {
      clearTimeout(timer);
      attempt.ms = Date.now() - started;
    }
    if (!retry || n > retries) break;
    await sleep(backoff * 2 ** (n - 1));
  }
  return outcome;
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
    return code ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}
