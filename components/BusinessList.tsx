import type { TabState } from '@/utils/session/tab-state';
import type { MessageKey } from '@/utils/i18n/en';
import type { BusinessRecord, BusinessRole } from '@/utils/store/schema';
import { siteStateText } from '@/utils/reputation/site-state-text';
import { needsMinePrompt, nothingWaiting, type DashboardRow } from '@/utils/views/dashboard';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';
import { bandText } from './StateLine';

export interface BusinessListProps {
  /** Every business seen (kept for callers; the rows come from `places`). */
  businesses?: BusinessRecord[];
  /** One row per place, in attention order (dashboard.ts). */
  places: readonly DashboardRow[];
  tab?: TabState;
  now: number;
  onOpen(key: string): void;
  /** Marks a place as the owner's (the prompt when none is). */
  onSetRole?(key: string, role: BusinessRole): void;
  /** settings.staleAfterDays (the rows' states are already judged with it). */
  staleAfterDays?: number;
}

const SECTIONS: Array<{ title: MessageKey; pick: (row: DashboardRow) => boolean }> = [
  { title: 'list.mine', pick: (row) => row.role === 'mine' },
  { title: 'list.competitors', pick: (row) => row.role === 'competitor' },
  { title: 'list.others', pick: (row) => !row.role },
];

/**
 * The owner's morning check: per place (a group is one row) its score and band, urgent reviews,
 * new negatives and each site's freshness, what needs attention first; the owner's places first.
 * When none is marked as the owner's, it asks which one is.
 */
export function BusinessList({ places, tab, now, onOpen, onSetRole }: BusinessListProps) {
  const t = useI18n();
  const prompt = needsMinePrompt(places) && onSetRole !== undefined;
  return (
    <div data-testid="business-list">
      {tab ? <PageHealthNote tab={tab} /> : null}
      <h1 class="visually-hidden">{t.t('popup.allBusinesses')}</h1>
      {prompt ? (
        <p class="note" data-testid="pick-mine">
          {t.t('list.pickMine')}
        </p>
      ) : null}
      {SECTIONS.map(({ title, pick }) => {
        const rows = places.filter(pick);
        if (rows.length === 0) return null;
        return (
          <section key={title} aria-label={t.t(title)}>
            <h2 class="section-title">{t.t(title)}</h2>
            <ul class="business-list">
              {rows.map((row) => (
                <li key={row.key} class="place" data-testid="place-row" data-key={row.key}>
                  <button type="button" class="business-row" onClick={() => onOpen(row.key)}>
                    <span class="business-row-top">
                      <span class="business-row-name" dir="auto">
                        {row.name}
                      </span>
                      <span class={`row-score band-${row.band}`} data-testid="row-score">
                        {row.score !== undefined ? `${t.number(row.score)} · ` : ''}
                        {row.band === 'unknown' ? t.t('list.noScore') : bandText(t, row.band)}
                      </span>
                    </span>
                    <span class="row-counts small">
                      {row.urgent > 0 ? (
                        <span class="chip chip-bad" data-testid="row-urgent">
                          {t.t('list.urgent', { n: row.urgent })}
                        </span>
                      ) : null}
                      {row.newNegatives > 0 ? (
                        <span class="chip chip-new" data-testid="row-new">
                          {t.t('list.unread', { n: row.newNegatives })}
                        </span>
                      ) : null}
                      {row.unanswered > 0 ? (
                        <span class="chip" data-testid="row-to-answer">
                          {t.t('list.toAnswer', { n: row.unanswered })}
                        </span>
                      ) : null}
                      {row.band === 'none' && row.role === 'mine' && nothingWaiting(row) ? (
                        <span class="muted" data-testid="row-first-alerts">
                          {t.t('list.firstAlerts')}
                        </span>
                      ) : nothingWaiting(row) ? (
                        // As its own "Needs a look" says: nothing waiting, or nothing among the reviews that could be read.
                        <span class="muted" data-testid="row-nothing">
                          {t.t(row.trust === 'current' ? 'list.nothingNew' : 'list.nothingRead')}
                        </span>
                      ) : null}
                    </span>
                    {row.sites.map((state) => {
                      // The row says each site's state (stale, could not be read, and what to do), never only "checked".
                      const text = siteStateText(t, state, now);
                      return (
                        <span
                          key={state.businessKey}
                          class={`small business-row-meta ${state.kind === 'ok' ? 'muted' : `state-${state.kind}`}`}
                          data-testid={`row-state-${state.kind}`}
                        >
                          {text.short}
                          {text.action ? ` — ${text.action}` : ''}
                        </span>
                      );
                    })}
                  </button>
                  {prompt ? (
                    <button
                      type="button"
                      class="mine-button"
                      aria-label={t.t('list.markMineLabel', { name: row.name })}
                      onClick={() => onSetRole?.(row.key, 'mine')}
                      data-testid="mark-mine"
                    >
                      {t.t('list.markMine')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
