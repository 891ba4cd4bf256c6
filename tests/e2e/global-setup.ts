/** Before the real-browser suite: make sure Chromium is there, and start a fresh build of the extension (each file waits for it). */
import { findChromium, startBuild } from '../support/browser';

export default function setup(): () => void {
  findChromium();
  return startBuild('chrome');
}
