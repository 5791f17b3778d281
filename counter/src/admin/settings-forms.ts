// Validation of the office settings forms: staff, opening hours, queue settings, devices.
import { WEEKDAYS, type DeviceKind, type OpeningHours, type QueueSettings, type Role, type StaffUser, type Weekday } from '@desk/common';
import { checked, type Checked, type Problems } from '../problems';
import { nameField, parseClockTime, sameName, take, wholeBetween } from './fields';

export const PASSWORD_MIN = 8;
export const ROLES: readonly Role[] = ['clerk', 'supervisor', 'admin'];

export interface StaffDraft {
  id?: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** Empty when editing = keep the current password. */
  password: string;
}
export interface StaffInput {
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  password?: string;
}
export type StaffField = 'username' | 'displayName' | 'role' | 'password';

export function staffDraft(u?: StaffUser): StaffDraft {
  return { id: u?.id, username: u?.username ?? '', displayName: u?.displayName ?? '', role: u?.role ?? 'clerk', active: u?.active ?? true, password: '' };
}

export function checkStaff(d: StaffDraft, ctx: { staff: readonly StaffUser[] }): Checked<StaffInput, StaffField> {
  const problems: Problems<StaffField> = {};
  const username = d.username.trim();
  if (!/^[A-Za-z0-9._-]{3,32}$/.test(username)) problems.username = { key: 'form.username' };
  else if (ctx.staff.some((u) => u.id !== d.id && sameName(u.username, username))) problems.username = { key: 'form.duplicateUsername' };
  const displayName = take(problems, 'displayName', nameField(d.displayName));
  if (!ROLES.includes(d.role)) problems.role = { key: 'form.required' };
  const isNew = !d.id;
  if ((isNew || d.password !== '') && d.password.length < PASSWORD_MIN) {
    problems.password = { key: 'form.passwordShort', params: { min: PASSWORD_MIN } };
  }
  return checked(problems, () => ({
    username,
    displayName: displayName!,
    role: d.role,
    active: d.active,
    ...(d.password ? { password: d.password } : {}),
  }));
}

export type HoursDraft = Record<Weekday, { closed: boolean; open: string; close: string }>;

export function hoursDraft(hours: OpeningHours): HoursDraft {
  const draft = {} as HoursDraft;
  for (const day of WEEKDAYS) {
    const h = hours[day];
    draft[day] = h ? { closed: false, open: h.open, close: h.close } : { closed: true, open: '07:30', close: '14:30' };
  }
  return draft;
}

export function checkHours(d: HoursDraft): Checked<OpeningHours, Weekday> {
  const problems: Problems<Weekday> = {};
  const hours = {} as OpeningHours;
  for (const day of WEEKDAYS) {
    const row = d[day];
    if (row.closed) {
      hours[day] = null;
      continue;
    }
    const open = parseClockTime(row.open);
    const close = parseClockTime(row.close);
    if (!open || !close) problems[day] = { key: 'form.timeFormat' };
    else if (open >= close) problems[day] = { key: 'form.timeOrder' };
    else hours[day] = { open, close };
  }
  return checked(problems, () => hours);
}

/** The on/off queue settings; every other setting is a whole number. */
export type QueueFlag = { [K in keyof QueueSettings]: QueueSettings[K] extends boolean ? K : never }[keyof QueueSettings];
export type QueueNumberField = Exclude<keyof QueueSettings, QueueFlag>;

/** Allowed range of each numeric queue setting (what a sane office would set). */
export const QUEUE_LIMITS: Record<QueueNumberField, [number, number]> = {
  normalsPerPriority: [0, 20],
  recallsBeforeNoShow: [0, 10],
  defaultServiceMinutes: [1, 240],
  serviceTimeWindow: [1, 500],
  kioskIdleSeconds: [10, 600],
};
const NUMBER_FIELDS = Object.keys(QUEUE_LIMITS) as QueueNumberField[];

export type QueueDraft = Record<QueueNumberField, string> & Pick<QueueSettings, QueueFlag>;

export function queueDraft(q: QueueSettings): QueueDraft {
  const draft = { ...q } as unknown as QueueDraft;
  for (const f of NUMBER_FIELDS) draft[f] = String(q[f]);
  return draft;
}

export function checkQueue(d: QueueDraft): Checked<QueueSettings, QueueNumberField> {
  const problems: Problems<QueueNumberField> = {};
  const out = { ...d } as unknown as QueueSettings;
  for (const f of NUMBER_FIELDS) {
    const [min, max] = QUEUE_LIMITS[f];
    const n = take(problems, f, wholeBetween(d[f], min, max));
    if (n !== undefined) out[f] = n;
  }
  return checked(problems, () => out);
}

export interface DeviceDraft {
  /** Set when editing a device that exists. */
  id?: string;
  kind: DeviceKind;
  name: string;
  counterId: string;
  /** A kiosk's printer: '' (the office printer), a server printer's id, 'local' or 'none'. */
  printer: string;
}
export interface DeviceInput {
  kind: DeviceKind;
  name: string;
  counterId?: string;
  printer?: string;
}

export function checkDevice(d: DeviceDraft): Checked<DeviceInput, 'name'> {
  const problems: Problems<'name'> = {};
  const name = take(problems, 'name', nameField(d.name));
  // only a display shows one counter's sign; only a kiosk prints
  const counterId = d.kind === 'display' && d.counterId ? d.counterId : undefined;
  const printer = d.kind === 'kiosk' && d.printer ? d.printer : undefined;
  return checked(problems, () => ({ kind: d.kind, name: name!, ...(counterId ? { counterId } : {}), ...(printer ? { printer } : {}) }));
}
