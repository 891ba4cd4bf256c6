import type { TabState } from '@/utils/session/tab-state';
import type { MessageKey } from '@/utils/i18n/en';
import type { LayoutHealth } from '@/utils/sites/types';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';

/** What each page state tells the owner; `warn` states are announced as alerts. */
const NOTES: Partial<Record<LayoutHealth['status'], { key: MessageKey; warn?: boolean }>> = {
  'layout-changed': { key: 'popup.layoutChanged', warn: true },
  'limited-view': { key: 'popup.limitedView' },
  'reviews-not-open': { key: 'popup.reviewsNotOpen' },
  blocked: { key: 'popup.blocked' },
  'no-reviews': { key: 'popup.noReviewsOnPage' },
};

/** What the page in the current tab looked like to the adapter, when that needs saying. */
export function PageHealthNote({ tab }: { tab: TabState }) {
  const t = useI18n();
  const note = NOTES[tab.health.status];
  if (!note) return null;
  return (
    <p class={note.warn ? 'note note-warn' : 'note'} role={note.warn ? 'alert' : 'status'} data-testid="health">
      {t.t(note.key, { site: siteName(tab.site) })}
    </p>
  );
}
