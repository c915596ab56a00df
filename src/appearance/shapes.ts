import type { Role } from '../model/roles';

/**
 * Node shape per role: a second channel besides colour, so roles stay apart for people who cannot
 * tell the colours apart and when nodes are coloured by something else. Cytoscape shape names.
 */
export const ROLE_SHAPES: Record<Role, string> = {
  business: 'ellipse',
  knowledge: 'round-rectangle',
  research: 'round-triangle',
  government: 'round-pentagon',
  capital: 'round-diamond',
  skills: 'round-hexagon',
  intermediary: 'star',
  other: 'round-octagon',
};
