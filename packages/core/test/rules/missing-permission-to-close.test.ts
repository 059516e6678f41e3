import { ruleTable } from '../rule-tester.js';

const rule3 =
  'I know how busy you are and completely understand if you just haven\'t had the time to reply. I don\'t want to bombard you with emails if you\'re not interested. I\'ve been around long enough to know that a "YES" is Great … A "NO" is clear but disappointing but actually preferable to a "POSSIBLY" because that means we can\'t move on.. Just let me know if you\'d prefer I stop following up.';
const s000 =
  'Hey there, it was super great to speak recently, and thank you for reviewing, as I assume you have, my emails following that. I understand you are busy, and if a decision not to reply is where things are at, so be it. I remain interested in the points we discussed. Be well and, here again, thank you for reading.';

ruleTable('missing-permission-to-close', {
  valid: [
    // RULES.md suggested rewrites.
    {
      text: "I don't want to crowd your inbox. If [project] isn't a priority right now, just let me know and I'll stop following up. If it is, would [day] work for 15 minutes?",
      step: 5,
    },
    {
      text: "If I don't hear back, I'll assume the timing isn't right and won't follow up again. Either way, I enjoyed [specific], and I'm glad to help if things change.",
      step: 5,
    },
    // RULES.md tricky negatives.
    { text: rule3, type: 'close', step: 5, note: 'S002 Rule 3 template' },
    { text: s000, type: 'close', step: 4, note: 'S000 closing example' },
    { text: 'Following up on the proposal I sent on May 2. Would Thursday at 2 work to walk through it?', step: 3, note: 'too early' },
    {
      text: "If the timing isn't right, no problem. I'll close the loop on my end, and you're welcome to reach out whenever.",
      step: 5,
    },
    { text: 'Should I stop following up, or is the redesign still on your list for Q3?', step: 5 },
    { text: 'A ‘not now’ is totally fine; it just helps me plan.', step: 5, note: 'curly quotes' },
    { text: 'Thank you for the interview today. I enjoyed meeting the team.', type: 'thank-you', step: 1, note: 'day-0 thank-you' },
    // Paraphrases and other exits.
    { text: "Checking in on the badge readers. If it's no longer a priority, just say so and I'll stop.", step: 5 },
    { text: "I don't want to crowd your inbox, so this will be my last note on the Riverside bid.", step: 4 },
    { text: "I'll assume the Inventory Analyst role at Corwin has gone to someone else. Please let me know if that's wrong.", step: 4 },
    { text: 'No hard feelings either way; the door is always open.', step: 6 },
    { text: 'would you prefer i stop reaching out? totally fine if so', step: 4, note: 'chat style' },
    { text: 'A quick no is perfectly fine, it helps me plan the quarter.', step: 4 },
    { text: 'Any update on the invoice?', step: 3, note: 'follow-up #2' },
    { text: "No problem if you've gone with another vendor, just let me know so I can update my notes.", step: 5 },
    { text: "hey Mateo, no worries if the guest spot isn't a fit anymore. i'll stop pinging you about it.", step: 5 },
    { text: 'Following up again today on the CRM trial: this is my third email this week.', note: 'the third email is follow-up #2' },
    { text: 'Any update on the invoice?', type: 'reply', step: 6, note: 'replies are out of scope' },
  ],
  invalid: [
    // RULES.md positive examples.
    { text: 'Hi Dana, following up again on the kitchen-remodel quote. Let me know!', step: 4, severity: 'info' },
    { text: 'Checking in once more about the Data Analyst role. Any news?', step: 5, severity: 'warning' },
    {
      text: "I've reached out a few times about the intro to BarnBurners. Are you still able to make it?",
      severity: 'info',
      note: 'text cue of repeated attempts',
    },
    { text: "Following up on my proposal for the Riverside clinic site. I'm still very interested.", step: 5, severity: 'warning' },
    { text: 'This is my fourth note about the PMP contacts you mentioned. When would be a good time?', severity: 'info' },
    { text: 'Bumping this up again. Would love to connect!', type: 'close', step: 5, severity: 'warning' },
    {
      text: 'Checking in on the invoice #2231 payment.',
      step: 7,
      actual: 'Checking in on the invoice #2231 payment.',
      output:
        "Checking in on the invoice #2231 payment. If [project] isn't a priority right now, just let me know and I'll stop following up.",
    },
    // G10: n = 3 gives info.
    { text: 'Any update??', step: 4, severity: 'info', note: 'G10' },
    // Paraphrases and chat style.
    { text: "Hi Mark,\n\nI've emailed you three times now about the paralegal interview. Any reply would help.\n\nBest,\nHelena", step: 4 },
    { text: 'hey, me again about the venue contract. any news??', step: 5, note: 'chat style' },
    {
      text: "I've followed up on the Crestline intro twice since the mixer. Are you still able to make it?",
      note: '"twice" since the first note',
    },
    { text: 'Following up on the quote. If you have any questions, let me know.', step: 4, note: 'a conditional offer is no exit' },
  ],
});
