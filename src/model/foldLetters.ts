/** Letters NFD does not split into a base letter and a mark ("Łódź", "Øresund", "Straße"). */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/** Lower case with accents and other marks taken off ("Łódź" → "lodz"); punctuation is left to the caller. */
export const foldLetters = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[ßøæœłđıþð]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
