import { regexHits, type SpanHit } from './span';

// Eye-roll, clown, unamused, facepalm: how scorn is written without a word of it. Not the upside-down face
// (U+1F643): staff use it mostly at their own expense ("left my lanyard at home again 🙃").
const SCORN_EMOJI = /\u{1F644}|\u{1F921}|\u{1F612}|\u{1F926}/gu;

/** Emoji of scorn ("@eye-roll"); only a signal, which rules pair with a council target. */
export function findEyeRolls(original: string): SpanHit[] {
  return regexHits(original, SCORN_EMOJI, '@eye-roll');
}
