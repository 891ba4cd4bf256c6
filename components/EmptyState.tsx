import type { TabState } from '@/utils/session/tab-state';
import { SITE_NAMES } from '@/utils/sites/names';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';

/** First run, or a page not read yet: what Review Sentinel does and the three steps to start. */
export function EmptyState({ tab }: { tab?: TabState }) {
  const t = useI18n();
  return (
    <div class="empty" data-testid="empty">
      {tab ? <PageHealthNote tab={tab} /> : null}
      <h1>{t.t('popup.empty.title')}</h1>
      <p>{t.t('popup.empty.body')}</p>
      <ol class="steps">
        <li>{t.t('popup.empty.step1', { sites: t.join(SITE_NAMES, 'list') })}</li>
        <li>{t.t('popup.empty.step2')}</li>
        <li>{t.t('popup.empty.step3')}</li>
      </ol>
    </div>
  );
}
