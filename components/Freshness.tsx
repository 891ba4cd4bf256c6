import type { BusinessRecord } from '@/utils/store/schema';
import { siteState, type SiteState } from '@/utils/reputation/site-state';
import { siteStateText } from '@/utils/reputation/site-state-text';
import { checkedBy } from '@/utils/schedule/freshness';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';
import { KeepWhole } from './KeepWhole';
import { useCheckRuns } from './useCheckRuns';
import { httpsUrl } from '@/utils/urls';

/** "Yelp: checked 2 hours ago"; once scheduled checks ran for it, whether it was one of them or the owner's own visit. */
function checkedLine(t: ReturnType<typeof useI18n>, b: BusinessRecord, by: ReturnType<typeof checkedBy>, fallback: string, now: number): string {
  const params = { site: siteName(b.site), ago: t.ago(b.lastCheckedAt, now) };
  if (by === 'schedule') return t.t('popup.checkedAuto', params);
  if (by === 'owner') return t.t('popup.checkedByYou', params);
  return fallback;
}

/**
 * Each site's state (site-state.ts): when it was last checked (by a scheduled check or by the
 * owner), or that it is stale or could not be read and what to do, with a link to open it and
 * check again. Silence is not safety.
 */
export function Freshness({ businesses, sites, now }: { businesses: readonly BusinessRecord[]; sites?: readonly SiteState[]; now: number }) {
  const t = useI18n();
  const runs = useCheckRuns();
  return (
    <section aria-labelledby="freshness-title">
      <h2 id="freshness-title" class="visually-hidden">
        {t.t('popup.freshness')}
      </h2>
      <ul class="freshness" data-testid="freshness">
        {businesses.map((b, i) => {
          const state = sites?.[i]?.businessKey === b.key ? sites[i]! : siteState(b, now);
          const text = siteStateText(t, state, now);
          const line = state.kind === 'ok' ? checkedLine(t, b, checkedBy(b.lastCheckedAt, runs[b.key]), text.line, now) : text.line;
          const href = httpsUrl(b.url);
          return (
            <li key={b.key} class={state.kind === 'ok' ? '' : state.kind} data-testid={`site-state-${state.kind}`}>
              <KeepWhole text={line} keep={[t.ago(b.lastCheckedAt, now), siteName(b.site)]} />
              {text.action ? <> {text.action}</> : null}
              {href ? (
                <>
                  {' — '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t.t('popup.openSite')}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
