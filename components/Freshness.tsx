import type { BusinessRecord } from '@/utils/store/schema';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';
import { httpsUrl } from '@/utils/urls';
import { DAY } from '@/utils/time';
import { checkedBy } from '@/utils/schedule/freshness';
import { useCheckRuns } from './useCheckRuns';

/** A site not visited for longer than this is flagged: silence is not safety. */
export const STALE_DAYS = 7;

/** "Yelp: checked 2 hours ago"; once scheduled checks ran for it, whether it was one of them or the owner's own visit. */
function freshnessLine(t: ReturnType<typeof useI18n>, b: BusinessRecord, by: ReturnType<typeof checkedBy>, now: number): string {
  const params = { site: siteName(b.site), ago: t.ago(b.lastCheckedAt, now) };
  if (by === 'schedule') return t.t('popup.checkedAuto', params);
  if (by === 'owner') return t.t('popup.checkedByYou', params);
  return t.t('popup.lastChecked', params);
}

/** When each site was last checked, with a link to open it and check again. */
export function Freshness({ businesses, now }: { businesses: readonly BusinessRecord[]; now: number }) {
  const t = useI18n();
  const runs = useCheckRuns();
  return (
    <section aria-labelledby="freshness-title">
      <h2 id="freshness-title" class="visually-hidden">
        {t.t('popup.freshness')}
      </h2>
      <ul class="freshness" data-testid="freshness">
        {businesses.map((b) => {
          const days = Math.floor((now - b.lastCheckedAt) / DAY);
          const stale = days >= STALE_DAYS;
          const href = httpsUrl(b.url);
          return (
            <li key={b.key} class={stale ? 'stale' : ''}>
              {stale ? t.t('popup.stale', { site: siteName(b.site), n: days }) : freshnessLine(t, b, checkedBy(b.lastCheckedAt, runs[b.key]), now)}
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
