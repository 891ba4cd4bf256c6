import { startCapture } from '@/utils/capture/start';
import { yandexMaps } from '@/utils/sites/yandex-maps';

export default defineContentScript({
  matches: yandexMaps.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(yandexMaps, ctx);
  },
});
