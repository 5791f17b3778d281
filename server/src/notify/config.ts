// Senders and services from environment variables, so the server wires one line each.
//   DESK_SMS_GATEWAY   file (default: <dataDir>/outbox/sms.jsonl) | kavenegar | ghasedak | off
//                      | /path/to/gateway.json (an SmsGatewayConfig; "$env:NAME" for secrets)
//   DESK_SMS_API_KEY   the operator's API key (kavenegar, ghasedak)
//   DESK_SMS_SENDER    the line number messages go out from
//   DESK_SMS_BASE_URL  another base URL for the preset (a proxy, a stand-in)
//   DESK_SMTP_URL      smtp[s]://user:pass@host:port?from=… ; unset → <dataDir>/outbox/email.jsonl
//   DESK_SMTP_FROM     the From address when the URL has no ?from=
//   DESK_EMAIL         off: no e-mail at all
//   DESK_OTP_SECRET    key for one-time codes; unset → <dataDir>/otp/secret.key, made on first start
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileSmsSender } from './sms-file';
import { HttpSmsSender, ghasedakPreset, kavenegarPreset, type SmsGatewayConfig } from './sms-gateway';
import { FileEmailSender, SmtpEmailSender, parseSmtpUrl, type EmailSender } from './email';
import { Notifier, type NotifierOptions } from './notifier';
import { FileOtpStore, OtpService, loadOrCreateSecret, type OtpOptions } from './otp';
import { SmsGatewayConfigSchema, resolveEnvRefs } from './templated-http-schema';
import type { SmsSender } from './sms';

export async function smsSenderFromEnv(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<SmsSender | undefined> {
  const gateway = env.DESK_SMS_GATEWAY?.trim() || 'file';
  const need = (name: string) => {
    const v = env[name];
    if (!v) throw new Error(`DESK_SMS_GATEWAY=${gateway} needs ${name}`);
    return v;
  };
  const baseUrl = env.DESK_SMS_BASE_URL || undefined;
  switch (gateway) {
    case 'off':
      return undefined;
    case 'file':
      return new FileSmsSender(dataDir);
    case 'kavenegar':
      return new HttpSmsSender(kavenegarPreset({ apiKey: need('DESK_SMS_API_KEY'), sender: env.DESK_SMS_SENDER, baseUrl }));
    case 'ghasedak':
      return new HttpSmsSender(ghasedakPreset({ apiKey: need('DESK_SMS_API_KEY'), lineNumber: env.DESK_SMS_SENDER, baseUrl }));
    default: {
      if (!gateway.endsWith('.json')) throw new Error(`DESK_SMS_GATEWAY: unknown gateway "${gateway}"`);
      const parsed = SmsGatewayConfigSchema.safeParse(JSON.parse(await readFile(gateway, 'utf8')));
      if (!parsed.success) throw new Error(`${gateway}: ${parsed.error.message}`);
      const config = parsed.data as SmsGatewayConfig;
      return new HttpSmsSender({ ...config, secret: resolveEnvRefs(config.secret, env) });
    }
  }
}

export function emailSenderFromEnv(dataDir: string, env: NodeJS.ProcessEnv = process.env): EmailSender | undefined {
  if (env.DESK_EMAIL === 'off') return undefined;
  if (env.DESK_SMTP_URL) return new SmtpEmailSender(parseSmtpUrl(env.DESK_SMTP_URL, env.DESK_SMTP_FROM));
  return new FileEmailSender(dataDir);
}

export async function openNotifierFromEnv(
  options: { dataDir: string; env?: NodeJS.ProcessEnv } & Omit<NotifierOptions, 'dir' | 'sms' | 'email'>,
): Promise<Notifier> {
  const { dataDir, env = process.env, ...rest } = options;
  return Notifier.open({
    ...rest,
    dir: join(dataDir, 'outbox'),
    sms: await smsSenderFromEnv(dataDir, env),
    email: emailSenderFromEnv(dataDir, env),
  });
}

export async function otpServiceFromEnv(
  options: { dataDir: string; env?: NodeJS.ProcessEnv } & Omit<OtpOptions, 'secret' | 'store'>,
): Promise<OtpService> {
  const { dataDir, env = process.env, ...rest } = options;
  const secret = env.DESK_OTP_SECRET || (await loadOrCreateSecret(join(dataDir, 'otp', 'secret.key')));
  return new OtpService({ ...rest, secret, store: new FileOtpStore(join(dataDir, 'otp', 'codes.json'), rest.now) });
}
