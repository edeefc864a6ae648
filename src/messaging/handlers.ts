/**
 * The background end of the protocol: validates a check request, runs the engine and the time rules, and
 * builds the verdict. Pure apart from the injected dependencies, so it is tested in Node.
 */
import { check } from '../engine/check';
import type { EffectivePolicy } from '../policy/effective';
import { timeStatus } from '../time/time-status';
import { parseCheckRequest, type CheckResponse, type TimeVerdict } from './protocol';

/** What a check needs from the worker: the policy in force, the user's setting, and the clock. */
export interface CheckDeps {
  policy: () => EffectivePolicy;
  profileHasDisclaimer: () => Promise<boolean>;
  now: () => Date;
}

/** Whether personal use is permitted at `instant` under the policy's schedule. */
export function timeVerdict(policy: EffectivePolicy, instant: Date): TimeVerdict {
  const status = timeStatus(instant, policy.schedule);
  return { permitted: status.permitted, state: status.state, until: status.until, timezone: policy.schedule.timezone };
}

/**
 * Answers one check request. Throws on a malformed payload (the messenger turns that into an error reply,
 * and the content script fails open). The text is used and dropped: never stored, never logged.
 */
export async function handleCheck(payload: unknown, deps: CheckDeps): Promise<CheckResponse> {
  const request = parseCheckRequest(payload);
  const policy = deps.policy();
  const profileHasDisclaimer = await deps.profileHasDisclaimer();
  const findings = check(request.text, { platform: request.platform, composer: request.composer, profileHasDisclaimer }, policy);
  return {
    findings,
    time: timeVerdict(policy, deps.now()),
    workingTime: policy.clauses['working-time'],
    disclaimerText: policy.disclaimerText,
  };
}
