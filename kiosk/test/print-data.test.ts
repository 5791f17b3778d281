import { describe, expect, it } from 'vitest';
import type { Counter, IssueResult, Service, Ticket } from '@desk/common';
import { checkPrintRequest } from '../../shell/src/common/print-request';
import { servingCounters as countersServing } from '@desk/common';
import { ticketPrintData } from '../src/print-data';

const service = (id: string, name: string, prefix: string): Service => ({
  id, name, departmentId: 'd1', prefix, rangeStart: 100, rangeEnd: 999, weight: 1, allowsPriority: false, active: true,
});
const counter = (id: string, number: number, serviceIds: string[], active = true): Counter => ({
  id, number, active, services: serviceIds.map((serviceId) => ({ serviceId, weight: 1 })),
});
const config = {
  office: { id: 'o1', name: 'فرمانداری شهرستان چالوس' },
  services: [service('s1', 'صدور پروانه اشتغال', 'ب'), service('s2', 'گواهی عدم سوء پیشینه', '')],
  counters: [counter('c7', 7, ['s1']), counter('c2', 2, ['s1', 's2']), counter('c5', 5, ['s1'], false), counter('c3', 3, ['s2']), counter('c4', 4, ['s1'])],
};
const ticket: Ticket = {
  id: '5f0c6c1e-8a47-4f5e-9a55-0d4a7f1c2b3e', day: '2026-11-23', order: 12, serviceId: 's1', prefix: 'ب', number: 205, channel: 'kiosk',
  status: 'waiting', issuedAt: '2026-11-23T06:35:10.000Z', queueKey: 1, recalls: 0, transfers: 0,
};
const issued: IssueResult = { ticket, ahead: 3, waitMinutes: 12 };

describe('the paper ticket a kiosk prints on its own printer', () => {
  it('says what the server would print: office, number, service, counters, people ahead, wait, time and the link for phones', () => {
    expect(ticketPrintData(config, issued, 'http://192.168.1.10:8080')).toEqual({
      office: { name: 'فرمانداری شهرستان چالوس' },
      label: 'ب-۲۰۵',
      serviceName: 'صدور پروانه اشتغال',
      counters: [2, 4, 7],
      ahead: 3,
      waitMinutes: 12,
      issuedAt: Date.parse('2026-11-23T06:35:10.000Z'),
      statusUrl: 'http://192.168.1.10:8080/portal/t/5f0c6c1e-8a47-4f5e-9a55-0d4a7f1c2b3e',
    });
  });

  it('lists only the active counters that serve the service, lowest number first', () => {
    expect(countersServing(config, 's1')).toEqual([2, 4, 7]);
    expect(countersServing(config, 's2')).toEqual([2, 3]);
    expect(countersServing(config, 'gone')).toEqual([]);
  });

  it('a service without a letter prints the bare number, and a trailing slash in the address does not double', () => {
    const data = ticketPrintData(config, { ...issued, ticket: { ...ticket, serviceId: 's2', prefix: '', number: 31 } }, 'https://desk.example.ir/');
    expect(data.label).toBe('۳۱');
    expect(data.serviceName).toBe('گواهی عدم سوء پیشینه');
    expect(data.statusUrl).toBe(`https://desk.example.ir/portal/t/${ticket.id}`);
  });

  it('is taken as it is by the shell that prints it, even for a service removed meanwhile', () => {
    const data = ticketPrintData(config, issued, 'http://192.168.1.10:8080');
    expect(checkPrintRequest(ticket.id, data)).toEqual({ ok: true, value: { ticketId: ticket.id, data } });
    const orphan = ticketPrintData(config, { ...issued, ticket: { ...ticket, serviceId: 'gone' } }, 'http://192.168.1.10:8080');
    expect(orphan.serviceName).toBe('');
    expect(checkPrintRequest(ticket.id, orphan).ok).toBe(true);
  });
});
