// POST /api/edesk/arrivals {trackingCode, nationalId, commandId}: a client at a lobby
// kiosk checks in for an appointment at the desk and gets a queue ticket linked to the
// case (server/src/edesk/arrival.ts). Only a paired kiosk may ask; wrong codes count
// against the kiosk's address like wrong tracking guesses.
import express, { type Response } from 'express';
import { z } from 'zod';
import { canClientSee, caseMessage, errorMessage, parseTrackingCode } from '@desk/common';
import type { Office } from '../office';
import type { Auth } from '../auth/auth';
import type { CaseDesk } from '../edesk/desk';
import { caseByTrackingCode } from '../cases/state';
import { arriveForAppointment } from '../edesk/arrival';
import { GuessLimits } from '../auth/guess-limits';
import { bearer } from './routes';
import { describeIssues } from './admin-schemas';

const ArrivalSchema = z.object({
  trackingCode: z.string().min(1).max(40),
  nationalId: z.string().min(1).max(20),
  commandId: z.string().min(8).max(64),
});

export function arrivalRoutes(deps: { office: Office; auth: Auth; desk: CaseDesk }): express.Router {
  const r = express.Router();
  const limiter = new GuessLimits({ perAddress: 20, perKiosk: 100, windowMs: 15 * 60_000 });
  const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).json({ ok: false, error: { code, message } });

  r.post('/', express.json({ limit: '4kb' }), async (req, res) => {
    const principal = (req.principal = deps.auth.resolve(bearer(req)));
    if (principal?.kind !== 'device' || principal.device.kind !== 'kiosk') return refuse(res, 403, 'error.forbidden', errorMessage('error.forbidden'));
    const blocked = limiter.blockedFor(req);
    if (blocked > 0) return refuse(res, 429, 'error.tooManyLogins', errorMessage('error.tooManyLogins', { minutes: blocked }));
    const body = ArrivalSchema.safeParse(req.body);
    if (!body.success) return refuse(res, 400, 'case.error.invalid', caseMessage('case.error.invalid', { detail: describeIssues(body.error) }));
    const parsed = parseTrackingCode(body.data.trackingCode);
    if (!parsed.ok) return res.status(400).json({ ok: false, error: parsed.error });
    const c = caseByTrackingCode(deps.desk.state, parsed.code);
    if (!c || !canClientSee(c, body.data.nationalId, parsed.code)) {
      limiter.fail(req);
      return refuse(res, 404, 'case.error.notFound', caseMessage('case.error.notFound'));
    }
    const result = await arriveForAppointment(deps, c, principal, body.data.commandId, deps.desk.now());
    if (!result.ok) return res.status(result.status).json({ ok: false, error: result.error });
    res.json(result);
  });
  return r;
}
