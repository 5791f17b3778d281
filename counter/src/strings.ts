// Everything the counter app says, in Persian and English.
// Errors shared with the server live in @desk/common (i18n/fa.ts).
import { defineMessages } from '@desk/common';
import { fa, type CounterKey } from './strings.fa';
import { en } from './strings.en';

export type { CounterKey };

export const strings = defineMessages<CounterKey>({ fa, en });
