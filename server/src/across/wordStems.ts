/// <reference path="./nlpjs.d.ts" />
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerSv } from '@nlpjs/lang-sv';

const swedish = new StemmerSv();
const english = new StemmerEn();

/** Stems of words seen lately, by the word as written. */
const stemsOf = new Map<string, string[]>();
const MAX_REMEMBERED_WORDS = 20_000;

/** Letters and digits; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Longer "words" are not words (hashes, links); they are kept whole and not stemmed. */
const MAX_STEMMED_LENGTH = 40;

export interface Word {
  text: string;
  /** Offset in the text. */
  start: number;
  end: number;
}

/** The words of a text, with where each one stands. */
export function wordsIn(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The Swedish and the English Snowball stem of a word, lower-cased (one when they agree). Minutes
 * are written in either language, and a query does not say which, so both forms are indexed and
 * both are searched: "beslutade" and "besluta" share "beslut", "decisions" and "decision" "decis".
 */
export function wordStems(word: string): string[] {
  const known = stemsOf.get(word);
  if (known) return known;
  // Swedish and English have no case rules of their own, so this equals toLocaleLowerCase('sv')
  // without reading the locale data.
  const lower = word.toLowerCase();
  // Numbers and very long "words" are not stemmed, and not worth remembering.
  if (lower.length > MAX_STEMMED_LENGTH || !/\p{L}/u.test(lower)) return [lower];
  const both = new Set([swedish.stemWord(lower), english.stemWord(lower)]);
  both.delete('');
  const stems = both.size > 0 ? [...both] : [lower];
  // Minutes are indexed again after every pause in typing, mostly the same words each time.
  if (stemsOf.size >= MAX_REMEMBERED_WORDS) stemsOf.clear();
  stemsOf.set(word, stems);
  return stems;
}

/** The stems of lines seen lately, by the line as written, up to about a megabyte of text. */
const stemsOfLine = new Map<string, string>();
const MAX_REMEMBERED_CHARACTERS = 1_000_000;
let rememberedCharacters = 0;

/**
 * Every stem of every word of a text, space-separated: what the full-text index holds. A draft is
 * indexed again and again with most of its lines as they were, so each line's stems are
 * remembered.
 */
export function stemmedText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let stems = stemsOfLine.get(line);
      if (stems === undefined) {
        stems = wordsIn(line)
          .flatMap((word) => wordStems(word.text))
          .join(' ');
        rememberedCharacters += line.length + stems.length;
        if (rememberedCharacters > MAX_REMEMBERED_CHARACTERS) {
          stemsOfLine.clear();
          rememberedCharacters = line.length + stems.length;
        }
        stemsOfLine.set(line, stems);
      }
      return stems;
    })
    .filter((stems) => stems !== '')
    .join(' ');
}
