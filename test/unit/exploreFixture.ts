import { buildGraph } from '../../src/graph/buildGraph';
import { createAttributes, type Dataset } from '../../src/model/types';

/**
 * A hand-drawn network for the explore tests (degrees and paths worked out by hand):
 *
 *   Lyon: a Acme Robotics (Firm), b Université de Lyon (University)
 *   Munich: c Bavaria Motors (Firm), d Fraunhofer Munich (Research institute)
 *   Barcelona: e Barcelona City Council (Government), f Solo Firm (Firm, no ties)
 *   Helsinki: g Helsinki Cluster (Cluster organisation), h Nordic Firm (Firm)
 *
 *   t1 a-b R&D collaboration w1 2008    t6 a-c Supply w1 2011
 *   t2 b-c Funding w5 2010              t7 g-h Supply w3 2010
 *   t3 c-d Supply w2 2012               t8 e-b Funding w1 2009
 *   t4 a-d R&D collaboration w1 (no year)  t9 c-d Funding w4 2013
 *   t5 d-e Membership w1 2009
 *
 * Degrees: a 3, b 3, c 4, d 4, e 2, f 0, g 1, h 1. Components: {a,b,c,d,e}, {g,h}, {f}.
 */
const org = (id: string, name: string, type: string, city: string) => ({
  id,
  name,
  type,
  city,
  attributes: createAttributes([['note', `${city} partner`]]),
});
const tie = (id: string, source: string, target: string, type: string, weight: number, year?: number) => ({
  id,
  source,
  target,
  type,
  weight,
  ...(year === undefined ? {} : { year }),
  directed: false,
  attributes: createAttributes(),
});

export const exploreDataset: Dataset = {
  id: 'explore-test',
  name: 'Explore test',
  files: [],
  organisations: [
    org('a', 'Acme Robotics', 'Firm', 'Lyon'),
    org('b', 'Université de Lyon', 'University', 'Lyon'),
    org('c', 'Bavaria Motors', 'Firm', 'Munich'),
    org('d', 'Fraunhofer Munich', 'Research institute', 'Munich'),
    org('e', 'Barcelona City Council', 'Government', 'Barcelona'),
    org('f', 'Solo Firm', 'Firm', 'Barcelona'),
    org('g', 'Helsinki Cluster', 'Cluster organisation', 'Helsinki'),
    org('h', 'Nordic Firm', 'Firm', 'Helsinki'),
  ],
  ties: [
    tie('t1', 'a', 'b', 'R&D collaboration', 1, 2008),
    tie('t2', 'b', 'c', 'Funding', 5, 2010),
    tie('t3', 'c', 'd', 'Supply', 2, 2012),
    tie('t4', 'a', 'd', 'R&D collaboration', 1),
    tie('t5', 'd', 'e', 'Membership', 1, 2009),
    tie('t6', 'a', 'c', 'Supply', 1, 2011),
    tie('t7', 'g', 'h', 'Supply', 3, 2010),
    tie('t8', 'e', 'b', 'Funding', 1, 2009),
    tie('t9', 'c', 'd', 'Funding', 4, 2013),
  ],
  schema: { organisation: [], tie: [] },
};

export const exploreGraph = () => buildGraph(exploreDataset);
