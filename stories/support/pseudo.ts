// Pseudo-locales for review only (never shipped): English made longer and accented, so text that
// is cut, hard-coded or assembled from pieces shows at a glance, and a right-to-left variant, so
// designers can check mirroring without reading Arabic or Hebrew. Placeholders such as `{count}`
// stay as they are, so the kit can still fill them.
import type { SlbFamilyText, SlbLocale, SlbRowWords, SlbUiStrings, SlbWords } from '../../src/core/index.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { en } from '../../src/locales/en.ts';
import { nlbEn } from '../../src/locales/nlb/en.ts';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Words grow by about a third, as German or Russian text often does beside English. */
const GROWTH = 0.35;
const PLACEHOLDER = /(\{\w+\})/;

/** Accented and lengthened English, inside ⟦ ⟧ so a cut-off end is visible. */
export function accent(text: string): string {
  if (text === '') return text;
  const parts = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)));
  const letters = text.replace(/\{\w+\}/g, '').length;
  const padding = '·'.repeat(Math.max(1, Math.round(letters * GROWTH)));
  return `⟦${parts.join('')} ${padding}⟧`;
}

// U+202E (right-to-left override) … U+202C (pop): each word reads right to left, the way a
// right-to-left script flows, while the letters stay familiar.
const RLO = '\u202e';
const PDF = '\u202c';

/** English words laid out right to left (placeholders and the numbers they become stay intact). */
export function mirror(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part) =>
      PLACEHOLDER.test(part) ? part : part.replace(/[A-Za-z][A-Za-z'’]*/g, (word) => `${RLO}${word}${PDF}`),
    )
    .join('');
}

function mapRecord(record: Readonly<Record<string, string>>, f: (text: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}

function pseudoRow(words: SlbRowWords, f: (text: string) => string): SlbRowWords {
  if (words === 0) return 0;
  if (typeof words === 'string') return f(words);
  const [description, title, filled] = words;
  const dressed: [string | 0, string | 0] = [description === 0 ? 0 : f(description), title === 0 ? 0 : f(title)];
  return filled === undefined ? dressed : [...dressed, f(filled)];
}

/** One product's words, dressed up. */
function pseudoWords(words: SlbWords, f: (text: string) => string): SlbWords {
  return {
    tag: words.tag,
    product: words.product,
    fields: mapRecord(words.fields, f),
    rules: mapRecord(words.rules, f),
    rows: words.rows.map((row) => pseudoRow(row, f)),
  };
}

function pseudoLocale(f: (text: string) => string): readonly [SlbLocale, SlbWords, SlbWords] {
  const families = Object.fromEntries(
    Object.entries(en.families).map(([key, family]: [string, SlbFamilyText]) => [
      key,
      {
        title: f(family.title),
        description: f(family.description),
        ...(family.fieldTitle === undefined ? {} : { fieldTitle: f(family.fieldTitle) }),
        ...(family.fieldDescription === undefined ? {} : { fieldDescription: f(family.fieldDescription) }),
      },
    ]),
  ) as SlbLocale['families'];
  const ui = mapRecord({ ...en.ui }, f) as unknown as SlbUiStrings;
  // The kit's report says 'en': these are English words, dressed up.
  return [{ ...pseudoWords(en, f), families, ui }, pseudoWords(albEn, f), pseudoWords(nlbEn, f)];
}

/** Accented, lengthened English (BCP 47's pseudo-locale `en-XA`), with ALB's and NLB's words. */
export const pseudoAccented = pseudoLocale(accent);
/** Right-to-left pseudo-English (`ar-XB`); stories show it with `dir="rtl"`. */
export const pseudoRtl = pseudoLocale(mirror);
