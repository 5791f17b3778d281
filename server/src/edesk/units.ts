// Which units a staff member works for: their e-desk inbox and what they may act on.
import type { StoredConfig } from '../storage/store';
import { demoUnitMembers } from '../catalogue/packages';

/**
 * The units saved on the staff account; a demo account saved before units existed
 * falls back to its demo membership (so an old data folder keeps working).
 */
export function staffUnits(config: Pick<StoredConfig, 'staff'>, staffId: string): string[] {
  const user = config.staff.find((s) => s.id === staffId);
  if (!user) return [];
  return user.unitIds ?? demoUnitMembers[user.username] ?? [];
}
