// The demo's and the tests' "phone": each SMS becomes one JSON line in
// <dataDir>/outbox/sms.jsonl, on disk before send() resolves.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { appendJsonLines } from './jsonl-append';
import { normalizeMobile } from './mobile';
import { DeliveryError, smsParts, type SendReceipt, type SmsMessage, type SmsSender } from './sms';

export interface SmsFileLine {
  id: string;
  at: string;
  to: string;
  text: string;
  parts: number;
  ref?: string;
}

export class FileSmsSender implements SmsSender {
  readonly name = 'file';
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(dataDir, 'outbox', 'sms.jsonl');
  }

  async send(message: SmsMessage): Promise<SendReceipt> {
    const to = normalizeMobile(message.to);
    if (!to) throw new DeliveryError(`not a mobile number: ${message.to}`, { permanent: true });
    const line: SmsFileLine = {
      id: randomUUID(),
      at: this.now().toISOString(),
      to,
      text: message.text,
      parts: smsParts(message.text),
      ...(message.ref ? { ref: message.ref } : {}),
    };
    await appendJsonLines(this.path, [line]);
    return { id: line.id, status: 'written' };
  }
}
