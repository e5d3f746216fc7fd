// Thai full-text search without spaces: words found by Intl.Segmenter, the same way for records and queries, and the highlighted snippets of results.

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Thai digits become ASCII digits, so "๒๕๖๗" and "2567" are the same word. */
const THAI_DIGITS = /[๐-๙]/g;
const toAsciiDigit = (d: string): string => String(d.charCodeAt(0) - 0x0e50);

/** Anything but letters, combining marks and digits separates words ("กข.คจ." → กข, คจ). */
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

/** A word longer than this is noise (a pasted URL, a run of characters); tsvector lexemes must stay short. */
export const MAX_WORD_LENGTH = 60;

/**
 * Words too common to tell records apart. "การเลี้ยงไก่" must find "เลี้ยงไก่ไข่": การ/ความ only make nouns of
 * verbs, so they are dropped from records and queries alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "การ",
  "ความ",
  "ของ",
  "และ",
  "ที่",
  "ใน",
  "ให้",
  "ได้",
  "เป็น",
  "กับ",
  "จาก",
  "โดย",
  "แก่",
  "ซึ่ง",
  "ว่า",
  "นี้",
  "นั้น",
  "หรือ",
  "แต่",
  "ก็",
  "จะ",
  "ไว้",
  "เพื่อ",
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "to",
  "in",
]);

/** One normalised word: NFC, lower case, ASCII digits. */
export function normaliseWord(word: string): string {
  return word.normalize("NFC").toLowerCase().replace(THAI_DIGITS, toAsciiDigit);
}

export interface WordSpan {
  /** The text as written. */
  text: string;
  /** The normalised word, or null for spaces, punctuation and stop words. */
  word: string | null;
}

/** The text cut into spans, each either a searchable word or the text between words. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const s of segmenter.segment(text.normalize("NFC"))) {
    if (!s.isWordLike) {
      out.push({ text: s.segment, word: null });
      continue;
    }
    // A word-like segment may still hold separators ("กข.คจ", "can't"): each part is a word of its own.
    const pieces = s.segment.split(/([^\p{L}\p{M}\p{N}]+)/u);
    for (const piece of pieces) {
      if (piece === "") continue;
      const word = SEPARATOR.test(piece) ? null : normaliseWord(piece);
      out.push({
        text: piece,
        word: word && word.length <= MAX_WORD_LENGTH && !STOP_WORDS.has(word) ? word : null,
      });
    }
  }
  return out;
}

/** The searchable words of a text, in order (repeats kept: they count in the ranking). */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const span of wordSpans(text)) if (span.word) out.push(span.word);
  return out;
}

/** The words of several texts joined by spaces: what the database turns into a tsvector ('simple'). */
export function indexText(...texts: readonly (string | null | undefined)[]): string {
  return texts
    .filter((t): t is string => typeof t === "string" && t !== "")
    .map((t) => searchWords(t).join(" "))
    .filter((t) => t !== "")
    .join(" ");
}

/** At most this many words of a query are used (a pasted paragraph is not a query). */
export const MAX_QUERY_WORDS = 12;

export interface ParsedQuery {
  /** Distinct words in order; the last one matches as a prefix (the user may still be typing it). */
  words: string[];
  /** to_tsquery('simple', …) input: every word required, the last as a prefix; words hold no operators. */
  tsquery: string;
}

/** The query's words, or null when it has none worth searching for (only spaces, punctuation, stop words). */
export function parseQuery(query: string): ParsedQuery | null {
  const words = [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  const tsquery = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
  return { words, tsquery };
}

export interface HighlightPart {
  text: string;
  hit: boolean;
}

function matches(word: string, query: ParsedQuery): boolean {
  const last = query.words[query.words.length - 1]!;
  return query.words.includes(word) || word.startsWith(last);
}

function markedSpans(text: string, query: ParsedQuery | null): HighlightPart[] {
  return wordSpans(text).map((span) => ({
    text: span.text,
    hit: query !== null && span.word !== null && matches(span.word, query),
  }));
}

function merge(parts: readonly HighlightPart[]): HighlightPart[] {
  const out: HighlightPart[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev && prev.hit === part.hit) prev.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The text cut into parts, the query's words marked as hits (plain text: the client renders them safely). */
export function highlight(text: string, query: ParsedQuery | null): HighlightPart[] {
  return merge(markedSpans(text, query));
}

/** Characters of context kept around the first hit of a snippet. */
export const SNIPPET_CHARS = 180;

/**
 * Characters segmented on each side of a candidate hit: the snippet's budget and one long word of slack. The
 * dictionary segmenter costs microseconds per character, so a long record is never segmented whole.
 */
const WINDOW_BEFORE = SNIPPET_CHARS / 3 + MAX_WORD_LENGTH;
const WINDOW_AFTER = SNIPPET_CHARS + MAX_WORD_LENGTH;
/** Occurrences of the query's letters tried per text before segmenting it whole (they may sit inside other words). */
const MAX_PROBES = 8;

interface Marked {
  spans: HighlightPart[];
  /** Where the first span starts in the text. */
  offset: number;
  /** Text was left out before the first span / after the last one. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The marked spans of text[start, end); a span at a cut edge may be a piece of a word and is dropped. */
function markedWindow(text: string, start: number, end: number, query: ParsedQuery | null): Marked {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  let spans = markedSpans(text.slice(from, to), query);
  let offset = from;
  if (from > 0) {
    offset += spans[0]?.text.length ?? 0;
    spans = spans.slice(1);
  }
  if (to < text.length) spans = spans.slice(0, -1);
  return { spans, offset, cutBefore: from > 0, cutAfter: to < text.length };
}

/** Where the first hit of a window starts in the text, or -1. */
function hitOffset(window: Marked): number {
  let at = window.offset;
  for (const span of window.spans) {
    if (span.hit) return at;
    at += span.text.length;
  }
  return -1;
}

/**
 * The first hit of a text, segmented only around it: the query's words are looked for as plain substrings of
 * the normalised text and each occurrence is confirmed by segmenting a window around it (a substring may lie
 * inside another word). Null when the text has no hit.
 */
function firstHitWindow(text: string, query: ParsedQuery): Marked | null {
  const hay = text.toLowerCase().replace(THAI_DIGITS, toAsciiDigit);
  // Lower-casing changed the length (a rare letter such as "İ"): offsets would not match, segment it all.
  if (hay.length !== text.length) return wholeText(text, query);
  let from = 0;
  for (let probe = 0; probe < MAX_PROBES; probe++) {
    let at = -1;
    for (const word of query.words) {
      const i = hay.indexOf(word, from);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) return null;
    const window = markedWindow(text, at - WINDOW_BEFORE, at + WINDOW_AFTER, query);
    const hit = hitOffset(window);
    if (hit >= 0 && hit <= at) return window;
    // The occurrence was inside another word; a later hit in the window gets a window of its own.
    from = hit > at ? hit : at + 1;
  }
  return wholeText(text, query);
}

function wholeText(text: string, query: ParsedQuery): Marked | null {
  const spans = markedSpans(text, query);
  return spans.some((s) => s.hit) ? { spans, offset: 0, cutBefore: false, cutAfter: false } : null;
}

/**
 * A short excerpt of the first text with a hit (or of the first non-empty text), cut at word boundaries
 * with "…" where it was cut, and highlighted.
 */
export function snippet(texts: readonly string[], query: ParsedQuery | null): HighlightPart[] {
  const candidates = texts.filter((t) => t.trim() !== "").map((t) => t.normalize("NFC"));
  if (candidates.length === 0) return [];
  let marked: Marked | null = null;
  if (query) {
    for (const text of candidates) {
      marked = firstHitWindow(text, query);
      if (marked) break;
    }
  }
  marked ??= markedWindow(candidates[0]!, 0, SNIPPET_CHARS + MAX_WORD_LENGTH, query);
  const { spans } = marked;
  const firstHit = Math.max(
    0,
    spans.findIndex((p) => p.hit),
  );
  // Up to a third of the budget before the first hit, the rest after it, in whole words.
  let start = firstHit;
  let used = 0;
  while (start > 0 && used + spans[start - 1]!.text.length <= SNIPPET_CHARS / 3) {
    start--;
    used += spans[start]!.text.length;
  }
  let end = firstHit;
  while (end < spans.length && (end === firstHit || used + spans[end]!.text.length <= SNIPPET_CHARS)) {
    used += spans[end]!.text.length;
    end++;
  }
  const parts = spans.slice(start, end);
  if (start > 0 || marked.cutBefore) parts.unshift({ text: "…", hit: false });
  if (end < spans.length || marked.cutAfter) parts.push({ text: "…", hit: false });
  return merge(parts);
}
