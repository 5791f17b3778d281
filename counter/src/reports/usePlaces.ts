// What a manager can report on: the queue's departments, counters and services (the
// live configuration), the staff (management config, supervisors and admins only) and
// the e-desk's units (its catalogue). A clerk reports on their own desk and needs none.
import { useEffect, useMemo, useState } from 'react';
import { api } from '@desk/ui';
import type { Department, PublicConfig, StaffUser, Unit } from '@desk/common';
import { counterTitle, localDigits, serviceName, useT } from '../i18n';
import type { PlaceKind } from './report-form';

export interface PlaceOption {
  value: string;
  label: string;
}

export interface PlaceGroup {
  label?: string;
  options: PlaceOption[];
}

/** For each kind of place, its choices (grouped where a long list reads better in groups). */
export type PlaceChoices = Record<Exclude<PlaceKind, 'office'>, PlaceGroup[]>;

export function usePlaces(token: string, enabled: boolean, config: PublicConfig | undefined): PlaceChoices {
  const { t, lang } = useT();
  const [staff, setStaff] = useState<StaffUser[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [adminConfig, setAdminConfig] = useState<PublicConfig>();

  useEffect(() => {
    if (!enabled) return;
    let stale = false;
    void api<PublicConfig & { staff: StaffUser[] }>('/api/admin/config', { token }).then((r) => {
      if (stale || !r.ok) return;
      setStaff(r.data.staff);
      setAdminConfig(r.data);
    });
    void api<{ units: Unit[] }>('/api/edesk/catalogue', { token }).then((r) => {
      if (!stale && r.ok) setUnits(r.data.units);
    });
    return () => {
      stale = true;
    };
  }, [token, enabled]);

  const source = config ?? adminConfig;
  return useMemo(() => {
    const named = (x: { name: string; nameEn?: string }) => serviceName(x, lang);
    const departments: Department[] = source?.departments ?? [];
    const services = source?.services ?? [];
    const byLevel = (level: Unit['level']) => units.filter((u) => u.level === level).map((u) => ({ value: u.id, label: named(u) }));
    return {
      level: [{ options: [{ value: 'headquarters', label: t('reports.level.headquarters') }, { value: 'operational', label: t('reports.level.operational') }] }],
      unit: [
        { label: t('reports.level.headquarters'), options: byLevel('headquarters') },
        { label: t('reports.level.operational'), options: byLevel('operational') },
      ].filter((g) => g.options.length > 0),
      department: [{ options: departments.map((d) => ({ value: d.id, label: named(d) })) }],
      counter: [{ options: [...(source?.counters ?? [])].sort((a, b) => a.number - b.number).map((c) => ({ value: c.id, label: counterTitle(t, lang, c) })) }],
      clerk: [
        {
          // everyone who could have worked a counter, including those who since left
          options: staff.map((s) => ({ value: s.id, label: `${localDigits(s.displayName, lang)} (${localDigits(s.username, lang)})` })),
        },
      ],
      // services under their departments: 38 long names read better in groups
      service: departments
        .map((d) => ({ label: named(d), options: services.filter((s) => s.departmentId === d.id).map((s) => ({ value: s.id, label: named(s) })) }))
        .filter((g) => g.options.length > 0),
    };
  }, [source, staff, units, t, lang]);
}
