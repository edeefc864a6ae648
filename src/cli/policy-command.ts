import { EXIT, type CliIo } from './io';
import { loadPolicyFile } from './load-policy';

/** `policy validate FILE`: exit 0 when valid, 1 with every problem listed when not. */
export async function runPolicyValidate(path: string, io: CliIo): Promise<number> {
  const loaded = await loadPolicyFile(path, io);
  if (loaded.ok) {
    io.stdout(`${path}: valid (rule pack "${loaded.policy.packId}")\n`);
    return EXIT.ok;
  }
  io.stdout(`${path}: ${loaded.errors.length} problem${loaded.errors.length === 1 ? '' : 's'}:\n${loaded.errors.map((error) => `  ${error}\n`).join('')}`);
  return EXIT.findings;
}
