import { ruleTable } from '../rule-tester.js';

ruleTable('generic-salutation', {
  valid: [
    {
      text: 'Dear Sir/Madam,\n\nI am applying for the analyst role advertised on your site.',
      type: 'initial',
      note: 'cold initial message',
    },
    { text: 'Dear Hiring Manager,\n\nFollowing up on my application for the analyst role (req 4521).', note: 'no known name' },
    {
      text: 'Hi {{ first_name | default: "there" }},\n\nFollowing up on the {{proposal_name}}.',
      note: 'a Liquid fallback is a person placeholder',
    },
    { text: 'Hi Dana,\n\nFollowing up on the kitchen quote.' },
    { text: 'Hi there,\n\nThanks for the reply.', type: 'reply' },
    { text: '---\nto: Dana Lee\n---\nHi Dana,\n\nFollowing up on the kitchen quote.', kind: 'markdown' },
    { text: 'Hi there! Quick question about the kitchen quote for Elm Street.', note: 'no recipient known' },
  ],
  invalid: [
    {
      text: '---\nto: Dana Lee\ntype: follow-up\n---\nDear Sir/Madam,\n\nFollowing up on the kitchen quote.',
      kind: 'markdown',
      actual: 'Dear Sir/Madam',
      output: '---\nto: Dana Lee\ntype: follow-up\n---\nDear Dana,\n\nFollowing up on the kitchen quote.',
      severity: 'info',
    },
    {
      text: 'To whom it may concern,\n\nFollowing up on the kitchen quote.\n\nBest,\nSam\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@acme.com> wrote:\n> Hi Sam, here is the quote.',
      actual: 'To whom it may concern',
      note: 'the quoted thread names the recipient',
    },
    {
      text: 'Hi there,\n\nThanks again for the call, {{first_name}}. I enjoyed hearing about the roadmap.',
      type: 'thank-you',
      output: 'Hi {{first_name}},\n\nThanks again for the call, {{first_name}}. I enjoyed hearing about the roadmap.',
      note: 'a person placeholder in the body',
    },
    {
      text: '---\nrecipient: Priya\n---\ndear hiring manager,\n\nfollowing up on my application for the analyst role.',
      kind: 'markdown',
      note: 'lower case',
    },
  ],
});
