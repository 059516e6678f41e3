/**
 * Word gates for triggers: the gate must open on every text the trigger matches (it is a
 * necessary condition), and it should say no to the texts that share none of its words.
 */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleList } from '../src/rules/index.js';
import { normalize } from '../src/text/normalize.js';
import { GateIndex, wordGate } from '../src/text/trigger.js';

function opens(trigger: RegExp, text: string): boolean {
  const gate = wordGate(trigger);
  const open = new Uint8Array(1);
  new GateIndex([gate]).open(text.split(' '), open);
  return open[0] === 1;
}

describe('wordGate', () => {
  it('reads an alternation of words', () => {
    const gate = wordGate(/ (?:sorry|forgive|pardon)(?= |$)/);
    expect(gate && [...gate.words].sort()).toEqual(['forgive', 'pardon', 'sorry']);
    expect(gate?.prefixes).toEqual([]);
  });

  it('keeps the first word of a phrase and of each top-level branch', () => {
    const gate = wordGate(/ (?:per (?:my|our)|once again)(?= |$)| every (?:day|hour)/);
    expect(gate && [...gate.words].sort()).toEqual(['every', 'once', 'per']);
  });

  it('turns open endings, optional letters and classes into prefixes', () => {
    const gate = wordGate(/ (?:apolog\w*|honou?red|thank\S*|p+lease)(?= |$)/);
    expect(gate && [...gate.prefixes].sort()).toEqual(['apolog', 'hono', 'p', 'thank']);
    expect(gate?.words.size).toBe(0);
  });

  it('expands digits and small classes of letters', () => {
    const gate = wordGate(/ (?:\d+(?:st|nd)|pl[sz]{3,})(?= |$)/);
    expect(gate && [...gate.prefixes].sort()).toEqual([...'0123456789', 'pls', 'plz']);
  });

  it('gives up when a match can start with any token', () => {
    expect(wordGate(/ [?!] [?!]/)).toBeDefined(); // a class of literal marks is fine
    expect(wordGate(/ \S+ again/)).toBeUndefined();
    expect(wordGate(/ (?:maybe )?sorry/)).toBeUndefined();
    expect(wordGate(/sorry/)).toBeUndefined(); // not anchored at a token's start
    expect(wordGate(/ sorry/i)).toBeUndefined(); // case folding changes what matches
  });

  it('opens on whole tokens only for words, and on token starts for prefixes', () => {
    const trigger = / (?:sorry|apolog\w*)(?= |$)/;
    expect(opens(trigger, ' i am sorry')).toBe(true);
    expect(opens(trigger, ' my apologies')).toBe(true);
    expect(opens(trigger, ' sorryish')).toBe(false);
    expect(opens(trigger, ' not an apology-free zone')).toBe(true);
    expect(opens(trigger, ' thanks for the notes')).toBe(false);
  });
});

describe('every rule trigger and its gate', () => {
  const triggers = ruleList.flatMap((r) => (r.meta.trigger ? [{ id: r.meta.id, trigger: r.meta.trigger }] : []));

  it('most triggers get a gate', () => {
    const gated = triggers.filter((t) => wordGate(t.trigger) !== undefined);
    expect(gated.length).toBeGreaterThanOrEqual(triggers.length - 2);
  });

  const texts: string[] = [];
  for (const file of ['dev-corpus.jsonl', 'tone-training/passive-aggressive.jsonl', 'tone-training/needy-pushy.jsonl']) {
    const url = new URL(`../../../fixtures/${file}`, import.meta.url);
    for (const line of readFileSync(url, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => normalize(s).text);

  it.each(triggers)('$id: the gate opens on every labelled sentence its trigger matches', ({ trigger }) => {
    let matched = 0;
    for (const s of sentences) {
      trigger.lastIndex = 0;
      if (!trigger.test(s)) continue;
      matched++;
      expect(opens(trigger, s), s).toBe(true);
    }
    expect(matched).toBeGreaterThan(0);
  });

  it('the gate opens whenever the trigger matches, on random word salads', () => {
    // Words from the triggers themselves, plus near misses and filler.
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
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = normalize(words.join(' ')).text;
        for (const { trigger } of triggers) {
          trigger.lastIndex = 0;
          if (trigger.test(text) && !opens(trigger, text)) return false;
        }
        return true;
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
