import { createAttributes, type Dataset, type Organisation, type Tie } from '../../../src/model/types';

/** Test data factories: small data sets written as edge lists. */
export const org = (id: string, fields: Partial<Organisation> = {}): Organisation => ({
  id,
  name: id,
  attributes: createAttributes(),
  ...fields,
});

export const tie = (source: string, target: string, fields: Partial<Tie> = {}): Tie => ({
  id: `${source}-${target}-${fields.type ?? ''}${fields.year ?? ''}`,
  source,
  target,
  weight: 1,
  directed: false,
  attributes: createAttributes(),
  ...fields,
});

export function datasetOf(organisations: Organisation[], ties: Tie[], id = 'test'): Dataset {
  return { id, name: id, files: [], organisations, ties, schema: { organisation: [], tie: [] } };
}

/** Organisations named in the edge list (in order of appearance) plus ties between them. */
export function datasetFromEdges(edges: [string, string, number?][], extra: Organisation[] = []): Dataset {
  const ids = new Set<string>(extra.map((o) => o.id));
  const organisations = [...extra];
  for (const [a, b] of edges)
    for (const id of [a, b])
      if (!ids.has(id)) {
        ids.add(id);
        organisations.push(org(id));
      }
  return datasetOf(
    organisations,
    edges.map(([a, b, weight]) => tie(a, b, { weight: weight ?? 1 })),
  );
}
