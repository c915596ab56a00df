import { describe, expect, it } from 'vitest';
import { ORGANISATION_FIELDS, TIE_FIELDS, headerKey, matchColumn } from '../../../src/import/columns';
import { missingFields, proposeMapping } from '../../../src/import/tableMapping';

describe('matchColumn: headers in the partner cities languages', () => {
  it.each([
    ['source', 'source'],
    ['From', 'source'],
    ['von', 'source'],
    ['de', 'source'],
    ['Origen', 'source'],
    ['van', 'source'],
    ['Från', 'source'],
    ['target', 'target'],
    ['To', 'target'],
    ['nach', 'target'],
    ['à', 'target'],
    ['Destino', 'target'],
    ['naar', 'target'],
    ['till', 'target'],
    ['Weight', 'weight'],
    ['Gewicht', 'weight'],
    ['poids', 'weight'],
    ['Peso', 'weight'],
    ['year', 'year'],
    ['Jahr', 'year'],
    ['Année', 'year'],
    ['Año', 'year'],
    ['jaar', 'year'],
    ['År', 'year'],
    ['Type', 'type'],
    ['Typ', 'type'],
    ['tipo', 'type'],
    ['Art', 'type'],
  ] as const)('tie header %j -> %s', (header, field) => expect(matchColumn(header, TIE_FIELDS)).toBe(field));

  it.each([
    ['Id', 'id'],
    ['Label', 'name'],
    ['Name', 'name'],
    ['nom', 'name'],
    ['Nombre', 'name'],
    ['naam', 'name'],
    ['namn', 'name'],
    ['Organisation', 'name'],
    ['organization', 'name'],
    ['Company', 'name'],
    ['Institution', 'name'],
    ['City', 'city'],
    ['Stadt', 'city'],
    ['ville', 'city'],
    ['Ciudad', 'city'],
    ['stad', 'city'],
    ['kaupunki', 'city'],
    ['Város', 'city'],
    ['  CITY  ', 'city'],
    ['Org. Name', 'name'],
    ['organisation_id', 'id'],
    ['Breitengrad', 'lat'],
    ['Längengrad', 'lon'],
    ['founded', undefined],
    ['Mitarbeiter', undefined],
  ] as const)('organisation header %j -> %s', (header, field) =>
    expect(matchColumn(header, ORGANISATION_FIELDS)).toBe(field),
  );

  it('folds the header list into the key a mapping is remembered under', () => {
    expect(headerKey(['Von', ' Nach ', 'Gewicht (kg)'])).toBe('von|nach|gewichtkg');
  });
});

describe('proposeMapping', () => {
  const table = (header: string[], rows: string[][] = [['x', 'y', 'z', 'w'].slice(0, header.length)]) => ({
    header,
    rows,
    firstRow: 2,
  });

  it.each([
    ['Gephi nodes', ['Id', 'Label', 'modularity_class'], 'organisations', ['id', 'name', null], 0],
    [
      'Gephi edges',
      ['Source', 'Target', 'Type', 'Id', 'Weight'],
      'ties',
      ['source', 'target', 'type', null, 'weight'],
      0,
    ],
    ['Kumu elements', ['Label', 'Type', 'Tags'], 'organisations', ['name', 'type', null], 0],
    ['Kumu connections', ['From', 'To', 'Type'], 'ties', ['source', 'target', 'type'], 0],
    ['two name columns', ['name', 'label', 'city'], 'organisations', ['name', null, 'city'], 1],
    ['no id or name', ['foo', 'bar'], 'organisations', [null, null], 1],
    ['only a source', ['from', 'partner', 'weight'], 'ties', ['source', null, 'weight'], 1],
  ] as const)('%s', (_name, header, role, fields, questions) => {
    const { mapping, questions: asked } = proposeMapping(table([...header]));
    expect(mapping.role).toBe(role);
    expect(mapping.fields).toEqual(fields);
    expect(asked).toHaveLength(questions);
  });

  it('proposes a membership list when organisations repeat beside a project column', () => {
    const { mapping, questions } = proposeMapping(
      table(
        ['projectID', 'name'],
        [
          ['p1', 'A'],
          ['p1', 'B'],
          ['p2', 'A'],
        ],
      ),
    );
    expect(mapping).toEqual({ role: 'membership', fields: ['group', 'name'], groupMode: 'shared' });
    expect(questions[0]).toContain('membership list');
  });

  it.each([
    [{ role: 'ties', fields: ['source', null] }, ['a target column']],
    [{ role: 'organisations', fields: [null, 'city'] }, ['an id or name column']],
    [{ role: 'membership', fields: ['name', null] }, ['a group (project or cluster) column']],
    [{ role: 'organisations', fields: ['name'] }, []],
  ] as const)('missingFields(%j)', (mapping, missing) =>
    expect(missingFields({ ...mapping, fields: [...mapping.fields] })).toEqual(missing),
  );
});
