import { ruleTable } from '../rule-tester.js';

const sentence = 'I wanted to share one more detail about the kitchen remodel for Elm Street and the cabinet options we discussed.';
/** A body of about n words, from a 20-word sentence. */
const words = (n: number) => Array.from({ length: Math.ceil(n / 20) }, () => sentence).join(' ');
const long = `Hi Dana,\n\n${words(220)}\n\nBest,\nSam`;

ruleTable('overlong-follow-up', {
  valid: [
    { text: `Hi Dana,\n\n${words(140)}\n\nBest,\nSam`, note: 'a 140-word note' },
    {
      text: `Hi Dana,\n\n${words(60)} Would Tuesday work?\n\n- Option A: oak cabinets\n- Option B: painted cabinets\n\nBest,\nSam`,
      note: 'a short note with a bullet list of two options',
    },
    {
      text: `Hi Dana,\n\n${words(60)}\n\nBest,\nSam\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@acme.com> wrote:\n${words(300)
        .split('. ')
        .map((s) => `> ${s}.`)
        .join('\n')}`,
      note: 'a 60-word note plus a quoted thread',
    },
    { text: long, type: 'initial', note: 'a long initial application letter' },
    { text: long, type: 'reply', note: 'a reply is out of scope' },
    {
      text: `Hi Dana,\n\n${Array.from({ length: 36 }, () => '{{first_name}} {{company}} {{role}} {{date}}').join(' ')}.`,
      note: 'each placeholder counts as one word (144)',
    },
  ],
  invalid: [
    { text: long, severity: 'info', actual: sentence, note: 'a 220-word re-pitch' },
    { text: `Thank you for the interview. ${words(200)}`, type: 'thank-you', note: 'a thank-you that retells the interview' },
    { text: `hey! ${words(160).toLowerCase()}`, note: 'chat style, just over the limit' },
  ],
});
