/**
 * Scripts that other languages' text never shares, as regular-expression classes: Chinese and Japanese,
 * written without spaces between words, and with them Korean, whose words are spaced.
 */

/** Letters of Chinese and Japanese: a run of them is a phrase, not a word. */
export const UNSPACED_LETTERS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;

/** Letters of Chinese, Japanese and Korean. */
export const CJK_LETTERS = String.raw`${UNSPACED_LETTERS}\p{sc=Hangul}`;

/** One letter of Chinese or Japanese. */
export const UNSPACED_LETTER = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');
