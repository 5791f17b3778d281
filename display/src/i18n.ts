// The display's typed view of the shared translation layer.
import { useI18n } from '@desk/ui';
import type { Lang, MessageKey, Params } from '@desk/common';
import type { DisplayMessage } from './strings';

export function useT(): { t: (key: DisplayMessage | MessageKey, params?: Params) => string; lang: Lang } {
  const { t, lang } = useI18n();
  return { t, lang };
}
