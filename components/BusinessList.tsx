import type { TabState } from '@/utils/session/tab-state';
import type { MessageKey } from '@/utils/i18n/en';
import { businessTitle, type BusinessRecord } from '@/utils/store/schema';
import { siteState } from '@/utils/reputation/site-state';
import { siteStateText } from '@/utils/reputation/site-state-text';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';

export interface BusinessListProps {
  businesses: BusinessRecord[];
  tab?: TabState;
  now: number;
  onOpen(key: string): void;
  /** settings.staleAfterDays */
  staleAfterDays?: number;
}

const SECTIONS: Array<{ title: MessageKey; pick: (b: BusinessRecord) => boolean }> = [
  { title: 'list.mine', pick: (b) => b.role === 'mine' },
  { title: 'list.competitors', pick: (b) => b.role === 'competitor' },
  { title: 'list.others', pick: (b) => !b.role },
];

/** Every business seen, the owner's first, each with its site rating and when it was last checked. */
export function BusinessList({ businesses, tab, now, onOpen, staleAfterDays }: BusinessListProps) {
  const t = useI18n();
  return (
    <div data-testid="business-list">
      {tab ? <PageHealthNote tab={tab} /> : null}
      <h1 class="visually-hidden">{t.t('popup.allBusinesses')}</h1>
      {SECTIONS.map(({ title, pick }) => {
        const list = businesses.filter(pick);
        if (list.length === 0) return null;
        return (
          <section key={title} aria-label={t.t(title)}>
            <h2 class="section-title">{t.t(title)}</h2>
            <ul class="business-list">
              {list.map((b) => {
                // The row says the site's state (stale, could not be read, and what to do), never only "checked".
                const state = siteState(b, now, staleAfterDays);
                const text = siteStateText(t, state, now);
                return (
                  <li key={b.key}>
                    <button type="button" class="business-row" onClick={() => onOpen(b.key)}>
                      <span class="business-row-name" dir="auto">
                        {businessTitle(b)}
                      </span>
                      {b.rating !== undefined ? <span>{t.number(b.rating)}★</span> : null}
                      <span class={`small business-row-meta ${state.kind === 'ok' ? 'muted' : `state-${state.kind}`}`} data-testid={`row-state-${state.kind}`}>
                        {text.short}
                        {text.action ? ` — ${text.action}` : ''}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
