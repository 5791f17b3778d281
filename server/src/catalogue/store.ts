// The office's e-desk catalogue: its published versions (immutable files; a case keeps
// the version it started with), the admin's draft, and publishing the draft as the
// next version — on disk before it is used, and used for new cases at once (the store
// is the CatalogueLookup the CaseDesk reads). When the agency's central catalogue
// arrives, it is merged with the office's local details (common/src/cases/catalogue-local.ts)
// and published as a new office version by itself.
import { mkdir } from 'node:fs/promises';
import {
  applyLocal,
  catalogueIssues,
  centralFieldChanged,
  emptyLocalDetails,
  extractLocal,
  firstDifference,
  keepOrphans,
  readCatalogueShape,
  type CaseCatalogue,
  type CatalogueIssue,
  type CatalogueLookup,
  type CatalogueVersionInfo,
  type CentralOrigin,
  type LocalDetails,
  type LocalOrphan,
} from '@desk/common';
import type { CentralCatalogueMessage } from '../sync/protocol';
import { centralFile, draftFile, localFile, readJsonFile, readVersions, removeFile, writeJsonFile, writeVersion } from './files';

/** The agency's catalogue as this office last received it. */
export interface CentralCopy {
  agency: string;
  version: number;
  publishedAt: string;
  receivedAt: string;
  catalogue: CaseCatalogue;
}

export type RefusalCode = 'catalogue.shape' | 'catalogue.invalid' | 'catalogue.centralField' | 'catalogue.unchanged';

export interface Refusal {
  code: RefusalCode;
  message: string;
  issues?: CatalogueIssue[];
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: Refusal };

export interface CatalogueStoreOptions {
  /** `<dataDir>/cases` */
  dir: string;
  /** Published as version 1 in a folder that has none (the demo catalogue). */
  initial: CaseCatalogue;
  clock?: () => string;
  /** The office's name for a service, for the messages. */
  serviceName?: (serviceId: string) => string | undefined;
}

const stamp = (c: CaseCatalogue) => {
  const { version: _v, publishedAt: _a, publishedBy: _b, central: _c, ...rest } = c;
  return rest;
};

export class CatalogueStore implements CatalogueLookup {
  private versions = new Map<number, CaseCatalogue>();
  private newest!: CaseCatalogue;
  private savedDraft: CaseCatalogue | null = null;
  private central: CentralCopy | null = null;
  private local: LocalDetails = emptyLocalDetails();
  /** A central version that could not be applied (its merge is not valid), for the admin. */
  private failedCentral: { agency: string; version: number; issues: CatalogueIssue[] } | null = null;
  /** Writes one after another, so two publishes never take the same number. */
  private chain: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(c: CaseCatalogue) => void>();
  private readonly clock: () => string;

  private constructor(private readonly options: CatalogueStoreOptions) {
    this.clock = options.clock ?? (() => new Date().toISOString());
  }

  static async open(options: CatalogueStoreOptions): Promise<CatalogueStore> {
    const store = new CatalogueStore(options);
    const { dir } = options;
    await mkdir(dir, { recursive: true });
    let all = await readVersions(dir);
    if (all.length === 0) {
      await writeVersion(dir, options.initial);
      all = [options.initial];
    }
    for (const c of all) store.versions.set(c.version, c);
    store.newest = all.reduce((a, b) => (b.version > a.version ? b : a));
    store.savedDraft = await readJsonFile<CaseCatalogue>(draftFile(dir));
    store.central = await readJsonFile<CentralCopy>(centralFile(dir));
    store.local = (await readJsonFile<LocalDetails>(localFile(dir))) ?? emptyLocalDetails();
    return store;
  }

  // ── CatalogueLookup: what the case engine reads ──

  /** The newest published version: new cases start on it. */
  get current(): CaseCatalogue {
    return this.newest;
  }

  byVersion(version: number): CaseCatalogue | undefined {
    return this.versions.get(version);
  }

  /** Published versions, newest first. */
  history(): CatalogueVersionInfo[] {
    return [...this.versions.values()]
      .sort((a, b) => b.version - a.version)
      .map((c) => ({
        version: c.version,
        ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}),
        ...(c.publishedBy ? { publishedBy: c.publishedBy } : {}),
        ...(c.central ? { central: c.central } : {}),
        services: c.services.length,
      }));
  }

  onPublished(listener: (c: CaseCatalogue) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ── the admin's draft ──

  /** The draft being edited: the saved one, else the current version. A copy: editing it changes nothing until saveDraft. */
  draft(): CaseCatalogue {
    return structuredClone(this.savedDraft ?? this.newest);
  }

  get hasDraft(): boolean {
    return this.savedDraft !== null;
  }

  /** The agency's catalogue this office follows, if it received one. */
  centralCopy(): CentralCopy | null {
    return this.central;
  }

  /** Local details kept although the central catalogue has no place for them now. */
  orphans(): LocalOrphan[] {
    return this.central ? applyLocal(this.central.catalogue, this.local, this.options.serviceName).orphans : [];
  }

  failedCentralVersion() {
    return this.failedCentral;
  }

  issues(catalogue: CaseCatalogue): CatalogueIssue[] {
    return catalogueIssues(catalogue, { serviceName: this.options.serviceName });
  }

  /**
   * Keep an edited draft (the shape is checked; what it says is checked at publish).
   * With a central catalogue, only the local details may differ from it.
   */
  saveDraft(raw: unknown): Promise<Outcome<{ draft: CaseCatalogue; issues: CatalogueIssue[] }>> {
    return this.serially(async () => {
      const shape = readCatalogueShape(raw);
      if (!shape.ok) return refuse('catalogue.shape', shape.message);
      const draft = { ...shape.catalogue, version: this.newest.version };
      const outside = this.centralChange(draft);
      if (outside) return { ok: false, error: outside };
      await writeJsonFile(draftFile(this.options.dir), draft);
      this.savedDraft = draft;
      return { ok: true, draft, issues: this.issues(draft) };
    });
  }

  discardDraft(): Promise<void> {
    return this.serially(async () => {
      await removeFile(draftFile(this.options.dir), this.options.dir);
      this.savedDraft = null;
    });
  }

  /** Publish the draft as the next version, if it is valid and changes something. */
  publish(by: string): Promise<Outcome<{ catalogue: CaseCatalogue }>> {
    return this.serially(async () => {
      const draft = this.draft();
      const outside = this.centralChange(draft);
      if (outside) return { ok: false, error: outside };
      const issues = this.issues(draft);
      if (issues.length > 0) return refuse('catalogue.invalid', `شناسنامه منتشر نشد: ${issues[0]!.message}`, issues);
      if (firstDifference(stamp(draft), stamp(this.newest)) === null) {
        return refuse('catalogue.unchanged', 'پیش‌نویس با نسخهٔ منتشرشده فرقی ندارد؛ چیزی برای انتشار نیست.');
      }
      let local: LocalDetails | null = null;
      if (this.central) local = keepOrphans(extractLocal(draft, this.central.catalogue), this.local, this.central.catalogue);
      const published = await this.publishVersion(draft, by, this.central && { agency: this.central.agency, version: this.central.version });
      if (local) await this.saveLocal(local);
      await removeFile(draftFile(this.options.dir), this.options.dir);
      this.savedDraft = null;
      return { ok: true, catalogue: published };
    });
  }

  // ── the agency's catalogue from the central desk ──

  /**
   * Merge a central version with the local details and publish it as the next office
   * version; answers once that version is on disk. A version already applied (or older)
   * publishes nothing and answers with the current version.
   */
  receiveCentral(message: CentralCatalogueMessage): Promise<Outcome<{ officeVersion: number; centralVersion: number }>> {
    return this.serially(async () => {
      const built = this.newest.central;
      if (built && built.agency === message.agency && built.version >= message.version) {
        return { ok: true, officeVersion: this.newest.version, centralVersion: built.version };
      }
      const shape = readCatalogueShape(message.catalogue);
      if (!shape.ok) return refuse('catalogue.shape', shape.message);
      const incoming = shape.catalogue;
      const previous = this.central?.agency === message.agency ? this.central.catalogue : null;
      // the first central version keeps whatever the office has that differs from it
      const local = previous ? this.local : extractLocal(this.newest, incoming);
      const merged = applyLocal(incoming, local).catalogue;
      const issues = this.issues(merged);
      if (issues.length > 0) {
        this.failedCentral = { agency: message.agency, version: message.version, issues };
        return refuse('catalogue.invalid', `نسخهٔ ${message.version} شناسنامهٔ مرکز با جزئیات محلی این اداره منتشر نشد: ${issues[0]!.message}`, issues);
      }
      const copy: CentralCopy = { agency: message.agency, version: message.version, publishedAt: message.publishedAt, receivedAt: this.clock(), catalogue: incoming };
      await writeJsonFile(centralFile(this.options.dir), copy);
      // an unpublished draft keeps its local edits, on the new central version
      const draft = this.savedDraft && applyLocal(incoming, keepOrphans(extractLocal(this.savedDraft, previous ?? incoming), local, incoming)).catalogue;
      this.central = copy;
      await this.saveLocal(local);
      const published = await this.publishVersion(merged, `مرکز: ${message.agency}`, { agency: message.agency, version: message.version });
      if (draft) {
        const rebased = { ...draft, version: published.version };
        await writeJsonFile(draftFile(this.options.dir), rebased);
        this.savedDraft = rebased;
      }
      this.failedCentral = null;
      return { ok: true, officeVersion: published.version, centralVersion: message.version };
    });
  }

  // ── inside ──

  private centralChange(edited: CaseCatalogue): Refusal | null {
    if (!this.central) return null;
    const path = centralFieldChanged(edited, this.central.catalogue);
    if (!path) return null;
    return {
      code: 'catalogue.centralField',
      message: `«${describePath(path, edited, this.options.serviceName)}» از شناسنامهٔ مرکز (${this.central.agency}) می‌آید و در این اداره تغییر نمی‌کند؛ فقط نشانی‌ها، مسئول پاسخگویی، حساب‌های بانکی، نام واحدها و توضیحات محلی را می‌توان تغییر داد.`,
    };
  }

  private async publishVersion(content: CaseCatalogue, by: string, central: CentralOrigin | null): Promise<CaseCatalogue> {
    const next: CaseCatalogue = {
      ...stamp(content),
      version: this.newest.version + 1,
      publishedAt: this.clock(),
      publishedBy: by,
      ...(central ? { central } : {}),
    };
    await writeVersion(this.options.dir, next);
    this.versions.set(next.version, next);
    this.newest = next;
    for (const l of this.listeners) l(next);
    return next;
  }

  private async saveLocal(local: LocalDetails): Promise<void> {
    await writeJsonFile(localFile(this.options.dir), local);
    this.local = local;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function refuse(code: RefusalCode, message: string, issues?: CatalogueIssue[]): { ok: false; error: Refusal } {
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}) } };
}

/** 'services.s07.workflow.steps.1.time' → «خدمت «…»: workflow.steps.1.time» */
function describePath(path: string, catalogue: CaseCatalogue, serviceName?: (id: string) => string | undefined): string {
  const [head, id, ...rest] = path.split('.');
  if (head !== 'services' || !id) return path;
  const def = catalogue.services.find((s) => s.serviceId === id);
  const name = serviceName?.(id) ?? def?.name ?? id;
  return `خدمت «${name}»، ${rest.join('.') || 'فهرست خدمات'}`;
}
