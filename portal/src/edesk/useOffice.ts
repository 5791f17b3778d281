// The office as the portal shows it: the e-desk catalogue, the departments (from the
// queue's configuration) and the public address. Loaded once per page load and shared
// by every page; a failed load can be tried again.
import { useCallback, useEffect, useState } from 'react';
import type { PublicConfig } from '@desk/common';
import { getCatalogue, getConfig, getPublicInfo } from './api';
import type { CatalogueService, EdeskCatalogue, EdeskError, PublicInfo } from './types';

export interface OfficeData {
  catalogue: EdeskCatalogue;
  config: PublicConfig;
  info: PublicInfo;
}

export type OfficeState = { status: 'loading' } | { status: 'error'; error: EdeskError } | { status: 'ready'; data: OfficeData };

let loading: Promise<OfficeState> | null = null;
let loaded: OfficeState | null = null;

async function load(): Promise<OfficeState> {
  const [catalogue, config, info] = await Promise.all([getCatalogue(), getConfig(), getPublicInfo()]);
  if (!catalogue.ok) return { status: 'error', error: catalogue.error };
  if (!config.ok) return { status: 'error', error: config.error };
  // without the public address the QR falls back to this page's own address
  const publicInfo: PublicInfo = info.ok ? info.data : { publicUrl: location.origin, office: config.data.office };
  return { status: 'ready', data: { catalogue: catalogue.data, config: config.data, info: { ...publicInfo, publicUrl: publicInfo.publicUrl || location.origin } } };
}

export function useOffice(): { state: OfficeState; retry: () => void } {
  const [state, setState] = useState<OfficeState>(() => loaded ?? { status: 'loading' });
  const start = useCallback(() => {
    loading ??= load().then((s) => {
      if (s.status === 'ready') loaded = s;
      else loading = null;
      return s;
    });
    void loading.then(setState);
  }, []);
  useEffect(() => {
    if (!loaded) start();
  }, [start]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    start();
  }, [start]);
  return { state, retry };
}

export function findService(data: OfficeData, serviceId: string): CatalogueService | undefined {
  return data.catalogue.services.find((s) => s.serviceId === serviceId);
}
