// A local stand-in for the agencies, for tests and the demo: it answers the way an agency
// would, each with its own API style, and can be made slow or failing on purpose.
//   ثبت احوال (identity)          POST /sabt-ahval/v1/identity/verify        Bearer token, JSON
//   پلیس / نیروی انتظامی (record)  POST /police/v1/criminal-record            Bearer token, JSON, may answer "in progress"
//   تأمین اجتماعی (insurance)      GET  /tamin/api/insurance-history?nationalCode=…   X-Api-Key
// standInInquiryConfig(url) is the registry config that talks to it: a worked example of
// the config format for real agencies.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { searchKey, toLatinDigits } from '@desk/common';
import type { InquiryConfig } from './registry';

export interface StandInPerson {
  nationalId: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  /** Jalali */
  birthDate: string;
  alive: boolean;
  criminalRecord: 'clean' | 'record' | 'pending';
  insuranceMonths: number;
}

/** Demo people (valid national IDs, made up). */
export const STAND_IN_PEOPLE: StandInPerson[] = [
  { nationalId: '0012345679', firstName: 'مریم', lastName: 'احمدی', fatherName: 'علی', birthDate: '1365/04/12', alive: true, criminalRecord: 'clean', insuranceMonths: 84 },
  { nationalId: '2271334561', firstName: 'رضا', lastName: 'کریمی', fatherName: 'حسین', birthDate: '1358/11/02', alive: true, criminalRecord: 'record', insuranceMonths: 212 },
  { nationalId: '0581239873', firstName: 'زهرا', lastName: 'موسوی', fatherName: 'محمد', birthDate: '1372/01/25', alive: true, criminalRecord: 'pending', insuranceMonths: 0 },
  { nationalId: '4479023151', firstName: 'حسن', lastName: 'رحیمی', fatherName: 'جواد', birthDate: '1330/06/30', alive: false, criminalRecord: 'clean', insuranceMonths: 360 },
];

export interface StandInBehaviour {
  /** Wait before each answer. */
  delayMs: number;
  /** Answer this many next requests with failStatus. */
  failFirst: number;
  failStatus: number;
}

export interface StandInOptions extends Partial<StandInBehaviour> {
  port?: number;
  host?: string;
  /** Bearer token for ثبت احوال and the police; also the X-Api-Key of تأمین اجتماعی. */
  token?: string;
  people?: StandInPerson[];
}

export interface StandInHit {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  query: Record<string, unknown>;
}

export interface RunningStandIn {
  url: string;
  port: number;
  /** Every request received, in order. */
  hits: StandInHit[];
  set(behaviour: Partial<StandInBehaviour>): void;
  close(): Promise<void>;
}

export const STAND_IN_TOKEN = 'stand-in-token';

export async function startInquiryStandIn(options: StandInOptions = {}): Promise<RunningStandIn> {
  const token = options.token ?? STAND_IN_TOKEN;
  const people = new Map((options.people ?? STAND_IN_PEOPLE).map((p) => [p.nationalId, p]));
  const behaviour: StandInBehaviour = { delayMs: options.delayMs ?? 0, failFirst: options.failFirst ?? 0, failStatus: options.failStatus ?? 503 };
  const hits: StandInHit[] = [];
  const timers = new Set<NodeJS.Timeout>();
  /** Police references handed out for records still being checked. */
  const policeRefs = new Map<string, string>();

  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());

  // Every route: record, maybe fail, maybe wait.
  app.use((req, res, next) => {
    hits.push({ method: req.method, path: req.path, headers: { ...req.headers }, body: req.body as unknown, query: { ...req.query } });
    if (behaviour.failFirst > 0) {
      behaviour.failFirst--;
      res.status(behaviour.failStatus).json({ error: 'service unavailable' });
      return;
    }
    if (behaviour.delayMs <= 0) return next();
    const t = setTimeout(() => {
      timers.delete(t);
      next();
    }, behaviour.delayMs);
    timers.add(t);
  });

  const bearer = (req: Request, res: Response) => {
    if (req.headers.authorization === `Bearer ${token}`) return true;
    res.status(401).json({ error: 'unauthorized' });
    return false;
  };

  app.post('/sabt-ahval/v1/identity/verify', (req, res) => {
    if (!bearer(req, res)) return;
    const body = (req.body ?? {}) as Record<string, string | undefined>;
    const person = people.get(toLatinDigits(String(body.nationalCode ?? '')));
    if (!person) {
      res.json({ resultCode: 4, resultText: 'کد ملی در پایگاه ثبت احوال یافت نشد', data: null });
      return;
    }
    const same = (a: string | undefined, b: string) => a === undefined || searchKey(a) === searchKey(b);
    const match = same(body.firstName, person.firstName) && same(body.lastName, person.lastName) && (body.birthDate === undefined || body.birthDate === '' || toLatinDigits(body.birthDate) === person.birthDate);
    res.json({
      resultCode: 0,
      resultText: 'موفق',
      data: { match, firstName: person.firstName, lastName: person.lastName, fatherName: person.fatherName, alive: person.alive },
    });
  });

  app.post('/police/v1/criminal-record', (req, res) => {
    if (!bearer(req, res)) return;
    const body = (req.body ?? {}) as Record<string, string | undefined>;
    const nid = toLatinDigits(String(body.nid ?? ''));
    const person = people.get(nid);
    if (!person) {
      res.status(200).json({ status: 'REJECTED', message: 'کد ملی نامعتبر است' });
      return;
    }
    if (person.criminalRecord === 'pending') {
      // First ask: "in progress" with a reference; asking again with that reference: done.
      if (body.ref && policeRefs.get(body.ref) === nid) {
        res.json({ status: 'DONE', ref: body.ref, record: { clean: true, issuedAt: new Date().toISOString() } });
        return;
      }
      const ref = `PR-${randomBytes(4).toString('hex')}`;
      policeRefs.set(ref, nid);
      res.json({ status: 'IN_PROGRESS', ref });
      return;
    }
    res.json({
      status: 'DONE',
      ref: `PR-${randomBytes(4).toString('hex')}`,
      record: { clean: person.criminalRecord === 'clean', issuedAt: new Date().toISOString() },
    });
  });

  app.get('/tamin/api/insurance-history', (req, res) => {
    if (req.headers['x-api-key'] !== token) {
      res.status(403).json({ ok: false, error: 'forbidden' });
      return;
    }
    const person = people.get(toLatinDigits(String(req.query.nationalCode ?? '')));
    res.json({ ok: true, data: { totalMonths: person?.insuranceMonths ?? 0, insured: !!person && person.insuranceMonths > 0 } });
  });

  const http: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    set(b) {
      Object.assign(behaviour, b);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** The registry config that talks to the stand-in: also the model for configuring real agencies. */
export function standInInquiryConfig(baseUrl: string, token = STAND_IN_TOKEN): InquiryConfig {
  const secret = { token };
  return {
    agencies: {
      'sabt-ahval': {
        title: 'ثبت احوال',
        request: {
          url: `${baseUrl}/sabt-ahval/v1/identity/verify`,
          method: 'POST',
          headers: { Authorization: 'Bearer {secret.token}' },
          json: { nationalCode: '{subject.nationalId}', firstName: '{subject.firstName}', lastName: '{subject.lastName}', birthDate: '{subject.birthDate}', requestId: '{caseRef}' },
        },
        secret,
        response: {
          answeredWhen: { path: 'resultCode', equals: [0] },
          rejectedWhen: { path: 'data.match', equals: [false] },
          messagePath: 'resultText',
          answer: { match: 'data.match', firstName: 'data.firstName', lastName: 'data.lastName', fatherName: 'data.fatherName', alive: 'data.alive' },
        },
      },
      police: {
        title: 'پلیس',
        request: {
          url: `${baseUrl}/police/v1/criminal-record`,
          method: 'POST',
          headers: { Authorization: 'Bearer {secret.token}' },
          json: { nid: '{subject.nationalId}', requestId: '{caseRef}', ref: '{payload.reference}' },
        },
        secret,
        response: {
          pendingWhen: { path: 'status', equals: ['IN_PROGRESS'] },
          answeredWhen: { path: 'status', equals: ['DONE'] },
          rejectedWhen: { path: 'record.clean', equals: [false] },
          messagePath: 'message',
          referencePath: 'ref',
          answer: { clean: 'record.clean', issuedAt: 'record.issuedAt' },
        },
      },
      tamin: {
        title: 'تأمین اجتماعی',
        request: {
          url: `${baseUrl}/tamin/api/insurance-history`,
          method: 'GET',
          headers: { 'X-Api-Key': '{secret.token}' },
          query: { nationalCode: '{subject.nationalId}' },
        },
        secret,
        response: {
          answeredWhen: { path: 'ok', equals: [true] },
          messagePath: 'error',
          answer: { months: 'data.totalMonths', insured: 'data.insured' },
        },
      },
    },
    kinds: { identity: 'sabt-ahval', 'criminal-record': 'police', 'insurance-history': 'tamin' },
  };
}
