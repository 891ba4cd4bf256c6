import { startCapture } from '@/utils/capture/start';
import { trustpilot } from '@/utils/sites/trustpilot';

export default defineContentScript({
  matches: trustpilot.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(trustpilot, ctx);
  },
});
