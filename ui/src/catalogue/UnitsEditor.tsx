// The units (واحدها) steps are assigned to: ids and levels come with the catalogue;
// an office names its units and ties them to its queue's departments.
import type { CaseCatalogue, Unit } from '@desk/common';
import { useEditor } from './context';
import { freshId, moveItem, patchAt, removeAt, withOptional } from './edit';
import { CheckInput, ItemControls, ListHead, SelectInput, TextInput } from './inputs';

export function UnitsEditor(props: { catalogue: CaseCatalogue; onChange: (c: CaseCatalogue) => void }) {
  const { t, departments, lang } = useEditor();
  const { catalogue } = props;
  const units = catalogue.units;
  const setUnits = (next: Unit[]) => props.onChange({ ...catalogue, units: next });
  const desks = units.filter((u) => u.isDesk).map((u) => ({ value: u.id, label: lang === 'en' && u.nameEn ? u.nameEn : u.name }));

  return (
    <div className="cat-section" data-testid="catalogue-units">
      <SelectInput path="defaultDeskUnitId" label={t('defaultDesk')} value={catalogue.defaultDeskUnitId} options={desks} onChange={(defaultDeskUnitId) => props.onChange({ ...catalogue, defaultDeskUnitId })} />
      <ListHead path="units" title={t('units')} onAdd={() => setUnits([...units, { id: freshId('u', units.map((u) => u.id)), name: '', level: 'headquarters' }])} testId="unit-add" />
      {units.map((u, i) => {
        const path = `units.${i}`;
        const patch = (x: Partial<Unit>) => setUnits(patchAt(units, i, x));
        return (
          <div className="cat-item" key={i} data-testid={`unit-${i}`}>
            <TextInput path={`${path}.id`} label={t('unitId')} value={u.id} onChange={(id) => patch({ id })} dir="ltr" />
            <TextInput path={`${path}.name`} label={t('unitName')} value={u.name} onChange={(name) => patch({ name })} wide testId={`unit-${i}-name`} />
            <TextInput path={`${path}.nameEn`} label={t('unitNameEn')} value={u.nameEn} onChange={(v) => setUnits(units.map((x, j) => (j === i ? withOptional(x, 'nameEn', v) : x)))} dir="ltr" />
            <SelectInput
              path={`${path}.level`}
              label={t('level')}
              value={u.level}
              options={[
                { value: 'headquarters', label: t('headquarters') },
                { value: 'operational', label: t('operational') },
              ]}
              onChange={(level) => patch({ level: level as Unit['level'] })}
            />
            <CheckInput path={`${path}.isDesk`} label={t('isDesk')} checked={u.isDesk} onChange={(isDesk) => patch({ isDesk })} />
            {departments.length > 0 ? (
              <SelectInput
                path={`${path}.departmentId`}
                label={t('department')}
                value={u.departmentId}
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
                placeholder={t('none')}
                onChange={(v) => setUnits(units.map((x, j) => (j === i ? withOptional(x, 'departmentId', v) : x)))}
              />
            ) : (
              <TextInput path={`${path}.departmentId`} label={t('department')} value={u.departmentId} onChange={(v) => setUnits(units.map((x, j) => (j === i ? withOptional(x, 'departmentId', v) : x)))} dir="ltr" />
            )}
            <ItemControls path={path} index={i} count={units.length} onMove={(a, b) => setUnits(moveItem(units, a, b))} onRemove={() => setUnits(removeAt(units, i))} />
          </div>
        );
      })}
    </div>
  );
}
