import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/import/importSources';
import { projectFileName, serialiseProject, ProjectError, type Project } from '../../src/persist/project';
import { parseProjectFile, readProject } from '../../src/persist/restore';
import { getEmptyViewState } from '../../src/model/view';
import type { Scene } from '../../src/model/scene';

const encode = (text: string) => new TextEncoder().encode(text);
const { dataset, report } = importSources([
  {
    name: 'orgs.csv',
    bytes: encode('id,name,type,city,lat,staff,__proto__\na,Alpha,Firm,Lyon,45.7,12,x\nb,Beta,University,,,,\n'),
  },
  { name: 'ties.csv', bytes: encode('source,target,weight,year,directed,note\na,b,2,2009,yes,first\na,ghost,1,,,\n') },
]);

const scene: Scene = {
  id: 's1',
  title: 'Lyon',
  text: 'Who funds whom',
  notes: 'Mention Axelera',
  view: { ...getEmptyViewState(), layout: 'city', focus: { id: 'a', depth: 2 } },
  positions: { a: { x: 1, y: -2 }, b: { x: 3.5, y: 4 } },
  camera: { zoom: 1.5, pan: { x: 10, y: 20 } },
};

const project: Project = {
  format: 'clusnet-project',
  version: 1,
  id: 'p-1',
  name: 'My cluster',
  dataset,
  report,
  view: {
    ...getEmptyViewState(),
    colour: { by: 'category', field: 'city' },
    hiddenCategories: ['Lyon'],
    camera: { zoom: 2, pan: { x: -5, y: 7 } },
  },
  scenes: [scene],
  mapping: { organisations: { id: 'id' } },
  savedAt: '2026-11-27T12:00:00.000Z',
};

describe('project files', () => {
  it('serialise and parse back to the same project, placeholder and attributes included', () => {
    const back = parseProjectFile(serialiseProject(project), 'p.clusnet.json');
    expect(back).toEqual(project);
    expect(back.dataset.organisations.find((org) => org.id === 'ghost')?.placeholder).toBe(true);
    expect(Object.getPrototypeOf(back.dataset.organisations[0]!.attributes)).toBeNull();
    expect(back.dataset.organisations[0]!.attributes['__proto__']).toBe('x');
  });

  it('is also what the structured clone of IndexedDB keeps', () => {
    expect(readProject(structuredClone(project), 'stored')).toEqual(project);
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another format', '{"format":"gexf"}', 'not a Clusnet Explorer project file'],
    ['a newer version', JSON.stringify({ ...project, version: 2 }), 'made by a newer version'],
    ['no data set', JSON.stringify({ ...project, dataset: null }), 'holds no data set'],
    [
      'no organisations',
      JSON.stringify({ ...project, dataset: { ...dataset, organisations: [] } }),
      'has no organisations',
    ],
    ['an unknown version', JSON.stringify({ ...project, version: '1' }), 'not one this app reads'],
  ])('refuses %s with a clear message', (_case, text, message) => {
    expect(() => parseProjectFile(text, 'bad.clusnet.json')).toThrow(ProjectError);
    expect(() => parseProjectFile(text, 'bad.clusnet.json')).toThrow(message);
  });

  it('opens a project whose view is not readable with the default view', () => {
    expect(parseProjectFile(JSON.stringify({ ...project, view: 'x' }), 'bad.clusnet.json').view).toEqual(
      getEmptyViewState(),
    );
  });

  it('leaves out ties to unknown organisations and values of the wrong shape', () => {
    const edited = structuredClone(project) as unknown as {
      dataset: { ties: unknown[]; organisations: { attributes: Record<string, unknown> }[] };
    };
    edited.dataset.ties.push({ id: 't9', source: 'a', target: 'nobody', weight: 1, directed: false, attributes: {} });
    edited.dataset.organisations[0]!.attributes['nested'] = { evil: true };
    const back = readProject(edited, 'edited');
    expect(back.dataset.ties.map((tie) => tie.id)).toEqual(project.dataset.ties.map((tie) => tie.id));
    expect(back.dataset.organisations[0]!.attributes).not.toHaveProperty('nested');
  });

  it.each([
    ['My cluster', 'my-cluster.clusnet.json'],
    ['Lyon / Grand Lyon: 2024', 'lyon-grand-lyon-2024.clusnet.json'],
    ['Łódź ', 'odz.clusnet.json'],
    ['***', 'project.clusnet.json'],
    ['lyon.csv + lyon-ties.csv', 'lyon-csv-lyon-ties-csv.clusnet.json'],
  ])('names the file for %j as %j', (name, fileName) => expect(projectFileName({ name })).toBe(fileName));
});
