// @vitest-environment jsdom
/**
 * A Booking.com page through the whole background path (validation, analysis, store): the
 * review keeps its own score, scale and parts, the shared 1–5 value is derived, the disliked
 * part is analysed on its own and decides the negative, and the counts follow the 10-point rule.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { CapturePageResponse } from '@/utils/messages';
import { booking } from '@/utils/sites/booking';
import { closeDb, getDb } from '@/utils/store/db';
import { getBusiness, reviewsOfBusiness } from '@/utils/store/queries';
import { validateCaptureMessage } from '@/utils/validate';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const PAGE = 'https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html';
const KEY = 'booking:4417291';
const sender = { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 0, url: PAGE };

function pageMessage() {
  const doc = new DOMParser().parseFromString(renderFixture('booking/property-dialog-en.html', { now: FIXED_NOW }), 'text/html');
  const { capture, health } = booking.extract(doc, new URL(PAGE), FIXED_NOW);
  return { type: 'capture:page', visitId: 'v1', site: 'booking', pageUrl: PAGE, capture, health };
}

async function send(message: unknown): Promise<CapturePageResponse> {
  const [response] = (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined)) as unknown[];
  return response as CapturePageResponse;
}

describe('a Booking.com capture in the store', () => {
  beforeEach(async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    background.main();
    await new Promise((r) => setTimeout(r, 20));
  });

  it("keeps Booking's own figures beside the shared ones", async () => {
    expect(await send(pageMessage())).toMatchObject({ ok: true, stored: 7, rejected: 0 });
    const db = await getDb();
    const business = await getBusiness(db, KEY);
    expect(business).toMatchObject({ name: 'Le Petit Marais', siteScore: 8.6, scale: 10, rating: 4.3, scoreWord: 'Excellent', reviewCount: 1284 });
    expect(business!.subScores).toContainEqual({ label: 'Value for money', score: 7.9 });
    const reviews = new Map((await reviewsOfBusiness(db, KEY)).map((r) => [r.author, r]));
    expect(reviews.get('Margaret')).toMatchObject({
      siteScore: 9,
      scale: 10,
      rating: 4.5,
      scoreWord: 'Superb',
      liked: 'Spotless room, a very comfortable bed and the staff at reception gave us great tips for restaurants nearby.',
      disliked: 'The lift is tiny, but that is Paris.',
      authorCountry: 'United Kingdom',
      stay: { travellerType: 'Couple', room: 'Deluxe Double Room' },
      negative: 0,
    });
  });

  it('analyses the disliked part and counts by the 10-point rule', async () => {
    await send(pageMessage());
    const db = await getDb();
    const reviews = new Map((await reviewsOfBusiness(db, KEY)).map((r) => [r.author, r]));
    // 7/10 "Good", with a broken air conditioner in the disliked part: negative.
    expect(reviews.get('Kevin')!.analysis.disliked!.label).toBe('negative');
    expect(reviews.get('Kevin')!.negative).toBe(1);
    // 5/10 is negative whatever its words; 10/10 with "Ничего." disliked is not.
    expect(reviews.get('Chloé')!.negative).toBe(1);
    expect(reviews.get('Анна')).toMatchObject({ negative: 0, disliked: 'Ничего.' });
    // A score-only 6/10 is neither.
    expect(reviews.get('Ahmed')).toMatchObject({ negative: 0, siteScore: 6, rating: 3 });
    const aggregate = await db.get('aggregates', KEY);
    // Positive: 8 or more without a problem disliked — Margaret 9, Thomas 10, Анна 10, 李娜 8.
    expect(aggregate).toMatchObject({ total: 7, negatives: 2, positives: 4 });
  });
});

describe('validation of 10-point fields', () => {
  const now = FIXED_NOW;

  it('derives the 1–5 rating from the site score instead of trusting it', () => {
    const message = pageMessage();
    message.capture!.reviews[0]!.rating = 1;
    const checked = validateCaptureMessage(message, now);
    expect(checked.ok && checked.value.message.capture!.reviews[0]).toMatchObject({ siteScore: 9, scale: 10, rating: 4.5 });
  });

  it('drops a review with an unknown scale or a score off its scale, keeping the others', () => {
    const message = pageMessage();
    Object.assign(message.capture!.reviews[0]!, { scale: 7 });
    Object.assign(message.capture!.reviews[1]!, { siteScore: 11 });
    const checked = validateCaptureMessage(message, now);
    expect(checked.ok && checked.value.rejected.map((r) => r.reason)).toEqual(['scale is not 10', 'site score is out of range']);
    expect(checked.ok && checked.value.message.capture!.reviews).toHaveLength(5);
  });

  it('refuses an over-long stay field and more than 12 sub-scores', () => {
    const message = pageMessage();
    message.capture!.reviews[0]!.stay = { room: 'x'.repeat(201) };
    expect(validateCaptureMessage(message, now)).toMatchObject({ ok: true, value: { rejected: [{ index: 0, reason: 'room is longer than 200 characters' }] } });
    message.capture!.business.subScores = Array.from({ length: 13 }, (_, i) => ({ label: `Part ${i}`, score: 8 }));
    expect(validateCaptureMessage(message, now)).toEqual({ ok: false, reason: 'more than 12 sub-scores' });
  });
});
