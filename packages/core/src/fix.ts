import type { Finding, Suggestion, TextEdit } from './types.js';

/** Applies the first safe suggestion of each finding, skipping any that overlap an earlier one. */
export function applySuggestions(text: string, findings: readonly Finding[]): string {
  const chosen: TextEdit[][] = [];
  for (const finding of findings) {
    const safe = finding.suggestions.find((s) => s.safe);
    if (safe && safe.edits.length > 0) chosen.push([...safe.edits].sort((a, b) => a.start - b.start));
  }
  chosen.sort((a, b) => (a[0] as TextEdit).start - (b[0] as TextEdit).start);
  const accepted: TextEdit[] = [];
  let reached = -1;
  for (const edits of chosen) {
    const first = edits[0] as TextEdit;
    const last = edits.at(-1) as TextEdit;
    if (first.start < reached || (first.start === reached && first.start === first.end)) continue;
    if (edits.some((e) => e.start < 0 || e.end > text.length || e.end < e.start)) continue;
    accepted.push(...edits);
    reached = Math.max(last.end, last.start + (last.start === last.end ? 1 : 0));
  }
  let out = text;
  for (const edit of accepted.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** Gives `replacement` the capitalisation of `original`: all caps, capitalised, or lower case (names and "I" kept). */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = /\p{L}/u.exec(original)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return capitalize(replacement);
  if (first) return uncapitalize(replacement);
  return replacement;
}

export function capitalize(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + (s[i] as string).toUpperCase() + s.slice(i + 1);
}

/** Lowers the first letter unless the word looks like a name or acronym ("I", "Acme", "CV"). */
export function uncapitalize(s: string): string {
  const m = /^(\W*)(\p{L}[\p{L}'’]*)/u.exec(s);
  if (!m) return s;
  const word = m[2] as string;
  if (word === 'I' || word.startsWith("I'") || word.startsWith('I’') || /^\p{Lu}{2,}/u.test(word)) return s;
  return (m[1] as string) + word[0]?.toLowerCase() + s.slice((m[1] as string).length + 1);
}

/** An edit that deletes a range, taking the whitespace after it (or before it at a line end). */
export function deletionEdit(text: string, start: number, end: number): TextEdit {
  let s = start;
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  if (e === text.length || text[e] === '\n' || text[e] === '\r') {
    while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  }
  return { start: s, end: e, text: '' };
}

/** A suggestion that deletes a range (see deletionEdit). */
export function deletion(text: string, start: number, end: number, description: string, safe: boolean): Suggestion {
  return { description, safe, edits: [deletionEdit(text, start, end)] };
}

/** Gives a replacement the case of the sentence it replaces: capitalised, or lower case in chat style. */
export function caseLike(original: string, replacement: string): string {
  const first = /\p{L}/u.exec(original)?.[0];
  if (!first || first === first.toUpperCase()) return capitalize(replacement);
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** The kept rest of a sentence, capitalised like the sentence it replaces (chat stays lower case). */
export function keepCase(original: string, rest: string): string {
  return /^[^\p{L}]*\p{Ll}/u.test(original) ? rest : capitalize(rest);
}

/** Lowers the first word of a kept clause only when it is a common word, never a name. */
export function lowerCommon(rest: string): string {
  return rest.replace(
    /^(The|A|An|We|You|It|It's|This|That|There|There's|Here|Here's|My|Our|Your|Please|Could|Can|Would|Will|Let's|Let|As|So|And|But|If|When|Once|Now|Today|Tomorrow)\b/,
    (w) => w.toLowerCase(),
  );
}

/** Words that may open a sentence before a lead-in clause without adding to it ("So, per my last email, ..."). */
export const LEAD_IN_OPENERS = /^[\s,]*(?:(?:so|and|but|also|ok|okay|well|hi|hey|hello|again|just|yes|oh|um)\b[\s,]*)*$/i;

/** Where the rest of the sentence starts after a lead-in clause ("Per my last email, "), if it has one. */
export function restAfterLeadIn(after: string): number | undefined {
  const m = /^([^,;:!?—–.]*?)(?:[,;:—–]|\s-\s)\s*/.exec(after);
  if (!m) return undefined;
  if ((m[1] as string).trim().split(/\s+/).filter(Boolean).length > 14) return undefined;
  const rest = after.slice(m[0].length);
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) return undefined;
  return m[0].length;
}

export function replacement(start: number, end: number, text: string, description: string, safe: boolean): Suggestion {
  return { description, safe, edits: [{ start, end, text }] };
}
