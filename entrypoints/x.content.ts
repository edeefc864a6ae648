import { startPostGuard } from '@/src/content/run';
import { xAdapter } from '@/src/sites/x';

/** Post Guard on X: the timeline box, the compose modal, replies and quote posts. */
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startPostGuard(ctx, xAdapter),
});
