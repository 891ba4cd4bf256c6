// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCapture } from '@/utils/capture/runtime';
import { yelp } from '@/utils/sites/yelp';
import { FakeContext, startRecording, until, wait } from '../../support/capture-context';
import { FIXED_NOW, readFixture, renderFixture } from '../../support/fixtures';

function loadPage(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
}

const BIZ = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';

describe('capture runtime', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends all cards at first, then only a card added later, in the same visit', async () => {
    loadPage(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
    const { ctx, sent, runtime } = startRecording(yelp, BIZ, { debounceMs: 20 });
    await runtime.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.capture?.reviews).toHaveLength(8);
    expect(sent[0]!.capture?.business.siteBusinessId).toBe('Zq3rT8wKp1LmNv7XyB2cDg');

    // Nothing changed: nothing is sent.
    document.body.append(document.createElement('span'));
    await wait(60);
    expect(sent).toHaveLength(1);

    // A card loads (infinite scroll / sort change): only it is sent, under the same visit.
    const list = document.querySelector('section[aria-label="Recommended Reviews"] ul')!;
    const fragment = new DOMParser().parseFromString(`<ul>${renderFixture('yelp/new-review-1star.html', { now: FIXED_NOW })}</ul>`, 'text/html');
    list.prepend(document.importNode(fragment.querySelector('li')!, true));
    await until(() => sent.length >= 2, 'the new card');
    await wait(40);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.capture?.reviews.map((r) => r.author)).toEqual(['Brandon L.']);
    expect(sent[1]!.visitId).toBe(sent[0]!.visitId);
    ctx.invalidate();
  });

  it('sends a card again when its text changes (a "More" expansion)', async () => {
    loadPage(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
    const { ctx, sent, runtime } = startRecording(yelp, BIZ, { debounceMs: 20 });
    await runtime.flush();
    const truncated = Array.from(document.querySelectorAll('span[lang]')).find((s) => s.textContent?.includes('birthday party going that was'))!;
    truncated.append(' so loud we left before dessert.');
    truncated.parentElement!.querySelector('a')!.remove();
    await until(() => sent.length >= 2, 'the expanded card');
    await wait(40);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.capture?.reviews).toHaveLength(1);
    // The same review, under the same id, now complete.
    const before = sent[0]!.capture!.reviews.find((r) => r.author === 'Jonathan K.')!;
    expect(before.truncated).toBe(true);
    expect(sent[1]!.capture?.reviews[0]).toMatchObject({ siteReviewId: before.siteReviewId, truncated: false });
    expect(sent[1]!.capture?.reviews[0]?.text.endsWith('so loud we left before dessert.')).toBe(true);
    ctx.invalidate();
  });

  it('stops observing and sending once the extension context is invalidated', async () => {
    loadPage(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
    const { ctx, sent, runtime } = startRecording(yelp, BIZ, { debounceMs: 20 });
    await runtime.flush();
    ctx.invalidate();
    document.querySelector('ul')!.append(document.createElement('li'));
    await wait(60);
    expect(sent).toHaveLength(1);
  });

  it('goes quiet when the background is gone (extension reloaded)', async () => {
    loadPage(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
    const ctx = new FakeContext();
    let calls = 0;
    const runtime = runCapture(yelp, ctx, {
      send: async () => {
        calls++;
        throw new Error('Extension context invalidated.');
      },
      now: () => FIXED_NOW,
      document,
      location: { href: 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin' },
      window,
      debounceMs: 10,
    });
    await runtime.flush();
    document.body.append(document.createElement('div'));
    await wait(50);
    expect(calls).toBe(1);
  });

  it('sends again when the worker stopped before answering, and nothing is lost', async () => {
    loadPage(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
    let failures = 1;
    const { ctx, sent, runtime } = startRecording(yelp, BIZ, {
      send: async (message) => {
        if (failures-- > 0) throw new Error('The message port closed before a response was received.');
        sent.push(message);
        return { ok: true, stored: message.capture?.reviews.length ?? 0, rejected: 0 };
      },
    });
    await runtime.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.capture!.reviews).toHaveLength(8);
    ctx.invalidate();
  });

  it('sends again when the worker stopped and the message came back unanswered, as the polyfill reports it', async () => {
    loadPage(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
    let unanswered = 2;
    const { ctx, sent, runtime } = startRecording(yelp, BIZ, {
      // webextension-polyfill resolves "The message port closed before a response was received." with undefined.
      send: async (message) => {
        if (unanswered-- > 0) return undefined;
        sent.push(message);
        return { ok: true, stored: message.capture?.reviews.length ?? 0, rejected: 0 };
      },
    });
    await runtime.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.capture!.reviews).toHaveLength(8);
    expect(runtime.sentMessages).toBe(1);
    ctx.invalidate();
  });

  it('reports a review page whose cards cannot be read, once', async () => {
    // A redesign: the reviewer links and comment classes are gone.
    const html = readFixture('yelp/golden-spoon.html')
      .replaceAll('user_details?userid=', 'profile/')
      .replaceAll('user-passport-info', 'y-css-9qz1ab')
      .replaceAll('UserPassportInfoTextContainer', 'ReviewerMeta');
    loadPage(html);
    const { ctx, sent, runtime } = startRecording(yelp, BIZ, { debounceMs: 20 });
    await runtime.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.health.status).toBe('layout-changed');
    expect(sent[0]!.capture?.reviews).toEqual([]);
    await runtime.flush();
    expect(sent).toHaveLength(1);
    ctx.invalidate();
  });
});
