import type { Translator } from '@/utils/i18n';
import { signedNumber } from '@/utils/i18n/signed';
import type { BusinessSummary } from '@/utils/reputation/summary';
import { stateLine, type LastLook, type StateLine as Line } from '@/utils/views/morning';
import { useI18n } from './i18n';

export function bandText(t: Translator, band: Line['band']): string {
  if (band === 'unknown') return t.t('state.band.unknown');
  if (band === 'none') return t.t('state.band.none');
  return band === 'partial' ? t.t('state.band.partial') : t.t(`popup.band.${band}`);
}

/** "score −4, 2 new to act on since you looked yesterday"; nothing on a first look. */
export function changeText(t: Translator, change: Line['change'], now: number): string | null {
  if (change.kind === 'first') return null;
  const ago = t.ago(change.since, now);
  if (change.kind === 'same') return t.t('look.same', { ago });
  const delta = change.delta !== undefined ? signedNumber(t.number, change.delta) : undefined;
  if (delta !== undefined && change.newNegatives > 0) return t.t('look.deltaAndNew', { delta, n: change.newNegatives, ago });
  if (delta !== undefined) return t.t('look.delta', { delta, ago });
  return change.newNegatives > 0 ? t.t('look.newSince', { n: change.newNegatives, ago }) : null;
}

/** The business's state in one line under its name: score and band, what changed since the owner last looked, urgent and new. */
export function StateLine({ summary, lastLook, now }: { summary: BusinessSummary; lastLook?: LastLook; now: number }) {
  const t = useI18n();
  const line = stateLine(summary, lastLook);
  const change = changeText(t, line.change, now);
  return (
    <p class={`state-line band-${line.band}`} data-testid="state-line">
      {/* No review read yet: the listing is recorded, with no number (not even "?") and no band. */}
      {line.band === 'none' ? null : (
        <>
          <span class="state-score" data-testid="state-score">
            {line.score ?? '?'}
          </span>{' '}
        </>
      )}
      <span class="state-band" data-testid="state-band">
        {line.band === 'none' && summary.business.role === 'mine' ? t.t('state.noReviews.alerts') : bandText(t, line.band)}
      </span>
      {change ? (
        <span class="state-change" data-testid="state-change">
          {change}
        </span>
      ) : null}
      {line.urgent > 0 ? (
        <span class="chip chip-bad" data-testid="state-urgent">
          {t.t('list.urgent', { n: line.urgent })}
        </span>
      ) : null}
      {line.unread > 0 ? (
        <span class="chip chip-new" role="status" data-testid="unread">
          {t.t('popup.unread', { n: line.unread })}
        </span>
      ) : null}
    </p>
  );
}
