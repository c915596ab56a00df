import type { Role } from '../model/roles';

/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design), one colour per role, chosen
 * so the roles that matter most in a cluster partnership stand apart on a projector.
 */
export const ROLE_COLOURS: Record<Role, string> = {
  business: '#0072B2',
  knowledge: '#E69F00',
  research: '#56B4E9',
  government: '#D55E00',
  capital: '#009E73',
  skills: '#CC79A7',
  intermediary: '#F0E442',
  other: '#999999',
};

/** Colour-blind-safe categorical palette (Okabe–Ito, then Paul Tol's muted) for any grouping. */
export const CATEGORICAL_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];

/**
 * Tie colours by type: Paul Tol's bright scheme, toned so that each, drawn as a line at
 * TIE_OPACITY, keeps 3:1 against the light and the dark background alike (ties have no outline,
 * so the line itself must stand out), then distinct hues of the same lightness; types beyond the
 * list are grey. Node fills keep Okabe–Ito untouched: nodes carry an outline that gives them the
 * 3:1, and a shape per role.
 */
export const TIE_PALETTE = [
  '#4477AA',
  '#E06070',
  '#228833',
  '#B04181',
  '#958932',
  '#4891A9',
  '#6C60A9',
  '#9A5B2E',
  '#C0661A',
  '#3E8A7E',
];
export const TIE_OVERFLOW_COLOUR = '#818791';
