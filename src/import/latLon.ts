const NUMBER = String.raw`[-+]?\d{1,3}(?:\.\d+)?`;
const PAIR = new RegExp(String.raw`^\(?\s*(${NUMBER})\s*[,;\s]\s*(${NUMBER})\s*\)?$`);
const DECIMAL_COMMA_PAIR = /^\(?\s*([-+]?\d{1,3}(?:,\d+)?)\s*[;\s]\s*([-+]?\d{1,3}(?:,\d+)?)\s*\)?$/;

/**
 * A position written in one cell, as CORDIS's `geolocation` does: "48.15,11.57", "48.15, 11.57",
 * "(48.15; 11.57)", "48,15 11,57". Undefined for an empty cell, null when it is not a valid pair.
 */
export function parseLatLon(cell: string | undefined): { lat: number; lon: number } | null | undefined {
  const text = cell?.trim();
  if (!text) return undefined;
  const match = PAIR.exec(text) ?? DECIMAL_COMMA_PAIR.exec(text);
  if (!match) return null;
  const [lat, lon] = [match[1]!, match[2]!].map((part) => Number(part.replace(',', '.')));
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
