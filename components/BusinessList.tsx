import type { TabState } from '@/utils/session/tab-state';
import type { MessageKey } from '@/utils/i18n/en';
import { siteName } from '@/utils/sites/names';
import { businessTitle, type BusinessRecord } from '@/utils/store/schema';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';

export interface BusinessListProps {
  businesses: BusinessRecord[];
  tab?: TabState;
  now: number;
  onOpen(key: string): void;
}

const SECTIONS: Array<{ title: MessageKey; pick: (b: BusinessRecord) => boolean }> = [
  { title: 'list.mine', pick: (b) => b.role === 'mine' },
  { title: 'list.competitors', pick: (b) => b.role === 'competitor' },
  { title: 'list.others', pick: (b) => !b.role },
];

/** Every business seen, the owner's first, each with its site rating and when it was last checked. */
export function BusinessList({ businesses, tab, now, onOpen }: BusinessListProps) {
  const t = useI18n();
  return (
    <div data-testid="business-list">
      {tab ? <PageHealthNote tab={tab} /> : null}
      {SECTIONS.map(({ title, pick }) => {
        const list = businesses.filter(pick);
        if (list.length === 0) return null;
        return (
          <section key={title} aria-label={t.t(title)}>
            <h2 class="section-title">{t.t(title)}</h2>
            <ul class="business-list">
              {list.map((b) => (
                <li key={b.key}>
                  <button type="button" class="business-row" onClick={() => onOpen(b.key)}>
                    <span class="business-row-name" dir="auto">
                      {businessTitle(b)}
                    </span>
                    {b.rating !== undefined ? <span>{t.number(b.rating)}★</span> : null}
                    <span class="muted small business-row-meta">{t.t('popup.lastChecked', { site: siteName(b.site), ago: t.ago(b.lastCheckedAt, now) })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
