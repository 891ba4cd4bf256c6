// @vitest-environment jsdom
/** Issue 13.9 and 13.5 on the options page: every change says "Saved", the owner's reply words are kept. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/OptionsApp';
import { loadOwnReplies } from '@/utils/replies/own';
import { closeDb } from '@/utils/store/db';
import { renderUi } from '../../support/render';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true }));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the options page answers every change', () => {
  it('shows "Saved." where it can be seen after a setting changes', async () => {
    renderUi(<OptionsApp />);
    const status = screen.getByTestId('settings-saved');
    expect(status.className).toBe('visually-hidden');
    fireEvent.click(await screen.findByTestId('alert-competitors'));
    await waitFor(() => expect(status.textContent).toBe('Saved.'));
    expect(status.className).toBe('saved-toast');
  });

  it('keeps the signature and the owner’s words per complaint and language, and says so each time', async () => {
    renderUi(<OptionsApp />, 'ru');
    fireEvent.input(await screen.findByTestId('reply-signature'), { target: { value: 'Марко, владелец' } });
    fireEvent.click(screen.getByTestId('save-signature'));
    await waitFor(() => expect(screen.getByTestId('replies-status').textContent).toBe('Сохранено: черновики подписываются вашей подписью.'));
    fireEvent.change(screen.getByTestId('reply-topic'), { target: { value: 'price' } });
    fireEvent.change(screen.getByTestId('reply-template-lang'), { target: { value: 'ru' } });
    fireEvent.input(screen.getByTestId('reply-template-text'), { target: { value: 'С понедельника у нас новое меню обедов.' } });
    fireEvent.click(screen.getByTestId('save-template'));
    await waitFor(() => expect(screen.getByTestId('replies-status').textContent).toBe('Сохранено: ваши слова для жалобы «Цены» (русский).'));
    expect(await loadOwnReplies()).toEqual({
      signature: 'Марко, владелец',
      templates: [{ topic: 'price', lang: 'ru', text: 'С понедельника у нас новое меню обедов.' }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Удалить ваши слова: Цены (русский)' }));
    await waitFor(() => expect(screen.getByTestId('replies-status').textContent).toMatch(/^Удалено: ваши слова для жалобы «Цены»/));
    expect((await loadOwnReplies()).templates).toEqual([]);
  });
});
