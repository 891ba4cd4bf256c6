/** Before the real-Firefox suite: make sure Firefox is there (FIREFOX_PATH, or firefox-esr from apt), and start a fresh Firefox build (each file waits for it). */
import { startBuild } from '../support/build';
import { findFirefox } from '../support/firefox';

export default function setup(): () => void {
  findFirefox();
  return startBuild('firefox');
}
