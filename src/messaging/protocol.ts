/**
 * The one message protocol between the extension's pages and scripts and the background worker: names, payload
 * types and the validators both ends apply. Messages cross a trust boundary (a content script runs beside page
 * code that may be hostile or simply changed), so every payload is parsed on arrival, never trusted by type.
 *
 * This file is bundled into the content scripts: it may import types and constant lists, never the engine.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { CATEGORIES, COMPOSER_KINDS, PLATFORMS, SEVERITIES } from '../engine/types';
import type { Clause, ComposerKind, Finding, Platform } from '../engine/types';
import { TIME_STATES, type TimeState } from '../time/states';

/** The most text one check accepts: Facebook's post limit (63,206) with room to spare; longer is refused. */
export const MAX_TEXT_LENGTH = 100_000;

export { TIME_STATES, type TimeState } from '../time/states';

/** A check request: the text as typed, and where it is typed. */
export interface CheckRequest {
  text: string;
  platform: Platform;
  composer: ComposerKind;
}

/** Whether personal use is permitted right now, and when that next changes. */
export interface TimeVerdict {
  permitted: boolean;
  state: TimeState;
  /** ISO-8601 instant with offset at which `permitted` next flips, or null. */
  until: string | null;
  /** The council's IANA time zone, so the UI can show `until` in the council's own clock. */
  timezone: string;
}

/** The verdict for one text: everything the in-page UI needs, so the content script never loads the policy. */
export interface CheckResponse {
  findings: Finding[];
  time: TimeVerdict;
  /** The working-time clause, shown when personal use is not permitted. */
  workingTime: Clause;
  /** The disclaimer "Add disclaimer" appends, organisation already filled in. */
  disclaimerText: string;
}

/** What the toolbar popup shows: the time verdict now and the clause behind it. */
export interface StatusResponse {
  time: TimeVerdict;
  /** The working-time clause of the effective policy. */
  workingTime: Clause;
  /** The worker's "now" (ISO-8601 instant) the verdict describes, so the popup names "today" by the same clock. */
  at: string;
}

/** Message names and their request/response types, for @webext-core/messaging. */
export interface ProtocolMap {
  /** From the content scripts: check one text. */
  check(request: CheckRequest): CheckResponse;
  /** From the extension's own pages (the popup): the time verdict now. Takes no payload. */
  status(): StatusResponse;
}

/** A payload that does not match the protocol. The message names the field, never quotes the value. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

// Hand-written validators rather than zod: this file is bundled into every content script (budget 30 kB
// gzipped), and zod/mini costs about 6 kB there. Each checks exactly the shape declared above.
type Json = Record<string, unknown>;
const fail = (path: string): never => {
  throw new ProtocolError(`invalid ${path}`);
};
const obj = (v: unknown, path: string): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(path));
const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path));
const oneOf = <T extends string>(list: readonly T[], v: unknown, path: string): T =>
  list.includes(v as T) ? (v as T) : fail(path);
const offset = (v: unknown, path: string): number => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(path));

function parseClause(v: unknown, path: string): Clause {
  const o = obj(v, path);
  const clause: Clause = { policy: str(o.policy, `${path}.policy`), ref: str(o.ref, `${path}.ref`), summary: str(o.summary, `${path}.summary`) };
  if (o.text !== undefined) clause.text = str(o.text, `${path}.text`);
  return clause;
}

function parseFinding(v: unknown, i: number): Finding {
  const path = `findings[${i}]`;
  const o = obj(v, path);
  const finding: Finding = {
    category: oneOf(CATEGORIES, o.category, `${path}.category`),
    rule: str(o.rule, `${path}.rule`),
    severity: oneOf(SEVERITIES, o.severity, `${path}.severity`),
    clause: parseClause(o.clause, `${path}.clause`),
    message: str(o.message, `${path}.message`),
    start: offset(o.start, `${path}.start`),
    end: offset(o.end, `${path}.end`),
  };
  if (o.fix !== undefined) {
    const fix = obj(o.fix, `${path}.fix`);
    finding.fix = { kind: oneOf(['add-disclaimer'] as const, fix.kind, `${path}.fix.kind`), text: str(fix.text, `${path}.fix.text`) };
  }
  return finding;
}

/** Validates a check request on arrival in the background; throws ProtocolError. */
export function parseCheckRequest(v: unknown): CheckRequest {
  const o = obj(v, 'request');
  const text = str(o.text, 'text');
  if (text.length > MAX_TEXT_LENGTH) fail('text (too long)');
  return { text, platform: oneOf(PLATFORMS, o.platform, 'platform'), composer: oneOf(COMPOSER_KINDS, o.composer, 'composer') };
}

function parseTimeVerdict(v: unknown): TimeVerdict {
  const time = obj(v, 'time');
  if (typeof time.permitted !== 'boolean') fail('time.permitted');
  return {
    permitted: time.permitted as boolean,
    state: oneOf(TIME_STATES, time.state, 'time.state'),
    until: time.until === null ? null : str(time.until, 'time.until'),
    timezone: str(time.timezone, 'time.timezone'),
  };
}

/** Validates a verdict on arrival in the content script; throws ProtocolError. */
export function parseCheckResponse(v: unknown): CheckResponse {
  const o = obj(v, 'response');
  const time = parseTimeVerdict(o.time);
  if (!Array.isArray(o.findings)) fail('findings');
  return {
    findings: (o.findings as unknown[]).map(parseFinding),
    time,
    workingTime: parseClause(o.workingTime, 'workingTime'),
    disclaimerText: str(o.disclaimerText, 'disclaimerText'),
  };
}

/** Validates a status request on arrival in the background: it carries nothing, so anything else is refused. */
export function parseStatusRequest(v: unknown): undefined {
  if (v !== undefined && v !== null) fail('request (status takes none)');
  return undefined;
}

/** Validates a status answer on arrival in the popup; throws ProtocolError. */
export function parseStatusResponse(v: unknown): StatusResponse {
  const o = obj(v, 'response');
  const at = str(o.at, 'at');
  if (Number.isNaN(new Date(at).getTime())) fail('at');
  return { time: parseTimeVerdict(o.time), workingTime: parseClause(o.workingTime, 'workingTime'), at };
}

/** The typed messenger both ends use; it logs nothing (no logger passed), so post text never reaches a console. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
