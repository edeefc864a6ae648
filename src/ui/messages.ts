/**
 * Every word Post Guard shows, in English and Welsh, in one file. Welsh councils must offer Welsh to staff
 * (Welsh Language Standards), so every string has both; a test checks the two tables have the same keys.
 * Chosen from navigator.language: Welsh for "cy" and "cy-GB", English otherwise.
 */
import type { Category, Severity } from '../engine/types';
import type { TimeState } from '../messaging/protocol';

/** The shape both languages fill. Functions take counts and values so word order can differ by language. */
export interface Messages {
  lang: 'en' | 'cy';
  productName: string;
  category: Record<Category, string>;
  severity: Record<Severity, string>;
  timeState: Record<TimeState, string>;
  /** The inline notice: "2 issues · Not allowed". */
  noticeIssues: (count: number, worst: string) => string;
  noticeWorkingTime: string;
  noticeUnavailable: string;
  noticeDisclaimerFailed: (disclaimer: string) => string;
  dialogTitle: string;
  dialogIntro: (count: number) => string;
  dialogBlocked: string;
  clauseLabel: (policy: string, ref: string) => string;
  councilWording: string;
  workingTimeHeading: string;
  workingTimeBody: string;
  permittedFrom: (when: string) => string;
  editPost: string;
  postAnyway: string;
  addDisclaimer: string;
  badgePermitted: string;
  badgeNotPermitted: string;
  badgeTitle: (permitted: boolean, state: string, when: string | null) => string;
  /** The toolbar popup. `when` is already formatted ("13:30", "Monday 23 November 09:00"); null: no change soon. */
  popupNowHeading: string;
  popupPermitted: (state: TimeState, when: string | null) => string;
  popupNotPermitted: (when: string | null) => string;
  popupStateLabel: string;
  popupStateName: Record<TimeState, string>;
  popupNextLabel: string;
  popupNext: (permitted: boolean, when: string) => string;
  popupNoChange: string;
  popupZoneLabel: string;
  popupRuleHeading: string;
  popupProfileHeading: string;
  popupDisclaimerLabel: string;
  popupDisclaimerHint: string;
  popupSaveFailed: string;
  popupLoading: string;
  popupFailed: string;
  popupRetry: string;
}

const en: Messages = {
  lang: 'en',
  productName: 'Post Guard',
  category: {
    confidential: 'Confidential information',
    'personal-data': "Someone's personal information",
    'disclaimer-missing': 'No disclaimer',
    disparaging: 'Running down the council or people',
    offensive: 'Offensive language',
    political: 'Party politics',
    reference: 'A reference or endorsement',
    solicitation: 'Selling, fundraising or promotion',
  },
  severity: { block: 'Not allowed', warn: 'Warning', info: 'Note' },
  timeState: {
    working: 'working time',
    break: 'a break',
    'outside-hours': 'outside working hours',
    weekend: 'the weekend',
    holiday: 'a holiday',
  },
  noticeIssues: (count, worst) => `Post Guard: ${count} ${count === 1 ? 'issue' : 'issues'} · ${worst}`,
  noticeWorkingTime: 'Post Guard: working time, personal posting not permitted now',
  noticeUnavailable: "Post Guard couldn't check this post. You can still post as normal.",
  noticeDisclaimerFailed: (d) => `Post Guard couldn't add the disclaimer. Please type it yourself: ${d}`,
  dialogTitle: 'Check this post before it goes out',
  dialogIntro: (count) =>
    count === 1
      ? "Post Guard found 1 thing in this post that your council's social media policy covers."
      : `Post Guard found ${count} things in this post that your council's social media policy covers.`,
  dialogBlocked: "This post can't be posted as it is. Edit it first.",
  clauseLabel: (policy, ref) => `${policy}, ${ref}`,
  councilWording: "Your council's wording:",
  workingTimeHeading: 'Working time',
  workingTimeBody: "It's working time: the policy does not permit personal use of social media now.",
  permittedFrom: (when) => `Personal use is permitted again from ${when}.`,
  editPost: 'Edit post',
  postAnyway: 'Post anyway',
  addDisclaimer: 'Add disclaimer',
  badgePermitted: 'OK',
  badgeNotPermitted: 'WORK',
  badgeTitle: (permitted, state, when) =>
    `Post Guard: ${permitted ? 'personal use permitted now' : 'personal use not permitted now'} (${state})` +
    (when ? `, until ${when}` : ''),
  popupNowHeading: 'Right now',
  popupPermitted: (state, when) => {
    const what = { working: 'working time', break: 'break time', 'outside-hours': 'outside working hours', weekend: 'the weekend', holiday: 'a holiday' }[state];
    return `You can post now: ${what}` + (when ? ` until ${when}` : '');
  },
  popupNotPermitted: (when) => 'Working time: personal posting is not permitted' + (when ? ` until ${when}` : ''),
  popupStateLabel: 'Now',
  popupStateName: {
    working: 'Working time',
    break: 'Break',
    'outside-hours': 'Outside working hours',
    weekend: 'Weekend',
    holiday: 'Holiday',
  },
  popupNextLabel: 'Next change',
  popupNext: (permitted, when) => (permitted ? `${when}: working time starts` : `${when}: personal use permitted`),
  popupNoChange: 'None in the next two weeks',
  popupZoneLabel: "Council's time zone",
  popupRuleHeading: 'Working-time rule',
  popupProfileHeading: 'Your profile',
  popupDisclaimerLabel: "My profile already carries a 'views are my own' disclaimer",
  popupDisclaimerHint: 'When this is ticked, Post Guard stops asking for a disclaimer in each post.',
  popupSaveFailed: 'Post Guard could not save this setting. Please try again.',
  popupLoading: 'Reading the time rules…',
  popupFailed: 'Post Guard could not read the time rules.',
  popupRetry: 'Try again',
};

const cy: Messages = {
  lang: 'cy',
  productName: 'Post Guard',
  category: {
    confidential: 'Gwybodaeth gyfrinachol',
    'personal-data': 'Gwybodaeth bersonol am rywun',
    'disclaimer-missing': 'Dim ymwadiad',
    disparaging: "Bychanu'r cyngor neu bobl",
    offensive: 'Iaith sarhaus',
    political: 'Gwleidyddiaeth plaid',
    reference: 'Geirda neu gymeradwyaeth',
    solicitation: 'Gwerthu, codi arian neu hyrwyddo',
  },
  severity: { block: "Ddim yn cael ei ganiatáu", warn: 'Rhybudd', info: 'Nodyn' },
  timeState: {
    working: 'amser gwaith',
    break: 'egwyl',
    'outside-hours': 'y tu allan i oriau gwaith',
    weekend: 'y penwythnos',
    holiday: 'gwyliau',
  },
  noticeIssues: (count, worst) => `Post Guard: ${count} ${count === 1 ? 'mater' : 'o faterion'} · ${worst}`,
  noticeWorkingTime: "Post Guard: amser gwaith, dim postio personol nawr",
  noticeUnavailable: "Ni allai Post Guard wirio'r neges hon. Gallwch bostio fel arfer.",
  noticeDisclaimerFailed: (d) => `Ni allai Post Guard ychwanegu'r ymwadiad. Teipiwch ef eich hun: ${d}`,
  dialogTitle: "Gwiriwch y neges hon cyn iddi fynd allan",
  dialogIntro: (count) =>
    count === 1
      ? "Daeth Post Guard o hyd i 1 peth yn y neges hon sydd dan bolisi cyfryngau cymdeithasol eich cyngor."
      : `Daeth Post Guard o hyd i ${count} o bethau yn y neges hon sydd dan bolisi cyfryngau cymdeithasol eich cyngor.`,
  dialogBlocked: "Ni ellir postio'r neges hon fel y mae. Golygwch hi yn gyntaf.",
  clauseLabel: (policy, ref) => `${policy}, ${ref}`,
  councilWording: 'Geiriad eich cyngor:',
  workingTimeHeading: 'Amser gwaith',
  workingTimeBody: "Mae'n amser gwaith: nid yw'r polisi'n caniatáu defnydd personol o'r cyfryngau cymdeithasol nawr.",
  permittedFrom: (when) => `Caniateir defnydd personol eto o ${when}.`,
  editPost: "Golygu'r neges",
  postAnyway: 'Postio beth bynnag',
  addDisclaimer: 'Ychwanegu ymwadiad',
  badgePermitted: 'IAWN',
  badgeNotPermitted: 'NA', // "no": the badge holds about four characters, too few for "amser gwaith"
  badgeTitle: (permitted, state, when) =>
    `Post Guard: ${permitted ? 'caniateir defnydd personol nawr' : 'ni chaniateir defnydd personol nawr'} (${state})` +
    (when ? `, tan ${when}` : ''),
  popupNowHeading: 'Ar hyn o bryd',
  popupPermitted: (state, when) => {
    const what = { working: 'amser gwaith', break: 'amser egwyl', 'outside-hours': 'y tu allan i oriau gwaith', weekend: 'y penwythnos', holiday: 'gwyliau' }[state];
    return `Gallwch bostio nawr: ${what}` + (when ? ` tan ${when}` : '');
  },
  popupNotPermitted: (when) => 'Amser gwaith: ni chaniateir postio personol' + (when ? ` tan ${when}` : ''),
  popupStateLabel: 'Nawr',
  popupStateName: {
    working: 'Amser gwaith',
    break: 'Egwyl',
    'outside-hours': 'Y tu allan i oriau gwaith',
    weekend: 'Penwythnos',
    holiday: 'Gwyliau',
  },
  popupNextLabel: 'Newid nesaf',
  popupNext: (permitted, when) => (permitted ? `${when}: amser gwaith yn dechrau` : `${when}: caniateir defnydd personol`),
  popupNoChange: 'Dim un yn ystod y pythefnos nesaf',
  popupZoneLabel: 'Cylchfa amser y cyngor',
  popupRuleHeading: 'Rheol amser gwaith',
  popupProfileHeading: 'Eich proffil',
  popupDisclaimerLabel: "Mae ymwadiad 'fy marn i fy hun' ar fy mhroffil yn barod",
  popupDisclaimerHint: "Pan fydd hwn wedi'i dicio, ni fydd Post Guard yn gofyn am ymwadiad ym mhob neges.",
  popupSaveFailed: "Ni allai Post Guard gadw'r gosodiad hwn. Rhowch gynnig arall arni.",
  popupLoading: "Wrthi'n darllen y rheolau amser…",
  popupFailed: "Ni allai Post Guard ddarllen y rheolau amser.",
  popupRetry: 'Rhoi cynnig arall arni',
};

/** Both tables, for tests and for a future language setting. */
export const MESSAGES = { en, cy } as const;

/** The messages for a BCP 47 language tag: Welsh for "cy…", English otherwise. */
export function messagesFor(language: string | undefined): Messages {
  return /^cy\b/i.test(language ?? '') ? cy : en;
}
