// Which agency answers which kind of inquiry, from configuration (DESK_INQUIRY_CONFIG):
//   { "agencies": { "sabt-ahval": { "title": "ثبت احوال", "request": {…}, "response": {…},
//                                   "secret": { "token": "$env:DESK_SABT_TOKEN" } }, … },
//     "kinds": { "identity": "sabt-ahval", "criminal-record": "police", … } }
// ask() never throws for an agency's trouble and returns the whole exchange as a record
// for the case's events.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isValidNationalId } from '@desk/common';
import type { HttpDeps } from '../notify/templated-http';
import { ConditionSchema, HttpRequestTemplateSchema, RetryPolicySchema, resolveEnvRefs } from '../notify/templated-http-schema';
import { HttpInquiryAdapter, type HttpInquiryConfig } from './http-adapter';
import { inquiryMessage } from './messages';
import type { InquiryAdapter, InquiryRecord, InquiryRequest, InquiryResult } from './types';

export const HttpInquiryConfigSchema = z.object({
  title: z.string().min(1),
  request: HttpRequestTemplateSchema,
  secret: z.record(z.string(), z.string()).optional(),
  policy: RetryPolicySchema.optional(),
  response: z.object({
    answeredWhen: ConditionSchema.optional(),
    pendingWhen: ConditionSchema.optional(),
    rejectedWhen: ConditionSchema.optional(),
    answer: z.record(z.string(), z.string()),
    messagePath: z.string().optional(),
    referencePath: z.string().optional(),
  }),
});

export const InquiryConfigSchema = z
  .object({
    agencies: z.record(z.string(), HttpInquiryConfigSchema),
    kinds: z.record(z.string(), z.string()),
  })
  .refine((c) => Object.values(c.kinds).every((a) => a in c.agencies), { message: 'every kind must name an agency in "agencies"' });

export interface InquiryConfig {
  agencies: Record<string, HttpInquiryConfig>;
  kinds: Record<string, string>;
}

export interface RegistryDeps extends HttpDeps {
  newId?: () => string;
}

export class InquiryRegistry {
  private readonly adapters = new Map<string, InquiryAdapter>();
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(deps: RegistryDeps = {}) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
  }

  /** Secrets written as "$env:NAME" are read from `env`. */
  static fromConfig(config: InquiryConfig, deps: RegistryDeps & { env?: NodeJS.ProcessEnv } = {}): InquiryRegistry {
    const parsed = InquiryConfigSchema.safeParse(config);
    if (!parsed.success) throw new Error(`inquiry config: ${parsed.error.message}`);
    const registry = new InquiryRegistry(deps);
    for (const [kind, agency] of Object.entries(config.kinds)) {
      const agencyConfig = config.agencies[agency]!;
      const secret = resolveEnvRefs(agencyConfig.secret, deps.env ?? process.env);
      registry.register(kind, new HttpInquiryAdapter(agency, { ...agencyConfig, secret }, deps));
    }
    return registry;
  }

  register(kind: string, adapter: InquiryAdapter): void {
    this.adapters.set(kind, adapter);
  }

  kinds(): string[] {
    return [...this.adapters.keys()];
  }

  async ask(request: InquiryRequest): Promise<InquiryRecord> {
    const askedAt = this.now().toISOString();
    const adapter = this.adapters.get(request.kind);
    const record = (result: InquiryResult): InquiryRecord => ({
      id: this.newId(),
      kind: request.kind,
      agency: adapter?.agency ?? '',
      agencyTitle: adapter?.title ?? '',
      caseRef: request.caseRef,
      subject: request.subject,
      ...(request.payload ? { payload: request.payload } : {}),
      askedAt,
      result,
    });
    const refuse = (message: string) => record({ status: 'failed', raw: null, at: this.now().toISOString(), message });

    if (!adapter) return refuse(inquiryMessage('inquiry.unknownKind', { kind: request.kind }));
    const nid = request.subject.nationalId;
    if (nid !== undefined && !isValidNationalId(nid)) return refuse(inquiryMessage('inquiry.badNationalId', { value: nid }));
    try {
      return record(await adapter.ask(request));
    } catch (err) {
      // An adapter that throws has a bug; the case still gets a record of the attempt.
      console.error(`inquiry ${request.kind}: ${(err as Error).message}`);
      return refuse(inquiryMessage('inquiry.internal', { agency: adapter.title }));
    }
  }
}

/** DESK_INQUIRY_CONFIG: path to the JSON config. Unset: a registry that knows no kinds. */
export async function inquiryRegistryFromEnv(env: NodeJS.ProcessEnv = process.env, deps: RegistryDeps = {}): Promise<InquiryRegistry> {
  const path = env.DESK_INQUIRY_CONFIG;
  if (!path) return new InquiryRegistry(deps);
  const config = JSON.parse(await readFile(path, 'utf8')) as InquiryConfig;
  return InquiryRegistry.fromConfig(config, { ...deps, env });
}
