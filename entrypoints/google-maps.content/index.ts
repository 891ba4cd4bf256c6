import { startCapture } from '@/utils/capture/start';
import { googleMaps } from '@/utils/sites/google-maps';

export default defineContentScript({
  matches: googleMaps.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(googleMaps, ctx);
  },
});
