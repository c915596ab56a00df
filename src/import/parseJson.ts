import { ImportError } from './ImportError';
import { recognisedJson } from './jsonFormats';
import { isRecord, type GraphTables } from './graphTables';

/** True when JSON.parse fails on this prefix for a reason other than running out of text. */
const failsBeforeEnd = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    // V8 names the position of the error; at the very end it only means the text ran out.
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    if (position) return Number(position[1]) < text.length;
    return !/end of JSON input/i.test(message);
  }
};

/** Line and column (1-based) of the first syntax error: the shortest prefix that fails before its end. */
export function jsonErrorLocation(text: string): { line: number; column: number } {
  let low = 0;
  let high = text.length;
  if (!failsBeforeEnd(text)) low = high;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsBeforeEnd(text.slice(0, middle + 1))) high = middle;
    else low = middle + 1;
  }
  const before = text.slice(0, low);
  const line = before.split('\n').length;
  return { line, column: low - before.lastIndexOf('\n') };
}

/** Parse JSON text, saying where it is broken when it is. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { line, column } = jsonErrorLocation(text);
    throw new ImportError(`${file}: this is not valid JSON (line ${line}, column ${column}).`);
  }
}

/** Parse a JSON file in any of the formats we read; anything else is reported as unsupported. */
export function parseJson(file: string, text: string): GraphTables {
  const value = parseJsonText(file, text);
  const tables = recognisedJson(value, isRecord);
  if (!tables) {
    throw new ImportError(
      `${file}: unsupported JSON. Expected our own {"organisations", "ties"}, Cytoscape.js "elements", node-link "nodes" + "links" (D3, networkx), graphology "nodes" + "edges", VOSviewer "network" + "items" or Kumu "elements" + "connections".`,
    );
  }
  return tables;
}
