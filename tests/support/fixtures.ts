/**
 * Saved review pages live in `tests/fixtures/<site>/`. Dates that must stay recent (a "new"
 * review the day after the baseline) are written as `{{date:-3d:en-US-short}}` and rendered
 * relative to a `now`; a `<!--slot:name-->` comment is where a variant inserts extra cards.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const DAY = 86_400_000;

/** A fixed capture time for unit tests: 2026-11-20 12:00 UTC. */
export const FIXED_NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

type Style = (d: Date) => string;

const STYLES: Record<string, Style> = {
  'en-US-short': (d) => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(d),
  'en-US-long': (d) => new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(d),
  'en-US-numeric': (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  'en-month-year': (d) => new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d),
  'en-GB-long': (d) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  'ru-long': (d) => new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  'de-long': (d) => new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  'fr-long': (d) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  'es-long': (d) => new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  'zh-long': (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  iso: (d) => d.toISOString().slice(0, 10),
  'iso-time': (d) => d.toISOString(),
};

function shift(now: number, offset: string): Date {
  const match = /^([+-]\d+)([hdwmy])$/.exec(offset);
  if (!match) throw new Error(`bad date offset ${offset}`);
  const n = Number(match[1]);
  const d = new Date(now);
  switch (match[2]) {
    case 'h':
      return new Date(now + n * 3_600_000);
    case 'd':
      return new Date(now + n * DAY);
    case 'w':
      return new Date(now + n * 7 * DAY);
    case 'm':
      d.setUTCMonth(d.getUTCMonth() + n);
      return d;
    default:
      d.setUTCFullYear(d.getUTCFullYear() + n);
      return d;
  }
}

export function fixtureDate(now: number, offset: string, style: string): string {
  const format = STYLES[style];
  if (!format) throw new Error(`unknown date style ${style}`);
  return format(shift(now, offset));
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES_DIR, path), 'utf8');
}

export interface RenderOptions {
  now: number;
  /** Slot name → fixture path of the fragment to insert there. */
  slots?: Record<string, string>;
  /** Slot name → HTML to insert there as is (fragments built by a test). */
  slotHtml?: Record<string, string>;
}

export function renderFixture(path: string, options: RenderOptions): string {
  let html = readFixture(path);
  html = html.replace(/<!--slot:([\w-]+)-->/g, (_whole, name: string) => {
    const fragment = options.slots?.[name];
    return fragment ? readFixture(fragment) : (options.slotHtml?.[name] ?? '');
  });
  return html.replace(/\{\{date:([+-]\d+[hdwmy]):([\w-]+)\}\}/g, (_whole, offset: string, style: string) => fixtureDate(options.now, offset, style));
}
