import { parseArgs } from 'node:util';
import { runCheck } from './check-command';
import { EXIT, UsageError, type CliIo } from './io';
import { runPolicyValidate } from './policy-command';

const USAGE = `Usage:
  postguard check [--config FILE] [--at ISO-8601] [--platform x|facebook|linkedin]
                  [--composer post|reply|comment|message|recommendation] [--profile-disclaimer] [--json] [TEXT...]
      Checks TEXT (or standard input) against the policy; shows each warning with its clause.
  postguard check --jsonl [--config FILE]
      Batch: each input line {"id","text","platform"?,"at"?}; each output line {"id","findings","time"}.
  postguard policy validate FILE
      Checks a policy file; lists every problem.
Exit codes: 0 no warnings / valid, 1 warnings / invalid, 2 usage error.
`;

/** Runs the CLI with the given arguments; returns the exit code. Never throws for bad input. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'check') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          config: { type: 'string' },
          at: { type: 'string' },
          platform: { type: 'string' },
          composer: { type: 'string' },
          json: { type: 'boolean', default: false },
          jsonl: { type: 'boolean', default: false },
          'profile-disclaimer': { type: 'boolean', default: false },
        },
      });
      if (values.jsonl && positionals.length) throw new UsageError('--jsonl reads standard input; give no text arguments');
      return await runCheck(
        {
          config: values.config,
          at: values.at,
          platform: values.platform,
          composer: values.composer,
          json: values.json,
          jsonl: values.jsonl,
          profileDisclaimer: values['profile-disclaimer'],
          text: positionals,
        },
        io,
      );
    }
    if (command === 'policy' && rest[0] === 'validate') {
      if (rest.length !== 2) throw new UsageError('policy validate takes one FILE');
      return await runPolicyValidate(rest[1]!, io);
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    throw new UsageError(command ? `unknown command "${argv.join(' ')}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`postguard: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
