// Puts the e-desk of an office together: the published catalogue versions, the case
// journal, notifications (SMS/e-mail outbox), one-time codes, uploaded documents and
// the inquiry adapters. For the demo, inquiries go to a local agency stand-in.
import { join } from 'node:path';
import { officeCalendar } from '@desk/common';
import type { Office } from '../office';
import { demoCaseCatalogue } from '../catalogue/packages';
import { CatalogueStore } from '../catalogue/store';
import { openNotifierFromEnv, otpServiceFromEnv, type Notifier, type OtpService } from '../notify';
import { DocumentStore } from '../uploads/document-store';
import { InquiryRegistry, inquiryRegistryFromEnv } from '../inquiry/registry';
import { standInInquiryConfig, startInquiryStandIn, type RunningStandIn } from '../inquiry/stand-in';
import { CaseDesk } from './desk';

export interface Edesk {
  desk: CaseDesk;
  /** The published catalogue versions and the admin's draft; the desk reads new versions from it at once. */
  catalogue: CatalogueStore;
  notifier: Notifier;
  otp: OtpService;
  documents: DocumentStore;
  inquiries: InquiryRegistry;
  /** The demo's agency stand-in, when one was started. */
  standIn?: RunningStandIn;
  close(): Promise<void>;
}

export interface EdeskOptions {
  dataDir: string;
  office: Office;
  publicUrl: () => string;
  /** Inquiry adapters to use; by default DESK_INQUIRY_CONFIG, else the local stand-in (demo). */
  inquiries?: InquiryRegistry;
  clock?: () => string;
}

/** Our catalogue's inquiry ids → the stand-in's agencies (the demo's wiring of DESK_INQUIRY_CONFIG). */
const DEMO_INQUIRY_KINDS: Record<string, string> = {
  'civil-registry': 'sabt-ahval',
  'criminal-record': 'police',
  'social-security': 'tamin',
};

export async function openEdesk(options: EdeskOptions): Promise<Edesk> {
  const { dataDir, office } = options;
  // published versions are immutable files `cases/catalogue-v<N>.json` (a case keeps the
  // version it started with); a fresh office publishes the demo catalogue as version 1
  const catalogue = await CatalogueStore.open({
    dir: join(dataDir, 'cases'),
    initial: demoCaseCatalogue,
    serviceName: (id) => office.config.services.find((s) => s.id === id)?.name,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const notifier = await openNotifierFromEnv({
    dataDir,
    sender: { officeName: office.config.office.name, ...(office.config.office.nameEn ? { officeNameEn: office.config.office.nameEn } : {}) },
  });
  const otp = await otpServiceFromEnv({ dataDir });
  const documents = await DocumentStore.open(join(dataDir, 'documents'));
  let inquiries = options.inquiries ?? (await inquiryRegistryFromEnv());
  let standIn: RunningStandIn | undefined;
  if (!options.inquiries && inquiries.kinds().length === 0 && process.env.DESK_INQUIRY_STAND_IN !== 'off') {
    standIn = await startInquiryStandIn({ host: '127.0.0.1', port: 0 });
    const demo = standInInquiryConfig(standIn.url);
    inquiries = InquiryRegistry.fromConfig({ agencies: demo.agencies, kinds: DEMO_INQUIRY_KINDS });
  }
  const desk = await CaseDesk.open({
    dataDir,
    // the store itself: its `current` is the newest version, so a publish is seen by the next command
    catalogues: catalogue,
    calendar: () => officeCalendar(office.config.hours, office.config.holidays ?? []),
    notifier,
    inquiries,
    publicUrl: options.publicUrl,
    serviceName: (id) => office.config.services.find((s) => s.id === id)?.name ?? id,
    isServiceActive: (id) => office.config.services.some((s) => s.id === id && s.active),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    desk,
    catalogue,
    notifier,
    otp,
    documents,
    inquiries,
    ...(standIn ? { standIn } : {}),
    async close() {
      await desk.close();
      await notifier.close();
      await standIn?.close();
    },
  };
}
