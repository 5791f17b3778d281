// A report from the journal: the sections asked for become aggregators, the day files
// of the period (and of the period compared with) are read once, line by line, and each
// line goes to the aggregators that read its type. Nothing is taken from counters kept
// by hand, so any past period can be recomputed, here or on the central desk.
import { ReportRequestSchema, DEFAULT_SECTIONS, type ReportPart, type ReportRequest, type ReportRequestParsed, type ReportResult, type ReportSectionId, type ReportStats } from '../../../common/src/reports/types';
import { resolvePeriod, type Period } from '../../../common/src/reports/period';
import { COMPARE_SPECS, sideBySide } from '../../../common/src/reports/compare';
import { addDays, dayStartMs } from '../../../common/src/reports/calendar';
import type { EventAggregator, VisitAggregator } from './aggregator';
import { Catalog, placeLabel, type CatalogSeed } from './catalog';
import { caseEventFilter, EdeskFigures, EdeskSteps } from './edesk';
import { EdeskSurvey, visitSurveyFilter } from './edesk-survey';
import type { JournalLine } from './line';
import { QueueByClerk, QueueByCounter, QueueByDay, QueueByService, QueueSummary } from './queue-tables';
import { LongestWaits, QueueByHour } from './queue-hours';
import { listDayFiles, readLines, type DayFile, type EventSource, type ReadOptions } from './reader';
import { StaffDaily } from './staff-daily';
import { segmentFilter, TicketVisits, visitFilter } from './visits';

export interface ComputeOptions extends Pick<ReadOptions, 'signal' | 'onProgress' | 'sliceMs'> {
  /**
   * Journal folders (one file per office day each) and the event types each holds:
   * the queue's `<dataDir>/journal`, the e-desk's `<dataDir>/cases/journal` — or, on
   * the central desk, the same streams read from its database (DaySource). A source
   * is read only for days and sections that want its types.
   */
  journals: EventSource[];
  seed?: CatalogSeed;
  /** Now (ISO): open and overdue cases are counted at the period's end or now, whichever is sooner. */
  now?: string;
  /**
   * How far before the period to read for what was still open at its start (e-desk
   * cases): a case open longer than this is left out of "open at period end". Default 366.
   */
  historyDays?: number;
  ranIn?: ReportStats['ranIn'];
}

/** The aggregators of one period, each with the section it fills. */
interface PeriodRun {
  period: Period;
  sections: { id: ReportSectionId; aggregator: EventAggregator | VisitAggregator }[];
  /** What reads the journal: the section aggregators that read events, and the visit folder. */
  readers: EventAggregator[];
  byType: Map<string, EventAggregator[]>;
}

function buildRun(request: ReportRequestParsed, period: Period, catalog: Catalog, now: number): PeriodRun {
  const place = request.place;
  const keepSegment = segmentFilter(place);
  const keepCaseEvent = caseEventFilter(place, catalog);
  const asOf = Math.min(now, dayStartMs(addDays(period.toDay, 1)));
  const wanted = request.sections ?? DEFAULT_SECTIONS;
  const sections: PeriodRun['sections'] = [];
  const visitChildren: VisitAggregator[] = [];
  const readers: EventAggregator[] = [];
  for (const id of wanted) {
    const aggregator = makeSection(id);
    sections.push({ id, aggregator });
    if ('types' in aggregator) readers.push(aggregator);
    if (id.startsWith('queue.') || id === 'staff.daily') visitChildren.push(aggregator as VisitAggregator);
  }
  if (visitChildren.length) readers.push(new TicketVisits(visitChildren, visitFilter(place, catalog)));
  const byType = new Map<string, EventAggregator[]>();
  for (const r of readers) {
    for (const t of r.types) {
      const list = byType.get(t) ?? [];
      list.push(r);
      byType.set(t, list);
    }
  }
  return { period, sections, readers, byType };

  function makeSection(id: ReportSectionId): EventAggregator | VisitAggregator {
    switch (id) {
      case 'queue.summary':
        return new QueueSummary(keepSegment);
      case 'queue.byService':
        return new QueueByService(keepSegment);
      case 'queue.byCounter':
        return new QueueByCounter(keepSegment);
      case 'queue.byClerk':
        return new QueueByClerk(keepSegment);
      case 'queue.byDay':
        return new QueueByDay(keepSegment);
      case 'queue.byHour':
        return new QueueByHour();
      case 'queue.longestWaits':
        return new LongestWaits(request.longestWaits);
      case 'staff.daily':
        return new StaffDaily(request.staffRowLimit, keepSegment, keepCaseEvent);
      case 'edesk.summary':
        return EdeskFigures.forPlace('summary', place, catalog, asOf);
      case 'edesk.byService':
        return EdeskFigures.forPlace('byService', place, catalog, asOf);
      case 'edesk.byChannel':
        return EdeskFigures.forPlace('byChannel', place, catalog, asOf);
      case 'edesk.steps':
        return new EdeskSteps(keepCaseEvent);
      case 'edesk.survey':
        return new EdeskSurvey(keepCaseEvent, catalog, visitSurveyFilter(place, catalog));
    }
  }
}

const needsHistory = (run: PeriodRun) => run.readers.some((r) => r.needsHistory);

/** Compute a report over the journal folders (on whatever thread calls it). */
export async function computeReport(input: ReportRequest, options: ComputeOptions): Promise<ReportResult> {
  const started = performance.now();
  const request = ReportRequestSchema.parse(input);
  const now = options.now ? Date.parse(options.now) : Date.now();
  const catalog = new Catalog(options.seed);
  const runs = [resolvePeriod(request.period), ...(request.compareTo ? [resolvePeriod(request.compareTo)] : [])].map((p) => buildRun(request, p, catalog, now));

  const firstDay = runs.map((r) => r.period.fromDay).sort()[0]!;
  const from = runs.some(needsHistory) ? addDays(firstDay, -(options.historyDays ?? 366)) : firstDay;
  const to = runs.map((r) => r.period.toDay).sort().pop();
  const inSomePeriod = (day: string) => runs.some((r) => day >= r.period.fromDay && day <= r.period.toDay);
  const allReaders = runs.flatMap((r) => r.readers);
  const historyReaders = allReaders.filter((a) => a.needsHistory);
  const wants = (readers: EventAggregator[], source: EventSource) => !source.types || readers.some((r) => [...r.types].some((t) => source.types!.has(t)));
  const files = (await listDayFiles(options.journals, from, to)).filter((f) => wants(inSomePeriod(f.day) ? allReaders : historyReaders, f.source));
  // before the period only history readers need lines: in a folder of any events, skip to theirs
  const markers = new Set(historyReaders.map((a) => a.historyMarker));
  const historyMarker = markers.size === 1 && !markers.has(undefined) ? Buffer.from([...markers][0]!) : undefined;
  const markerFor = (file: DayFile) => (historyMarker && !file.source.types && !inSomePeriod(file.day) ? historyMarker : undefined);

  let fileIndex = 0;
  const onLine = (line: JournalLine) => {
    if (Catalog.TYPES.has(line.type)) catalog.learn(line);
    for (const run of runs) {
      const readers = run.byType.get(line.type);
      if (!readers) continue;
      const inPeriod = line.day >= run.period.fromDay && line.day <= run.period.toDay;
      // history is what came before the period: never what came after it (a compared period)
      const before = line.day < run.period.fromDay;
      for (const r of readers) if (inPeriod || (before && r.needsHistory)) r.add(line, inPeriod);
    }
  };
  // a day ends after its last file (the folders' files of one day are read together)
  const onFileEnd = (file: DayFile) => {
    const next = files[++fileIndex];
    if (next && next.day === file.day) return;
    for (const run of runs) {
      const inPeriod = file.day >= run.period.fromDay && file.day <= run.period.toDay;
      if (inPeriod || file.day < run.period.fromDay) for (const r of run.readers) r.endDay?.(file.day, inPeriod);
    }
  };
  const totals = await readLines(files, onLine, { signal: options.signal, onProgress: options.onProgress, sliceMs: options.sliceMs, onFileEnd, markerFor });

  const [main, other] = runs.map((run) => collect(run, catalog));
  const result: ReportResult = {
    request,
    ...(catalog.office ? { office: catalog.office } : {}),
    period: runs[0]!.period,
    ...(runs[1] ? { compare: runs[1].period } : {}),
    place: placeLabel(request.place, catalog),
    generatedAt: new Date(now).toISOString(),
    tables: main!.tables,
    charts: main!.charts,
    stats: { files: totals.files, bytes: totals.bytes, lines: totals.lines, millis: Math.round(performance.now() - started), ranIn: options.ranIn ?? 'inline' },
  };
  if (other && runs[1]) {
    const a = runs[0]!.period;
    const b = runs[1].period;
    const labels = { a: a.label, aEn: a.labelEn, b: b.label, bEn: b.labelEn };
    result.comparison = {
      sideBySide: main!.tables.flatMap((t) => {
        const spec = COMPARE_SPECS[t.id];
        const tb = other.tables.find((x) => x.id === t.id);
        return spec && tb ? [sideBySide(t, tb, spec, labels)] : [];
      }),
      other,
    };
  }
  return result;
}

function collect(run: PeriodRun, catalog: Catalog): ReportPart {
  const part: ReportPart = { tables: [], charts: [] };
  for (const { aggregator } of run.sections) {
    const r = aggregator.result(catalog);
    part.tables.push(...r.tables);
    part.charts.push(...r.charts);
  }
  return part;
}
