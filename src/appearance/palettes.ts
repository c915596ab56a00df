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
 * Tie colours by type: Paul Tol's bright scheme, then his dark muted tones, all dark enough to read
 * as thin lines on white; types beyond the list are grey.
 */
export const TIE_PALETTE = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#AA3377',
  '#CCBB44',
  '#66CCEE',
  '#332288',
  '#882255',
  '#117733',
  '#999933',
];
export const TIE_OVERFLOW_COLOUR = '#9ca3af';
