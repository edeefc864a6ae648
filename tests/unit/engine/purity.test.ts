import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../../src');
const PURE_FOLDERS = ['engine', 'policy', 'time'];
const BROWSER_ONLY = /from ['"](wxt[/'"]|#imports|webextension-polyfill|@webext-core|preact)|\b(window|document|chrome|browser|navigator|localStorage)\.|\bfetch\(|XMLHttpRequest|WebSocket/;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the engine, policy and time code', () => {
  it.each(PURE_FOLDERS)('src/%s uses no browser API and makes no network request', (folder) => {
    const code = (file: string) => fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sourceFiles(path.join(SRC, folder)).filter((file) => BROWSER_ONLY.test(code(file)));
    expect(offenders.map((file) => path.relative(SRC, file))).toEqual([]);
  });
});
