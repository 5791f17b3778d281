// Config files that describe HTTP calls (an SMS operator, an agency) are checked with these
// before use, so a typo fails at start with a message, not at the first notification.
import { z } from 'zod';

export const HttpRequestTemplateSchema = z.object({
  url: z.string().min(1),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH']).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  query: z.record(z.string(), z.string()).optional(),
  json: z.unknown().optional(),
  form: z.record(z.string(), z.string()).optional(),
});

export const RetryPolicySchema = z.object({
  timeoutMs: z.number().int().positive().optional(),
  retries: z.number().int().min(0).max(10).optional(),
  backoffMs: z.number().int().min(0).optional(),
  retryOnTimeout: z.boolean().optional(),
});

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

export const ConditionSchema = z.object({ path: z.string().min(1), equals: z.array(z.union([Scalar, z.null()])) });

export const SmsGatewayConfigSchema = z.object({
  name: z.string().min(1),
  request: HttpRequestTemplateSchema,
  sender: z.string().optional(),
  secret: z.record(z.string(), z.string()).optional(),
  policy: RetryPolicySchema.optional(),
  success: z
    .object({ status: z.array(z.number().int()).optional(), path: z.string().optional(), equals: z.array(Scalar).optional() })
    .optional(),
  idPath: z.string().optional(),
  statusPath: z.string().optional(),
  errorPath: z.string().optional(),
});

/** `"$env:NAME"` values → the environment's value, so secrets stay out of config files. */
export function resolveEnvRefs(values: Record<string, string> | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values ?? {})) {
    const ref = /^\$env:(\w+)$/.exec(v);
    if (!ref) out[k] = v;
    else {
      const value = env[ref[1]!];
      if (value === undefined) throw new Error(`config needs the environment variable ${ref[1]}`);
      out[k] = value;
    }
  }
  return out;
}
