// Quarterly inspections: an inspector of the province drafts one per office and Jalali
// quarter (a level and an optional 0–100 score per criterion, findings, corrective
// actions), edits it, and signs it. Signing stores the self-assessment as it is then;
// a signed inspection never changes (the table's trigger refuses it too), and a
// correction is a new version naming the one it corrects. Refusals are values.
import { randomUUID } from 'node:crypto';
import { parseJalaliDate } from '@desk/common';
import type { CentralPrincipal } from '../central-auth';
import type { Pool, PoolClient } from '../db/pool';
import type { HttpError } from '../messages';
import type { OfficeInfo } from '../registry';
import { CRITERION_IDS } from './criteria';
import { oversightError } from './messages';
import { parseQuarter, quarterLabel, type Quarter } from './quarter';
import type { CorrectiveAction, CriterionScore, Inspection, InspectionLevel, SelfAssessment } from './types';

export interface DraftInput {
  scores?: Record<string, CriterionScore>;
  findings?: string;
  actions?: CorrectiveAction[];
}

const LEVELS: readonly InspectionLevel[] = ['met', 'partly', 'notMet', 'notApplicable'];
const MAX_FINDINGS = 8000;
const MAX_NOTE = 2000;
const MAX_ACTIONS = 30;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The draft fields of a request body, or what is wrong with them (Persian). */
export function parseDraftInput(raw: unknown): { ok: true; value: DraftInput } | { ok: false; detail: string } {
  if (!isObject(raw)) return { ok: false, detail: 'بدنهٔ درخواست باید یک شیء JSON باشد.' };
  const value: DraftInput = {};
  if (raw.scores !== undefined) {
    if (!isObject(raw.scores)) return { ok: false, detail: 'ارزیابی شاخص‌ها (scores) باید یک شیء باشد.' };
    const scores: Record<string, CriterionScore> = {};
    for (const [id, s] of Object.entries(raw.scores)) {
      if (!CRITERION_IDS.includes(id)) return { ok: false, detail: `شاخص «${id}» شناخته نیست.` };
      if (!isObject(s) || !LEVELS.includes(s.level as InspectionLevel)) {
        return { ok: false, detail: `سطح شاخص «${id}» باید یکی از برآورده، تا حدی، برآورده نشده یا موضوعیت ندارد باشد.` };
      }
      if (s.score !== undefined && s.score !== null && !(Number.isInteger(s.score) && (s.score as number) >= 0 && (s.score as number) <= 100)) {
        return { ok: false, detail: `امتیاز شاخص «${id}» باید عددی صحیح از ۰ تا ۱۰۰ باشد.` };
      }
      if (s.note !== undefined && (typeof s.note !== 'string' || s.note.length > MAX_NOTE)) {
        return { ok: false, detail: `یادداشت شاخص «${id}» باید متنی تا ۲۰۰۰ نویسه باشد.` };
      }
      const note = typeof s.note === 'string' ? s.note.trim() : '';
      scores[id] = { level: s.level as InspectionLevel, ...(typeof s.score === 'number' ? { score: s.score } : {}), ...(note ? { note } : {}) };
    }
    value.scores = scores;
  }
  if (raw.findings !== undefined) {
    if (typeof raw.findings !== 'string' || raw.findings.length > MAX_FINDINGS) return { ok: false, detail: 'یافته‌ها باید متنی تا ۸۰۰۰ نویسه باشد.' };
    value.findings = raw.findings.trim();
  }
  if (raw.actions !== undefined) {
    if (!Array.isArray(raw.actions) || raw.actions.length > MAX_ACTIONS) return { ok: false, detail: 'اقدام‌های اصلاحی باید فهرستی تا ۳۰ بند باشد.' };
    const actions: CorrectiveAction[] = [];
    for (const [i, a] of raw.actions.entries()) {
      const n = i + 1;
      if (!isObject(a) || typeof a.text !== 'string' || a.text.trim().length < 2 || a.text.length > 1000) {
        return { ok: false, detail: `بند ${n} اقدام‌های اصلاحی باید متنی از ۲ تا ۱۰۰۰ نویسه باشد.` };
      }
      let due: string | undefined;
      if (a.due !== undefined && a.due !== null && a.due !== '') {
        const j = typeof a.due === 'string' ? parseJalaliDate(a.due) : undefined;
        if (!j) return { ok: false, detail: `مهلت بند ${n} اقدام‌های اصلاحی تاریخ شمسی درستی نیست (مانند ۱۴۰۵/۰۹/۳۰).` };
        due = `${j.year}/${String(j.month).padStart(2, '0')}/${String(j.day).padStart(2, '0')}`;
      }
      actions.push({ text: a.text.trim(), ...(due ? { due } : {}) });
    }
    value.actions = actions;
  }
  return { ok: true, value };
}

/** What is missing before an inspection can be signed, or null. */
export function signingProblem(i: Pick<Inspection, 'scores' | 'findings'>, signedBy: unknown): string | null {
  const missing = CRITERION_IDS.filter((id) => !i.scores[id]);
  if (missing.length > 0) return `شاخص‌های ${missing.join('، ')} ارزیابی نشده‌اند.`;
  if (i.findings.trim().length < 2) return 'یافته‌های بازرسی نوشته نشده است.';
  if (typeof signedBy !== 'string' || signedBy.trim().length < 3 || signedBy.length > 200) return 'نام امضاکننده (دست‌کم ۳ نویسه) لازم است.';
  return null;
}

interface InspectionRow {
  id: string;
  office_id: string;
  province: string;
  quarter: string;
  version: number;
  previous_id: string | null;
  corrected_by: string | null;
  inspector_id: string;
  inspector_label: string;
  scores: Record<string, CriterionScore>;
  findings: string;
  actions: CorrectiveAction[];
  signed_by: string | null;
  signed_at: Date | null;
  snapshot: SelfAssessment | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT i.id::text, i.office_id, o.province, i.quarter, i.version, i.previous_id::text, i.inspector_id::text, i.inspector_label,
  i.scores, i.findings, i.actions, i.signed_by, i.signed_at, i.snapshot, i.created_at, i.updated_at,
  (SELECT n.id::text FROM oversight_inspections n WHERE n.previous_id = i.id AND n.signed_at IS NOT NULL) AS corrected_by
  FROM oversight_inspections i JOIN offices o ON o.id = i.office_id`;

function inspectionOf(r: InspectionRow, withSnapshot = true): Inspection {
  const q = parseQuarter(r.quarter);
  return {
    id: r.id,
    officeId: r.office_id,
    quarter: r.quarter,
    quarterLabel: q ? quarterLabel(q) : r.quarter,
    version: r.version,
    previousId: r.previous_id,
    correctedBy: r.corrected_by,
    inspectorId: r.inspector_id,
    inspectorName: r.inspector_label,
    status: r.signed_at ? 'signed' : 'draft',
    scores: r.scores,
    findings: r.findings,
    actions: r.actions,
    signedBy: r.signed_by,
    signedAt: r.signed_at ? r.signed_at.toISOString() : null,
    snapshot: withSnapshot ? r.snapshot : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Outcome = Inspection | HttpError;
export const isRefusal = (x: Outcome): x is HttpError => 'status' in x && 'body' in x;

async function inTransaction<T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

export class Inspections {
  constructor(private readonly pool: Pool) {}

  /** One inspection, if its office is within `province` (null: any). */
  async get(id: string, province: string | null, client: Pick<Pool, 'query'> = this.pool, lock = false): Promise<Inspection | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await client.query<InspectionRow>(`${SELECT} WHERE i.id = $1::uuid AND ($2::text IS NULL OR o.province = $2)${lock ? ' FOR UPDATE OF i' : ''}`, [
      id,
      province,
    ]);
    return rows[0] ? inspectionOf(rows[0]) : null;
  }

  /** Every inspection of an office, newest quarter and version first (without snapshots). */
  async history(officeId: string): Promise<Inspection[]> {
    const { rows } = await this.pool.query<InspectionRow>(`${SELECT} WHERE i.office_id = $1 ORDER BY i.quarter DESC, i.version DESC`, [officeId]);
    return rows.map((r) => inspectionOf(r, false));
  }

  /** For each office: its newest signed inspection of the quarter and its open draft. */
  async ofQuarter(officeIds: string[], quarter: string): Promise<Map<string, { signed: Inspection | null; draft: Inspection | null }>> {
    const { rows } = await this.pool.query<InspectionRow>(`${SELECT} WHERE i.office_id = ANY($1::text[]) AND i.quarter = $2 ORDER BY i.version`, [officeIds, quarter]);
    const out = new Map<string, { signed: Inspection | null; draft: Inspection | null }>();
    for (const r of rows) {
      const entry = out.get(r.office_id) ?? { signed: null, draft: null };
      const i = inspectionOf(r, false);
      if (i.status === 'signed') entry.signed = i;
      else entry.draft = i;
      out.set(r.office_id, entry);
    }
    return out;
  }

  async create(office: OfficeInfo, quarter: Quarter, inspector: CentralPrincipal, input: DraftInput): Promise<Outcome> {
    return inTransaction(this.pool, async (c) => {
      // one writer per office and quarter at a time
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`oversight:${office.id}:${quarter.key}`]);
      const { rows } = await c.query<{ version: number; signed: boolean }>(
        'SELECT version, signed_at IS NOT NULL AS signed FROM oversight_inspections WHERE office_id = $1 AND quarter = $2 ORDER BY version DESC',
        [office.id, quarter.key],
      );
      if (rows.some((r) => !r.signed)) return oversightError(409, 'oversight.draftExists', { quarter: quarterLabel(quarter) });
      if (rows.length > 0) return oversightError(409, 'oversight.quarterSigned', { quarter: quarterLabel(quarter) });
      const id = randomUUID();
      await c.query(
        `INSERT INTO oversight_inspections (id, office_id, quarter, version, inspector_id, inspector_label, scores, findings, actions)
         VALUES ($1, $2, $3, 1, $4::uuid, $5, $6::jsonb, $7, $8::jsonb)`,
        [id, office.id, quarter.key, inspector.id, inspector.label, JSON.stringify(input.scores ?? {}), input.findings ?? '', JSON.stringify(input.actions ?? [])],
      );
      return (await this.get(id, null, c))!;
    });
  }

  /** Replace the given fields of a draft (its author only). */
  async update(id: string, inspector: CentralPrincipal, input: DraftInput): Promise<Outcome> {
    return inTransaction(this.pool, async (c) => {
      const draft = await this.draftOf(c, id, inspector);
      if (isRefusal(draft)) return draft;
      await c.query(
        `UPDATE oversight_inspections SET scores = $2::jsonb, findings = $3, actions = $4::jsonb, updated_at = now() WHERE id = $1::uuid`,
        [id, JSON.stringify(input.scores ?? draft.scores), input.findings ?? draft.findings, JSON.stringify(input.actions ?? draft.actions)],
      );
      return (await this.get(id, null, c))!;
    });
  }

  /** Sign a complete draft, keeping the self-assessment `snapshot` computed for it. */
  async sign(
    id: string,
    inspector: CentralPrincipal,
    signedBy: unknown,
    at: Date,
    snapshot: (officeId: string, quarter: string) => Promise<SelfAssessment>,
  ): Promise<Outcome> {
    const before = await this.get(id, inspector.province);
    if (!before) return oversightError(404, 'oversight.inspectionNotFound');
    // computed before the lock (it may fold new events); what is stored is what the inspector signs now
    const figures = await snapshot(before.officeId, before.quarter);
    return inTransaction(this.pool, async (c) => {
      const draft = await this.draftOf(c, id, inspector);
      if (isRefusal(draft)) return draft;
      const problem = signingProblem(draft, signedBy);
      if (problem) return oversightError(400, 'oversight.incomplete', { detail: problem });
      await c.query('UPDATE oversight_inspections SET signed_by = $2, signed_at = $4, snapshot = $3::jsonb, updated_at = now() WHERE id = $1::uuid', [
        id,
        (signedBy as string).trim(),
        JSON.stringify(figures),
        at,
      ]);
      return (await this.get(id, null, c))!;
    });
  }

  /** A new draft correcting the newest signed version (scores, findings and actions copied). */
  async correct(id: string, inspector: CentralPrincipal): Promise<Outcome> {
    if (inspector.role !== 'inspector') return oversightError(403, 'oversight.inspectorsOnly');
    return inTransaction(this.pool, async (c) => {
      const signed = await this.get(id, inspector.province, c);
      if (!signed) return oversightError(404, 'oversight.inspectionNotFound');
      if (signed.status !== 'signed') return oversightError(409, 'oversight.notSigned');
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`oversight:${signed.officeId}:${signed.quarter}`]);
      const { rows } = await c.query<{ version: number; signed: boolean }>(
        'SELECT version, signed_at IS NOT NULL AS signed FROM oversight_inspections WHERE office_id = $1 AND quarter = $2 ORDER BY version DESC',
        [signed.officeId, signed.quarter],
      );
      if (rows.some((r) => !r.signed)) return oversightError(409, 'oversight.draftExists', { quarter: signed.quarterLabel });
      if (rows[0]!.version !== signed.version) return oversightError(409, 'oversight.notLatest');
      const next = randomUUID();
      await c.query(
        `INSERT INTO oversight_inspections (id, office_id, quarter, version, previous_id, inspector_id, inspector_label, scores, findings, actions)
         VALUES ($1, $2, $3, $4, $5::uuid, $6::uuid, $7, $8::jsonb, $9, $10::jsonb)`,
        [next, signed.officeId, signed.quarter, signed.version + 1, signed.id, inspector.id, inspector.label, JSON.stringify(signed.scores), signed.findings, JSON.stringify(signed.actions)],
      );
      return (await this.get(next, null, c))!;
    });
  }

  /** The draft, locked, if this inspector may change it. */
  private async draftOf(c: PoolClient, id: string, inspector: CentralPrincipal): Promise<Outcome> {
    if (inspector.role !== 'inspector') return oversightError(403, 'oversight.inspectorsOnly');
    const i = await this.get(id, inspector.province, c, true);
    if (!i) return oversightError(404, 'oversight.inspectionNotFound');
    if (i.status === 'signed') return oversightError(409, 'oversight.signed');
    if (i.inspectorId !== inspector.id) return oversightError(403, 'oversight.notYourDraft', { name: i.inspectorName });
    return i;
  }
}
