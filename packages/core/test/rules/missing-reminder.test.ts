import { ruleTable } from '../rule-tester.js';

const close =
  'I know how busy you are and completely understand if you just haven\'t had the time to reply. I don\'t want to bombard you with emails if you\'re not interested. I\'ve been around long enough to know that a "YES" is Great … A "NO" is clear but disappointing but actually preferable to a "POSSIBLY" because that means we can\'t move on.. Just let me know if you\'d prefer I stop following up.';

ruleTable('missing-reminder', {
  valid: [
    { text: 'Following up on the Data Analyst role (req #4521) I applied for on March 3. Is the team reviewing applications yet?' },
    {
      text: "Hi {{first_name}}, checking in on the proposal for {{company}}'s site redesign we discussed on {{call_date}}.",
      note: 'typed placeholders',
    },
    { text: "I appreciate your offer to connect me with one or two people in your network who've already become PMPs.", type: 'thank-you' },
    { text: 'Thanks in advance for making the introduction to the recruiter at BarnBurners.', type: 'thank-you' },
    { text: "I'm looking forward to reading the book you recommended. I've downloaded it to my Kindle!", type: 'thank-you' },
    { text: 'Any update on invoice #2231, due Friday?', note: 'short but specific' },
    { text: "I'm glad that [NAME OF FRIEND] introduced us, and I hope you enjoyed the [event where we met].", type: 'thank-you' },
    { text: 'Great to meet you at the expo!', type: 'initial', note: 'out of scope by type' },
    { text: 'Thanks for the quick reply, happy to answer.', type: 'reply' },
    { text: 'Checking in on the quote for the kitchen remodel. Would Tuesday work for a call?' },
    { text: 'Following up on the $4,800 estimate. Is the budget approved?' },
    { text: 'Here is the portfolio link I promised: https://example.com/dana. Would Thursday work?' },
    {
      text: 'Hi Priya,\n\nThanks again for the coffee at Blue Bottle on Tuesday. I read the article you sent about onboarding.\n\nBest,\nSam',
    },
    { text: 'Following up on {{personal_note}}. Does {{day}} work?' },
    { text: '---\ntype: thank-you\n---\nIt was great to meet you at the NetworkInAustin event on the 9th.', kind: 'markdown' },
  ],
  invalid: [
    {
      text: 'Hi Dana, just checking in! Best, Sam',
      actual: 'just checking in!',
      output: 'Hi Dana, following up on [the specific offer or ask] from [date or event]. Best, Sam',
    },
    { text: 'Following up on my previous email. Any update?', severity: 'warning' },
    { text: "Touching base to see if there's any news." },
    { text: 'Wanted to circle back on this.' },
    { text: 'Checking in on the status of my application.', note: 'no role, company or date' },
    { text: 'Bumping this to the top of your inbox.' },
    { text: "Hope you're well! Any thoughts?" },
    { text: 'Following up on the opportunity we discussed.' },
    { text: 'Just wanted to see where things stand.' },
    { text: 'Reaching out again regarding my last message.' },
    { text: 'Thank you very much for your time.', type: 'thank-you', severity: 'info', note: 'G7' },
    { text: "I'd like to add you to my professional network.", severity: 'info', note: 'default LinkedIn invite' },
    { text: close, type: 'close', severity: 'info', note: 'S002 close template: info only' },
    { text: 'Any update??', step: 4, severity: 'warning', note: 'G10' },
    {
      text: 'Hi {{first_name}},\n\nJust checking in on my application.\n\nBest,\n{{sender_name}}',
      severity: 'warning',
      note: 'greeting placeholder is no anchor',
    },
    { text: 'hey any news', note: 'chat style' },
  ],
});
