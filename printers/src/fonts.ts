// The bundled Vazirmatn, registered once with Skia. No system fonts: a kiosk without
// Persian fonts installed must print the same page as this machine.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const FONT_FAMILY = 'Vazirmatn';

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const ttf = join(dirname(require.resolve('vazirmatn/package.json')), 'fonts', 'ttf');
  for (const weight of ['Regular', 'Bold', 'Black']) {
    const key = GlobalFonts.registerFromPath(join(ttf, `Vazirmatn-${weight}.ttf`), FONT_FAMILY);
    if (!key) throw new Error(`could not load the bundled font Vazirmatn-${weight}.ttf from ${ttf}`);
  }
  registered = true;
}
