import { buildGraph } from '../../src/graph/buildGraph';
import { createAttributes, type Dataset, type Organisation, type Tie } from '../../src/model/types';

/** Factory: an organisation with optional fields and attributes. */
export function org(
  id: string,
  fields: Partial<Organisation> = {},
  attributes: Record<string, number | string | null> = {},
): Organisation {
  return { id, name: id.toUpperCase(), ...fields, attributes: createAttributes(Object.entries(attributes)) };
}

/** Factory: an undirected tie. */
export function tie(id: string, source: string, target: string, weight = 1, type?: string): Tie {
  return { id, source, target, weight, directed: false, attributes: createAttributes(), ...(type ? { type } : {}) };
}

export function dataset(
  organisations: Organisation[],
  ties: Tie[],
  schema: Dataset['schema'] = { organisation: [], tie: [] },
): Dataset {
  return { id: 'test', name: 'Test', files: [], organisations, ties, schema };
}

export const graphOf = (organisations: Organisation[], ties: Tie[]) => buildGraph(dataset(organisations, ties));
