// @vitest-environment jsdom
/**
 * Issue 13.6: the note follows the page's look near the review (its effective background), not
 * the operating system's colour scheme.
 */
import { describe, expect, it } from 'vitest';
import { DARK_CANVAS, effectiveBackground, pageThemeAt, parseCssColor, relativeLuminance, themeForBackground } from '@/utils/notes/page-theme';

describe('the page colour behind a note', () => {
  it('reads computed colours as browsers write them', () => {
    expect(parseCssColor('rgb(32, 33, 36)')).toEqual({ r: 32, g: 33, b: 36, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgb(255 255 255 / 50%)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseCssColor('transparent')?.a).toBe(0);
    expect(parseCssColor('#1f2328')).toEqual({ r: 31, g: 35, b: 40, a: 1 });
    expect(parseCssColor('color(srgb 1 1 1)')).toBeUndefined();
  });

  it('lays the backgrounds from the review outwards over the canvas', () => {
    // A transparent card in a dark panel: dark.
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)', 'rgb(255, 255, 255)'])).toEqual({ r: 32, g: 33, b: 36, a: 1 });
    // A 50% white veil over black: mid grey.
    const veiled = effectiveBackground(['rgba(255, 255, 255, 0.5)', 'rgb(0, 0, 0)']);
    expect(Math.round(veiled.r)).toBe(128);
    // Nothing painted: the canvas shows.
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'transparent'])).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(effectiveBackground(['transparent'], DARK_CANVAS)).toEqual(DARK_CANVAS);
  });

  it('calls a colour dark where white text reads better than black', () => {
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
    expect(themeForBackground({ r: 255, g: 255, b: 255, a: 1 })).toBe('light');
    expect(themeForBackground({ r: 32, g: 33, b: 36, a: 1 })).toBe('dark'); // Google Maps' dark theme
    expect(themeForBackground({ r: 18, g: 18, b: 18, a: 1 })).toBe('dark');
    expect(themeForBackground({ r: 240, g: 242, b: 245, a: 1 })).toBe('light');
    expect(themeForBackground({ r: 0x80, g: 0x80, b: 0x80, a: 1 })).toBe('light');
    expect(themeForBackground({ r: 0x70, g: 0x70, b: 0x70, a: 1 })).toBe('dark');
  });

  it('measures the page where the note goes, whatever the system prefers', () => {
    document.body.replaceChildren(
      ...Array.from(
        new DOMParser().parseFromString(
          '<main style="background: rgb(24, 26, 27)"><div class="card"><p>Review</p></div></main><aside><p>light</p></aside>',
          'text/html',
        ).body.childNodes,
      ),
    );
    expect(pageThemeAt(document.querySelector('.card')!)).toBe('dark');
    expect(pageThemeAt(document.querySelector('aside p')!)).toBe('light');
    document.documentElement.style.colorScheme = 'dark';
    expect(pageThemeAt(document.querySelector('aside p')!)).toBe('dark');
    document.documentElement.style.colorScheme = '';
  });
});
