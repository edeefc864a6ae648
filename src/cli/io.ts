/** What the CLI needs from the outside world, passed in so tests can run it without a process. */
export interface CliIo {
  /** Standard input, read only when no text is given as arguments. */
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  now: () => Date;
}

/** Exit codes: 0 no findings or valid, 1 findings or invalid, 2 usage errors. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A mistake in how the command was called: reported on stderr with exit code 2. */
export class UsageError extends Error {}

/** All of standard input as text. */
export async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
