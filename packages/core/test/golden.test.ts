import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import type { LintOptions } from '../src/types.js';

/** RULES.md §5: the seeds' own recommended or condemned phrasings, for the rules that exist. */
const G1 =
  'I know how busy you are and completely understand if you just haven\'t had the time to reply. I don\'t want to bombard you with emails if you\'re not interested. I\'ve been around long enough to know that a "YES" is Great … A "NO" is clear but disappointing but actually preferable to a "POSSIBLY" because that means we can\'t move on.. Just let me know if you\'d prefer I stop following up.';
const G4 =
  "It was great to meet you. Thanks for your time. I'm glad that [NAME OF FRIEND] introduced us. I hope you enjoyed the [event where we met]. I'd like to stay in touch. I valued your help and please let me know what I can do for you.";
const G5 =
  "I appreciate your offer to connect me with one or two people in your network who've already become PMPs. Thanks in advance for making the introduction to the recruiter at BarnBurners—I'd love to learn more about the work they're doing there. I'm looking forward to reading the book you recommended—I've downloaded it to my Kindle!";
const G6 =
  'Hey there, it was super great to speak recently, and thank you for reviewing, as I assume you have, my emails following that. If a decision not to reply is where things are at, so be it. I remain interested in the points we discussed. Be well and, here again, thank you for reading.';

const run = (text: string, options: LintOptions) => lint(text, { kind: 'text', ...options }).findings;
const of = (text: string, options: LintOptions, rule: string) => run(text, options).filter((f) => f.ruleId === rule);
const warnings = (text: string, options: LintOptions) => run(text, options).filter((f) => f.severity !== 'info');

describe('golden fixtures from the seeds (RULES.md §5)', () => {
  it('G1: the S002 close template draws no warning; missing-reminder is info at most', () => {
    const options: LintOptions = { type: 'close', step: 5 };
    expect(warnings(G1, options)).toEqual([]);
    expect(of(G1, options, 'blame-for-silence')).toEqual([]);
    expect(of(G1, options, 'needless-apology')).toEqual([]);
    expect(of(G1, options, 'missing-reminder').every((f) => f.severity === 'info')).toBe(true);
    expect(of(G1, options, 'missing-permission-to-close')).toEqual([]);
  });
  it('G2: an ironic aside that is no accusation', () => {
    expect(
      of('I naturally assume that you are up to your neck in Muck and Bullets as usual', { type: 'follow-up' }, 'blame-for-silence'),
    ).toEqual([]);
  });
  it('G3: the condemned lines as message lines, and not when quoted in a sentence about them', () => {
    for (const line of ["You haven't responded yet", 'You ignored my first email']) {
      expect(of(line, { type: 'follow-up' }, 'blame-for-silence').map((f) => f.severity)).toEqual(['warning']);
    }
    expect(of("Never say something like, 'You haven't responded yet'", { type: 'follow-up' }, 'blame-for-silence')).toEqual([]);
  });
  it('G4: the S004 thank-you note with typed placeholders draws no warning', () => {
    expect(warnings(G4, { type: 'thank-you' })).toEqual([]);
    expect(of(G4, { type: 'thank-you' }, 'missing-reminder')).toEqual([]);
  });
  it('G5: grounded thanks with strong anchors draw no warning', () => {
    expect(warnings(G5, { type: 'thank-you' })).toEqual([]);
    expect(of(G5, { type: 'follow-up' }, 'missing-reminder')).toEqual([]);
  });
  it('G6: the S000 close draws missing-reminder info and no warning', () => {
    expect(warnings(G6, { type: 'close' })).toEqual([]);
    expect(of(G6, { type: 'close' }, 'missing-reminder').map((f) => f.severity)).toEqual(['info']);
    expect(of(G6, { type: 'close' }, 'blame-for-silence')).toEqual([]);
    expect(of(G6, { type: 'close', step: 5 }, 'missing-permission-to-close')).toEqual([]);
    expect(of(G6, { type: 'close', step: 5 }, 'bitter-close')).toEqual([]);
  });
  it('G7: a flat thank-you draws missing-reminder and missing-next-step info', () => {
    expect(of('Thank you very much for your time.', { type: 'thank-you' }, 'missing-reminder').map((f) => f.severity)).toEqual(['info']);
    expect(of('Thank you very much for your time.', { type: 'thank-you' }, 'missing-next-step').map((f) => f.severity)).toEqual(['info']);
  });
  it('G8: "You never called me back." is blame', () => {
    expect(of('You never called me back.', { type: 'follow-up' }, 'blame-for-silence').map((f) => f.severity)).toEqual(['warning']);
  });
  it('G9: a first-person silence statement escalated by a guilt marker', () => {
    const text = "I wrote to you last week and still haven't heard back. It's so frustrating.";
    expect(of(text, { type: 'follow-up' }, 'blame-for-silence').map((f) => f.severity)).toEqual(['warning']);
  });
  it('G10: a bare "Any update??" at step 4 lacks a reminder, a next step and an exit', () => {
    expect(of('Any update??', { step: 4 }, 'missing-reminder').map((f) => f.severity)).toEqual(['warning']);
    expect(of('Any update??', { step: 4 }, 'missing-next-step').map((f) => f.severity)).toEqual(['warning']);
    expect(of('Any update??', { step: 4 }, 'missing-permission-to-close').map((f) => f.severity)).toEqual(['info']);
  });
});
