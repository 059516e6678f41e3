/**
 * normalize() takes shortcuts for speed (one lower-casing per slice, reused offset buffers);
 * it must agree with the plain token-by-token definition below on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandContraction } from '../src/text/contractions.js';
import { normalize } from '../src/text/normalize.js';

const TOKEN =
  /\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|am|pm|k)?(?![\p{L}\p{N}])|[\p{L}\p{N}_]+(?:['’‘.\-/][\p{L}\p{N}_]+)*['’]?|[^\s\p{L}\p{N}_]/gu;

function reference(source: string, from = 0, to = source.length) {
  let text = '';
  const normStarts: number[] = [];
  const sourceStarts: number[] = [];
  const sourceEnds: number[] = [];
  const identity: number[] = [];
  const slice = source.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const raw = m[0];
    let token = raw.toLowerCase();
    if (token.length > 1) {
      token = token.replace(/[’‘`´]/g, "'");
      if (token.endsWith("'")) token = token.slice(0, -1);
    } else if (token === '…') token = '...';
    const expanded = token.length <= 9 ? expandContraction(token) : undefined;
    const out = expanded ?? token;
    text += ' ';
    normStarts.push(text.length);
    sourceStarts.push(from + m.index);
    sourceEnds.push(from + m.index + raw.length);
    identity.push(expanded === undefined && out.length === raw.length ? 1 : 0);
    text += out;
  }
  return { text, normStarts, sourceStarts, sourceEnds, identity };
}

function plain(source: string, from?: number, to?: number) {
  const n = normalize(source, from, to);
  return {
    text: n.text,
    normStarts: [...n.normStarts],
    sourceStarts: [...n.sourceStarts],
    sourceEnds: [...n.sourceEnds],
    identity: [...n.identity],
  };
}

describe('normalize', () => {
  it.each([
    'I’m SO sorry… I haven’t heard back!',
    'Re: invoice #4,800 (due 3rd) — pls advise',
    'İSTANBUL and ΟΔΟΣ ΣΑΣ: Ünïcödé `quotes´ ‘here’',
    'you\u00a0ignored\u2003my e-mail/text, didnt u?',
    '',
  ])('agrees with the definition on %j', (text) => {
    expect(plain(text)).toEqual(reference(text));
  });

  it('expands contractions and keeps source ranges', () => {
    const n = normalize('Hi. I’ve WRITTEN twice', 4);
    expect(n.text).toBe(' i have written twice');
    expect([...n.sourceStarts]).toEqual([4, 9, 17]);
    expect([...n.identity]).toEqual([0, 1, 1]);
  });

  it('agrees with the definition on any ASCII text (the scan that replaces the matcher there)', () => {
    const pieces = fc.constantFrom(
      ...[
        "I'm",
        'dont',
        'x',
        'Ab',
        'B2B',
        '4',
        '12',
        '3rd',
        '3RD',
        '5pm',
        '2k',
        'st',
        'am',
        ',',
        '.',
        ':',
        '/',
        '-',
        "'",
        '_',
        ' ',
        '\n',
        '\t',
        '!',
        '?',
        '#',
        '$',
        '%',
        '\u0001',
      ],
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
        (text) => {
          expect(plain(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 5000, seed: 9 },
    );
  });

  it('agrees with the definition on any text and range', () => {
    const pieces = fc.constantFrom(
      ...[
        "I'm",
        'I’M',
        'dont',
        'İ',
        'Σ',
        'ΟΔΟΣ',
        'x',
        'Ab',
        '4',
        '3rd',
        ',',
        '.',
        '…',
        '’',
        '`',
        '-',
        '/',
        ' ',
        '\n',
        '\u00a0',
        '𝒳',
        '日本',
        '!!',
        '_',
      ],
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
        fc.nat(80),
        fc.nat(80),
        (text, x, y) => {
          const from = Math.min(x, y, text.length);
          const to = Math.min(Math.max(x, y), text.length);
          expect(plain(text, from, to)).toEqual(reference(text, from, to));
        },
      ),
      { numRuns: 3000, seed: 5 },
    );
  });
});
