/**
 * The words for a site's state (site-state.ts) in the owner's language: what is wrong, and what to
 * do. Shared by the popup (freshness lines, list rows) and the badge tooltip, so they never disagree.
 */
import type { Translator } from '../i18n';
import { siteName } from '../sites/names';
import type { SiteState } from './site-state';

export interface SiteStateText {
  /** "Yelp: checked 2 hours ago", "Yelp: not checked for 9 days.", "Yelp: a check page was shown…". */
  line: string;
  /** Short form for a list row or a tooltip. */
  short: string;
  /** What to do ("Confirm you are not a robot on Yelp."); absent when nothing is needed. */
  action?: string;
}

export function siteStateText(t: Translator, state: SiteState, now: number): SiteStateText {
  const site = siteName(state.site);
  switch (state.kind) {
    case 'ok': {
      const line = t.t('popup.lastChecked', { site, ago: t.ago(state.checkedAt, now) });
      return { line, short: line };
    }
    case 'stale': {
      // A sentence of its own, since what to do follows it ("… not checked for 10 days. Open the reviews on Yelp.").
      const line = t.t('popup.staleSentence', { site, n: state.days });
      return { line, short: t.t('popup.stale', { site, n: state.days }), action: t.t(`state.action.${state.action}`, { site }) };
    }
    case 'blind':
      return {
        line: t.t(`state.blind.${state.reason}`, { site, ago: t.ago(state.checkedAt, now) }),
        short: t.t('state.blindShort', { site }),
        action: t.t(`state.action.${state.action}`, { site }),
      };
  }
}
