import type { SnippetPart } from '@minutes/shared';
import { type Word, wordStems, wordsIn } from './wordStems.js';

const MAX_SNIPPETS = 3;
/** Words of context on each side of the first and the last hit of a line. */
const CONTEXT_WORDS = 8;
const ELLIPSIS = '…';

/**
 * Up to three lines of the text that hold a searched word, cut to the words around the hits,
 * as plain text parts; the parts that match are marked `hit`, in the words as written.
 */
export function snippetsOf(text: string, stems: ReadonlySet<string>): SnippetPart[][] {
  const snippets: SnippetPart[][] = [];
  for (const line of text.split('\n')) {
    if (snippets.length === MAX_SNIPPETS) break;
    const words = wordsIn(line);
    const hits = words.map((word) => wordStems(word.text).some((stem) => stems.has(stem)));
    const first = hits.indexOf(true);
    if (first === -1) continue;
    const last = hits.lastIndexOf(true);
    const from = Math.max(0, first - CONTEXT_WORDS);
    const to = Math.min(words.length - 1, last + CONTEXT_WORDS);
    snippets.push(partsOf(line, words, hits, from, to));
  }
  return snippets;
}

function partsOf(line: string, words: Word[], hits: boolean[], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const add = (text: string, hit: boolean) => {
    if (text === '') return;
    const previous = parts.at(-1);
    if (previous && previous.hit === hit && !hit) previous.text += text;
    else parts.push({ text, hit });
  };
  const start = from === 0 ? 0 : (words[from] as Word).start;
  const end = to === words.length - 1 ? line.length : (words[to] as Word).end;
  if (from > 0) add(ELLIPSIS, false);
  let at = start;
  for (let index = from; index <= to; index++) {
    const word = words[index] as Word;
    if (!hits[index]) continue;
    add(collapse(line.slice(at, word.start)), false);
    add(word.text, true);
    at = word.end;
  }
  add(collapse(line.slice(at, end)), false);
  if (to < words.length - 1) add(ELLIPSIS, false);
  return trimEdges(parts);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

function trimEdges(parts: SnippetPart[]): SnippetPart[] {
  const first = parts[0];
  if (first && !first.hit) first.text = first.text.trimStart();
  const last = parts.at(-1);
  if (last && !last.hit) last.text = last.text.trimEnd();
  return parts.filter((part) => part.text !== '');
}
