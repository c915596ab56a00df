/** Polygon points (in a 20×20 box) for the cytoscape shapes roles use; anything else is a circle. */
const POLYGONS: Record<string, string> = {
  'round-rectangle': '3,3 17,3 17,17 3,17',
  'round-triangle': '10,2 18.5,17 1.5,17',
  'round-pentagon': '10,2 18,8 15,18 5,18 2,8',
  'round-diamond': '10,1.5 18.5,10 10,18.5 1.5,10',
  'round-hexagon': '5.5,2.5 14.5,2.5 19,10 14.5,17.5 5.5,17.5 1,10',
  star: '10,1 12.6,7.2 19,7.6 14,11.8 15.6,18.5 10,14.8 4.4,18.5 6,11.8 1,7.6 7.4,7.2',
  'round-octagon': '6.5,1.5 13.5,1.5 18.5,6.5 18.5,13.5 13.5,18.5 6.5,18.5 1.5,13.5 1.5,6.5',
};

/** The same shapes as a CSS clip-path (percentages of the box), for coloured legend swatches. */
export function clipPathFor(shape: string): string | undefined {
  const points = POLYGONS[shape];
  if (!points) return undefined;
  const percent = points.split(' ').map((pair) =>
    pair
      .split(',')
      .map((v) => `${Number(v) * 5}%`)
      .join(' '),
  );
  return `polygon(${percent.join(', ')})`;
}

/** A small picture of a node shape, for the legend. */
export function ShapeIcon({ shape, colour = '#ffffff' }: { shape: string; colour?: string }) {
  const points = POLYGONS[shape];
  return (
    <svg className="shape-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      {points ? (
        <polygon points={points} fill={colour} stroke="#1f2937" strokeWidth="1.5" strokeLinejoin="round" />
      ) : (
        <circle cx="10" cy="10" r="8" fill={colour} stroke="#1f2937" strokeWidth="1.5" />
      )}
    </svg>
  );
}
