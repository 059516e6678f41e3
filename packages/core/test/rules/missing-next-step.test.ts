import { ruleTable } from '../rule-tester.js';

ruleTable('missing-next-step', {
  valid: [
    // RULES.md tricky negatives: a next step is present.
    { text: 'Would Tuesday at 10 am or Thursday at 2 pm work for a 15-minute call?' },
    { text: 'Could you tell me where the team is in the process for the Data Analyst role, and what I can expect next?' },
    { text: "I'll call your office Thursday morning to see where things stand." },
    { text: "If it's easier, reply 'yes' and I'll send a calendar invite for next week." },
    { text: 'Is the Q3 budget still the main blocker, or has the priority shifted?' },
    { text: "Here's my booking link; any 20-minute slot next week works: https://cal.example.com/dana" },
    { text: "Just let me know if you'd prefer I stop following up.", note: 'S002 Rule 3' },
    { text: 'Do feel welcome to get in touch at any time.', type: 'close', note: 'S000, close message: not applied' },
    // Paraphrases, contractions and chat style.
    { text: 'Hi Dana,\n\nFollowing up on the kitchen quote. Are you free Thursday after 2 for a quick call?\n\nBest,\nSam' },
    { text: 'Any update on invoice #2231, due Friday?', note: 'a bare question with an anchor' },
    { text: 'Hi Sam, Could you send the signed SOW by Wednesday so we can start on the 20th?' },
    { text: 'I can drop the samples off on Thursday, if that’s okay?', note: 'curly apostrophe' },
    { text: 'hey, would thurs or fri work for a quick call?', note: 'chat style' },
    { text: "I'd love to walk you through the audit. Would you be open to a short call next week?" },
    { text: 'Following up on the intro you offered. Should I send you a short bio to forward?' },
    { text: 'If it helps, I can send a work sample this week. Would that be useful?' },
    { text: "Is there anything else I can send to help the team decide? I'm happy to share references." },
    { text: 'I wanted to ask whether the Logistics Coordinator role at Brightline has been filled.' },
    { text: 'Thanks in advance for countersigning the order form today.' },
    { text: 'Please let me know which slot works, and I will send the invite.' },
    { text: 'Reply with a day that suits you and I will book the room.' },
    { text: 'I am free on Monday or Tuesday morning if you want to go through the numbers.' },
    { text: "If the timing isn't right, no problem; I'll close the loop on my side.", note: 'closing the loop is a next step' },
    // Out of scope by type.
    { text: 'Any thoughts?', type: 'reply' },
    { text: 'Looking forward to hearing from you.', type: 'initial' },
  ],
  invalid: [
    // RULES.md positive examples.
    {
      text: 'Just checking in. Let me know!',
      severity: 'warning',
      actual: 'Just checking in.',
      output: 'Just checking in. Would [day] at [time] or [day] at [time] work for a 15-minute call about [topic]?',
    },
    { text: 'Any thoughts?' },
    { text: 'Looking forward to hearing from you.' },
    { text: 'Hope to hear back soon.' },
    { text: 'Keep me posted.' },
    { text: 'Feel free to reach out if anything changes.', note: 'an open door is no next step in a follow-up' },
    { text: 'Let me know your thoughts.' },
    { text: 'Hope all is well!', note: 'as the last line, no ask' },
    { text: 'Great catching up last week. Talk soon!', note: '"Talk soon" in the prose, not as the valediction' },
    { text: 'Any update?', note: 'bare' },
    // G7 and G10.
    { text: 'Thank you very much for your time.', type: 'thank-you', severity: 'info', note: 'G7: info on a thank-you' },
    { text: 'Any update??', step: 4, severity: 'warning', note: 'G10' },
    // Paraphrases, contractions, chat style, typical shapes.
    {
      text: 'Hi Dana,\n\nI just wanted to check in and see if there’s any update on my application.\n\nThanks so much,\nPriya',
      actual: 'I just wanted to check in and see if there’s any update on my application.',
    },
    { text: 'hey any word yet? lmk', note: 'chat style' },
    { text: 'Can you tell me where things stand?' },
    { text: 'Did you get a chance to look at my email?' },
    { text: "Touching base to see if there's been any movement on your end. Happy to answer any questions." },
    { text: "I'm following up on my previous note. I'd appreciate an update when you have a moment." },
    { text: 'Hi Naomi,\n\nWanted to follow up on the proposal. Do you have any questions I can answer?\n\nThanks,\nEric' },
    { text: 'Did you fall off the face of the earth? Haven’t heard a peep since our call.', note: 'a rhetorical question is no ask' },
    { text: 'Please advise.' },
    { text: 'Thanks for the interview on Tuesday. I enjoyed meeting the team.', type: 'thank-you', severity: 'info' },
    { text: 'Are you still interested or not?', note: 'a demand, not a concrete step' },
  ],
});
