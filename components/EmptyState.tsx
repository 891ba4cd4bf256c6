import { SITE_NAMES } from '@/utils/sites/names';
import type { TabState } from '@/utils/background/tab-state';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';

export function EmptyState({ tab }: { tab?: TabState }) {
  const t = useI18n();
  return (
    <div class="empty" data-testid="empty">
      {tab ? <PageHealthNote tab={tab} /> : null}
      <h1>{t.t('popup.empty.title')}</h1>
      <p>{t.t('popup.empty.body')}</p>
      <p class="muted">{t.t('popup.empty.sites', { sites: SITE_NAMES.join(', ') })}</p>
    </div>
  );
}
