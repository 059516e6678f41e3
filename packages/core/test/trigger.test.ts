/**
 * Split triggers (text/trigger.ts): the single-token words plus the rest must match exactly
 * the texts the whole trigger matches.
 */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleList } from '../src/rules/index.js';
import { normalize } from '../src/text/normalize.js';
import { type SplitTrigger, splitTrigger } from '../src/text/trigger.js';

function splitMatches(split: SplitTrigger, text: string): boolean {
  const tokens = new Set(text.split(' '));
  if (split.words.some((w) => tokens.has(w))) return true;
  if (!split.rest) return false;
  split.rest.lastIndex = 0;
  return split.rest.test(text);
}

describe('splitTrigger', () => {
  it('takes single words out and keeps phrases, prefixes and other branches', () => {
    const split = splitTrigger(/ (?:sorry|apolog\w*|per my|follow-up|don't)(?= |$)| every (?:day|hour)/);
    expect(split.words).toEqual(['sorry', 'follow-up', "don't"]);
    expect(split.rest?.source).toBe(' (?:apolog\\w*|per my)(?= |$)| every (?:day|hour)');
  });

  it('reads a branch that consumes the closing space like one that looks ahead', () => {
    const split = splitTrigger(/ (?:waiting|in the dark)(?: |$)| my (?:rent|visa)(?: |$)/);
    expect(split.words).toEqual(['waiting']);
    expect(split.rest?.source).toBe(' (?:in the dark)(?= |$)| my (?:rent|visa)(?: |$)');
  });

  it('does not take two groups in a row for one', () => {
    const trigger = / (?:pay|make) (?:my|the)(?: |$)/;
    expect(splitTrigger(trigger)).toEqual({ words: [], rest: trigger });
  });

  it('leaves nothing when every alternative is a word', () => {
    expect(splitTrigger(/ (?:quiet|silent)(?= |$)/)).toEqual({ words: ['quiet', 'silent'], rest: undefined });
  });

  it('keeps a trigger whole when no branch is a word list, or when flags change matching', () => {
    const plain = / [?!] [?!]/;
    expect(splitTrigger(plain)).toEqual({ words: [], rest: plain });
    const folded = / (?:sorry)(?= |$)/i;
    expect(splitTrigger(folded).words).toEqual([]);
  });

  it('answers words on whole tokens only', () => {
    const split = splitTrigger(/ (?:sorry|pardon)(?= |$)/);
    expect(splitMatches(split, ' i am sorry')).toBe(true);
    expect(splitMatches(split, ' sorryish here')).toBe(false);
    expect(splitMatches(split, ' beg your pardon ?')).toBe(true);
  });
});

describe('every rule trigger, split', () => {
  const triggers = ruleList.flatMap((r) => (r.meta.trigger ? [{ id: r.meta.id, trigger: r.meta.trigger }] : []));

  const texts: string[] = [];
  for (const file of ['dev-corpus.jsonl', 'tone-training/passive-aggressive.jsonl', 'tone-training/needy-pushy.jsonl']) {
    const url = new URL(`../../../fixtures/${file}`, import.meta.url);
    for (const line of readFileSync(url, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => normalize(s).text);

  it('most triggers lose most of their expression', () => {
    const split = triggers.filter((t) => splitTrigger(t.trigger).words.length > 0);
    expect(split.length).toBeGreaterThanOrEqual(15);
  });

  it.each(triggers)('$id: split and whole agree on every labelled sentence', ({ trigger }) => {
    const split = splitTrigger(trigger);
    let matched = 0;
    for (const s of sentences) {
      trigger.lastIndex = 0;
      const whole = trigger.test(s);
      if (whole) matched++;
      expect(splitMatches(split, s), s).toBe(whole);
    }
    expect(matched).toBeGreaterThan(0);
  });

  it('split and whole agree on random word salads', () => {
    const pool = [
      ...new Set(
        triggers
          .flatMap(({ trigger }) => trigger.source.match(/[a-z][a-z'-]+/g) ?? [])
          .concat(['the', 'a', 'you', '1st', '...', '?', '!', '3']),
      ),
    ];
    const word = fc.oneof(
      fc.constantFrom(...pool),
      fc.constantFrom(...pool).map((w) => `${w}s`),
      fc.constantFrom(...pool).map((w) => w.slice(0, -1)),
    );
    const splits = triggers.map(({ trigger }) => ({ trigger, split: splitTrigger(trigger) }));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = normalize(words.join(' ')).text;
        return splits.every(({ trigger, split }) => {
          trigger.lastIndex = 0;
          return trigger.test(text) === splitMatches(split, text);
        });
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
