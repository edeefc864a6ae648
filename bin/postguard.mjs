#!/usr/bin/env node
// The `postguard` command: the bundled CLI built by `npm run build` (scripts/build-cli.mjs).
import { main } from '../dist/cli.mjs';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => (await import('node:fs/promises')).readFile(path, 'utf8'),
  now: () => new Date(),
});
