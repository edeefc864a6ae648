/** Verdicts for UI and content tests, shaped exactly as the background sends them. */
import type { Finding } from '../../../src/engine/types';
import type { CheckResponse } from '../../../src/messaging/protocol';

export const WORKING_TIME = {
  policy: 'Lancaster City Council Social Media Policy',
  ref: '5.1, 5.2 and Note',
  summary: 'Do not use social media for personal reasons in working time.',
};

/** A finding over `words` in `text`. */
export function findingOver(text: string, words: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return {
    category: 'confidential',
    rule: 'confidential.not-announced',
    severity: 'block',
    clause: { policy: 'Lancaster City Council Social Media Policy', ref: '6.1.2', summary: 'Do not share confidential information.' },
    message: 'This looks like information that has not been made public.',
    start,
    end: start + words.length,
    ...over,
  };
}

/** A verdict with these findings, personal use permitted unless said otherwise. */
export function verdictOf(findings: Finding[], permitted = true): CheckResponse {
  return {
    findings,
    time: permitted
      ? { permitted: true, state: 'break', until: '2026-11-23T13:30:00+00:00', timezone: 'Europe/London' }
      : { permitted: false, state: 'working', until: '2026-11-23T12:30:00+00:00', timezone: 'Europe/London' },
    workingTime: WORKING_TIME,
    disclaimerText: 'The views expressed here are my own and do not represent Ashcombe Borough Council.',
  };
}

export const CLEAN = verdictOf([]);
