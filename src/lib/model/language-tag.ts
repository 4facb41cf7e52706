/** Language tags: checking the ones a maintainer writes, and which texts need one of their own. */

/** The guide's language when `content/guide.yaml` names none. */
export const DEFAULT_LANGUAGE = 'en';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or a message saying
 * why `value` is not one. A tag must start with an ISO 639 language code that
 * the platform knows, so a language's name (`chinese`) is refused.
 */
export function canonicalLanguage(value: string): { tag: string } | { error: string } {
  const hint = 'write a BCP 47 language tag such as `zh`, `ja`, `de` or `pt-BR`';
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value)[0];
  } catch {
    return { error: `\`${value}\` is not a language tag; ${hint}` };
  }
  const language = tag?.split('-')[0] ?? '';
  if (!tag || !/^[a-z]{2,3}$/.test(language) || !languageNames.of(language)) {
    const named = codeForName(value);
    return { error: `\`${value}\` is not a language tag; ${named ? `for ${languageNames.of(named)}, write \`${named}\`` : hint}` };
  }
  return { tag };
}

/** `zh` for "chinese", when a maintainer wrote a language's English name instead of its code. */
function codeForName(name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return COMMON_CODES.find((code) => languageNames.of(code)?.toLowerCase() === wanted);
}
const COMMON_CODES = [
  'ar',
  'bn',
  'de',
  'en',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt',
  'ru',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh',
];

/** The writing system a language is usually written in, as an ISO 15924 code: `zh` → `Hans`, `en` → `Latn`. */
export function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** Unicode scripts of each writing system: Japanese mixes Han with the kana, Korean Hangul with Han. */
const unicodeScripts: Record<string, string[]> = {
  Hans: ['Han'],
  Hant: ['Han'],
  Jpan: ['Han', 'Hiragana', 'Katakana'],
  Kore: ['Hangul', 'Han'],
};

/** True when `text` has a letter of the script `tag` is written in. */
function hasLetterOf(text: string, tag: string): boolean {
  const script = scriptOf(tag);
  if (!script) return false;
  const names = unicodeScripts[script] ?? [script];
  try {
    return new RegExp(names.map((name) => `\\p{Script=${name}}`).join('|'), 'u').test(text);
  } catch {
    return false;
  }
}

/**
 * The `lang` a short text of a source (its label, its own question titles)
 * needs, or undefined when it reads as the guide's language. Only a text in a
 * script the guide's language does not use can be told apart this briefly:
 * 北京小组 on an English guide is Chinese, "Berlin group" is taken as English.
 */
export function shortTextLanguage(text: string, sourceLang: string, guideLang: string): string | undefined {
  if (sourceLang === guideLang || scriptOf(sourceLang) === scriptOf(guideLang)) return undefined;
  return hasLetterOf(text, sourceLang) ? sourceLang : undefined;
}
