// @vitest-environment jsdom
/** The popup says how sync went, only while the owner has it on: a failure at the top in words, else one quiet line. */
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncNote, useSyncState } from '@/components/SyncNote';
import { syncConfigItem, syncStatusItem } from '@/utils/storage-items';
import { renderUi } from '../../support/render';

const NOW = Date.UTC(2026, 11, 2, 8);
const SERVER = { server: 'https://couch.example.org', database: 'team', user: 'owner' };
/** The popup's arrangement: one read of sync's state feeding the note above the view and the line below it. */
function Both() {
  const sync = useSyncState();
  return (
    <div>
      <SyncNote place="top" now={NOW} sync={sync} />
      <main data-testid="view" />
      <SyncNote place="bottom" now={NOW} sync={sync} />
    </div>
  );
}
const both = () => renderUi(<Both />);

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

describe('sync in the popup', () => {
  it('says a failed sync at the top, in words, with the way to the settings', async () => {
    await syncConfigItem.setValue({ ...SERVER, enabled: true });
    await syncStatusItem.setValue({ at: NOW - 2 * 3_600_000, ok: false, problem: 'wrong-password' });
    const { container } = both();
    const note = await screen.findByTestId('sync-problem');
    expect(note.textContent).toBe('Last sync 2 hours ago failed: wrong user name or password. Open the sync settings');
    expect(note.compareDocumentPosition(screen.getByTestId('view')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('[data-testid="sync-line"]')).toBeNull();
  });

  it('shows the last good sync as one line at the bottom, and follows a sync that ends while it is open', async () => {
    await syncConfigItem.setValue({ ...SERVER, enabled: true });
    await syncStatusItem.setValue({ at: NOW - 5 * 60_000, ok: true, moved: { received: 3, sent: 1, reviews: 2, businesses: 0 } });
    both();
    expect((await screen.findByTestId('sync-line')).textContent).toBe('Last sync 5 minutes ago: 3 documents received, 1 sent; 2 reviews changed here.');
    await syncStatusItem.setValue({ at: NOW, ok: false, problem: 'unreachable' });
    await waitFor(() => expect(screen.getByTestId('sync-problem').textContent).toMatch(/^Last sync just now failed: the server could not be reached\./));
  });

  it('says nothing while sync is off', async () => {
    await syncConfigItem.setValue({ ...SERVER, enabled: false });
    await syncStatusItem.setValue({ at: NOW, ok: false, problem: 'unreachable' });
    const { container } = both();
    await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('[data-testid^="sync-"]')).toBeNull();
  });
});
