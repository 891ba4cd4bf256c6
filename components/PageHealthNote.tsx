import type { TabState } from '@/utils/background/tab-state';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';

/** What the page in the current tab looked like to the adapter, when that needs saying. */
export function PageHealthNote({ tab }: { tab: TabState }) {
  const t = useI18n();
  const site = siteName(tab.site);
  switch (tab.health.status) {
    case 'layout-changed':
      return (
        <p class="note note-warn" role="alert" data-testid="health">
          {t.t('popup.layoutChanged', { site })}
        </p>
      );
    case 'limited-view':
      return (
        <p class="note" role="status" data-testid="health">
          {t.t('popup.limitedView', { site })}
        </p>
      );
    case 'reviews-not-open':
      return (
        <p class="note" role="status" data-testid="health">
          {t.t('popup.reviewsNotOpen', { site })}
        </p>
      );
    case 'blocked':
      return (
        <p class="note" role="status" data-testid="health">
          {t.t('popup.blocked', { site })}
        </p>
      );
    case 'no-reviews':
      return (
        <p class="note" role="status" data-testid="health">
          {t.t('popup.noReviewsOnPage')}
        </p>
      );
    default:
      return null;
  }
}
