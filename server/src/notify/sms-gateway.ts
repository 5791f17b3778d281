// An SMS gateway reached over HTTP, described by configuration: most Iranian operators
// (Kavenegar, Ghasedak, SMS.ir, Melipayamak, …) take "API key + line number + receptor +
// text" as a REST call and say "accepted" somewhere in a JSON answer. Two presets below;
// another operator is another JSON object of the same shape (DESK_SMS_GATEWAY=/path.json).
import { DeliveryError, type SendReceipt, type SmsMessage, type SmsSender } from './sms';
import { internationalMobile, normalizeMobile } from './mobile';
import {
  callTemplated,
  jsonPath,
  looselyEquals,
  type HttpDeps,
  type HttpRequestTemplate,
  type RetryPolicy,
} from './templated-http';

export interface SmsGatewayConfig {
  /** For logs: "kavenegar". */
  name: string;
  /**
   * The call. Placeholders: {receptor} (09…), {receptorIntl} (989…), {message}, {sender}
   * (the line number), {ref} (our outbox id), {secret.apiKey} and any other {secret.*}.
   */
  request: HttpRequestTemplate;
  /** The line number messages go out from. */
  sender?: string;
  /** Values kept out of logs: {apiKey: "…"}. */
  secret?: Record<string, string>;
  policy?: RetryPolicy;
  /** Accepted when the status is one of these (default any 2xx) and, if `path` is set, the value there is one of `equals`. */
  success?: { status?: number[]; path?: string; equals?: Array<string | number | boolean> };
  /** JSON path of the provider's message id. */
  idPath?: string;
  /** JSON path of the provider's status text. */
  statusPath?: string;
  /** JSON path of the provider's error message. */
  errorPath?: string;
}

/**
 * Kavenegar-style: the API key is part of the path, the fields are a form, the answer is
 * `{"return":{"status":200,"message":"تایید شد"},"entries":[{"messageid":…,"statustext":"در صف ارسال"}]}`
 * and its HTTP status mirrors return.status (4xx for a bad key, number or credit).
 */
export function kavenegarPreset(options: { apiKey: string; sender?: string; baseUrl?: string }): SmsGatewayConfig {
  return {
    name: 'kavenegar',
    request: {
      url: `${options.baseUrl ?? 'https://api.kavenegar.com'}/v1/{secret.apiKey}/sms/send.json`,
      method: 'POST',
      form: { receptor: '{receptor}', sender: '{sender}', message: '{message}' },
    },
    sender: options.sender,
    secret: { apiKey: options.apiKey },
    policy: { timeoutMs: 10_000, retries: 2, backoffMs: 1_000, retryOnTimeout: false },
    success: { status: [200], path: 'return.status', equals: [200] },
    idPath: 'entries.0.messageid',
    statusPath: 'entries.0.statustext',
    errorPath: 'return.message',
  };
}

/**
 * Ghasedak-style (its v2 REST API): the key goes in an `apikey` header, the fields are a
 * form with `linenumber`, the answer is `{"result":{"code":200,"message":"success"},"items":[<id>]}`.
 */
export function ghasedakPreset(options: { apiKey: string; lineNumber?: string; baseUrl?: string }): SmsGatewayConfig {
  return {
    name: 'ghasedak',
    request: {
      url: `${options.baseUrl ?? 'https://api.ghasedak.me'}/v2/sms/send/simple`,
      method: 'POST',
      headers: { apikey: '{secret.apiKey}' },
      form: { message: '{message}', receptor: '{receptor}', linenumber: '{sender}' },
    },
    sender: options.lineNumber,
    secret: { apiKey: options.apiKey },
    policy: { timeoutMs: 10_000, retries: 2, backoffMs: 1_000, retryOnTimeout: false },
    success: { status: [200], path: 'result.code', equals: [200] },
    idPath: 'items.0',
    statusPath: 'result.message',
    errorPath: 'result.message',
  };
}

export class HttpSmsSender implements SmsSender {
  readonly name: string;
  constructor(
    private readonly config: SmsGatewayConfig,
    private readonly deps: HttpDeps = {},
  ) {
    this.name = config.name;
  }

  async send(message: SmsMessage): Promise<SendReceipt> {
    const mobile = normalizeMobile(message.to);
    if (!mobile) throw new DeliveryError(`not a mobile number: ${message.to}`, { permanent: true });
    const vars = {
      receptor: mobile,
      receptorIntl: internationalMobile(mobile),
      message: message.text,
      sender: this.config.sender ?? '',
      ref: message.ref ?? '',
      secret: this.config.secret ?? {},
    };
    const out = await callTemplated(this.config.request, vars, this.config.policy, this.deps);
    const tries = `${out.attempts.length} attempt(s)`;
    if (out.failure === 'timeout' || out.failure === 'network') {
      const last = out.attempts[out.attempts.length - 1];
      throw new DeliveryError(`${this.name}: ${out.failure} after ${tries}: ${last?.detail ?? ''}`, {});
    }
    const ok = this.accepted(out.status, out.body);
    if (!ok) {
      const said = this.config.errorPath ? jsonPath(out.body, this.config.errorPath) : undefined;
      const why = said !== undefined ? String(said) : typeof out.body === 'string' ? out.body.slice(0, 200) : '';
      throw new DeliveryError(`${this.name}: HTTP ${out.status} after ${tries}${why ? `: ${why}` : ''}`, {
        status: out.status,
        raw: out.body,
        // Not permanent even for 4xx: a gateway says 4xx for an empty credit or a line not yet
        // approved too, which someone fixes within hours; the Notifier's back-off covers that.
      });
    }
    const id = this.config.idPath ? jsonPath(out.body, this.config.idPath) : undefined;
    const status = this.config.statusPath ? jsonPath(out.body, this.config.statusPath) : undefined;
    return { id: id === undefined ? '' : String(id), status: status === undefined ? 'accepted' : String(status) };
  }

  private accepted(status: number | undefined, body: unknown): boolean {
    if (status === undefined) return false;
    const s = this.config.success;
    const statusOk = s?.status ? s.status.includes(status) : status >= 200 && status < 300;
    if (!statusOk) return false;
    if (!s?.path) return true;
    const value = jsonPath(body, s.path);
    return (s.equals ?? []).some((e) => looselyEquals(value, e));
  }
}
