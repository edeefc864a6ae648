import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../src/ui/snippet';

describe('snippetParts', () => {
  it('marks the words and keeps short text whole', () => {
    expect(snippetParts('we leaked it', 3, 9)).toEqual([
      { text: 'we ', mark: false },
      { text: 'leaked', mark: true },
      { text: ' it', mark: false },
    ]);
  });

  it('cuts long text at word boundaries with ellipses', () => {
    const text = `${'alpha '.repeat(30)}SECRET${' omega'.repeat(30)}`;
    const start = text.indexOf('SECRET');
    const parts = snippetParts(text, start, start + 6);
    expect(parts[0]!.text.startsWith('…alpha')).toBe(true);
    expect(parts[1]).toEqual({ text: 'SECRET', mark: true });
    expect(parts[2]!.text.endsWith('omega…')).toBe(true);
  });

  it('clamps offsets outside the text instead of throwing', () => {
    expect(snippetParts('abc', 10, 20)).toEqual([{ text: 'abc', mark: false }]);
    expect(snippetParts('abc', -5, 1)).toEqual([
      { text: 'a', mark: true },
      { text: 'bc', mark: false },
    ]);
  });
});
