// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewItem } from '@/components/ReviewItem';
import { renderUi } from '../../support/render';
import { seededStore } from '../../support/seeded';

afterEach(cleanup);

async function negative(author: string) {
  const { summary, now } = await seededStore();
  return { review: summary.attention.find((r) => r.author === author)!, now };
}

describe('reply help', () => {
  it('drafts a reply about what the review complains of, in its language, editable and copied to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { review, now } = await negative('Анна С.');
    renderUi(
      <ul>
        <ReviewItem review={review} fallbackUrl="https://www.yelp.com/biz/x" businessName="Trattoria Lucia" now={now} />
      </ul>,
    );
    fireEvent.click(screen.getByTestId('draft-reply'));
    const box = (await screen.findByTestId('reply-text')) as HTMLTextAreaElement;
    expect((screen.getByTestId('reply-language') as HTMLSelectElement).value).toBe('ru');
    expect(box.value).toMatch(/^Здравствуйте, Анна! /);
    // The wait as long as the review says it was.
    expect(box.value).toContain('Приносим извинения за то, что вам пришлось ждать больше часа.');
    expect(box.value).toContain('команда «Trattoria Lucia»');

    fireEvent.input(box, { target: { value: `${box.value}\nЖдём вас снова.` } });
    fireEvent.click(screen.getByTestId('reply-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]![0]).toMatch(/Ждём вас снова\.$/);
    expect(screen.getByRole('status').textContent).toBe('Copied. Paste it into the reply box on Yelp.');

    // Another language: a new draft in it.
    fireEvent.change(screen.getByTestId('reply-language'), { target: { value: 'de' } });
    expect((screen.getByTestId('reply-text') as HTMLTextAreaElement).value).toMatch(/^Hallo Анна, vielen Dank/);
  });

  it('says so when the clipboard refuses, and offers drafts only for negative reviews', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    const { review, now } = await negative('Derek W.');
    renderUi(
      <ul>
        <ReviewItem review={review} fallbackUrl="https://www.yelp.com/biz/x" businessName="Trattoria Lucia" now={now} />
      </ul>,
    );
    fireEvent.click(screen.getByTestId('draft-reply'));
    expect(((await screen.findByTestId('reply-text')) as HTMLTextAreaElement).value).toMatch(/^Hello Derek, thank you/);
    fireEvent.click(screen.getByTestId('reply-copy'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy: select the text and copy it yourself.'));

    cleanup();
    const positive = { ...review, key: 'yelp:x', negative: 0 as const, rating: 5 };
    renderUi(
      <ul>
        <ReviewItem review={positive} fallbackUrl="https://www.yelp.com/biz/x" businessName="T" now={now} />
      </ul>,
    );
    expect(screen.queryByTestId('draft-reply')).toBeNull();
  });

  it('opens at its top, the caret before the greeting, signed without doubling the business’s article; titled without declining the name in Russian', async () => {
    const { review, now } = await negative('Derek W.');
    renderUi(
      <ul>
        <ReviewItem review={review} fallbackUrl="https://www.yelp.com/biz/x" businessName="The Golden Spoon Bistro" now={now} />
      </ul>,
    );
    fireEvent.click(screen.getByTestId('draft-reply'));
    const box = (await screen.findByTestId('reply-text')) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.value).toMatch(/^Hello Derek, thank you/);
    expect(box.value).toMatch(/ The Golden Spoon Bistro team$/);
    expect([box.selectionStart, box.selectionEnd, box.scrollTop]).toEqual([0, 0, 0]);
    // Another language: its draft is read from the top as well.
    box.setSelectionRange(box.value.length, box.value.length);
    fireEvent.change(screen.getByTestId('reply-language'), { target: { value: 'fr' } });
    const fr = screen.getByTestId('reply-text') as HTMLTextAreaElement;
    expect(fr.value).toMatch(/^Bonjour Derek/);
    expect([fr.selectionStart, fr.selectionEnd]).toEqual([0, 0]);

    cleanup();
    const { review: anna } = await negative('Анна С.');
    renderUi(
      <ul>
        <ReviewItem review={{ ...anna, author: 'Игорь Смирнов' }} fallbackUrl="https://www.yelp.com/biz/x" businessName="Кофейня «Зёрна»" now={now} />
      </ul>,
      'ru',
    );
    fireEvent.click(screen.getByTestId('draft-reply'));
    const ru = (await screen.findByTestId('reply-text')) as HTMLTextAreaElement;
    expect(screen.getByRole('group').querySelector('strong')!.textContent).toBe('Ответ автору: Игорь Смирнов');
    expect(ru.getAttribute('aria-label')).toBe('Ответ автору: Игорь Смирнов');
    expect(ru.value).toMatch(/С уважением, команда — Кофейня «Зёрна»$/);
    expect(ru.value).not.toContain('««');
  });

  it('never renders review text as HTML and drops links that are not http(s)', async () => {
    const { review, now } = await negative('Derek W.');
    const hostile = { ...review, text: '<img src=x onerror="alert(1)">Terrible', author: '<b>Mallory</b>', url: 'javascript:alert(1)' };
    const { container } = renderUi(
      <ul>
        <ReviewItem review={hostile} fallbackUrl="javascript:alert(2)" businessName="T" now={now} />
      </ul>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">Terrible')).toBeTruthy();
    // Only the link to Yelp for Business is left: the review's own and the fallback were not http(s).
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://biz.yelp.com/']);
  });
});
