/**
 * Blind is never safe: the one rule that says, per site, whether what the extension knows of a
 * business is current (`ok`), old (`stale`: not checked for longer than the owner's setting) or
 * missing (`blind`: the latest visit could not read the reviews), with what the owner should do.
 * Every view that could state safety (score band, risk line, "Needs a look", list rows, badge
 * tooltip) asks this module first. Pure: records and `now` in.
 *
 * API, in short:
 * - `siteState(business, now, staleAfterDays)` → one site's `SiteState`;
 * - `viewTrust(states)` → what the whole view (one business or a group) may claim.
 */
import type { LayoutHealth, SiteId } from '../sites/types';
import type { BusinessRecord } from '../store/schema';
import { wholeDaysBetween } from '../time';

/** Page states after which the stored reviews say nothing about today. */
export const BLIND_REASONS = ['layout-changed', 'blocked', 'limited-view', 'reviews-not-open'] as const;
export type BlindReason = (typeof BLIND_REASONS)[number];

/**
 * What the owner should do to make the site readable again:
 * `open-reviews` (open the site's review list), `sign-in` (the site shows a signed-out view),
 * `pass-check` (confirm you are not a robot), `check-yourself` (the layout changed: read the
 * reviews yourself until the extension is updated).
 */
export type SiteAction = 'open-reviews' | 'sign-in' | 'pass-check' | 'check-yourself';

export type SiteState =
  | { kind: 'ok'; businessKey: string; site: SiteId; checkedAt: number }
  | { kind: 'stale'; businessKey: string; site: SiteId; checkedAt: number; days: number; action: 'open-reviews' }
  | {
      kind: 'blind';
      businessKey: string;
      site: SiteId;
      checkedAt: number;
      reason: BlindReason;
      action: SiteAction;
      /** When a visit last read this site's reviews, if one did and it is known: what is shown is from then. */
      readAt?: number;
    };

export const DEFAULT_STALE_AFTER_DAYS = 7;

const ACTIONS: Record<BlindReason, SiteAction> = {
  'layout-changed': 'check-yourself',
  blocked: 'pass-check',
  'limited-view': 'sign-in',
  'reviews-not-open': 'open-reviews',
};

export function isBlindStatus(status: LayoutHealth['status'] | undefined): status is BlindReason {
  return (BLIND_REASONS as readonly string[]).includes(status ?? '');
}

/** One site's state. A site blind at its latest visit stays blind, however recent that visit. */
export function siteState(
  business: Pick<BusinessRecord, 'key' | 'site' | 'lastCheckedAt' | 'health' | 'lastReadAt'>,
  now: number,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): SiteState {
  const base = { businessKey: business.key, site: business.site, checkedAt: business.lastCheckedAt };
  const status = business.health?.status;
  if (isBlindStatus(status)) {
    const blind: SiteState = { ...base, kind: 'blind', reason: status, action: ACTIONS[status] };
    if (business.lastReadAt !== undefined) blind.readAt = business.lastReadAt;
    return blind;
  }
  const days = wholeDaysBetween(business.lastCheckedAt, now);
  if (days >= staleAfterDays) return { ...base, kind: 'stale', days, action: 'open-reviews' };
  return { ...base, kind: 'ok' };
}

/**
 * What a view over these sites may claim:
 * - `current`: every site is ok — the score, its band and "no warning signs" may be said;
 * - `partial`: some site is blind or stale — figures are shown, but never as healthy (no green
 *   band, no "low risk", no "no negative reviews");
 * - `unknown`: no site could be read at its latest visit — no score at all.
 */
export type ViewTrust = 'current' | 'partial' | 'unknown';

export function viewTrust(states: readonly SiteState[]): ViewTrust {
  if (states.length === 0) return 'unknown';
  if (states.every((s) => s.kind === 'blind')) return 'unknown';
  return states.every((s) => s.kind === 'ok') ? 'current' : 'partial';
}

/** The sites that keep a view from being current, blind ones first. */
export function unsafeSites(states: readonly SiteState[]): Array<Exclude<SiteState, { kind: 'ok' }>> {
  const out = states.filter((s): s is Exclude<SiteState, { kind: 'ok' }> => s.kind !== 'ok');
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'blind' ? -1 : 1));
}

/** The band a view may show: a green band only when every site is current. */
export function shownBand<B extends string>(band: B, trust: ViewTrust): B | 'partial' | 'unknown' {
  if (trust === 'unknown') return 'unknown';
  return trust === 'partial' && band === 'green' ? 'partial' : band;
}

/** The risk level a view may show: "low" only when every site is current. */
export function shownRiskLevel<L extends string>(level: L, trust: ViewTrust): L | 'unknown' {
  return trust !== 'current' && level === 'low' ? 'unknown' : level;
}
