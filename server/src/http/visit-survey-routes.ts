// POST /api/visit-survey/find {number}: a visitor at a lobby kiosk who has no phone of
// their own gives their opinion of today's visit there. They type the number on their
// ticket; the kiosk gets today's tickets with that number served in the last hours and
// not yet surveyed (usually one; a few services can share a number, then the visitor
// picks theirs by service). The answers go to the same public survey route as a phone's
// (routes.ts). Only a paired kiosk may ask, and numbers that match nothing count
// against it like wrong tracking codes.
import express, { type Response } from 'express';
import { z } from 'zod';
import { errorMessage, toLatinDigits } from '@desk/common';
import { visitsToRate } from '../queue/status';
import type { Office } from '../office';
import type { Auth } from '../auth/auth';
import { GuessLimits } from '../auth/guess-limits';
import { bearer } from './routes';

/** A visit this long ago is not asked about at a kiosk any more (the visitor has left). */
export const VISIT_SURVEY_WINDOW_MS = 3 * 60 * 60_000;

const FindSchema = z.object({ number: z.string().min(1).max(8) });

export function visitSurveyRoutes(deps: { office: Office; auth: Auth; now?: () => number }): express.Router {
  const r = express.Router();
  const now = deps.now ?? (() => Date.now());
  const limiter = new GuessLimits({ perAddress: 20, perKiosk: 60, windowMs: 15 * 60_000 });
  const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).json({ ok: false, error: { code, message } });

  r.post('/find', express.json({ limit: '1kb' }), (req, res) => {
    const principal = (req.principal = deps.auth.resolve(bearer(req)));
    if (principal?.kind !== 'device' || principal.device.kind !== 'kiosk') return refuse(res, 403, 'error.forbidden', errorMessage('error.forbidden'));
    const blocked = limiter.blockedFor(req);
    if (blocked > 0) return refuse(res, 429, 'error.tooManyLogins', errorMessage('error.tooManyLogins', { minutes: blocked }));
    const body = FindSchema.safeParse(req.body);
    const number = body.success ? Number(toLatinDigits(body.data.number).trim()) : NaN;
    if (!Number.isSafeInteger(number)) return refuse(res, 400, 'error.invalid', errorMessage('error.invalid', { detail: 'شمارهٔ نوبت' }));
    const visits = visitsToRate(deps.office.state, deps.office.publicConfig, number, now() - VISIT_SURVEY_WINDOW_MS);
    if (visits.length === 0) {
      limiter.fail(req);
      return refuse(res, 404, 'error.surveyNoVisit', errorMessage('error.surveyNoVisit'));
    }
    res.json({ ok: true, visits });
  });
  return r;
}
