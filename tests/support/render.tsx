/** Renders a component as the extension does: inside the I18n provider, in the given UI language. */
import { configure, render } from '@testing-library/preact';
import { afterAll } from 'vitest';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { createTranslator, type Locale } from '@/utils/i18n';

// The popup loads its later sections in idle time; on a loaded 2-core machine that can take a few seconds.
configure({ asyncUtilTimeout: 10_000 });

// Preact runs effects after paint through requestAnimationFrame with a 100 ms timer beside it: in
// every file that renders, let the last one fire while jsdom (and its cancelAnimationFrame) exists.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));

export function renderUi(ui: ComponentChildren, locale: Locale = 'en') {
  return render(<I18nProvider translator={createTranslator(locale)}>{ui}</I18nProvider>);
}
