import { startCapture } from '@/utils/capture/start';
import { yelp } from '@/utils/sites/yelp';

export default defineContentScript({
  matches: yelp.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(yelp, ctx);
  },
});
