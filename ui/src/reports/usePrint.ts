// «چاپ / ذخیره به PDF»: the browser's print with the report's own print stylesheet
// (counter.css). Printing shows every row of every table (not the page on screen), so
// the full tables are rendered first — also when the reader presses Ctrl+P.
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** null: on screen; otherwise printing, everything or one table. */
export type PrintMode = null | { only?: string };

export function usePrint(): { printing: PrintMode; print: (only?: string) => void } {
  const [printing, setPrinting] = useState<PrintMode>(null);

  useEffect(() => {
    const before = () => flushSync(() => setPrinting((p) => p ?? {}));
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const print = useCallback((only?: string) => {
    flushSync(() => setPrinting(only ? { only } : {}));
    window.print();
  }, []);

  return { printing, print };
}
