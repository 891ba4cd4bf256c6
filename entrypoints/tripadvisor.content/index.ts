import { startCapture } from '@/utils/capture/start';
import { tripadvisor } from '@/utils/sites/tripadvisor';

export default defineContentScript({
  matches: tripadvisor.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(tripadvisor, ctx);
  },
});
