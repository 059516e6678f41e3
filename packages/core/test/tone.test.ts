import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { TONE_WEIGHTS } from '../src/tone/weights.js';

const report = (text: string) => lint(text, { kind: 'text' }).message;
const factors = (text: string) => report(text).toneFactors.map((f) => f.factor);

describe('tone report', () => {
  it('scores polite requests above 0', () => {
    for (const text of [
      'Hi Anna, thanks for the call on Monday. Could you send the draft of the Acme proposal when you get a chance?',
      'Hello Sam, I enjoyed our conversation about the analytics role. Would you be able to share the timeline for next steps?',
      'Great work on the launch deck! Could we find 20 minutes this week to go over the pricing slide?',
      'Thank you for your time yesterday.',
    ]) {
      expect(report(text).tone, text).toBeGreaterThan(0);
    }
  });

  it('scores blunt demands and blame below 0', () => {
    for (const text of [
      'You need to send me the signed contract today.',
      'Why have you still not replied to my email?',
      'So can you fix it or not?',
      'Send the invoice now.',
      'Actually, I already told you the deadline was Friday. Per my last email, this is unacceptable.',
      "You haven't responded to any of my messages, which is frankly rude.",
    ]) {
      expect(report(text).tone, text).toBeLessThan(0);
    }
  });

  it('lists what moved the score, with the text that showed it', () => {
    const text = 'Hi Anna, thanks for the notes. Why did you change the budget?';
    const { tone, toneFactors } = report(text);
    expect(toneFactors).toEqual(
      expect.arrayContaining([
        { factor: 'gratitude', weight: TONE_WEIGHTS.gratitude, actual: 'thanks' },
        { factor: 'greeting', weight: TONE_WEIGHTS.greeting, actual: 'Hi' },
        { factor: 'why-question', weight: TONE_WEIGHTS['why-question'], actual: 'Why' },
      ]),
    );
    // Each `actual` is the text of the message, and the list is sorted by |weight|.
    for (const f of toneFactors) expect(text).toContain(f.actual);
    const sizes = toneFactors.map((f) => Math.abs(f.weight));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // The score is the squashed sum of the listed weights.
    const z = toneFactors.reduce((s, f) => s + f.weight, 0);
    expect(tone).toBeCloseTo(Math.tanh(z / 2), 2);
  });

  it('counts a strategy once per message', () => {
    const list = factors('Thanks for the notes. Thanks again for the intro. Thank you!');
    expect(list.filter((f) => f === 'gratitude')).toHaveLength(1);
  });

  it('reads the opening after a salutation', () => {
    expect(factors('Hi Dana, you need to update the slides.')).toEqual(
      expect.arrayContaining(['greeting', 'second-person-start', 'obligation']),
    );
    expect(factors('Dana, I reviewed the slides.')).not.toContain('second-person-start');
  });

  it('matches whole words only', () => {
    expect(factors('Whyte Street is where the office is.')).not.toContain('why-question');
    expect(factors('The thankless task is done.')).not.toContain('gratitude');
    expect(factors('It was kind of late.')).not.toContain('positive-wording');
    expect(factors('It was kind of late.')).toContain('hedge');
  });

  it('tells a challenging "why" from a reported one', () => {
    expect(factors('Why did you move the meeting?')).toContain('why-question');
    expect(factors('So why is the invoice still unpaid?')).toContain('why-question');
    expect(factors('Could you explain why the totals differ?')).not.toContain('why-question');
    expect(factors('That is why I attached the Q3 figures.')).not.toContain('why-question');
  });

  it("credits asking for the reader's view", () => {
    const { tone, toneFactors } = report('I moved the pricing table to page 2. What do you think?');
    expect(toneFactors.map((f) => f.factor)).toContain('asks-opinion');
    // The question opens with "What" but asks for a view: not a point-blank question.
    expect(toneFactors.map((f) => f.factor)).not.toContain('direct-question');
    expect(tone).toBeGreaterThan(0);
  });

  it('does not credit an apology for the follow-up itself', () => {
    expect(factors('Sorry to bother you again about the Acme invoice.')).not.toContain('apology');
    expect(factors('Sorry, I sent the wrong file earlier: here is the Q3 report.')).toContain('apology');
  });

  it('turns passive-aggressive and pushy findings into blame and pressure', () => {
    const text = 'As I said in my last email, I need an answer by Friday.';
    const { findings, message } = lint(text, { kind: 'text' });
    const categories = new Set(findings.map((f) => f.category));
    const list = message.toneFactors.map((f) => f.factor);
    expect(list.includes('blame')).toBe(categories.has('passive-aggressive'));
    expect(list.includes('pressure')).toBe(categories.has('pushy'));
    expect(categories.size).toBeGreaterThan(0);
  });

  it('gives an empty or strategy-free message a neutral 0', () => {
    expect(report('')).toMatchObject({ tone: 0, toneFactors: [] });
    expect(report('   \n\n  ')).toMatchObject({ tone: 0, toneFactors: [] });
    expect(report('The meeting is on the 4th floor.')).toMatchObject({ tone: 0, toneFactors: [] });
  });

  it('keeps the sign when a small score rounds', () => {
    // could/would-you (+1.31) against second-person start (-1.02) and direct question (-0.74).
    const { tone, toneFactors } = report('What time works? You could pick any slot.');
    const z = toneFactors.reduce((s, f) => s + f.weight, 0);
    expect(Math.sign(tone)).toBe(Math.sign(z));
  });

  it('stays within [-1, 1] on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { tone, toneFactors } = report(text);
        return Number.isFinite(tone) && tone >= -1 && tone <= 1 && toneFactors.every((f) => text.includes(f.actual));
      }),
      { numRuns: 200 },
    );
    const everything = `Hi, thanks so much, great work! Could you please, by the way, maybe send it? Sorry! ${'Thank you. '.repeat(50)}`;
    expect(report(everything).tone).toBeLessThanOrEqual(1);
    const awful = `So why, actually, did you ignore this?! You must fix it. Seriously, isn't it obvious, right? ${'Why? '.repeat(50)}`;
    expect(report(awful).tone).toBeGreaterThanOrEqual(-1);
    expect(report(awful).tone).toBeLessThan(-0.9);
  });
});
