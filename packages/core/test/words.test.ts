import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsIn } from '../src/text/words.js';

/** The definition, as a regular expression: what the counting loop must agree with. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const reference = (text: string, start = 0, end = text.length) => text.slice(start, end).match(WORD)?.length ?? 0;

describe('wordsIn', () => {
  it.each([
    ['', 0],
    ["Don't follow-up on e.g. 4,800 items.", 7],
    ['Ünïcödé wörds, 日本語 and 𝒳𝒴 too', 6],
    ["a.-b -c- 'd' x'", 5],
    ['[NAME] said: ok...', 3],
  ])('counts %j as %i words', (text, count) => {
    expect(wordsIn(text)).toBe(count);
    expect(reference(text)).toBe(count);
  });

  it('counts a range of the text only', () => {
    expect(wordsIn('one two three four', 4, 13)).toBe(2);
    expect(wordsIn("it's", 0, 3)).toBe(1); // the apostrophe at the edge joins nothing
  });

  it('agrees with the regular-expression definition on any text', () => {
    const chars = fc.constantFrom(..."ab Z9é日𝒳'’.-, \n!".split(/(?:)/u), '\ud835', '\udc9f');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        fc.nat(45),
        fc.nat(45),
        (text, x, y) => {
          const start = Math.min(x, y, text.length);
          const end = Math.min(Math.max(x, y), text.length);
          return wordsIn(text, start, end) === reference(text, start, end);
        },
      ),
      { numRuns: 5000, seed: 11 },
    );
  });
});
