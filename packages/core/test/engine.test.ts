import { retext } from 'retext';
import { describe, expect, it } from 'vitest';
import { engineStats } from '../src/engine.js';
import { applySuggestions, configProblems, lint, rules, tactful } from '../src/index.js';

const classify = (text: string, options: Parameters<typeof lint>[1] = {}) => lint(text, { kind: 'markdown', ...options }).message;

describe('message classification (RULES.md §0.4)', () => {
  it('reads type and step from front matter', () => {
    expect(classify('---\ntype: thank-you\n---\nThanks!')).toMatchObject({ type: 'thank-you' });
    expect(classify('---\ntype: breakup\nstep: 5\n---\nHi.')).toMatchObject({ type: 'close', followUp: 4 });
    expect(classify('---\nstep: 1\n---\nHi.')).toMatchObject({ type: 'initial', followUp: 0 });
    expect(classify('---\nday: 0\n---\nHi.')).toMatchObject({ type: 'initial' });
  });
  it('lets the caller override', () => {
    expect(classify('Just checking in!', { type: 'reply' }).type).toBe('reply');
    expect(classify('Just checking in!', { step: 4 }).followUp).toBe(3);
  });
  it('reads the file name', () => {
    expect(classify('Hello.', { fileName: 'seq/03-check-in.md' }).type).toBe('follow-up');
    expect(classify('Hello.', { fileName: 'thank-you.md' }).type).toBe('thank-you');
    expect(classify('Hello.', { fileName: 'seq/05-breakup.md' }).type).toBe('close');
  });
  it('reads text cues', () => {
    expect(classify('Thank you for meeting with me on Tuesday.').type).toBe('thank-you');
    expect(classify('Great to meet you at the expo!').type).toBe('thank-you');
    expect(classify('Just let me know if you’d prefer I stop following up.').type).toBe('close');
    expect(classify('My name is Sam and I am reaching out because I loved your talk.').type).toBe('initial');
    expect(classify('Any thoughts on the proposal for the Elm St. remodel?').type).toBe('follow-up');
    expect(classify('Subject: Re: quick question\n\nHello there.', { kind: 'text' }).type).toBe('follow-up');
  });
  it('reads the thread: a quoted message from the recipient makes a reply', () => {
    const text =
      'Hi Dana,\n\nYes, Thursday works.\n\nSam\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@acme.com> wrote:\n> Does Thursday work?';
    expect(classify(text, { kind: 'text' }).type).toBe('reply');
  });
  it('counts the follow-up number from text', () => {
    expect(classify('This is my third email about the Acme invoice.').followUp).toBe(2);
    expect(classify("I've reached out several times about the Acme invoice.").followUp).toBe(3);
  });
  it('summarises words and questions', () => {
    const m = classify('Hi Dana, any news on the Acme quote? Would Tuesday work?');
    expect(m.wordCount).toBe(11);
    expect(m.questionCount).toBe(2);
  });
});

describe('configuration', () => {
  const text = "Sorry to bother you again. You haven't replied to my email about invoice #12.";
  it('turns a rule off', () => {
    const ids = lint(text, { config: { rules: { 'needless-apology': 'off' } } }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('needless-apology');
    expect(ids).toContain('blame-for-silence');
  });
  it('replaces the severity, including per-match escalations', () => {
    const f = lint(text, { config: { rules: { 'blame-for-silence': ['error', {}] } } }).findings.find(
      (x) => x.ruleId === 'blame-for-silence',
    );
    expect(f?.severity).toBe('error');
    const info = lint('I never heard back from you after our call on the 3rd.', { config: { rules: { 'blame-for-silence': 'info' } } });
    expect(info.findings.find((x) => x.ruleId === 'blame-for-silence')?.severity).toBe('info');
  });
  it('allows phrases, case-insensitively as whole words', () => {
    const ids = lint(text, { config: { allow: ['SORRY TO BOTHER YOU'] } }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('needless-apology');
    expect(lint(text, { config: { allow: ['sorry to both'] } }).findings.map((f) => f.ruleId)).toContain('needless-apology');
  });
  it('names the key and what was expected for a bad config', () => {
    const known = new Set(rules.map((r) => r.id));
    expect(configProblems({ rules: { 'needless-apology': 'loud' } }, known)).toEqual([
      '"rules.needless-apology": expected "off", "info", "warning", "error" or [severity, options]',
    ]);
    expect(configProblems({ rulez: {} }, known)[0]).toContain('"rulez": unknown key');
    expect(configProblems({ allow: 'sorry' }, known)).toEqual(['"allow": expected a list of phrases (strings)']);
    expect(configProblems({ rules: { nope: 'off' } }, known)).toEqual(['"rules.nope": unknown rule']);
    expect(
      configProblems({ root: true, rules: { 'missing-reminder': ['warning', {}] }, allow: [], cadence: { profile: 'phone' } }, known),
    ).toEqual([]);
  });
});

describe('Markdown disable comments', () => {
  const blame = "You haven't replied to my email.";
  const ids = (text: string) => lint(text, { kind: 'markdown', type: 'reply' }).findings.map((f) => f.ruleId);
  it('disables and re-enables named rules', () => {
    expect(ids(`<!-- tactful-disable blame-for-silence -->\n${blame}\n<!-- tactful-enable -->\n\n${blame}`)).toEqual(['blame-for-silence']);
  });
  it('disables every rule without ids', () => {
    expect(ids(`<!-- tactful-disable -->\n${blame} Sorry to bother you again.`)).toEqual([]);
  });
  it('disables the next line only', () => {
    const text = `<!-- tactful-disable-next-line blame-for-silence -->\n${blame}\n\n${blame}`;
    const found = lint(text, { kind: 'markdown', type: 'reply' }).findings;
    expect(found.map((f) => f.start.line)).toEqual([4]);
  });
  it('leaves other rules on', () => {
    expect(ids(`<!-- tactful-disable needless-apology -->\n${blame}`)).toEqual(['blame-for-silence']);
  });
  it('is ignored in plain text', () => {
    expect(lint(`<!-- tactful-disable -->\n${blame}`, { kind: 'text', type: 'reply' }).findings.map((f) => f.ruleId)).toEqual([
      'blame-for-silence',
    ]);
  });
});

describe('applySuggestions', () => {
  it('applies safe fixes only, and keeps the rest of the text', () => {
    const text = 'Hi Dana,\n\nI hate to be a pest, but any news on invoice #2231?\n\nYou never replied to my last message.\n';
    const fixed = applySuggestions(text, lint(text).findings);
    expect(fixed).toBe('Hi Dana,\n\nAny news on invoice #2231?\n\nYou never replied to my last message.\n');
  });
  it('skips overlapping edits and is stable', () => {
    const text = 'Sorry to bother you again. Sorry for following up again. Any news on invoice #2231?';
    const findings = lint(text).findings;
    const once = applySuggestions(text, findings);
    expect(once).toBe('Any news on invoice #2231?');
    expect(applySuggestions(text, findings)).toBe(once);
  });
});

describe('the cheap prefilter', () => {
  it('runs compromise only on sentences that can matter', () => {
    const before = engineStats.nlpCalls;
    lint('You never replied to my last message. Sorry to bother you again. any news? thanks a lot.', { type: 'follow-up' });
    expect(engineStats.nlpCalls - before).toBe(0);
    lint('Following up on my thesis draft.', { type: 'follow-up' });
    expect(engineStats.nlpCalls - before).toBeGreaterThan(0);
  });
});

describe('unified plugin', () => {
  it('reports findings as vfile messages in a retext pipeline', async () => {
    const file = await retext().use(tactful).process("Sorry to bother you again. You haven't replied to my email about invoice #12.");
    expect(file.messages.map((m) => m.ruleId)).toEqual(['needless-apology', 'missing-next-step', 'blame-for-silence']);
    const first = file.messages[0];
    expect(first?.source).toBe('tactful');
    expect(first?.place).toMatchObject({ start: { line: 1, column: 1, offset: 0 } });
    expect(first?.url).toContain('needless-apology');
  });
});

describe('the tone report on the message summary', () => {
  const text = 'Hi Sam,\n\nPer my last email, I still need the signed contract. Thanks so much for your help!\n\nBest,\nAna';

  it('is worked out on first read and then stays put', () => {
    const { message, findings } = lint(text);
    findings.length = 0; // the caller's array: the report keeps what lint returned
    const tone = message.tone;
    expect(tone).not.toBe(0);
    expect(message.toneFactors.length).toBeGreaterThan(0);
    expect(message.tone).toBe(tone);
    expect(Object.getOwnPropertyDescriptor(message, 'tone')).toMatchObject({ value: tone, writable: true });
    expect(message.tone).toBe(lint(text).message.tone);
  });

  it('shows in JSON, spreads and clones like plain data', () => {
    const { message } = lint(text);
    const json = JSON.parse(JSON.stringify(message)) as typeof message;
    expect(Object.keys(json)).toEqual(['type', 'followUp', 'wordCount', 'questionCount', 'categoryCounts', 'tone', 'toneFactors']);
    expect(json.tone).toBe(lint(text).message.tone);
    expect({ ...lint(text).message }.toneFactors).toEqual(json.toneFactors);
    expect(structuredClone(lint(text).message).tone).toBe(json.tone);
  });

  it('can be overwritten', () => {
    const { message } = lint(text);
    message.tone = 0.5;
    expect(message.tone).toBe(0.5);
  });
});
