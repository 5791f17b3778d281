// Printing over HTTP: staff see the printers, reprint a ticket, retry a failed job.
import express from 'express';
import { z } from 'zod';
import { hasRole } from '../auth/roles';
import type { Office } from '../office';
import type { PrintService } from '../printing/service';
import { LOCAL_PRINTER, OFFICE_PRINTER, ticketPrintData } from '../printing/wire';
import type { Auth } from '../auth/auth';
import type { CaseDesk } from '../edesk/desk';
import { caseByTrackingCode } from '../cases/state';
import { kioskSubmissions } from '../edesk/handoff';
import { serviceDefinition, type Case, type ServiceDefinition } from '@desk/common';
import type { ReceiptPrint } from '@desk/printers';
import { bearer, fail } from './routes';

export function printingRoutes(office: Office, auth: Auth, printing: PrintService, publicUrl: () => string, desk?: CaseDesk): express.Router {
  const r = express.Router();
  r.use(express.json({ limit: '8kb' }));
  r.use((req, _res, next) => {
    req.principal = auth.resolve(bearer(req));
    next();
  });

  r.get('/printers', (req, res) => {
    if (!req.principal || !hasRole(req.principal, ['clerk', 'supervisor', 'admin'])) return fail(res, 401, 'error.unauthenticated');
    res.json({ printers: printing.views() });
  });

  // the counter's «چاپ دوباره»: a visitor lost the paper, or the printer jammed
  r.post('/reprint', async (req, res) => {
    if (!req.principal || !hasRole(req.principal, ['clerk', 'supervisor', 'admin'])) return fail(res, 401, 'error.unauthenticated');
    const body = z.object({ ticketId: z.string().min(1).max(64) }).safeParse(req.body);
    if (!body.success) return fail(res, 400, 'error.invalid', { detail: 'ticketId' });
    const ticketId = body.data.ticketId;
    if (!office.state.tickets.has(ticketId)) return fail(res, 404, 'error.ticketNotFound');
    const state = await printing.reprintTicket(ticketId, () => {
      const data = ticketPrintData(office, ticketId, publicUrl());
      return data && printing.has(OFFICE_PRINTER) ? { printerId: OFFICE_PRINTER, data } : undefined;
    });
    if (!state) return fail(res, 409, 'error.conflict', { detail: 'چاپگری برای چاپ دوبارهٔ این نوبت نیست.' });
    res.json({ ok: true, print: state });
  });

  // the receipt a clerk hands at the desk (table 3): on the office printer; or the one a
  // kiosk prints, only for the request it has just taken: on the kiosk's server printer,
  // or, when the kiosk prints itself ('local'), answered as data for its shell to print
  r.post('/receipt', (req, res) => {
    const kiosk = req.principal?.kind === 'device' && req.principal.device.kind === 'kiosk' ? req.principal : undefined;
    if (!kiosk && (!req.principal || !hasRole(req.principal, ['clerk', 'supervisor', 'admin']))) return fail(res, 401, 'error.unauthenticated');
    const body = z.object({ trackingCode: z.string().regex(/^\d{11}$/), again: z.boolean().optional() }).safeParse(req.body);
    if (!body.success) return fail(res, 400, 'error.invalid', { detail: 'trackingCode' });
    if (kiosk && (!desk || !kioskSubmissions(desk).mayPrint(kiosk.id, body.data.trackingCode))) return fail(res, 403, 'error.forbidden');
    const c = desk && caseByTrackingCode(desk.state, body.data.trackingCode);
    const def = c && desk ? serviceDefinition(desk.catalogues.byVersion(c.catalogueVersion) ?? desk.catalogue, c.serviceId) : undefined;
    if (!c || !def) return fail(res, 404, 'error.notFound');
    const data = receiptPrintData(office, c, def, publicUrl());
    const printerId = kiosk ? (office.config.devices.find((d) => d.id === kiosk.id)?.printer ?? OFFICE_PRINTER) : OFFICE_PRINTER;
    if (printerId === LOCAL_PRINTER) return res.json({ ok: true, local: data });
    // a kiosk prints its receipt once; a lost paper is reprinted at the desk
    const state = printing.has(printerId) ? printing.printReceipt(printerId, data, !kiosk && (body.data.again ?? false)) : undefined;
    if (!state) return fail(res, 409, 'error.conflict', { detail: 'چاپگری در سرور برای چاپ رسید نیست.' });
    res.json({ ok: true, state: state.state, ...(state.message ? { message: state.message } : {}) });
  });

  // the kiosk follows its receipt until it is out (or the printer needs paper): the same
  // kiosk, for the same request, or staff
  r.get('/receipts/:trackingCode', (req, res) => {
    const code = String(req.params.trackingCode);
    const kiosk = req.principal?.kind === 'device' && req.principal.device.kind === 'kiosk' ? req.principal : undefined;
    if (!kiosk && (!req.principal || !hasRole(req.principal, ['clerk', 'supervisor', 'admin']))) return fail(res, 401, 'error.unauthenticated');
    if (kiosk && (!desk || !kioskSubmissions(desk).mayPrint(kiosk.id, code))) return fail(res, 403, 'error.forbidden');
    const state = printing.receiptState(code);
    if (!state) return fail(res, 404, 'error.notFound');
    res.json({ ok: true, state: state.state, ...(state.message ? { message: state.message } : {}) });
  });

  r.post('/printers/:printerId/jobs/:jobId/retry', (req, res) => {
    if (!req.principal || !hasRole(req.principal, ['supervisor', 'admin'])) return fail(res, 403, 'error.forbidden');
    const job = printing.retry(String(req.params.printerId), String(req.params.jobId));
    if (!job) return fail(res, 404, 'error.notFound');
    res.json({ ok: true, job: { id: job.id, state: job.state } });
  });

  // a kiosk that reconnected asks how its ticket's print went
  r.get('/tickets/:ticketId', (req, res) => {
    if (!req.principal) return fail(res, 401, 'error.unauthenticated');
    const state = printing.ticketState(String(req.params.ticketId));
    if (!state) return fail(res, 404, 'error.notFound');
    res.json(state);
  });
  return r;
}

/** What the receipt of a request says: the same paper on the office printer and on a kiosk's own. */
export function receiptPrintData(office: Office, c: Case, def: ServiceDefinition, publicUrl: string): ReceiptPrint {
  const fee = def.package.fees.reduce((sum, f) => sum + f.amountRials, 0);
  return {
    office: { name: office.config.office.name },
    service: { title: office.config.services.find((s) => s.id === c.serviceId)?.name ?? c.serviceId, code: c.serviceId },
    client: { name: c.client.name, nationalId: c.client.nationalId },
    trackingCode: c.trackingCode,
    documents: c.documents.map((d) => d.name),
    submittedAt: Date.parse(c.acceptedAt),
    responseDueAt: Date.parse(c.promisedResponseAt),
    fee: fee || null,
    responsible: { name: def.package.responsible.name ?? def.package.responsible.title, contact: def.package.responsible.phone },
    trackingUrl: `${publicUrl}/portal/track/${c.trackingCode}`,
  };
}
