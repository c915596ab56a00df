// Builds public/basemap/europe.json, the offline outline of Europe drawn under the geographic
// layout, from Natural Earth's public-domain country shapes as packaged by `world-atlas`
// (countries-50m TopoJSON). Run once after upgrading world-atlas: `node scripts/build-basemap.mjs`.
// Output: { source, rings: [[lon, lat, lon, lat, ...], ...] } with coordinates to 0.01°, points
// closer than TOLERANCE to the previous kept one dropped, and the far east and Atlantic clamped.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { feature } from 'topojson-client';

const BOX = { west: -28, east: 48, south: 30, north: 72 };
const CLAMP = { west: -40, east: 62, south: 25, north: 80 };
const TOLERANCE = 0.1;

const topology = JSON.parse(
  readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'),
);
const countries = feature(topology, topology.objects.countries).features;

const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
const touchesBox = (ring) =>
  ring.some(([lon, lat]) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north);

function simplify(ring) {
  const out = [];
  let last = null;
  for (const [lon, lat] of ring) {
    const point = [clamp(lon, CLAMP.west, CLAMP.east), clamp(lat, CLAMP.south, CLAMP.north)];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < TOLERANCE) continue;
    out.push(Math.round(point[0] * 100) / 100, Math.round(point[1] * 100) / 100);
    last = point;
  }
  return out;
}

const rings = [];
for (const country of countries) {
  const { type, coordinates } = country.geometry ?? {};
  const polygons = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || !touchesBox(outer)) continue;
    const flat = simplify(outer);
    if (flat.length >= 8) rings.push(flat);
  }
}
mkdirSync(new URL('../public/basemap/', import.meta.url), { recursive: true });
const source =
  'Natural Earth 1:50m countries (public domain), via world-atlas 2.0.2; simplified by scripts/build-basemap.mjs';
writeFileSync(new URL('../public/basemap/europe.json', import.meta.url), JSON.stringify({ source, rings }));
console.log(`${rings.length} rings, ${rings.reduce((n, r) => n + r.length / 2, 0)} points`);
