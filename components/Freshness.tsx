import type { BusinessRecord } from '@/utils/store/schema';
import { siteState, type SiteState } from '@/utils/reputation/site-state';
import { siteStateText } from '@/utils/reputation/site-state-text';
import { useI18n } from './i18n';
import { httpsUrl } from '@/utils/urls';

/**
 * Each site's state (site-state.ts): when it was last checked, or that it is stale or could not
 * be read and what to do, with a link to open it and check again. Silence is not safety.
 */
export function Freshness({ businesses, sites, now }: { businesses: readonly BusinessRecord[]; sites?: readonly SiteState[]; now: number }) {
  const t = useI18n();
  return (
    <section aria-labelledby="freshness-title">
      <h2 id="freshness-title" class="visually-hidden">
        {t.t('popup.freshness')}
      </h2>
      <ul class="freshness" data-testid="freshness">
        {businesses.map((b, i) => {
          const state = sites?.[i]?.businessKey === b.key ? sites[i]! : siteState(b, now);
          const text = siteStateText(t, state, now);
          const href = httpsUrl(b.url);
          return (
            <li key={b.key} class={state.kind === 'ok' ? '' : state.kind} data-testid={`site-state-${state.kind}`}>
              {text.line}
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
