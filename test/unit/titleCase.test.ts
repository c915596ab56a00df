import { describe, expect, it } from 'vitest';
import { titleCaseName } from '../../src/appearance/titleCase';

describe('titleCaseName: names in capitals shown in title case', () => {
  it.each([
    ['UNIWERSYTET WARSZAWSKI', 'Uniwersytet Warszawski'],
    ['UNIVERSIDAD DE MALAGA', 'Universidad de Malaga'],
    ['KOBENHAVNS UNIVERSITET', 'Kobenhavns Universitet'],
    ['THE UNIVERSITY OF MANCHESTER', 'The University of Manchester'],
    [
      'FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV',
      'Fraunhofer Gesellschaft zur Forderung der Angewandten Forschung EV',
    ],
    ['KU LEUVEN', 'KU Leuven'],
    ['CNRS', 'CNRS'],
    ['ETH ZURICH', 'ETH Zurich'],
    ['AQUASENSE SP Z O O', 'Aquasense SP Z O O'],
    ["AGENCE DE L'ENVIRONNEMENT", "Agence de L'Environnement"],
    ['SAINT-ÉTIENNE MÉTROPOLE', 'Saint-Étienne Métropole'],
    ['Technische Universität München', 'Technische Universität München'],
    ['Acme GmbH', 'Acme GmbH'],
  ])('%s -> %s', (name, shown) => expect(titleCaseName(name)).toBe(shown));
});
