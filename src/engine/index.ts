// The engine's public face, for the CLI, the scripts and the background worker.
export { check } from './check';
export * from './types';
export { resolvePolicy, DEFAULT_POLICY, type EffectivePolicy, type PolicyResult } from '../policy/effective';
export { timeStatus, type TimeStatus } from '../time/time-status';
export { explain } from './explain';
export { postFeatures } from './post-features';
export { BUNDLED_PACKS } from '../policy/bundled-packs';
