/** Renders a component as the extension does: inside the I18n provider, in the given UI language. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { createTranslator, type Locale } from '@/utils/i18n';

export function renderUi(ui: ComponentChildren, locale: Locale = 'en') {
  return render(<I18nProvider translator={createTranslator(locale)}>{ui}</I18nProvider>);
}
