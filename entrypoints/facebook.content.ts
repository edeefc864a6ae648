import { startPostGuard } from '@/src/content/run';
import { facebookAdapter } from '@/src/sites/facebook';

/** Post Guard on Facebook: the Create post dialog and comment boxes. */
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startPostGuard(ctx, facebookAdapter),
});
