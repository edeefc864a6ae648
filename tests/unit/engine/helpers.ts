import { check } from '../../../src/engine/check';
import type { CheckContext } from '../../../src/engine/types';
import { resolvePolicy, type EffectivePolicy } from '../../../src/policy/effective';

/** The fictional council the guidance's examples use, deployed as IT would. */
export const ASHCOMBE: EffectivePolicy = (() => {
  const result = resolvePolicy({
    organisation: { name: 'Ashcombe Borough Council', aliases: ['ABC', 'Ashcombe Council'] },
    suppliers: ['Greenway Waste Ltd', 'Civica Print'],
    confidentialTerms: ['Project Falcon'],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.policy;
})();

/** The categories flagged in `text`, each with the words it highlights: "category: words". */
export function flagged(text: string, context: CheckContext = {}, policy: EffectivePolicy = ASHCOMBE): string[] {
  return check(text, context, policy).map((finding) => `${finding.category}: ${text.slice(finding.start, finding.end)}`);
}

/** The distinct categories flagged in `text`. */
export function categories(text: string, context: CheckContext = {}, policy: EffectivePolicy = ASHCOMBE): string[] {
  return [...new Set(check(text, context, policy).map((finding) => finding.category))].sort();
}
