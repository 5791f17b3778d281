// The management data (configuration, staff, devices) and the calls that change it.
import { useCallback, useEffect, useState } from 'react';
import { api, type ApiResult } from '@desk/ui';
import type { Device, PublicConfig, StaffUser } from '@desk/common';

export type AdminConfig = PublicConfig & { staff: StaffUser[]; devices: Device[] };
export type Send = <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => Promise<ApiResult<T>>;

/** What every management section gets. */
export interface SectionProps {
  config: AdminConfig;
  readOnly: boolean;
  send: Send;
}

export function useAdminConfig(token: string, configVersion: number | undefined) {
  const [config, setConfig] = useState<AdminConfig | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const res = await api<AdminConfig>('/api/admin/config', { token });
    if (res.ok) {
      setConfig(res.data);
      setLoadError(null);
    } else setLoadError(res.error.message);
  }, [token]);

  // a config.changed event (another admin, another tab) bumps the version: fetch again
  useEffect(() => {
    void reload();
  }, [reload, configVersion]);

  const send: Send = useCallback(
    async <T,>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
      const res = await api<T>(path, { method, body, token });
      if (res.ok) void reload();
      return res;
    },
    [token, reload],
  );

  return { config, loadError, send };
}

/** POST for a new item, PUT for an existing one. */
export function saveItem<T>(send: Send, collection: string, id: string | undefined, body: unknown): Promise<ApiResult<T>> {
  return id ? send<T>('PUT', `/api/admin/${collection}/${encodeURIComponent(id)}`, body) : send<T>('POST', `/api/admin/${collection}`, body);
}
