/**
 * The note follows the page's look, not the operating system's: a dark site on a light system
 * (or the reverse) gets a note that matches the review it sits on. The page's colour near the
 * review is what the owner sees behind the note: the background colours from the note's place
 * up to the root, laid over each other (a half-transparent panel over a dark page is dark).
 */

export type NoteTheme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** What Chromium and Firefox paint behind a page that declares `color-scheme: dark` and no background. */
export const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** A computed colour as browsers give it: `rgb(…)`/`rgba(…)` (commas or spaces, `/ alpha`), or `transparent`. */
export function parseCssColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%)?\s*)?\)$/.exec(text);
  if (m) {
    const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
    return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.min(1, Math.max(0, alpha)) };
  }
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16), a: 1 };
  }
  return undefined;
}

/**
 * The colour seen through a stack of backgrounds, listed from the nearest element outwards;
 * `canvas` is what shows through when all of them are transparent.
 */
export function effectiveBackground(nearestFirst: readonly string[], canvas: Rgba = WHITE): Rgba {
  let seen = canvas;
  for (const value of [...nearestFirst].reverse()) {
    const layer = parseCssColor(value);
    if (!layer || layer.a === 0) continue;
    seen = {
      r: layer.r * layer.a + seen.r * (1 - layer.a),
      g: layer.g * layer.a + seen.g * (1 - layer.a),
      b: layer.b * layer.a + seen.b * (1 - layer.a),
      a: 1,
    };
  }
  return seen;
}

/** WCAG relative luminance, 0 (black) .. 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Dark when white text would stand out more than black text on that colour: the luminance
 * where both contrasts are equal is about 0.18 (mid grey #777 and darker reads as dark).
 */
export function themeForBackground(color: Rgba): NoteTheme {
  const l = relativeLuminance(color);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? 'dark' : 'light';
}

/** The page's look where a note goes: walks the computed backgrounds from `el` up to the root. */
export function pageThemeAt(el: Element): NoteTheme {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const colors: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = view.getComputedStyle(e);
    colors.push(style.backgroundColor);
    const layer = parseCssColor(style.backgroundColor);
    // An opaque background hides everything behind it: no need to look further up.
    if (layer && layer.a >= 1) break;
  }
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  const canvas = /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? DARK_CANVAS : WHITE;
  return themeForBackground(effectiveBackground(colors, canvas));
}
