import type { Finding } from '../engine/types';
import type { EffectivePolicy } from '../policy/effective';
import type { TimeStatus } from '../time/time-status';
import { MESSAGES } from '../ui/messages';

// The CLI speaks English: the same category and time names the in-page warning shows.
const { category: CATEGORY_NAMES, timeState: STATE_NAMES } = MESSAGES.en;

/** The findings and the time status as a person reads them in a terminal. */
export function formatHuman(text: string, findings: readonly Finding[], time: TimeStatus, policy: EffectivePolicy): string {
  const lines: string[] = [];
  if (findings.length === 0) lines.push('No warnings.');
  else lines.push(`${findings.length} warning${findings.length === 1 ? '' : 's'}:`);
  for (const finding of findings) {
    lines.push('');
    lines.push(`[${finding.severity}] ${CATEGORY_NAMES[finding.category]}: "${text.slice(finding.start, finding.end)}" (characters ${finding.start}-${finding.end})`);
    lines.push(`  Why: ${finding.message}`);
    const { clause } = finding;
    lines.push(`  Clause: ${clause.policy}, ${clause.ref}: ${clause.summary}`);
    if (clause.text) lines.push(`  Your council's wording: ${clause.text}`);
    if (finding.fix) lines.push(`  Fix: add "${finding.fix.text}"`);
  }
  lines.push('');
  const until = time.until ? ` until ${time.until}` : '';
  if (time.permitted) lines.push(`Time: ${STATE_NAMES[time.state]}${until}: personal use is permitted.`);
  else {
    const clause = policy.clauses['working-time'];
    lines.push(`Time: ${STATE_NAMES[time.state]}${until}: personal use is not permitted now.`);
    lines.push(`  Clause: ${clause.policy}, ${clause.ref}: ${clause.summary}`);
  }
  return lines.join('\n') + '\n';
}

/** A finding as the JSON outputs give it. */
export function findingJson(finding: Finding) {
  return {
    category: finding.category,
    rule: finding.rule,
    severity: finding.severity,
    clause: finding.clause,
    start: finding.start,
    end: finding.end,
    message: finding.message,
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}
