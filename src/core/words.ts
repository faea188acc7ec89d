// The words of a report, in the language asked for: an app's override, the row's own words, else
// its family's filled with the parameter the error is about (a value's rule first: "Enter a port
// from 1 to 65535."). Without a locale, the kit's English family words (not its rows' words:
// those come with `slb-error-kit/locales/en`, so that a console in another language never
// carries them).
import type { SlbErrorFamily, SlbIntent, SlbProductKey } from '../catalog/types.js';
import { EN_FAMILIES } from './families.en.generated.js';
import type { SlbFamilyText, SlbLocale, SlbLocaleOption, SlbLocaleTag, SlbRowWords, SlbWords } from './locale.js';
import { remember } from './remember.js';
import type { SlbClassifyOptions } from './types.js';

/** A language as the classifier reads it: its family words and the words of each product. */
export interface Language {
  readonly tag: SlbLocaleTag;
  readonly families: Readonly<Record<SlbErrorFamily, SlbFamilyText>>;
  readonly words: readonly SlbWords[];
}

/** No locale given: English family words, no row words. */
const BUILT_IN: Language = { tag: 'en', families: EN_FAMILIES, words: [] };

const languages = new WeakMap<object, Language>();

const isList = (option: SlbLocaleOption): option is readonly [SlbLocale, ...SlbWords[]] => Array.isArray(option);

/** The language of a `locale` option (a locale, or a locale and the words of other products). */
export function resolveLanguage(option: SlbLocaleOption | undefined): Language {
  if (typeof option !== 'object' || option === null) return BUILT_IN;
  let language = languages.get(option);
  if (language) return language;
  const list: readonly SlbWords[] = isList(option) ? option : [option];
  const [base] = list;
  const families = base !== undefined && 'families' in base ? (base.families as Language['families']) : undefined;
  language =
    base === undefined || families === undefined
      ? { tag: 'en', families: EN_FAMILIES, words: list }
      : { tag: base.tag, families, words: list };
  languages.set(option, language);
  return language;
}

const humaneCache = new Map<string, string>();

/** `HealthCheckDomain` → "health check domain", for a parameter no locale names. */
function humanise(field: string): string {
  return remember(humaneCache, field, () =>
    field
      .replace(/^.*\./, '')
      .replace(/Id$/, ' ID')
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .replace(/ id$/, ' ID'),
  );
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z0-9]/;
/** Chinese and Latin letters or digits side by side get a space between them ("请检查 IP 地址"). */
const gap = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && ((CJK.test(a) && LATIN.test(b)) || (LATIN.test(a) && CJK.test(b))) ? ' ' : '';

/** A label at the start of a sentence: "listener port" → "Listener port"; "vSwitch" stays as written. */
const capitalise = (label: string) =>
  /^[a-z][A-Z]/.test(label) ? label : label.charAt(0).toUpperCase() + label.slice(1);

// Filled templates by template, then label.
const filledCache = new Map<string, Map<string, string>>();

/** Fills `{field}` and `{Field}` (capitalised) with the field's label, looked up only when needed. */
function withField(template: string, labelOf: () => string): string {
  if (!template.includes('ield}')) return template;
  const label = labelOf();
  const byLabel = remember(filledCache, template, () => new Map<string, string>());
  return remember(byLabel, label, () =>
    template.replace(/\{([Ff])ield\}/g, (_, initial: string, offset: number) => {
      const text = initial === 'F' ? capitalise(label) : label;
      return `${gap(template[offset - 1], text[0])}${text}${gap(text[text.length - 1], template[offset + 7])}`;
    }),
  );
}

/** Fills `{1}`, `{2}` … with the values the server filled into its message; `null` when one is missing. */
function withValues(template: string, values: readonly string[]): string | null {
  let missing = false;
  const text = template.replace(/\{(\d)\}/g, (_, at: string, offset: number) => {
    const value = values[Number(at) - 1];
    if (value === undefined || value === '') {
      missing = true;
      return '';
    }
    return `${gap(template[offset - 1], value[0])}${value}${gap(value[value.length - 1], template[offset + 3])}`;
  });
  return missing ? null : text;
}

/** What the words of a report depend on. */
export interface Wording {
  readonly product: SlbProductKey;
  readonly rowId: string | null;
  /** Where the row's words are: its catalog and its place there. */
  readonly catalog: SlbProductKey | null;
  readonly index: number;
  readonly code: string | null;
  readonly intent: SlbIntent;
  readonly family: SlbErrorFamily;
  /** The parameter the words name (for fix-input: the report's field). */
  readonly field: string | null;
  /** The values the server filled into the documented message, redacted. */
  readonly values: readonly string[];
}

const rowWordsOf = (words: SlbWords | undefined, index: number): SlbRowWords =>
  index < 0 ? 0 : (words?.rows[index] ?? 0);

/** Title and description of a report in `language`. */
export function describe(
  language: Language,
  wording: Wording,
  options: SlbClassifyOptions | undefined,
): { title: string; description: string } {
  const { rowId, code, field, family: familyKey } = wording;
  const override =
    (rowId !== null ? options?.text?.[rowId] : undefined) ?? (code !== null ? options?.text?.[code] : undefined);
  const family = language.families[familyKey];
  const rowPack =
    wording.catalog === null ? undefined : language.words.find((words) => words.product === wording.catalog);
  const productPack = language.words.find((words) => words.product === wording.product);
  const own = rowWordsOf(rowPack, wording.index);
  const [ownDescription, ownTitle, ownFilled]: readonly [string | 0, string | 0, string?] =
    typeof own === 'string' ? [own, 0] : own === 0 ? [0, 0] : own;
  const labelOf = () =>
    field === null
      ? ''
      : (options?.fieldLabels?.[field] ??
        productPack?.fields[field] ??
        language.words.find((words) => words.fields[field] !== undefined)?.fields[field] ??
        humanise(field));
  const title =
    override?.title ??
    (ownTitle || (field !== null && family.fieldTitle !== undefined ? family.fieldTitle : family.title));
  // A parameter's rule says how to fill it: the words of a value that is not valid.
  const rule =
    wording.intent === 'fix-input' && familyKey === 'invalid-input' && field !== null
      ? productPack?.rules[field]
      : undefined;
  const description =
    override?.description ??
    (ownFilled !== undefined ? withValues(ownFilled, wording.values) : null) ??
    (ownDescription ||
      rule ||
      (field !== null && family.fieldDescription !== undefined ? family.fieldDescription : family.description));
  return { title: withField(title, labelOf), description: withField(description, labelOf) };
}
