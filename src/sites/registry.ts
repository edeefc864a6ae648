/** Every site Post Guard knows, by platform: the one place a new site's adapter is registered. */
import type { Platform } from '../engine/types';
import type { SiteAdapter } from './adapter';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { xAdapter } from './x';

/** The adapters, one per platform. */
export const ADAPTERS: Readonly<Record<Platform, SiteAdapter>> = {
  x: xAdapter,
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
};
