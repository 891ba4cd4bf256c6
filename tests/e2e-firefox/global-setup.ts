/** Before the real-Firefox suite: make sure Firefox is there (FIREFOX_PATH, or firefox-esr from apt) and the Firefox build is fresh. */
import { buildOnce } from '../support/build';
import { findFirefox } from '../support/firefox';

export default function setup(): void {
  findFirefox();
  buildOnce('firefox');
}
