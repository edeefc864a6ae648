import { z } from 'zod/mini';
import { check } from '../engine/check';
import { PLATFORMS, COMPOSER_KINDS, type CheckContext } from '../engine/types';
import { DEFAULT_POLICY, type EffectivePolicy } from '../policy/effective';
import { timeStatus } from '../time/time-status';
import { findingJson, formatHuman } from './format';
import { EXIT, UsageError, readAll, type CliIo } from './io';
import { loadPolicyFile } from './load-policy';

/** The options `check` takes, already parsed. */
export interface CheckOptions {
  config?: string;
  at?: string;
  platform?: string;
  composer?: string;
  json: boolean;
  jsonl: boolean;
  profileDisclaimer: boolean;
  text: string[];
}

function parseInstant(value: string, where: string): Date {
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(instant.getTime())) throw new UsageError(`${where}: "${value}" is not an ISO-8601 date and time`);
  return instant;
}

function parseContext(platform: string | undefined, composer: string | undefined, profileDisclaimer: boolean, where: string): CheckContext {
  const context: CheckContext = {};
  if (platform !== undefined) {
    if (!(PLATFORMS as readonly string[]).includes(platform)) throw new UsageError(`${where}: platform must be one of ${PLATFORMS.join(', ')}`);
    context.platform = platform as CheckContext['platform'];
  }
  if (composer !== undefined) {
    if (!(COMPOSER_KINDS as readonly string[]).includes(composer)) throw new UsageError(`${where}: composer must be one of ${COMPOSER_KINDS.join(', ')}`);
    context.composer = composer as CheckContext['composer'];
  }
  if (profileDisclaimer) context.profileHasDisclaimer = true;
  return context;
}

// One line of a --jsonl batch.
const batchLineSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'id must be a string or a number' }),
  text: z.string({ error: 'text must be a string' }),
  platform: z.optional(z.string()),
  composer: z.optional(z.string()),
  at: z.optional(z.string()),
});

/** Runs `check`; returns the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  let policy: EffectivePolicy = DEFAULT_POLICY;
  if (options.config) {
    const loaded = await loadPolicyFile(options.config, io);
    if (!loaded.ok) {
      io.stderr(`${options.config}: the policy is not valid:\n${loaded.errors.map((error) => `  ${error}\n`).join('')}`);
      return EXIT.usage;
    }
    policy = loaded.policy;
  }
  if (options.jsonl) return runBatch(options, policy, io);

  const context = parseContext(options.platform, options.composer, options.profileDisclaimer, '--platform/--composer');
  const instant = options.at ? parseInstant(options.at, '--at') : io.now();
  const text = options.text.length ? options.text.join(' ') : await readAll(io.stdin);
  const findings = check(text, context, policy);
  const time = timeStatus(instant, policy.schedule);
  if (options.json) io.stdout(JSON.stringify({ findings: findings.map(findingJson), time }, null, 2) + '\n');
  else io.stdout(formatHuman(text, findings, time, policy));
  return findings.length ? EXIT.findings : EXIT.ok;
}

/** --jsonl: one JSON object per input line, one result per output line, in order; a bad line gets an error line. */
async function runBatch(options: CheckOptions, policy: EffectivePolicy, io: CliIo): Promise<number> {
  const input = await readAll(io.stdin);
  let exitCode: number = EXIT.ok;
  const lines = input.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let id: unknown = null;
    try {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new UsageError(`line ${index + 1} is not valid JSON`);
      }
      if (json && typeof json === 'object' && 'id' in json) id = (json as { id: unknown }).id;
      const parsed = batchLineSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`line ${index + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
      }
      const post = parsed.data;
      const context = parseContext(post.platform ?? options.platform, post.composer ?? options.composer, options.profileDisclaimer, `line ${index + 1}`);
      const instant = post.at ? parseInstant(post.at, `line ${index + 1}: at`) : options.at ? parseInstant(options.at, '--at') : io.now();
      const findings = check(post.text, context, policy);
      if (findings.length) exitCode = EXIT.findings;
      io.stdout(JSON.stringify({ id: post.id, findings: findings.map(findingJson), time: timeStatus(instant, policy.schedule) }) + '\n');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      exitCode = EXIT.findings;
      io.stdout(JSON.stringify({ id, error: error.message }) + '\n');
    }
  });
  return exitCode;
}
