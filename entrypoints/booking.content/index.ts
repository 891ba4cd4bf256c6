import { startCapture } from '@/utils/capture/start';
import { booking } from '@/utils/sites/booking';

export default defineContentScript({
  matches: booking.matches,
  runAt: 'document_idle',
  main: (ctx) => {
    startCapture(booking, ctx);
  },
});
