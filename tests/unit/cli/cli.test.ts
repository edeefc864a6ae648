import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const files: Record<string, string> = {};

async function run(args: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdin: Readable.from([stdin]),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (file) => {
      if (!(file in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[file]!;
    },
    now: () => new Date('2026-11-23T10:00:00Z'), // a Monday, 10:00 GMT: working time
  });
  return { code, stdout, stderr };
}

describe('postguard check', () => {
  it('shows each warning with its clause and exits 1', async () => {
    const result = await run(['check', 'Vote Green on Thursday, the only party that cares']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Party politics: "Vote Green"');
    expect(result.stdout).toContain('Clause: Malvern Town Council Use of Social Media Policy, Procedure point 2');
  });

  it('reads standard input and exits 0 when clean, with the time status', async () => {
    const result = await run(['check', '--at', '2026-11-23T12:45:00Z'], 'Lovely sunny walk by the canal');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No warnings.');
    expect(result.stdout).toContain('Time: a break until 2026-11-23T13:30:00+00:00: personal use is permitted.');
  });

  it('says when personal use is not permitted, citing the working-time clause', async () => {
    const result = await run(['check', 'hello']);
    expect(result.stdout).toContain('personal use is not permitted now');
    expect(result.stdout).toContain('5.1, 5.2 and Note');
  });

  it('gives JSON with the offsets of the words in the original text', async () => {
    const text = 'Oi ｆｕｃｋ you mate';
    const result = await run(['check', '--json', text]);
    const output = JSON.parse(result.stdout);
    expect(output.findings).toHaveLength(1);
    expect(text.slice(output.findings[0].start, output.findings[0].end)).toBe('ｆｕｃｋ you');
    expect(output.time).toEqual({ permitted: false, state: 'working', until: '2026-11-23T12:30:00+00:00' });
  });

  it('uses the policy file given with --config, and the recommendation composer', async () => {
    files['ashcombe.json'] = JSON.stringify({ organisation: { name: 'Ashcombe Borough Council', aliases: ['ABC'] }, rulePack: 'lancaster' });
    const result = await run(['check', '--config', 'ashcombe.json', '--json', 'Proud to work at ABC, best parks in the county!']);
    const [finding] = JSON.parse(result.stdout).findings;
    expect(finding).toMatchObject({ category: 'disclaimer-missing', clause: { ref: '6.1.1(d)' } });
    expect(finding.fix.text).toContain('Ashcombe Borough Council');
    const recommendation = await run(['check', '--composer', 'recommendation', '--platform', 'linkedin', 'Sam was great to manage']);
    expect(recommendation.stdout).toContain('A reference or endorsement');
  });

  it('rejects a bad option, platform or date with exit 2 and the usage', async () => {
    for (const args of [['check', '--colour', 'x'], ['check', '--platform', 'myspace', 'hi'], ['check', '--at', 'tomorrow', 'hi'], ['frobnicate']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage:');
    }
  });

  it('exits 2 listing the problems when the --config policy is invalid', async () => {
    files['bad.json'] = JSON.stringify({ schedule: { breaks: [{ start: '12:00', end: '25:00' }] } });
    const result = await run(['check', '--config', 'bad.json', 'hi']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('schedule.breaks[0].end: "25:00" is not a time');
  });
});

describe('postguard check --jsonl', () => {
  it('answers every line in order, with an error line for a bad one, and goes on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Vote Green on Thursday' }),
      'this is not json',
      JSON.stringify({ id: 'c', text: 'Lovely day', at: '2026-11-21T10:00:00Z' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', text: 'hire her, you will not regret it', platform: 'linkedin' }),
    ].join('\n');
    const result = await run(['check', '--jsonl'], input);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'c', 'd', 'e']);
    expect(lines[0].findings[0]).toMatchObject({ category: 'political', rule: 'political.campaign', severity: 'warn', start: 0, end: 10 });
    expect(Object.keys(lines[0].findings[0])).toEqual(expect.arrayContaining(['category', 'rule', 'severity', 'clause', 'start', 'end']));
    expect(lines[1].error).toContain('line 2 is not valid JSON');
    expect(lines[2]).toEqual({ id: 'c', findings: [], time: { permitted: true, state: 'weekend', until: '2026-11-23T09:00:00+00:00' } });
    expect(lines[3].error).toContain('text');
    expect(lines[4].findings.map((finding: { category: string }) => finding.category)).toEqual(['reference']);
    expect(result.code).toBe(1);
  });
});

describe('postguard policy validate', () => {
  it('exits 0 for a valid policy', async () => {
    files['good.json'] = JSON.stringify({ organisation: { name: 'Wexley District Council' }, severity: { political: 'off' } });
    const result = await run(['policy', 'validate', 'good.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid');
  });

  it('exits 1 listing every problem, each naming its key', async () => {
    files['broken.json'] = JSON.stringify({ rulePack: 'atlantis', severity: { political: 'loud' }, schedule: { timezone: 'Mars/Base' } });
    const result = await run(['policy', 'validate', 'broken.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('severity.political:');
    expect(result.stdout).toContain('schedule.timezone: "Mars/Base" is not a time zone');
  });

  it('reports a file that is not JSON as a problem, and a missing file as a usage error', async () => {
    files['notjson.json'] = '{ organisation: ';
    expect((await run(['policy', 'validate', 'notjson.json'])).stdout).toContain('is not valid JSON');
    expect((await run(['policy', 'validate', 'nowhere.json'])).code).toBe(2);
  });
});

describe('the installed postguard command', () => {
  const root = path.resolve(__dirname, '../../..');
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
  });

  it('runs the bundled CLI as a separate process', () => {
    const result = spawnSync('node', ['bin/postguard.mjs', 'check', '--json'], { cwd: root, input: 'case ref 48213 is the family at 3 Hill Row', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { category: string }) => f.category)).toContain('personal-data');
  });

  it('validates a policy file from disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postguard-'));
    const file = path.join(dir, 'policy.json');
    fs.writeFileSync(file, JSON.stringify({ schedule: { breaks: [{ start: '12:00', end: '13:00' }, { start: '15:00', end: '25:00' }] } }));
    const result = spawnSync('node', ['bin/postguard.mjs', 'policy', 'validate', file], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('schedule.breaks[1].end: "25:00" is not a time');
  });
});
