import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { MAX_PROJECT_FILE_BYTES, restoreMappings, restoreProject, restoreView } from '../../src/persist/restore';
import { ProjectError } from '../../src/persist/ProjectError';
import { getEmptyViewState } from '../../src/model/view';
import { brokenProject } from '../e2e/brokenProject';

describe('the restore gate', () => {
  it('repairs the broken project of issue 10 into one that builds a graph, and reports each repair', () => {
    const { project, repairs } = restoreProject(structuredClone(brokenProject), 'broken.clusnet.json');
    expect(project.dataset.organisations.map((org) => org.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(project.dataset.ties.map((tie) => [tie.id, tie.source, tie.target])).toEqual([['t0', 'a', 'b']]);
    expect(() => buildGraph(project.dataset)).not.toThrow();
    expect(project.view).toEqual(getEmptyViewState());
    // The third scene's view is repaired to the defaults; the other two are left out.
    expect(project.scenes.map((scene) => scene.id)).toEqual(['s2']);
    expect(project.scenes[0]!.view).toEqual(getEmptyViewState());
    expect(repairs.map((entry) => entry.kind).sort()).toEqual(
      [
        'duplicate-id',
        'missing-id',
        'duplicate-tie-id',
        'missing-tie-id',
        'bad-view',
        'bad-scene',
        'bad-scene',
        'bad-scene',
        'bad-report',
      ].sort(),
    );
    // The report the user sees is rebuilt: the malformed saved one is dropped, the repairs are listed.
    expect(project.report?.files).toEqual([]);
    expect(project.report?.entries).toEqual(repairs);
    expect(repairs.every((entry) => entry.file === 'broken.clusnet.json')).toBe(true);
  });

  it('refuses a file made by a newer version with a message that says so', () => {
    expect(() => restoreProject({ ...brokenProject, version: 2 }, 'new.clusnet.json')).toThrow(
      /made by a newer version/,
    );
    expect(() => restoreProject({ ...brokenProject, version: 'one' }, 'odd.clusnet.json')).toThrow(ProjectError);
  });

  it('keeps a view that is whole, and decodes a partial one over the defaults', () => {
    const view = { ...getEmptyViewState(), layout: 'concentric' as const, tieLimit: null, hiddenCategories: ['x'] };
    expect(restoreView(structuredClone(view)).view).toEqual(view);
    expect(restoreView({ layout: 'city', tieLimit: 2.5 }).view).toEqual({ ...getEmptyViewState(), layout: 'city' });
    expect(restoreView({ layout: 'city', tieLimit: 2.5 }).dropped).toEqual(['tieLimit']);
  });

  it('keeps a comparison and a finding a scene holds, and drops them when their shape is wrong', () => {
    const compare = { a: { from: 2015, to: 2016 }, b: { from: 2020, to: 2020 }, reading: 'observed' as const };
    const evidence = { title: 'Lyon runs through one broker', organisations: ['axelera', 'ens-lyon'] };
    expect(restoreView({ compare, evidence }).view).toEqual({ ...getEmptyViewState(), compare, evidence });
    expect(restoreView({ compare: null, evidence: null }).view).toEqual({
      ...getEmptyViewState(),
      compare: null,
      evidence: null,
    });
    const bad = restoreView({ compare: { ...compare, reading: 'sideways' }, evidence: { title: 3 } }).view;
    expect(bad).toEqual(getEmptyViewState());
    expect(restoreView({ compare: { a: { from: 2015.5, to: 2016 }, b: compare.b, reading: 'observed' } }).view).toEqual(
      getEmptyViewState(),
    );
  });

  it('keeps only remembered mappings of the right shape', () => {
    const good = { role: 'organisations', fields: ['id', null, 'name'] };
    const restored = restoreMappings({ good, bad: { role: 'x', fields: [] }, worse: 'text', list: { role: 'ties' } });
    expect(Object.keys(restored)).toEqual(['good']);
    expect(restored['good']).toEqual(good);
    expect(restoreMappings('not an object')).toEqual({});
  });

  it('caps project files at a size a browser tab can read', () => {
    expect(MAX_PROJECT_FILE_BYTES).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });
});

/** Values shaped like a project, with ids drawn from a few letters so that duplicates are common. */
const id = fc.oneof(fc.constantFrom('a', 'b', 'c', '', '__proto__', 'constructor', 't0'), fc.jsonValue());
const organisation = fc.record(
  { id, name: fc.oneof(fc.string(), fc.jsonValue()), attributes: fc.jsonValue() },
  { requiredKeys: [] },
);
const tie = fc.record(
  { id, source: id, target: id, weight: fc.jsonValue(), directed: fc.jsonValue() },
  { requiredKeys: [] },
);
const projectLike = fc.record(
  {
    format: fc.constant('clusnet-project'),
    version: fc.oneof(fc.constant(1), fc.jsonValue()),
    id: fc.jsonValue(),
    name: fc.jsonValue(),
    dataset: fc.oneof(
      fc.record({
        organisations: fc.array(organisation),
        ties: fc.array(tie),
        schema: fc.jsonValue(),
        files: fc.jsonValue(),
      }),
      fc.jsonValue(),
    ),
    report: fc.jsonValue(),
    view: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...Object.keys(getEmptyViewState())), fc.jsonValue())),
    scenes: fc.oneof(
      fc.jsonValue(),
      fc.array(
        fc.record({ id: fc.jsonValue(), view: fc.jsonValue(), positions: fc.jsonValue(), camera: fc.jsonValue() }),
      ),
    ),
    savedAt: fc.jsonValue(),
  },
  { requiredKeys: ['format', 'version', 'dataset'] },
);

/** Either a project whose graph builds, or a ProjectError: never another exception. */
function throughTheGate(value: unknown): void {
  let restored;
  try {
    restored = restoreProject(value, 'any.clusnet.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ProjectError);
    return;
  }
  const { project } = restored;
  expect(() => buildGraph(project.dataset)).not.toThrow();
  expect(Object.keys(project.view).sort()).toEqual(Object.keys(getEmptyViewState()).sort());
  expect(Array.isArray(project.view.filters)).toBe(true);
  for (const scene of project.scenes) expect(Array.isArray(scene.view.filters)).toBe(true);
  // What the gate lets through goes through it again unchanged.
  expect(restoreProject(JSON.parse(JSON.stringify(project)), 'again').project).toEqual(project);
}

describe('the restore gate, for any input', () => {
  it('turns any JSON value into a project or a ProjectError', () => {
    fc.assert(fc.property(fc.jsonValue(), throughTheGate), { numRuns: 300 });
  });

  it('turns any project-shaped value into a project that builds a graph, or a ProjectError', () => {
    fc.assert(fc.property(projectLike, throughTheGate), { numRuns: 500 });
  });
});
