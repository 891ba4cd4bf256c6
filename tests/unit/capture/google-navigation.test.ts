// @vitest-environment jsdom
/** Google Maps is one long-lived page: moving to another place must start a new visit for it. */
import { describe, expect, it } from 'vitest';
import { googleMaps } from '@/utils/sites/google-maps';
import { startRecording, until, wait } from '../../support/capture-context';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

function show(file: string): void {
  const doc = new DOMParser().parseFromString(renderFixture(file, { now: FIXED_NOW }), 'text/html');
  document.body.replaceWith(document.importNode(doc.body, true));
}

const restaurant = SITE_FIXTURES.find((f) => f.file === 'google-maps/restaurant-en.html')!;
const hotel = SITE_FIXTURES.find((f) => f.file === 'google-maps/hotel-en.html')!;

describe('capture runtime on Google Maps', () => {
  it('starts a new visit when the owner moves to another place, and never files one place’s reviews under the other', async () => {
    show(restaurant.file);
    const location = { href: restaurant.url };
    const { ctx, sent, runtime } = startRecording(googleMaps, location);
    await runtime.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.capture?.business.name).toBe('The Golden Spoon Bistro');

    // In-page navigation: the URL names the hotel while the old panel is still on screen.
    location.href = hotel.url;
    window.dispatchEvent(new Event('wxt:locationchange'));
    await wait(40);
    expect(sent).toHaveLength(1);

    // Google swaps the panel in.
    show(hotel.file);
    await until(() => sent.some((m) => m.capture?.business.name === 'Riverside Inn & Suites'), 'the hotel capture');
    await wait(60);
    const hotelMessages = sent.filter((m) => m.capture?.business.name === 'Riverside Inn & Suites');
    expect(hotelMessages).toHaveLength(1);
    expect(hotelMessages[0]!.capture?.reviews.map((r) => r.author)).toEqual(['Hannah W', 'Pierre L.', 'globetrotter_88']);
    expect(hotelMessages[0]!.visitId).not.toBe(sent[0]!.visitId);
    expect(hotelMessages[0]!.capture?.business.siteBusinessId).toBe('1885667171979194497');
    ctx.invalidate();
  });

  it('clicks "More" on truncated reviews when auto-expand is on, and sends the full text', async () => {
    show(restaurant.file);
    // The page's own handler: clicking More reveals the full text and removes the button.
    const button = document.querySelector<HTMLButtonElement>('button[jsaction*="review.expandReview"]')!;
    let clicks = 0;
    button.addEventListener('click', () => {
      clicks++;
      const span = button.closest('.MyEned')!.querySelector('.wiI7pd')!;
      span.textContent = `${span.textContent!.replace('…', '')} cares about the guests anymore.`;
      button.parentElement!.remove();
    });
    let autoExpand = false;
    const { ctx, sent, runtime } = startRecording(googleMaps, restaurant.url, { autoExpand: () => autoExpand });
    await runtime.flush();
    expect(clicks).toBe(0);
    expect(sent[0]!.capture?.reviews.find((r) => r.author === 'Kevin Turner')?.truncated).toBe(true);
    autoExpand = true;
    await runtime.flush();
    await until(() => sent.at(-1)?.capture?.reviews.find((r) => r.author === 'Kevin Turner')?.truncated === false, 'the expanded text');
    expect(clicks).toBe(1);
    const kevin = sent.at(-1)!.capture!.reviews.find((r) => r.author === 'Kevin Turner')!;
    expect(kevin.truncated).toBe(false);
    expect(kevin.text.endsWith('nobody cares about the guests anymore.')).toBe(true);
    // The owner reply's own "More" is never clicked by auto-expand.
    expect(document.querySelector('button[jsaction*="expandOwnerResponse"]')).not.toBeNull();
    ctx.invalidate();
  });
});
