import { z } from 'zod/mini';
import { CATEGORIES, SEVERITIES } from '../engine/types';
import { scheduleSchema } from '../time/schedule';
import { CLAUSE_KEYS } from './pack-schema';

// zod/mini ships without messages; IT reads these, so load the English ones ("expected string, received number").
z.config(z.locales.en());

const nonEmpty = z.string().check(z.minLength(1, { message: 'must not be empty' }));
const terms = z.array(nonEmpty);

/**
 * The policy IT deploys through managed browser storage (and `--config` in the CLI). Every key is optional:
 * what a policy leaves out comes from its rule pack, and then from the bundled default. Unknown keys are
 * errors, so a typo is reported rather than silently ignored.
 */
export const policySchema = z.strictObject({
  /** The council: its name and what staff call it; used to recognise "I work at …" and in the disclaimer. */
  organisation: z.optional(z.strictObject({ name: nonEmpty, aliases: z.optional(terms) })),
  /** A bundled rule pack id: default, lancaster, malvern, north-lincolnshire, derby, charnwood. */
  rulePack: z.optional(nonEmpty),
  /** Internal code names and project names that must never appear in a post. */
  confidentialTerms: z.optional(terms),
  /** The council's suppliers and partners: endorsing or disparaging them is flagged. */
  suppliers: z.optional(terms),
  /** Extra phrases that count as a "views are my own" disclaimer. */
  disclaimerPhrases: z.optional(terms),
  /** The disclaimer "Add disclaimer" appends; `{organisation}` is replaced by the organisation's name. */
  disclaimerText: z.optional(nonEmpty),
  /** Per category: block (no "Post anyway"), warn, info (never holds a post) or off. */
  severity: z.optional(z.partialRecord(z.enum(CATEGORIES), z.enum([...SEVERITIES, 'off']))),
  /** The council's own wording of a clause, shown beside Post Guard's summary. */
  clauses: z.optional(
    z.partialRecord(z.enum(CLAUSE_KEYS), z.strictObject({ ref: z.optional(nonEmpty), text: nonEmpty })),
  ),
  /** Working hours, breaks, time zone and holidays: when personal use is permitted. */
  schedule: z.optional(scheduleSchema),
});
export type PolicyInput = z.infer<typeof policySchema>;
