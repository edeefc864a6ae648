import { z } from 'zod/mini';
import { CATEGORIES, SEVERITIES } from '../engine/types';

/** Clause keys: one per warning category, plus the working-time clause shown when personal use is not permitted. */
export const CLAUSE_KEYS = [...CATEGORIES, 'working-time'] as const;
export type ClauseKey = (typeof CLAUSE_KEYS)[number];

const nonEmpty = z.string().check(z.minLength(1));

/**
 * A lexicon entry: words separated by spaces, matched on normalised text (case, accents, homoglyphs, leetspeak
 * and zero-width characters already folded). A word ending in `*` matches any word it starts
 * ("recommend*" matches "recommended"); a lone `~` skips up to two words ("not ~ announced" matches
 * "not been announced"). No regular expressions: nothing an admin writes can make matching slow.
 */
export const lexiconEntrySchema = nonEmpty;

/** Where all of a rule's signals must be found together. */
export const ruleScopeSchema = z.union([
  z.literal('sentence'),
  z.literal('post'),
  /** A window of this many words either side of each occurrence of the first signal in `all`, across sentences. */
  z.number().check(z.int(), z.minimum(1), z.maximum(50)),
]);

/**
 * A rule fires when every signal in `all` (and at least one in `any`, when given) is found within `scope`,
 * and no signal in `none` is found in that same scope, nor any in `noneInPost` anywhere in the post.
 * A signal is a lexicon name from the pack, or a built-in detector whose name starts with "@".
 * A rule either warns (`category`) or raises a new signal for later rules (`raises`), e.g. "employer-named"
 * from "I work at" near the council's name; rules are judged in order.
 */
export const ruleSchema = z
  .object({
  id: nonEmpty,
  category: z.optional(z.enum(CATEGORIES)),
  raises: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))),
  all: z.array(nonEmpty).check(z.minLength(1)),
  any: z.optional(z.array(nonEmpty)),
  none: z.optional(z.array(nonEmpty)),
  noneInPost: z.optional(z.array(nonEmpty)),
  scope: ruleScopeSchema,
  /** Which signal's words to highlight; defaults to the first signal in `all`. */
  highlight: z.optional(nonEmpty),
  /** Why this is flagged, in plain English, shown with the clause. */
  message: z.optional(nonEmpty),
  /** A second opinion (a learned model's): reported only when no other rule of its category found anything. */
  fallback: z.optional(z.boolean()),
  })
  .check(
    z.refine((rule) => (rule.category === undefined) !== (rule.raises === undefined), {
      message: 'a rule needs exactly one of "category" and "raises"',
    }),
    z.refine((rule) => rule.raises !== undefined || rule.message !== undefined, {
      message: 'a rule with a category needs a "message"',
    }),
  );
export type Rule = z.infer<typeof ruleSchema>;

export const packClauseSchema = z.object({
  /** Overrides the pack's policy name when a clause comes from another document. */
  policy: z.optional(nonEmpty),
  ref: nonEmpty,
  summary: nonEmpty,
});

/** A rule pack (rules/*.json): the detection rules and term lists, and the clauses of one council's policy. */
export const rulePackSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: nonEmpty,
  /** The pack this one builds on: its lexicons and rules are inherited, its clauses and severities overridden. */
  extends: z.optional(nonEmpty),
  /** The policy document the clauses cite, e.g. "Lancaster City Council Social Media Policy". */
  policy: nonEmpty,
  /** Which file of ../shared/policies the clauses were written from. */
  source: z.optional(nonEmpty),
  organisation: z.optional(z.object({ name: nonEmpty, aliases: z.optional(z.array(nonEmpty)) })),
  clauses: z.optional(z.partialRecord(z.enum(CLAUSE_KEYS), packClauseSchema)),
  severity: z.optional(z.partialRecord(z.enum(CATEGORIES), z.enum([...SEVERITIES, 'off']))),
  lexicons: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), z.array(lexiconEntrySchema))),
  rules: z.optional(z.array(ruleSchema)),
  disclaimerPhrases: z.optional(z.array(nonEmpty)),
  /** The disclaimer "Add disclaimer" appends; `{organisation}` is replaced by the organisation's name. */
  disclaimerText: z.optional(nonEmpty),
});
export type RulePack = z.infer<typeof rulePackSchema>;
