/**
 * Map projection shared by the geographic layout and the basemap: equirectangular, with longitude
 * shrunk by cos(52°) so shapes look right at European latitudes; one unit is about one kilometre.
 */
const KM_PER_DEGREE = 111.32;
const LONGITUDE_SCALE = Math.cos((52 * Math.PI) / 180);

export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: lon * KM_PER_DEGREE * LONGITUDE_SCALE, y: -lat * KM_PER_DEGREE };
}
