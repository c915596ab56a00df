import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  luminance,
  MARK_CONTRAST,
  mixHex,
  readableOn,
  TEXT_CONTRAST,
} from '../../src/appearance/contrast';
import { CATEGORICAL_PALETTE, ROLE_COLOURS, TIE_OVERFLOW_COLOUR, TIE_PALETTE } from '../../src/appearance/palettes';
import { THEME_COLOURS, type ThemeName } from '../../src/appearance/themes';
import { TIE_OPACITY } from '../../src/appearance/toStylesheet';

const THEMES = Object.keys(THEME_COLOURS) as ThemeName[];

describe('contrast arithmetic (WCAG 2.1)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // Known published values: #777 on white is 4.48:1, #767676 is the lightest grey at 4.54:1.
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
  it('weights green most (sRGB luminance)', () => {
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });
  it('mixes as paint: half of black and white is mid grey', () => {
    expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
  it('picks the readable ink', () => {
    expect(readableOn('#0b3f78')).toBe('#ffffff');
    expect(readableOn('#eef4fb')).toBe('#111827');
  });
});

describe.each(THEMES)('the %s canvas theme', (theme) => {
  const { background, ink, outline, border, edge, highlight } = THEME_COLOURS[theme];
  const line = (colour: string) => mixHex(background, colour, TIE_OPACITY);

  it.each(TIE_PALETTE.map((colour, index) => [index, colour] as const))(
    'tie colour %i (%s) keeps 3:1 as a drawn line',
    (_index, colour) => expect(contrastRatio(line(colour), background)).toBeGreaterThanOrEqual(MARK_CONTRAST),
  );
  it('the untyped-tie grey and the theme’s tie colour keep 3:1 as lines', () => {
    expect(contrastRatio(line(TIE_OVERFLOW_COLOUR), background)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    expect(contrastRatio(line(edge), background)).toBeGreaterThanOrEqual(MARK_CONTRAST);
  });
  it('node outlines and the selection keep 3:1, so every fill sits inside a visible boundary', () => {
    expect(contrastRatio(border, background)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    expect(contrastRatio(highlight, background)).toBeGreaterThanOrEqual(MARK_CONTRAST);
  });
  it.each([...new Set([...Object.values(ROLE_COLOURS), ...CATEGORICAL_PALETTE])])(
    'node fill %s stands 3:1 apart from the background or from its outline',
    (fill) => {
      const best = Math.max(contrastRatio(fill, background), contrastRatio(fill, border));
      expect(best).toBeGreaterThanOrEqual(MARK_CONTRAST);
    },
  );
  it('labels keep 4.5:1 against their outline and the background', () => {
    expect(contrastRatio(ink, outline)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio(ink, background)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });
});

/** The custom properties of one CSS rule (`:root {` or `:root[data-theme='dark'] {`). */
function tokens(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1]!, m[2]!]));
}

describe('page colours (styles.css)', () => {
  const css = readFileSync(join(process.cwd(), 'src/styles.css'), 'utf8');
  const light = tokens(css, ':root');
  const themes = { light, dark: { ...light, ...tokens(css, ":root[data-theme='dark']") } };
  describe.each(Object.entries(themes))('%s', (_name, colours) => {
    it.each(
      ['ink', 'ink-soft', 'accent', 'danger'].flatMap((text) =>
        ['paper', 'panel', 'hover', 'current'].map((ground) => [text, ground]),
      ),
    )('--%s text on --%s keeps 4.5:1', (text, ground) => {
      expect(contrastRatio(colours[text]!, colours[ground]!)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    });
    it('the focus ring keeps 3:1 against the page', () => {
      expect(contrastRatio(colours['focus']!, colours['paper']!)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    });
  });
});
