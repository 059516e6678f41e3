import { ruleTable } from '../rule-tester.js';

// The rule reports what the tone model scores past its calibrated threshold; the cases are
// sentences written for this table, none from the training data.
ruleTable('implied-neediness', {
  valid: [
    { text: 'Could you send the signed contract by Friday?', note: 'plain request' },
    { text: 'I hope the move went smoothly and the new office is settling in.', note: 'warm, not needy' },
    { text: 'Sorry to bother you again, any news on the quote?', note: 'reported by needless-apology already' },
    { text: "> Please tell me honestly if I'm being annoying.", kind: 'markdown', note: 'quoted' },
    {
      text: "<!-- tactful-disable implied-neediness -->\nPlease tell me honestly if I'm being annoying.",
      kind: 'markdown',
      note: 'disabled',
    },
  ],
  invalid: [
    { text: "Please tell me honestly if I'm being annoying.", severity: 'info', output: 'Could you confirm [specific request] by [date]?' },
    { text: "I hope I didn't say anything wrong in my last message." },
    { text: 'I hope I didn\u2019t upset you with my last message, I\u2019ve been worried all week.', note: 'curly apostrophes' },
    { text: 'pls tell me honestly if im being annoying', note: 'chat style' },
    {
      text: "Hi Ana,\n\nThe draft is attached. I hope I didn't say anything wrong in my last message.\n\nThanks,\nJo",
      actual: "I hope I didn't say anything wrong in my last message.",
    },
  ],
});
