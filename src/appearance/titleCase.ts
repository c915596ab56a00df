/**
 * Small words that stay in lower case inside a name shown in title case, in the CLUSNET
 * languages ("Universidad de Málaga", "Technische Universität für Bauwesen", "Università degli
 * Studi di Milano").
 */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'sur',
  'aux',
  'au',
  "l'",
  "d'",
  'del',
  'el',
  'los',
  'las',
  'y',
  'i',
  'e',
  'per',
  'der',
  'die',
  'das',
  'und',
  'für',
  'fur',
  'zur',
  'zum',
  'von',
  'vom',
  'im',
  'am',
  'van',
  'het',
  'voor',
  'op',
  'te',
  'och',
  'för',
  'av',
  'på',
  'ja',
  'és',
  'es',
  'di',
  'da',
  'della',
  'delle',
  'dei',
  'degli',
  'dello',
  'w',
  'z',
  'ze',
  'im.',
  'na',
  'do',
]);

/**
 * Tokens kept in capitals: acronyms and legal forms. A word of four letters or fewer with no vowel
 * ("CNRS", "KU", "LTD") or listed here is an acronym; longer all-caps words are ordinary words.
 */
const ACRONYMS = new Set([
  'ETH',
  'EPFL',
  'KTH',
  'TU',
  'TUM',
  'UCL',
  'KU',
  'VTT',
  'TNO',
  'CEA',
  'CSIC',
  'CNR',
  'INRIA',
  'INRAE',
  'INSERM',
  'IMT',
  'UPC',
  'UAB',
  'DTU',
  'NTNU',
  'EU',
  'EV',
  'AG',
  'SA',
  'SL',
  'BV',
  'NV',
  'AB',
  'SPA',
  'SRL',
  'SAS',
  'SARL',
  'GMBH',
  'KFT',
  'ZRT',
  'OY',
  'OYJ',
  'LTD',
  'PLC',
  'INC',
  'LLC',
  'RWTH',
  'UNED',
  'CERTH',
  'ADEME',
  'IPR',
  'UMR',
]);

const VOWELS = /[AEIOUYÀ-ÖØ-Ý]/;

/** Whether a name is written all in capitals (the case the option changes). */
export const isAllCaps = (name: string): boolean => /\p{Lu}/u.test(name) && name === name.toUpperCase();

function titleWord(word: string, first: boolean): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === '') return word;
  if (ACRONYMS.has(letters.toUpperCase()) || (letters.length <= 4 && !VOWELS.test(letters))) return word;
  const lower = word.toLocaleLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  // "D'ARCY" -> "D'Arcy", "SAINT-ÉTIENNE" -> "Saint-Étienne".
  return lower.replace(
    /(^|[-'’(/])(\p{L})/gu,
    (_match, before: string, letter: string) => before + letter.toLocaleUpperCase(),
  );
}

/**
 * A name written in capitals, shown in title case: "UNIWERSYTET WARSZAWSKI" -> "Uniwersytet
 * Warszawski", "UNIVERSIDAD DE MALAGA" -> "Universidad de Malaga", acronyms kept ("CNRS", "KU
 * LEUVEN" -> "KU Leuven"). Names not all in capitals are returned as written.
 */
export function titleCaseName(name: string): string {
  if (!isAllCaps(name)) return name;
  return name
    .split(/(\s+)/)
    .map((part, index) => (/^\s+$/.test(part) ? part : titleWord(part, index === 0)))
    .join('');
}
