import { startCapture } from '@/utils/capture/start';
import { twoGis } from '@/utils/sites/twogis';

export default defineContentScript({
  matches: twoGis.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(twoGis, ctx);
  },
});
