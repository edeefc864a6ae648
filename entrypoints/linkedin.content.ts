import { startPostGuard } from '@/src/content/run';
import { linkedinAdapter } from '@/src/sites/linkedin';

/** Post Guard on LinkedIn: the share box, comments and the recommendation form. */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startPostGuard(ctx, linkedinAdapter),
});
