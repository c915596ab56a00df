// A CORDIS-style membership list (one row per organisation per project, semicolons) of 2,000
// organisations whose shared projects make 20,000 ties: file chosen -> first picture.
import { seededRandom } from '../generate.mjs';
import { openApp } from '../loadNetwork.mjs';

const TYPES = ['PRC', 'HES', 'REC', 'PUB', 'OTH'];
const PLACES = [
  ['WARSZAWA', 'PL', 52.23, 21.01],
  ['Warszawa', 'PL', 52.23, 21.01],
  ['MÜNCHEN', 'DE', 48.14, 11.58],
  ['KOBENHAVN', 'DK', 55.68, 12.57],
  ['ATHINA', 'EL', 37.98, 23.73],
  ['MANCHESTER', 'UK', 53.48, -2.24],
  ['Lyon', 'FR', 45.76, 4.84],
  ['BARCELONA', 'ES', 41.39, 2.17],
];

/** Projects of 6 to 14 members drawn from `organisations`, until the shared pairs reach `ties`. */
export function generateMembership(organisations, ties, seed = 9) {
  const random = seededRandom(seed);
  const pairs = new Set();
  const lines = ['projectID;projectAcronym;organisationID;name;activityType;city;country;geolocation'];
  for (let project = 1; pairs.size < ties; project++) {
    const size = 6 + Math.floor(random() * 9);
    const members = new Set();
    while (members.size < size) members.add(Math.floor(random() * organisations));
    const list = [...members].sort((a, b) => a - b);
    for (let i = 0; i < list.length && pairs.size < ties; i++)
      for (let j = i + 1; j < list.length; j++) pairs.add(list[i] * organisations + list[j]);
    for (const member of list) {
      const [city, country, lat, lon] = PLACES[member % PLACES.length];
      const position = `${(lat + (member % 7) / 100).toFixed(4)},${(lon + (member % 5) / 100).toFixed(4)}`;
      const fields = [100000 + project, `P${project}`, 900000 + member, `ORGANISATION ${member}`, TYPES[member % 5]];
      lines.push([...fields, city, country, position].join(';'));
    }
  }
  return { text: `${lines.join('\n')}\n`, ties: pairs.size };
}

const membershipList = {
  name: 'import: membership list, 2,000 organisations / ~20,000 shared-project ties (first picture)',
  runs: 3,
  async run(page, { base }) {
    const { text } = generateMembership(2000, 20_000);
    await openApp(page, base);
    await page.evaluate(() => performance.clearMarks());
    await page
      .getByLabel('Load data')
      .setInputFiles([{ name: 'organization.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }]);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-layout="done"]') &&
        performance.getEntriesByName('clusnet:canvas-ready').length > 0 &&
        performance.getEntriesByName('clusnet:layout-end').length > 0,
      null,
      { timeout: 300_000, polling: 100 },
    );
    const at = (name) =>
      page.evaluate((n) => performance.getEntriesByName(`clusnet:${n}`).at(-1)?.startTime ?? NaN, name);
    const start = await at('import-start');
    return {
      'import (file chosen → dataset ready)': (await at('import-end')) - start,
      'first picture (file chosen → canvas ready)': (await at('canvas-ready')) - start,
      'laid out (file chosen → first layout drawn)': (await at('layout-end')) - start,
    };
  },
};

export const cases = [membershipList];
