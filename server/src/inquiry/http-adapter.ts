// An agency reached over HTTP, described by configuration: the request is a template
// (placeholders {kind}, {caseRef}, {subject.nationalId}, {payload.x}, {secret.token}), the
// answer is read with JSON paths. A new agency is a config entry, not code.
import { toLatinDigits } from '@desk/common';
import { callTemplated, jsonPath, looselyEquals, type HttpDeps, type HttpRequestTemplate, type RetryPolicy } from '../notify/templated-http';
import { inquiryMessage } from './messages';
import type { InquiryAdapter, InquiryRequest, InquiryResult } from './types';

export interface Condition {
  path: string;
  equals: Array<string | number | boolean | null>;
}

export interface HttpInquiryConfig {
  /** «ثبت احوال»: what the clerk reads in messages. */
  title: string;
  request: HttpRequestTemplate;
  /** Tokens and keys, kept out of what is recorded. */
  secret?: Record<string, string>;
  /** Default: 15 s per attempt, 2 retries (an inquiry is a question: asking twice is harmless). */
  policy?: RetryPolicy;
  response: {
    /** A 2xx answer is an answer only if this holds (else the agency refused: see messagePath). Default: any 2xx. */
    answeredWhen?: Condition;
    /** A 2xx answer that says "still working on it". */
    pendingWhen?: Condition;
    /** An answer that goes against the request (identity does not match, a record exists). Default: none does. */
    rejectedWhen?: Condition;
    /** Our field name → JSON path in the agency's answer. */
    answer: Record<string, string>;
    /** Where the agency puts its own message (shown when it refuses). */
    messagePath?: string;
    /** Where the agency puts its reference for a pending inquiry. */
    referencePath?: string;
  };
}

const holds = (body: unknown, c: Condition) => c.equals.some((e) => looselyEquals(jsonPath(body, c.path), e));

export class HttpInquiryAdapter implements InquiryAdapter {
  readonly title: string;

  constructor(
    readonly agency: string,
    private readonly config: HttpInquiryConfig,
    private readonly deps: HttpDeps = {},
  ) {
    this.title = config.title;
  }

  async ask(request: InquiryRequest): Promise<InquiryResult> {
    const now = this.deps.now ?? (() => new Date());
    const subject = Object.fromEntries(Object.entries(request.subject).map(([k, v]) => [k, v === undefined ? v : toLatinDigits(v).trim()]));
    const vars = { kind: request.kind, caseRef: request.caseRef, subject, payload: request.payload ?? {}, secret: this.config.secret ?? {} };
    const policy: RetryPolicy = { timeoutMs: 15_000, retries: 2, backoffMs: 500, ...this.config.policy };
    const out = await callTemplated(this.config.request, vars, policy, this.deps);
    const exchange = { request: out.request, attempts: out.attempts, ...(out.status !== undefined ? { status: out.status } : {}) };
    const at = now().toISOString();
    const agency = this.title;
    const failed = (message: string): InquiryResult => ({ status: 'failed', raw: out.body ?? null, at, message, exchange });

    if (out.failure === 'timeout') return failed(inquiryMessage('inquiry.timeout', { agency, seconds: Math.max(1, Math.ceil(policy.timeoutMs! / 1000)) }));
    if (out.failure === 'network') return failed(inquiryMessage('inquiry.unreachable', { agency }));
    if (out.failure === 'status') return failed(inquiryMessage('inquiry.httpError', { agency, status: out.status ?? 0 }));

    const r = this.config.response;
    const body = out.body;
    const said = r.messagePath ? jsonPath(body, r.messagePath) : undefined;
    const reference = r.referencePath ? jsonPath(body, r.referencePath) : undefined;
    if (r.pendingWhen && holds(body, r.pendingWhen)) {
      return {
        status: 'pending',
        raw: body,
        at,
        message: inquiryMessage('inquiry.pending', { agency }),
        ...(reference !== undefined && reference !== null ? { reference: String(reference) } : {}),
        exchange,
      };
    }
    if (r.answeredWhen && !holds(body, r.answeredWhen)) {
      return failed(said ? inquiryMessage('inquiry.refused', { agency, detail: String(said) }) : inquiryMessage('inquiry.unreadable', { agency }));
    }
    const answer = Object.fromEntries(Object.entries(r.answer).map(([field, path]) => [field, jsonPath(body, path) ?? null]));
    if (Object.keys(r.answer).length > 0 && Object.values(answer).every((v) => v === null)) {
      return failed(inquiryMessage('inquiry.unreadable', { agency }));
    }
    return {
      status: 'answered',
      answer,
      verdict: r.rejectedWhen && holds(body, r.rejectedWhen) ? 'rejected' : 'confirmed',
      raw: body,
      at,
      ...(reference !== undefined && reference !== null ? { reference: String(reference) } : {}),
      exchange,
    };
  }
}
