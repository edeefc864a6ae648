/** Small presentation helpers shared by the notice, the dialog and the badge. */
import { SEVERITIES, type Finding, type Severity } from '../engine/types';

/** The most serious severity among the findings, or null when there are none (SEVERITIES runs worst first). */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  for (const severity of SEVERITIES) if (findings.some((f) => f.severity === severity)) return severity;
  return null;
}

/** A calendar day in a zone, for comparing "today" with the day of `until`. */
function dayIn(date: Date, timeZone: string): string {
  return date.toLocaleDateString('en-CA', { timeZone });
}

/**
 * When personal use is next permitted, in the council's own clock and the UI's language: "13:30" today,
 * "Monday 09:00" another day. Falls back to the raw string if it is not a date (never throws).
 */
export function formatUntil(until: string, timeZone: string, lang: string, now: Date = new Date()): string {
  const when = new Date(until);
  if (Number.isNaN(when.getTime())) return until;
  try {
    const time = when.toLocaleTimeString(lang === 'cy' ? 'cy-GB' : 'en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
    if (dayIn(when, timeZone) === dayIn(now, timeZone)) return time;
    const day = when.toLocaleDateString(lang === 'cy' ? 'cy-GB' : 'en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
    return `${day} ${time}`;
  } catch {
    return until; // an unknown time zone: show the instant as given rather than nothing
  }
}
