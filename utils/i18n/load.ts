import { browser } from 'wxt/browser';
import { createTranslator, resolveLocale, type Translator } from './index';
import { loadSettings } from '../settings';

/** The translator for the owner's UI language: the setting, else the browser's language. */
export async function loadUiTranslator(): Promise<Translator> {
  const settings = await loadSettings();
  return createTranslator(resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage()));
}
