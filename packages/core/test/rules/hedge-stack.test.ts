import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { ruleTable } from '../rule-tester.js';

ruleTable('hedge-stack', {
  valid: [
    // RULES.md tricky negatives
    { text: 'I think the attached budget is right; it matches the scope we agreed on.', note: 'single assessment' },
    { text: 'Maybe Tuesday works better for your team?', note: 'one hedge offering an option' },
    { text: "This is the kind of project I've delivered for three clients.", note: 'noun "kind of"' },
    { text: 'Could you let me know whether the role is still open?', note: 'counterfactual-modal request' },
    { text: 'We might need a second phase if the scope grows.', note: 'real contingency' },
    { text: 'The estimate is approximately $4,000 for six weeks.', note: 'precision' },
    { text: 'What sort of timeline are you working with?' },
    // own hard negatives: one polite hedge, noun senses, reader-directed modals
    { text: 'I think the Tuesday slot is best for everyone.' },
    { text: 'Perhaps we could meet at the Riverside office on Thursday?' },
    { text: 'Hopefully the revised quote covers everything you asked for.' },
    { text: 'I thought you might find the attached case study useful.', note: 'hedge on an offer to the reader' },
    { text: 'I think you might enjoy the article on churn models.', note: '"you might" is not counted' },
    { text: 'What kind of budget does the team have in mind?' },
    { text: 'We deliver all kinds of signage, and this sort of lobby display is our specialty.' },
    { text: 'I often think about your advice on pricing.', note: '"think about"' },
    { text: 'I believe in what your team is building at Acme.', note: '"believe in"' },
    { text: 'I feel awful that the shipment was late, and we have refunded the fee.', note: 'emotion, not a hedge' },
    { text: 'It will take a bit longer than planned, so I moved the review to Friday.', note: 'quantity "a bit"' },
    { text: 'Thanks for taking a bit of time to walk me through the role.' },
    { text: 'Might you have ten minutes on Friday?', note: 'request' },
    { text: 'You might want to check the second tab of the spreadsheet.' },
    { text: 'We might as well combine the two calls.' },
    { text: 'I was wondering if you had a chance to look at the proposal.', note: 'one hedge on the ask' },
    { text: 'I can help with the migration on Tuesday.', note: 'no hedge on the self-value claim' },
    { text: 'Your client called it "maybe, possibly, the best launch ever".', note: 'quoted' },
    { text: 'The brief says the tone should be "kind of playful, maybe a bit retro".', note: 'quoted' },
    {
      text: 'I think the kitchen layout works well for the space, and once the permits for the new electrical panel are approved we could perhaps add the island.',
      note: 'two hedges far apart in a long sentence',
    },
    { text: 'If the launch slips, I could probably move the shoot to May.', note: 'one hedge on a plan, not on the author’s value' },
  ],
  invalid: [
    // RULES.md positive examples
    { text: 'I think I might possibly be a good fit.', output: 'I would be a good fit.', actual: 'I think I might possibly' },
    { text: 'I was kind of hoping maybe we could talk.', output: 'I was hoping we could talk.' },
    {
      text: "I guess I'm still interested, if the role is open.",
      output: "I'm still interested, if the role is open.",
      actual: "I guess I'm still interested",
    },
    { text: "I feel like I'd probably be able to help.", output: "I'd be able to help." },
    {
      text: "Maybe, if it's not too much trouble, you could perhaps take a look?",
      output: "If it's not too much trouble, you could take a look?",
    },
    { text: "I'm not sure, but I think the proposal might sort of meet your needs.", output: 'The proposal will meet your needs.' },
    { text: "I was just wondering if maybe there's any update.", output: 'Is there any update?' },
    { text: 'In my opinion, I believe I could possibly add value.', output: 'I could add value.' },
    // paraphrases, conjugations, contractions and chat style
    { text: 'I think I could maybe do a decent job.', output: 'I could do a decent job.' },
    {
      text: 'I was wondering if perhaps you might possibly have some time to look at chapter three.',
      output: 'Would you have some time to look at chapter three?',
    },
    { text: 'I think maybe I could possibly still be of interest.', note: 'no clean rewrite, template only' },
    { text: 'I believe I would be a great addition to your team.', output: 'I would be a great addition to your team.' },
    { text: "I'd be a strong fit for the role, I think.", output: "I'd be a strong fit for the role." },
    { text: 'Perhaps I might be able to help with the Q3 audit.', output: 'I would be able to help with the Q3 audit.' },
    { text: "I kinda feel like it's sorta late for the Q2 launch.", output: "It's late for the Q2 launch." },
    { text: 'i think maybe we could push the launch a week', output: 'we could push the launch a week', note: 'chat lowercase' },
    {
      text: 'I’m probably overthinking it, but maybe we should wait.',
      output: 'I’m overthinking it, but we should wait.',
      note: 'curly apostrophe',
    },
    { text: 'Im not sure, but I guess the invoice was probably paid.', output: 'The invoice was paid.', note: 'no apostrophe' },
    { text: 'It seems like the budget might be a bit tight this quarter.', output: 'The budget will be tight this quarter.' },
    { text: 'Hopefully we can perhaps meet next week.', output: 'We can meet next week.' },
    { text: 'I was sort of hoping to hear back this week.', note: 'a hedge on the author’s own ask' },
    { text: 'I think I have the right experience for the data team.', output: 'I have the right experience for the data team.' },
    { text: 'THE DEMO WAS MAYBE KIND OF ROUGH.', output: 'THE DEMO WAS ROUGH.' },
  ],
});

describe('hedge-stack: four or more hedges in a short message', () => {
  const text =
    'Hi Sam,\n\nI think the draft is ready. Maybe we could meet Tuesday? Hopefully the budget holds. The numbers are probably final.\n\nBest,\nLee';
  it('flags the message once, on the first hedge', () => {
    const found = lint(text, { kind: 'text' }).findings.filter((f) => f.ruleId === 'hedge-stack');
    expect(found.map((f) => [f.actual, f.severity])).toEqual([['I think', 'info']]);
  });
  it('its suggestion brings the count within the limit', () => {
    const [finding] = lint(text, { kind: 'text' }).findings.filter((f) => f.ruleId === 'hedge-stack');
    const edits = [...(finding?.suggestions[0]?.edits ?? [])].sort((a, b) => b.start - a.start);
    let fixed = text;
    for (const e of edits) fixed = fixed.slice(0, e.start) + e.text + fixed.slice(e.end);
    expect(fixed).toContain('The draft is ready.');
    expect(lint(fixed, { kind: 'text' }).findings.filter((f) => f.ruleId === 'hedge-stack')).toEqual([]);
  });
  it('leaves three single hedges alone', () => {
    const three = 'I think the draft is ready. Maybe we could meet Tuesday? Hopefully the budget holds.';
    expect(lint(three, { kind: 'text' }).findings.filter((f) => f.ruleId === 'hedge-stack')).toEqual([]);
  });
  it('leaves a long message with four scattered hedges alone', () => {
    const filler = ' The kitchen plan covers cabinets, counters, lighting and the new island, with delivery from our Oakland yard.'.repeat(
      8,
    );
    const long = `I think the draft is ready.${filler} Maybe we could meet Tuesday? Hopefully the budget holds. The numbers are probably final.`;
    expect(lint(long, { kind: 'text' }).findings.filter((f) => f.ruleId === 'hedge-stack')).toEqual([]);
  });
  it('takes its thresholds from the options', () => {
    const config = { rules: { 'hedge-stack': ['info', { maxPerSentence: 2 }] as ['info', Record<string, unknown>] } };
    expect(
      lint('I think maybe we could push the launch a week.', { kind: 'text', config }).findings.filter((f) => f.ruleId === 'hedge-stack'),
    ).toEqual([]);
  });
});
