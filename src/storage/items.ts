/**
 * Every storage item Post Guard keeps, in one place (WXT's storage.defineItem). Post text is never stored:
 * only the user's settings live here.
 */
import { storage } from 'wxt/utils/storage';

/**
 * The user's setting "my profile carries a disclaimer": when true, the engine does not ask for a disclaimer
 * in each post. Synced, because it describes the person's profiles, not one browser.
 */
export const profileHasDisclaimer = storage.defineItem<boolean>('sync:profileHasDisclaimer', {
  fallback: false,
  version: 1,
});
