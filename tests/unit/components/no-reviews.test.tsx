// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BusinessList } from '@/components/BusinessList';
import { BusinessView } from '@/components/BusinessView';
import { setBusinessRole } from '@/utils/store/queries';
import { ingestCapture } from '@/utils/store/ingest';
import { listBusinessesForSwitcher } from '@/utils/store/read-models';
import { dashboardRow, sortRows } from '@/utils/views/dashboard';
import { hasScore, noReviewsYet, stateLine, viewBand } from '@/utils/views/morning';
import { comparisonRow, loadPlaces } from '@/utils/views/popup-model';
import { summarize } from '@/utils/reputation/summary';
import { loadSummaryParts } from '@/utils/store/read-models';
import { business, DAY, ingestInput } from '../../support/factories';
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

/** The seeded store with Tacos El Rey: a new listing, visited once, not one review on its page. */
async function withTacos() {
  const { db } = await seededStore();
  await ingestCapture(
    db,
    ingestInput([], {
      visitId: 't1',
      now: SEED_NOW - DAY,
      business: business({ siteBusinessId: 'tacos', name: 'Tacos El Rey', url: 'https://www.yelp.com/biz/tacos-el-rey' }),
    }),
  );
  await setBusinessRole(db, 'yelp:tacos', 'mine');
  const tacos = (await listBusinessesForSwitcher(db)).find((b) => b.key === 'yelp:tacos')!;
  const summary = summarize(await loadSummaryParts(db, [tacos], SEED_NOW), SEED_NOW, { staleAfterDays: 7 });
  return { db, summary };
}

describe('a listing with no review read has no score', () => {
  it('has no number and no band in its state line, its list row and its comparison row', async () => {
    const { db, summary } = await withTacos();
    expect(summary.total).toBe(0);
    expect(noReviewsYet(summary)).toBe(true);
    expect(viewBand(summary)).toBe('none');
    expect(hasScore('none')).toBe(false);
    expect(stateLine(summary, undefined).score).toBeUndefined();
    expect(dashboardRow(summary)).toMatchObject({ band: 'none' });
    expect(dashboardRow(summary).score).toBeUndefined();
    expect(comparisonRow(summary).band).toBe('none');
    // Every site blind stays unknown: a site that could not be read may well have reviews.
    expect(viewBand({ ...summary, trust: 'unknown' })).toBe('unknown');
    // A place with reviews keeps its score.
    const places = await loadPlaces(db, await listBusinessesForSwitcher(db), SEED_NOW, { staleAfterDays: 7 });
    const lucia = places.find((p) => p.name === 'Trattoria Lucia')!;
    expect(lucia.score).toBeGreaterThan(0);
    // With nothing to do and nothing to score, it comes after the places with a score.
    expect(sortRows(places).map((p) => p.name)).toEqual(['Trattoria Lucia', 'Tacos El Rey']);
  });

  it('says so plainly in the popup and the list: no reviews yet, the first negative one alerts', async () => {
    const { summary } = await withTacos();
    const { container } = renderUi(<BusinessView summary={summary} now={SEED_NOW} {...noActions} />);
    const line = screen.getByTestId('state-line');
    expect(within(line).queryByTestId('state-score')).toBeNull();
    expect(screen.getByTestId('state-band').textContent).toBe('No reviews yet — the first negative one will alert you');
    expect(screen.queryByTestId('score')).toBeNull();
    expect(screen.queryByTestId('band')).toBeNull();
    expect(screen.getByTestId('no-score').textContent).toMatch(/^No review of this listing has been read yet, so it has no score\./);
    expect(screen.getByTestId('known').textContent).toBe('0 reviews known');
    expect(screen.queryByTestId('negative-share')).toBeNull();
    expect(container.textContent).not.toMatch(/Healthy|Watch closely|Needs attention|From 0 reviews read/);
    cleanup();

    renderUi(<BusinessList places={[dashboardRow(summary)]} now={SEED_NOW} onOpen={() => undefined} />);
    const row = screen.getByTestId('place-row');
    expect(within(row).getByTestId('row-score').textContent).toBe('No reviews yet');
    expect(within(row).getByTestId('row-first-alerts').textContent).toBe('The first negative review will alert you');
  });
});
