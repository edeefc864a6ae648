/**
 * The background end of the protocol: validates each request, runs the engine and the time rules, and builds
 * the answer. Pure apart from the injected dependencies, so it is tested in Node.
 */
import { check } from '../engine/check';
import type { EffectivePolicy } from '../policy/effective';
import { timeStatus } from '../time/time-status';
import { parseCheckRequest, parseStatusRequest, type CheckResponse, type StatusResponse, type TimeVerdict } from './protocol';

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

/** What a status request needs from the worker: the policy in force and the clock. */
export type StatusDeps = Pick<CheckDeps, 'policy' | 'now'>;

/** Answers the popup's status request: the time verdict now, the working-time clause, and the "now" used. */
export function handleStatus(payload: unknown, deps: StatusDeps): StatusResponse {
  parseStatusRequest(payload);
  const policy = deps.policy();
  const now = deps.now();
  return { time: timeVerdict(policy, now), workingTime: policy.clauses['working-time'], at: now.toISOString() };
}

/** The fields of runtime.MessageSender the sender checks read. */
export interface Sender {
  id?: string;
  url?: string;
}

/**
 * Whether a message comes from one of this extension's own pages (the popup), not from a content script:
 * both carry this extension's id, but only a page of the extension has a URL under its origin
 * (`extensionOrigin` is runtime.getURL('/'); a content script's sender.url is the web page's).
 */
export function fromExtensionPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
