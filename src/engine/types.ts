/** The warning categories, in the order the UI lists them. */
export const CATEGORIES = [
  'confidential',
  'personal-data',
  'disclaimer-missing',
  'disparaging',
  'offensive',
  'political',
  'reference',
  'solicitation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How hard a finding stops a post: block has no "Post anyway", info is shown but never holds a submit. */
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The platforms whose composers Post Guard watches. */
export const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The kind of composer the text is typed in; a LinkedIn recommendation is a reference by definition. */
export const COMPOSER_KINDS = ['post', 'reply', 'comment', 'message', 'recommendation'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];

/** The clause of the council's policy a finding enforces. */
export interface Clause {
  /** The policy document, e.g. "Lancaster City Council Social Media Policy". */
  policy: string;
  /** The section reference, e.g. "6.1.2". */
  ref: string;
  /** What the clause says, in Post Guard's own words. */
  summary: string;
  /** The council's own wording, when its deployed policy supplies it. */
  text?: string;
}

/** A fix the UI can offer with one click. */
export interface Fix {
  kind: 'add-disclaimer';
  /** The text to append to the post. */
  text: string;
}

/** One reason to warn, pointing at the words in the original text that triggered it. */
export interface Finding {
  category: Category;
  /** The rule id from the rule pack, e.g. "confidential.not-announced". */
  rule: string;
  severity: Severity;
  clause: Clause;
  /** Why this was flagged, in plain English. */
  message: string;
  /** Start of the triggering words in the ORIGINAL text (UTF-16 index, inclusive). */
  start: number;
  /** End of the triggering words in the ORIGINAL text (exclusive). */
  end: number;
  fix?: Fix;
}

/** What the engine knows about where the text is being typed. */
export interface CheckContext {
  platform?: Platform;
  composer?: ComposerKind;
  /** The user's setting "my profile carries a disclaimer": turns off disclaimer-missing. */
  profileHasDisclaimer?: boolean;
}
