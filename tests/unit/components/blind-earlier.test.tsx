// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BusinessView } from '@/components/BusinessView';
import { siteState } from '@/utils/reputation/site-state';
import { summarize } from '@/utils/reputation/summary';
import { ingestCapture } from '@/utils/store/ingest';
import { getBusiness } from '@/utils/store/queries';
import { loadSummaryParts } from '@/utils/store/read-models';
import type { LayoutHealth } from '@/utils/sites/types';
import { unknownBasis } from '@/utils/views/morning';
import { DAY, ingestInput } from '../../support/factories';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';

afterEach(cleanup);

const noActions = {
  onDisplayed: () => undefined,
  onMarkAllRead: () => undefined,
  onDone: () => undefined,
  onOpen: () => undefined,
  onSetRole: () => undefined,
};
const limited: LayoutHealth = { looksLikeReviewPage: true, cardsFound: 0, cardsRead: 0, selectors: {}, status: 'limited-view' };

/** Trattoria Lucia, read by its visits up to yesterday, then a visit today that showed only a signed-out view. */
async function blindToday() {
  const { db } = await seededStore();
  const readBefore = (await getBusiness(db, 'yelp:biz-1'))!.lastReadAt!;
  await ingestCapture(db, ingestInput([], { visitId: 'blind', now: SEED_NOW, health: limited }));
  const lucia = (await getBusiness(db, 'yelp:biz-1'))!;
  return { lucia, readBefore, summary: summarize(await loadSummaryParts(db, [lucia], SEED_NOW), SEED_NOW, { staleAfterDays: 7 }) };
}

describe('after a visit that could not read the reviews, the view is unknown and says the figures are from earlier visits', () => {
  it('keeps when the reviews were last read: a blind visit does not move it', async () => {
    const { lucia, readBefore, summary } = await blindToday();
    expect(readBefore).toBe(SEED_NOW - DAY);
    expect(lucia.lastCheckedAt).toBe(SEED_NOW);
    expect(lucia.lastReadAt).toBe(readBefore);
    expect(siteState(lucia, SEED_NOW)).toMatchObject({ kind: 'blind', reason: 'limited-view', readAt: readBefore });
    expect(summary.trust).toBe('unknown');
    expect(unknownBasis(summary)).toEqual({ kind: 'earlier', readAt: readBefore });
    // Nothing ever read: nothing is known, and it says so.
    expect(unknownBasis({ ...summary, total: 0 })).toEqual({ kind: 'nothing' });
    // A record from before the date was kept: from earlier visits, undated.
    expect(unknownBasis({ ...summary, sites: summary.sites.map(({ ...s }) => (s.kind === 'blind' ? (delete s.readAt, s) : s)) })).toEqual({ kind: 'earlier' });
  });

  it('never says nothing is known above the figures it shows', async () => {
    const { summary } = await blindToday();
    renderUi(<BusinessView summary={summary} now={SEED_NOW} {...noActions} />);
    expect(screen.getByTestId('state-band').textContent).toBe('Unknown');
    expect(screen.queryByTestId('score')).toBeNull();
    expect(screen.getByTestId('no-score').textContent).toBe(
      'The latest visit could not read the reviews, so there is no score today. The figures below are from earlier visits: the reviews were last read yesterday.',
    );
    expect(screen.getByTestId('known').textContent).toBe(`${summary.total} reviews known`);
    expect(document.body.textContent).not.toContain('nothing is known');
  });
});
