/** The toolbar button of each build: MV3's `action`, or Firefox MV2's `browserAction` (where `action` does not exist). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '@/utils/background/badge';
import { toolbarAction } from '@/utils/browser-compat';

describe('toolbarAction', () => {
  const action = fakeBrowser.action;
  afterEach(() => {
    (fakeBrowser as { action: typeof action }).action = action;
    fakeBrowser.reset();
  });

  it('is `action` in the MV3 build', () => {
    expect(toolbarAction()).toBe(fakeBrowser.action);
  });

  it('is `browserAction` in the Firefox MV2 build, and the badge is set there', async () => {
    const browserAction = { ...fakeBrowser.action, setBadgeText: fakeBrowser.action.setBadgeText, getBadgeText: fakeBrowser.action.getBadgeText };
    (fakeBrowser as unknown as { action?: unknown }).action = undefined;
    (fakeBrowser as unknown as { browserAction: unknown }).browserAction = browserAction;
    // The badge's tooltip is worded in the UI language.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(toolbarAction()).toBe(browserAction);
    expect(await refreshBadge()).toBe(0);
    expect(await browserAction.getBadgeText({})).toBe('');
  });
});
