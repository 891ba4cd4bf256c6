/**
 * Which view the popup paints in its first frame, before the fresh one has loaded from
 * IndexedDB: the newest of the view the background prepared after the tab's last capture and
 * the one this popup last showed for the same opening. Nothing when neither exists (the popup
 * then waits for the fresh view) or when the benchmark measures the uncached path.
 */
import type { PopupModel, PopupSelection } from './popup-model';
import type { PreparedView } from './prepared-view';

export interface FirstPaintChoice {
  selection: PopupSelection;
  /** The background's view of the tab's business (only meaningful when the popup follows the tab). */
  prepared?: Pick<PreparedView, 'model' | 'savedAt'>;
  /** The popup's own last view for this opening (localStorage). */
  remembered?: { model: PopupModel; savedAt: number } | null;
  /** Benchmark build: measure the popup without any cached view. */
  uncached?: boolean;
}

export function chooseFirstPaint({ selection, prepared, remembered, uncached }: FirstPaintChoice): PopupModel | undefined {
  if (uncached) return undefined;
  const fromTab = selection === 'auto' ? prepared : undefined;
  if (fromTab && (!remembered || fromTab.savedAt >= remembered.savedAt)) return fromTab.model;
  return remembered?.model;
}
