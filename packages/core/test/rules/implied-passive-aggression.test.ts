import { ruleTable } from '../rule-tester.js';

// The rule reports what the tone model scores past its calibrated threshold; the cases are
// sentences written for this table, none from the training data.
ruleTable('implied-passive-aggression', {
  valid: [
    { text: 'Could you send the signed contract by Friday?', note: 'plain request' },
    { text: 'Thanks for the quick reply, that helps a lot.', note: 'sincere thanks' },
    { text: 'The staging build failed again, so I restarted it this morning.', note: 'a fact with "again"' },
    { text: "You haven't responded to my email from last week.", note: 'reported by blame-for-silence already' },
    { text: "> Don't worry, I'll just do it myself like always.", kind: 'markdown', note: 'quoted' },
    {
      text: "<!-- tactful-disable implied-passive-aggression -->\nDon't worry, I'll just do it myself like always.",
      kind: 'markdown',
      note: 'disabled',
    },
    { text: 'Plan ahead, please.', note: 'too short for the model' },
  ],
  invalid: [
    {
      text: "Don't worry, I'll just do it myself like always.",
      actual: "Don't worry, I'll just do it myself like always.",
      severity: 'info',
      output: 'Could you let me know where [specific item] stands?',
    },
    { text: 'Glad to see you finally found the time.' },
    { text: 'Don\u2019t worry, I\u2019ll just do it myself like always.', note: 'curly apostrophes' },
    { text: 'dont worry ill just do it myself like always', note: 'chat style' },
    { text: 'Some of us have been working weekends to hit this date, but sure, take your time.' },
    {
      text: 'Hi Sam,\n\nThe report is attached. Glad to see you finally found the time.\n\nBest,\nLee',
      actual: 'Glad to see you finally found the time.',
    },
  ],
});
