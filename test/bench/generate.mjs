// Generated clustered networks for the benchmark: organisations in cities and clusters, most
// ties inside a cluster, a few across. Seeded, so every run measures the same graph.

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  'Lyon',
  'Barcelona',
  'Munich',
  'Dortmund',
  'Leipzig',
  'Manchester',
  'Helsinki',
  'Budapest',
  'Gothenburg',
  'Eindhoven',
];
const TYPES = [
  'Firm',
  'Firm',
  'Firm',
  'Firm',
  'University',
  'Research institute',
  'Government',
  'Cluster organisation',
  'Investor',
  'Training provider',
];
const TIE_TYPES = ['R&D collaboration', 'Supply', 'Membership', 'Funding', 'Training', 'Cross-cluster project'];

/**
 * Two CSV texts (organisations, ties) for n organisations with tiesPerOrganisation ties each.
 * With `positions`, organisations also carry x/y (each cluster a disc on a grid), drawn from a
 * second PRNG so the other columns are the same as without.
 */
export function generateClusteredNetwork(n, tiesPerOrganisation = 4, seed = 42, { positions = false } = {}) {
  const random = seededRandom(seed);
  const place = seededRandom(seed + 1);
  const clusterSize = 50;
  const columns = Math.ceil(Math.sqrt(Math.ceil(n / clusterSize)));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const organisations = [`id,name,type,city,cluster,founded${positions ? ',x,y' : ''}`];
  for (let i = 0; i < n; i++) {
    const cluster = Math.floor(i / clusterSize);
    let xy = '';
    if (positions) {
      const [angle, radius] = [place() * 2 * Math.PI, 300 * Math.sqrt(place())];
      const x = (cluster % columns) * 1000 + radius * Math.cos(angle);
      const y = Math.floor(cluster / columns) * 1000 + radius * Math.sin(angle);
      xy = `,${x.toFixed(1)},${y.toFixed(1)}`;
    }
    organisations.push(
      `o${i},Organisation ${i},${pick(TYPES)},${CITIES[cluster % CITIES.length]},Cluster ${cluster},${1950 + Math.floor(random() * 70)}${xy}`,
    );
  }
  const ties = ['source,target,type,weight,year'];
  const tieCount = n * tiesPerOrganisation;
  for (let t = 0; t < tieCount; t++) {
    const source = Math.floor(random() * n);
    const clusterStart = source - (source % clusterSize);
    let target =
      random() < 0.9
        ? clusterStart + Math.floor(random() * Math.min(clusterSize, n - clusterStart))
        : Math.floor(random() * n);
    if (target === source) target = (source + 1) % n;
    ties.push(
      `o${source},o${target},${pick(TIE_TYPES)},${1 + Math.floor(random() * 5)},${2008 + Math.floor(random() * 4)}`,
    );
  }
  return { organisations: organisations.join('\n') + '\n', ties: ties.join('\n') + '\n' };
}
