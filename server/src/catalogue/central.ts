// The agency's catalogue as the sync client hands it over: merged and published by the
// store (on disk first), then what central is told it applied. A version that cannot
// be applied is not acknowledged: central sends it again at the next connection, and
// the admin sees why (store.failedCentralVersion()).
import type { CatalogueApplied, CentralCatalogueMessage } from '../sync/protocol';
import type { CatalogueStore } from './store';

export function catalogueReceiver(store: CatalogueStore, log: (line: string) => void = (l) => console.warn(l)) {
  return async (message: CentralCatalogueMessage): Promise<CatalogueApplied | null> => {
    const result = await store.receiveCentral(message);
    if (!result.ok) {
      log(`catalogue ${message.agency} v${message.version} not applied: ${result.error.message}`);
      return null;
    }
    return { agency: message.agency, version: result.centralVersion, officeVersion: result.officeVersion };
  };
}
