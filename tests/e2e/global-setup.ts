/** Before the real-browser suite: make sure Chromium is there and the extension is freshly built. */
import { buildExtension, findChromium } from '../support/browser';

export default function setup(): void {
  findChromium();
  buildExtension('chrome');
}
