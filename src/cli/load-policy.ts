import { resolvePolicy, type EffectivePolicy } from '../policy/effective';
import { UsageError, type CliIo } from './io';

/** The outcome of reading and validating a policy file. */
export type LoadedPolicy = { ok: true; policy: EffectivePolicy } | { ok: false; errors: string[] };

/** Reads a policy JSON file and resolves it; unreadable files and bad JSON are reported as problems. */
export async function loadPolicyFile(path: string, io: CliIo): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${path} is not valid JSON: ${(error as Error).message}`] };
  }
  return resolvePolicy(json);
}
