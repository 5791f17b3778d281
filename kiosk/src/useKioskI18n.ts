// The shared translation hook, with the kiosk's own keys type-checked.
import { useI18n } from '@desk/ui';
import type { Lang, MessageKey, Translate } from '@desk/common';
import type { KioskMessage } from './strings';

export function useKioskI18n(): { lang: Lang; setLang: (lang: Lang) => void; t: Translate<KioskMessage | MessageKey> } {
  return useI18n();
}
