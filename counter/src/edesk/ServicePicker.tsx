// Choosing the service a client asks for at the desk: type part of its name (or its
// code), Enter takes the first match; the list is grouped by department.
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Department } from '@desk/common';
import { localDigits, serviceName, useT } from '../i18n';
import type { EdeskService } from './api';
import { findServices } from './register-form';

export function ServicePicker(props: { services: EdeskService[]; departments: Department[]; onPick: (serviceId: string) => void }) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const found = useMemo(() => findServices(props.services, query), [props.services, query]);
  const groups = useMemo(() => {
    const byDept = new Map<string, EdeskService[]>();
    for (const s of found) byDept.set(s.departmentId, [...(byDept.get(s.departmentId) ?? []), s]);
    return [...byDept.entries()];
  }, [found]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' && found[0]) {
      e.preventDefault();
      props.onPick(found[0].serviceId);
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      document.querySelector<HTMLButtonElement>('.edesk-service-list button')?.focus();
    }
  }

  return (
    <section className="edesk-body" data-testid="service-picker">
      <h2>{t('edesk.register.chooseService')}</h2>
      <label className="field edesk-search">
        <span>{t('edesk.register.search')}</span>
        <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} data-testid="service-search" placeholder={t('edesk.register.searchHint')} />
      </label>
      {found.length === 0 && <p className="muted">{t('edesk.register.noService')}</p>}
      <div className="edesk-service-groups">
        {groups.map(([deptId, services]) => (
          <div key={deptId} className="edesk-service-group">
            <h3>{serviceName(props.departments.find((d) => d.id === deptId), lang)}</h3>
            <ul className="edesk-service-list">
              {services.map((s) => (
                <li key={s.serviceId}>
                  <button type="button" className="btn edesk-service" onClick={() => props.onPick(s.serviceId)} data-testid={`service-${s.serviceId}`}>
                    <span>{lang === 'en' && s.nameEn ? s.nameEn : localDigits(s.name, lang)}</span>
                    <small className="muted">
                      {t(s.package.meanDuration.unit === 'workingDays' ? 'edesk.duration.days' : 'edesk.duration.hours', { n: s.package.meanDuration.amount })}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
