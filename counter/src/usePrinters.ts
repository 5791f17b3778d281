// The office's printers, live: read once, then kept current by the server's
// desk:printers messages (every change of paper, cover or queue).
import { useCallback, useEffect, useState } from 'react';
import { api, type DeskConnection } from '@desk/ui';
import type { PrinterView } from '@desk/common';

export function usePrinters(connection: DeskConnection, token: string): { printers: PrinterView[]; reload: () => void } {
  const [printers, setPrinters] = useState<PrinterView[]>([]);
  const reload = useCallback(() => {
    void api<{ printers: PrinterView[] }>('/api/printing/printers', { token }).then((r) => {
      if (r.ok) setPrinters(r.data.printers);
    });
  }, [token]);
  useEffect(() => {
    reload();
    return connection.onPrinters(setPrinters);
  }, [connection, reload]);
  return { printers, reload };
}
