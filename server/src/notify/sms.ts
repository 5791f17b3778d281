// What every SMS adapter promises, and how long a text is in SMS parts.

export interface SmsMessage {
  /** A mobile number in any form people type; the adapter normalises it to 09xxxxxxxxx. */
  to: string;
  text: string;
  /** Our reference (the outbox id), passed to gateways that accept one. */
  ref?: string;
}

/** What a provider said when it took a message. */
export interface SendReceipt {
  id: string;
  status: string;
}

export interface SmsSender {
  /** For logs: "file", "kavenegar", … */
  readonly name: string;
  /** Resolves when the provider took the message; rejects with a DeliveryError when it did not. */
  send(message: SmsMessage): Promise<SendReceipt>;
}

/** A send that did not go through. `permanent`: trying again will not help (bad number, rejected sender). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly detail: { permanent?: boolean; status?: number; raw?: unknown } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXT = '^{}\\[~]|€';

/** How many SMS parts a text takes: GSM-7 160/153 per part, otherwise UCS-2 70/67 (Persian is always UCS-2). */
export function smsParts(text: string): number {
  let gsm = true;
  let septets = 0;
  for (const ch of text) {
    if (GSM7.includes(ch)) septets += 1;
    else if (GSM7_EXT.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  const units = text.length; // UTF-16 code units, as UCS-2 counts them
  return units <= 70 ? 1 : Math.ceil(units / 67);
}
