/**
 * The one message protocol between the content scripts and the background worker: names, payload types and
 * the schemas both ends validate against. Messages cross a trust boundary (a content script runs beside page
 * code that may be hostile or simply changed), so every payload is parsed on arrival, never trusted by type.
 *
 * This file is bundled into the content scripts: it may import types and constant lists, never the engine.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import { CATEGORIES, COMPOSER_KINDS, PLATFORMS, SEVERITIES } from '../engine/types';
import type { Clause, ComposerKind, Finding, Platform } from '../engine/types';

/** The most text one check accepts; far above any platform's post limit, so only abuse is refused. */
export const MAX_TEXT_LENGTH = 20_000;

/** The time states the background reports (mirrors src/time/time-status.ts TIME_STATES). */
export const TIME_STATES = ['working', 'break', 'outside-hours', 'weekend', 'holiday'] as const;
export type TimeState = (typeof TIME_STATES)[number];

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

/** Message names and their request/response types, for @webext-core/messaging. */
export interface ProtocolMap {
  check(request: CheckRequest): CheckResponse;
}

const clauseSchema = z.object({
  policy: z.string(),
  ref: z.string(),
  summary: z.string(),
  text: z.optional(z.string()),
});

const findingSchema = z.object({
  category: z.enum(CATEGORIES),
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  clause: clauseSchema,
  message: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  fix: z.optional(z.object({ kind: z.literal('add-disclaimer'), text: z.string() })),
});

/** Validates a check request on arrival in the background. */
export const checkRequestSchema = z.object({
  text: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  platform: z.enum(PLATFORMS),
  composer: z.enum(COMPOSER_KINDS),
});

/** Validates a verdict on arrival in the content script. */
export const checkResponseSchema = z.object({
  findings: z.array(findingSchema),
  time: z.object({
    permitted: z.boolean(),
    state: z.enum(TIME_STATES),
    until: z.nullable(z.string()),
    timezone: z.string(),
  }),
  workingTime: clauseSchema,
  disclaimerText: z.string(),
});

/** The typed messenger both ends use; it logs nothing (no logger passed), so post text never reaches a console. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
