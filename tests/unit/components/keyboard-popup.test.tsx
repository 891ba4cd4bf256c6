// @vitest-environment jsdom
/**
 * Issue 13, point 7 in the popup: a reply draft takes focus when it opens and gives it back to
 * its button when it closes (Close or Escape); Done, Undo and "Show all" never drop focus on the
 * page's body; each review's buttons say whose review they act on, in English, Russian and
 * Chinese; a theme's + or − is said in words.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Comparison } from '@/components/Comparison';
import { NeedsALook } from '@/components/NeedsALook';
import { ReviewItem } from '@/components/ReviewItem';
import type { Locale } from '@/utils/i18n';
import { closeDb, getDb } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { setBusinessRole } from '@/utils/store/queries';
import type { ReviewRecord } from '@/utils/store/schema';
import { business, ingestInput, review as captured } from '../../support/factories';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';

afterEach(cleanup);

async function negative(author: string) {
  const { summary, now } = await seededStore();
  return { review: summary.attention.find((r) => r.author === author)!, summary, now };
}

/** What a screen reader reads for an element's content: its text without the parts hidden from it. */
function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function oneReview(review: ReviewRecord, now: number, locale: Locale = 'en') {
  return renderUi(
    <ul>
      <ReviewItem review={review} fallbackUrl="https://www.yelp.com/biz/x" businessName="Trattoria Lucia" now={now} onDone={() => undefined} />
    </ul>,
    locale,
  );
}

describe('the popup with a keyboard and a screen reader', () => {
  it('moves focus into a draft when it opens and back to its button when Escape or Close closes it', async () => {
    const { review, now } = await negative('Derek W.');
    oneReview(review, now);
    const open = screen.getByRole('button', { name: 'Draft a reply to Derek W.' });
    open.focus();
    fireEvent.click(open);
    const box = await screen.findByTestId('reply-text');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.getAttribute('aria-label')).toBe('Reply to Derek W.');

    // Escape anywhere in the draft closes it, and is not left to close the popup itself.
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    box.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('reply-draft')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Draft a reply to Derek W.' }));

    // The same with its Close button, from the language picker.
    fireEvent.click(screen.getByTestId('draft-reply'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('reply-text')));
    fireEvent.click(within(screen.getByTestId('reply-draft')).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('draft-reply')));
  });

  it.each([
    ['en', 'Draft a reply to Анна С.', 'Mark Анна С.’s review done', 'Reply on Yelp to Анна С.', 'Open Анна С.’s review on Yelp', '− complaint: waiting time'],
    [
      'ru',
      'Черновик ответа автору: Анна С.',
      'Решено — отзыв автора: Анна С.',
      'Ответить на Yelp — отзыв автора: Анна С.',
      'Открыть на Yelp отзыв автора: Анна С.',
      '− жалоба: время ожидания',
    ],
    ['zh', '为 Анна С. 起草回复', '将 Анна С. 的评价标记为已处理', '在 Yelp 上回复 Анна С.', '在 Yelp 上打开 Анна С. 的评价', '− 不满： 等待时间'],
  ] as const)('names the review each button acts on and says a theme’s sign in words (%s)', async (locale, draft, done, reply, open, theme) => {
    const { review, now } = await negative('Анна С.');
    oneReview(review, now, locale);
    const item = screen.getByTestId('review');
    // Each name holds the words on the button, so a voice-control user can say what they see.
    for (const [role, name] of [
      ['button', draft],
      ['button', done],
      ['link', reply],
      ['link', open],
    ] as const) {
      const control = within(item).getByRole(role, { name });
      expect(name.toLowerCase()).toContain(control.textContent!.toLowerCase());
    }

    const chips = within(within(item).getByTestId('review-themes')).getAllByRole('listitem');
    expect(chips.map(spokenText)).toContain(theme.replace(/^− /, ''));
    // On screen the sign stays a glyph; the words are for screen readers only.
    const waiting = chips.find((c) => spokenText(c) === theme.replace(/^− /, ''))!;
    expect(waiting.querySelector('[aria-hidden="true"]')!.textContent).toBe('− ');
    expect(waiting.querySelector('.visually-hidden')!.textContent!.trim()).toBe(theme.slice(2).split(' ')[0]);
  });

  it('keeps focus on Done → Undo → the review’s Done again, and moves it to the first review “Show all” adds', async () => {
    const { summary, now } = await negative('Derek W.');
    // Five more negatives than fit, so "Show all" has something to show.
    const extra = Array.from({ length: 4 }, (_, i) => ({ ...summary.attention.at(-1)!, key: `yelp:extra-${i}`, author: `Guest ${i}`, unread: undefined }));
    const all = [...summary.attention, ...extra];
    expect(all.length).toBeGreaterThan(5);

    function Popup() {
      // As the popup does: marking done reloads the list a moment later, without that review.
      const [done, setDone] = useState<string[]>([]);
      return (
        <NeedsALook
          attention={all.filter((r) => !done.includes(r.key))}
          negatives={all.length}
          fallbackUrl="https://www.yelp.com/biz/x"
          businessName="Trattoria Lucia"
          now={now}
          ready
          onDisplayed={() => undefined}
          onMarkAllRead={() => undefined}
          onDone={(review, isDone) => setTimeout(() => setDone((d) => (isDone ? [...d, review.key] : d.filter((k) => k !== review.key))), 20)}
        />
      );
    }
    renderUi(<Popup />);
    const derek = () => screen.getAllByTestId('review').find((li) => li.querySelector('.review-author')?.textContent === 'Derek W.');
    const doneButton = within(derek()!).getByRole('button', { name: 'Mark Derek W.’s review done' });
    doneButton.focus();
    fireEvent.click(doneButton);
    await waitFor(() => expect(derek()).toBeUndefined());
    expect(document.activeElement).toBe(screen.getByTestId('undo-done'));
    expect(screen.getByTestId('done-note').textContent).toBe('Marked as done: Derek W. Undo');

    fireEvent.click(screen.getByTestId('undo-done'));
    // At once on the section's title (the Undo button is gone), then on the review's own Done when it is back.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Needs a look' }));
    await waitFor(() => expect(derek()).toBeDefined());
    await waitFor(() => expect(document.activeElement).toBe(within(derek()!).getByTestId('mark-done')));

    const showAll = screen.getByTestId('show-all');
    showAll.focus();
    fireEvent.click(showAll);
    expect(screen.getAllByTestId('review')).toHaveLength(all.length);
    expect(screen.queryByTestId('show-all')).toBeNull();
    expect(document.activeElement).toBe(screen.getAllByTestId('review')[5]);
  });

  it('says a comparison row’s recent negatives in words, not as “3−”', async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    const { db, summary } = await seededStore(await getDb());
    await ingestCapture(
      db,
      ingestInput([captured('c1', { rating: 4 })], {
        site: 'google-maps',
        visitId: 'g1',
        now: SEED_NOW,
        business: business({ siteBusinessId: '0x1:0x2', name: 'Pizzeria Roma', url: 'https://www.google.com/maps/place/Pizzeria+Roma' }),
      }),
    );
    await setBusinessRole(db, 'google-maps:0x1:0x2', 'competitor');
    renderUi(<Comparison summary={summary} onOpen={() => undefined} />);
    const own = (await screen.findAllByTestId('comparison-row'))[0]!;
    const recent = own.querySelectorAll('td')[3]!;
    const shown = recent.querySelector('[aria-hidden="true"]')!.textContent!;
    const n = Number(/^\((\d+)−\)$/.exec(shown)?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(spokenText(recent)).toMatch(new RegExp(`^\\d+ \\(${n} negative\\)$`));
    await closeDb();
  });
});
