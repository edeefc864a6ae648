import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../../src/engine/types';
import { TIME_STATES } from '../../../src/time/time-status';
import { MESSAGES, messagesFor } from '../../../src/ui/messages';

describe('messages', () => {
  it('has the same keys in English and Welsh', () => {
    expect(Object.keys(MESSAGES.cy).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it.each(['en', 'cy'] as const)('names every category, severity and time state in %s', (lang) => {
    const m = MESSAGES[lang];
    for (const c of CATEGORIES) expect(m.category[c], c).toMatch(/\S/);
    for (const s of SEVERITIES) expect(m.severity[s], s).toMatch(/\S/);
    for (const t of TIME_STATES) expect(m.timeState[t], t).toMatch(/\S/);
  });

  it('translates every label (no English left in the Welsh table)', () => {
    for (const c of CATEGORIES) expect(MESSAGES.cy.category[c]).not.toBe(MESSAGES.en.category[c]);
    expect(MESSAGES.cy.editPost).not.toBe(MESSAGES.en.editPost);
    expect(MESSAGES.cy.postAnyway).not.toBe(MESSAGES.en.postAnyway);
    expect(MESSAGES.cy.addDisclaimer).not.toBe(MESSAGES.en.addDisclaimer);
  });

  it('keeps badge texts short enough for the toolbar badge', () => {
    for (const m of Object.values(MESSAGES)) {
      expect(m.badgePermitted.length).toBeLessThanOrEqual(4);
      expect(m.badgeNotPermitted.length).toBeLessThanOrEqual(4);
    }
  });

  it.each([
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY', 'cy'],
    ['en-GB', 'en'],
    ['cym', 'en'],
    [undefined, 'en'],
  ])('picks %s -> %s', (tag, lang) => {
    expect(messagesFor(tag).lang).toBe(lang);
  });
});
