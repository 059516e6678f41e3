/**
 * Rule triggers split for speed. A trigger is a regular expression over normalised text (every
 * token after one space), mostly an alternation of single words: " (?:sorry|forgive|pardon)(?= |$)".
 * The single words are answered from the sentence's token ids, which the phrase lists look up
 * anyway (text/pattern.ts); only what remains (phrases, prefixes, classes) is left to a smaller
 * expression. Both halves together match exactly the sentences the trigger matches.
 */

export interface SplitTrigger {
  /** Alternatives that are one literal token: the trigger matches when the text has one of them. */
  words: string[];
  /** The rest of the trigger, or undefined when nothing is left. */
  rest: RegExp | undefined;
}

/** One literal token: letters and digits, joined by apostrophes or hyphens (no syntax). */
const LITERAL_TOKEN = /^[a-z0-9]+(?:['-][a-z0-9]+)*$/;
/**
 * A top-level branch that is an alternation at a token's start, ending at a token's end: with
 * "(?= |$)" or "(?: |$)", which match the same texts (a trigger is only ever tested).
 */
const WORD_BRANCH = /^ \(\?:(.*)\)\(\?[=:] \|\$\)$/s;

/**
 * Splits `source` at the `|` that are not inside a group or a class; undefined when `source`
 * closes a group it did not open ("a|b) (?:c|d" is two groups, not one) or leaves one open.
 */
function topLevel(source: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(source.slice(start));
  return parts;
}

/**
 * Splits a trigger into its single-token alternatives and the rest. Flags that change what
 * matches (case folding, multiline, dotAll) keep the trigger whole: `words` is then empty.
 */
export function splitTrigger(trigger: RegExp): SplitTrigger {
  const whole = { words: [], rest: trigger };
  if (/[imsy]/.test(trigger.flags)) return whole;
  const words: string[] = [];
  const rest: string[] = [];
  const branches = topLevel(trigger.source);
  if (!branches) return whole;
  for (const branch of branches) {
    const inner = WORD_BRANCH.exec(branch)?.[1];
    const alternatives = inner === undefined ? undefined : topLevel(inner);
    if (!alternatives) {
      rest.push(branch);
      continue;
    }
    const kept: string[] = [];
    for (const alternative of alternatives) {
      if (LITERAL_TOKEN.test(alternative)) words.push(alternative);
      else kept.push(alternative);
    }
    if (kept.length > 0) rest.push(` (?:${kept.join('|')})(?= |$)`);
  }
  if (words.length === 0) return whole;
  return { words, rest: rest.length > 0 ? new RegExp(rest.join('|'), trigger.flags.replace('g', '')) : undefined };
}
