// The demo office's e-desk catalogue, version 1: units, and for each of the 38
// services of seed 002 (ids s01–s38 in ../demo.ts) its info package, electronic
// form and workflow. A published version is never edited: a change is a new version.
import type { CaseCatalogue } from '@desk/common';
import { civilServices } from './civil';
import { economyServices } from './economy';
import { governorServices } from './governor';
import { managementServices } from './management';
import { politicalServices } from './political';
import { demoUnits, U } from './units';

export { demoUnits, demoUnitMembers, U } from './units';

export const demoCaseCatalogue: CaseCatalogue = {
  version: 1,
  units: demoUnits,
  defaultDeskUnitId: U.desk,
  services: [...managementServices, ...economyServices, ...governorServices, ...politicalServices, ...civilServices],
};
