import type { TabState } from '@/utils/background/tab-state';
import type { BusinessRecord } from '@/utils/store/schema';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';

export interface BusinessListProps {
  businesses: BusinessRecord[];
  tab?: TabState;
  now: number;
  onOpen(key: string): void;
}

/** The switcher: every tracked business with when its page was last checked. */
export function BusinessList({ businesses, tab, now, onOpen }: BusinessListProps) {
  const t = useI18n();
  return (
    <div>
      {tab ? <PageHealthNote tab={tab} /> : null}
      <ul class="business-list" data-testid="business-list">
        {businesses.map((b) => (
          <li key={b.key}>
            <button type="button" class="business-row" onClick={() => onOpen(b.key)}>
              <span class="business-row-name" dir="auto">
                {b.name}
              </span>
              {b.role ? <span class={`role role-${b.role}`}>{t.t(`popup.role.${b.role}`)}</span> : null}
              <span class="muted">{t.t('popup.lastChecked', { site: siteName(b.site), ago: t.ago(b.lastCheckedAt, now) })}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
