import { useEffect, useState } from 'preact/hooks';
import { siteName } from '@/utils/sites/names';
import type { BusinessSummary } from '@/utils/reputation/summary';
import { businessTitle } from '@/utils/store/schema';
import { loadComparison, type ComparisonRow } from '@/utils/views/popup-model';
import { useI18n } from './i18n';

/** The owner's places beside their competitors: score, site rating, negative share, last 30 days; the view's own place first. */
export function Comparison({ summary, onOpen }: { summary: BusinessSummary; onOpen(key: string): void }) {
  const t = useI18n();
  const [rows, setRows] = useState<ComparisonRow[] | null>(null);
  useEffect(() => {
    let live = true;
    setRows(null);
    loadComparison(summary)
      .then((result) => live && setRows(result))
      .catch(() => live && setRows([]));
    return () => {
      live = false;
    };
  }, [summary]);
  if (rows === null) return <p class="muted small">{t.t('compare.loading')}</p>;
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title" class="section-title">
        {t.t('compare.title')}
      </h2>
      <table class="compare" data-testid="comparison">
        <thead>
          <tr>
            <th scope="col">{t.t('compare.name')}</th>
            <th scope="col">{t.t('compare.score')}</th>
            <th scope="col">{t.t('compare.rating')}</th>
            <th scope="col">{t.t('compare.negative')}</th>
            <th scope="col">{t.t('compare.recent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.business.key} class={row.business.role === 'mine' ? 'own' : ''} data-testid="comparison-row">
              <th scope="row">
                <button type="button" class="link" onClick={() => onOpen(row.business.key)} dir="auto">
                  {businessTitle(row.business)}
                </button>
                <span class="muted small">
                  {' '}
                  {row.businesses.map((b) => siteName(b.site)).join(' + ')}
                  {row.business.role === 'mine' ? ` · ${t.t('compare.you')}` : ''}
                </span>
              </th>
              <td class={`band-text-${row.band}`} data-testid="comparison-score">
                {row.band === 'unknown' ? (
                  t.t('state.band.unknown')
                ) : row.band === 'none' ? (
                  t.t('state.band.none')
                ) : (
                  <>
                    {row.score}
                    {row.band === 'partial' ? <span class="muted small"> {t.t('state.band.partial')}</span> : null}
                    {row.provisional ? <span class="muted small"> {t.t('popup.provisionalShort')}</span> : null}
                  </>
                )}
              </td>
              <td>
                {row.businesses.some((b) => b.rating !== undefined)
                  ? row.businesses.map((b) => (b.rating !== undefined ? `${t.number(b.rating)}★` : '—')).join(' · ')
                  : '—'}
              </td>
              <td>{t.percent(row.negativeShare)}</td>
              <td>
                {row.recent}
                {row.recentNegatives > 0 ? (
                  <span class="muted">
                    {' '}
                    <span aria-hidden="true">({row.recentNegatives}−)</span>
                    <span class="visually-hidden">({t.t('compare.recentNegatives', { n: row.recentNegatives })})</span>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
