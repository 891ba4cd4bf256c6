/**
 * What the options page says after an import, an export or a deletion: in the owner's language
 * and words, with counts by kind (businesses, reviews, visits, alerts). Developer reasons (which
 * field of which record failed which check) are never shown. Pure.
 */
import type { Translator } from '../i18n';
import { siteName } from '../sites/names';
import type { ImportFailure, ImportReport } from '../store/import';
import type { SkipTally } from '../store/import-skips';

export interface KindCounts {
  businesses: number;
  reviews: number;
  snapshots: number;
  alerts: number;
}

/** "3 reviews skipped: their links do not lead to Google Maps." — one line per kind and cause, the largest first. */
export function skipLines(t: Translator, skips: readonly SkipTally[]): string[] {
  return [...skips]
    .sort((a, b) => b.count - a.count)
    .map((tally) =>
      t.t('options.skipLine', {
        what: t.t(`options.skipped.${tally.kind}`, { n: tally.count }),
        why: t.t(`options.skipCause.${tally.cause}`, { n: tally.count, site: tally.site ? siteName(tally.site) : '' }),
      }),
    );
}

/** The sentence an import ends with (what was added, what was known) and a line per kind of record left out. */
export function importMessage(t: Translator, report: ImportReport): { text: string; details: string[] } {
  const known = report.businesses.known + report.reviews.known + report.snapshots.known + report.alerts.known;
  const text = t.t('options.imported', {
    businesses: report.businesses.added,
    reviews: report.reviews.added,
    snapshots: report.snapshots.added,
    alerts: report.alerts.added,
    known,
  });
  return { text, details: skipLines(t, report.skips ?? []) };
}

/** Why a file was refused, in the owner's words. */
export function importFailureMessage(t: Translator, failure: ImportFailure): string {
  const why =
    failure.kind === 'too-large'
      ? t.t('options.importTooLarge', { mb: failure.maxMb })
      : failure.kind === 'not-json'
        ? t.t('options.importNotJson')
        : failure.code === 'not-ours'
          ? t.t('options.importNotOurs')
          : failure.code === 'too-new'
            ? t.t('options.importTooNew')
            : t.t('options.importDamaged');
  return t.t('options.importFailed', { error: why });
}

/** What an export held: every kind for JSON; CSV holds the businesses' reviews only. */
export function exportMessage(t: Translator, kind: 'json' | 'csv', counts: KindCounts): string {
  return kind === 'json' ? t.t('options.exported.kinds', { ...counts }) : t.t('options.exported', { businesses: counts.businesses, reviews: counts.reviews });
}

/** A browser error as a short phrase ("QuotaExceededError: …" → its message), never an object dump. */
export function errorPhrase(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'unknown error';
}
