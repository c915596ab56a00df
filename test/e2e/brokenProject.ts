/** The broken file of issue 10: duplicated and empty ids, duplicate tie ids, a string for filters, bad scenes. */
export const brokenProject = {
  format: 'clusnet-project',
  version: 1,
  id: 'p-broken',
  name: 'Broken',
  dataset: {
    id: 'd',
    name: 'Broken data',
    files: ['broken.csv'],
    organisations: [
      { id: 'a', name: 'Alpha', attributes: {} },
      { id: 'a', name: 'Alpha again', attributes: {} },
      { id: '', name: 'Nobody', attributes: {} },
      { id: 'b', name: 'Beta', attributes: {} },
      { id: 'c', name: 'Gamma', attributes: {} },
    ],
    ties: [
      { id: 't0', source: 'a', target: 'b', weight: 1, directed: false, attributes: {} },
      { id: 't0', source: 'b', target: 'c', weight: 1, directed: false, attributes: {} },
      { id: '', source: 'a', target: 'c', weight: 1, directed: false, attributes: {} },
    ],
    schema: { organisation: [], tie: [] },
  },
  report: { files: 'oops', entries: [{ kind: 1 }] },
  view: { filters: 'largestComponent', layout: 'spiral', colour: { by: 'metric' }, tieLimit: -3 },
  scenes: [
    { id: 's', title: 7 },
    'scene',
    { id: 's2', title: 'T', text: '', notes: '', view: 'x', positions: {}, camera: { zoom: 1, pan: { x: 0, y: 0 } } },
  ],
  savedAt: '2026-12-01T00:00:00.000Z',
};
