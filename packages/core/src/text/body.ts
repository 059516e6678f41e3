import type { ParsedDocument } from '../parse/document.js';
import type { Sentence } from '../rule.js';

/**
 * The sentences of the message body: the author's prose without the salutation line and the
 * signature, which every template has and which say nothing about the message itself. A
 * sentence that starts with the greeting ("Hi Dana, any news?") stays, from after it.
 */
export function bodySentences(document: ParsedDocument, sentences: readonly Sentence[]): Sentence[] {
  const { greeting, signature } = document;
  return sentences.filter((s) => {
    if (signature && s.start >= signature.start) return false;
    if (greeting && s.start < greeting.end && s.end > greeting.start) {
      return /[\p{L}\p{N}]/u.test(document.masked.slice(greeting.end, s.end));
    }
    return true;
  });
}

/** Where a whole-message finding starts: the first sentence of the body, after any greeting. */
export function firstBodyRange(document: ParsedDocument, first: Sentence): { start: number; end: number } | undefined {
  const greeting = document.greeting;
  let start = greeting && first.start < greeting.end ? greeting.end : first.start;
  start += /^[\s,;:!.—–-]*/.exec(document.source.slice(start, first.end))?.[0].length ?? 0;
  return start < first.end ? { start, end: first.end } : undefined;
}
