import { ruleTable } from '../rule-tester.js';

ruleTable('over-contact-signal', {
  valid: [
    // RULES.md tricky negatives.
    {
      text: "Thank you for yesterday's interview. I enjoyed hearing about the onboarding revamp.",
      type: 'thank-you',
      note: 'S004 timing; out of scope by type',
    },
    { text: "Thank you for yesterday's interview. I enjoyed hearing about the onboarding revamp.", type: 'follow-up' },
    { text: 'We spoke yesterday at the NetworkInAustin Netstorming event.' },
    { text: "I'll call Thursday morning, as we agreed." },
    { text: "As promised when we spoke this morning, here's the quote." },
    { text: "I'll check back in two weeks if I haven't heard anything." },
    { text: 'Our daily standup notes are attached.', note: 'ops content' },
    // Own hard negatives.
    { text: 'Following up today on the proposal I sent on May 2.', note: 'no repetition' },
    { text: 'As I mentioned yesterday in our call, the quote includes installation.', note: 'a meeting, not a message' },
    { text: "I'll ping you again next week if the budget isn't settled.", note: 'scheduled next touch' },
    { text: "I've reached out a few times about the intro, so I'll assume the timing isn't right.", type: 'close' },
    { text: 'I have emailed you four times since January about my thesis draft.', note: 'count without a short window' },
    { text: 'The app sends a daily reminder to log your hours.' },
    { text: "I don't want to follow up again today, so I'll wait for your note." },
    { text: 'This is my second application to Acme this year.', note: 'not a contact count' },
    { text: 'We handled the renewal call this morning and the team is happy.' },
    { text: 'Our team met three times this week to finish the audit.' },
    { text: "Following up again today isn't ideal, I know.", type: 'reply', note: 'reply type' },
    { text: "I'll check back on May 14 unless I hear from you first.", note: 'the suggested rewrite' },
    { text: 'Great to talk on the call this morning. As I mentioned this morning, the deck is attached.', note: 'a meeting earlier today' },
    { text: "I'm writing again today with the corrected figures.", note: 'a correction' },
    { text: 'Just bumping this again.', note: 'a bump is not a frequency' },
  ],
  invalid: [
    // RULES.md positive examples.
    {
      text: 'Following up again today.',
      actual: 'Following up again today',
      output: "I'll check back on [date, at least a week out] unless I hear from you first.",
    },
    { text: 'This is my third email this week.', actual: 'This is my third email this week' },
    { text: "As I said yesterday, I'm still waiting.", actual: 'As I said yesterday', output: "I'm still waiting." },
    { text: "I've left you four voicemails." },
    { text: 'I called this morning and again this afternoon.' },
    { text: "I'll keep following up every day until I hear back." },
    { text: 'Pinging you again on this.' },
    { text: 'Three emails in three days and no reply.' },
    // Own paraphrases.
    { text: 'Checking in once more this afternoon on the Acme invoice.' },
    { text: 'just pinging u again', note: 'chat style' },
    { text: 'I’ve called you five times and left two messages.', note: 'curly apostrophe' },
    { text: 'This is the second time today I am writing about the contract.' },
    { text: 'Sending another email today in case the first one got lost.' },
    { text: 'As I wrote this morning, the deposit is still outstanding.' },
    { text: "I'll keep calling until someone picks up." },
    { text: "I'll check in daily until the contract is signed." },
    { text: '2 emails in 24 hours and nothing back.' },
    { text: 'I emailed earlier and am now calling to follow up.', type: 'close' },
    { text: 'My 4th message this week, sorry!' },
    { text: "I've tried calling you several times today." },
    { text: 'Sorry for the multiple emails today!' },
    { text: 'Circling back for the third time this week.' },
  ],
});
