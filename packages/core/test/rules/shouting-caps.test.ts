import { ruleTable } from '../rule-tester.js';

const G1 =
  'I know how busy you are and completely understand if you just haven\'t had the time to reply. I don\'t want to bombard you with emails if you\'re not interested. I\'ve been around long enough to know that a "YES" is Great … A "NO" is clear but disappointing but actually preferable to a "POSSIBLY" because that means we can\'t move on.. Just let me know if you\'d prefer I stop following up.';

ruleTable('shouting-caps', {
  valid: [
    // RULES.md tricky negatives.
    { text: 'A YES is great, a NO is clear, but a POSSIBLY leaves us both stuck.', note: 'single-word emphasis (S002 Rule 3)' },
    { text: "I'm working toward my PMP and CAPM certifications.", note: 'acronyms' },
    { text: 'Hi %FIRST_NAME%, thanks for the call.', note: 'placeholder' },
    { text: "I'm glad that [NAME OF FRIEND] introduced us.", note: 'S004 placeholder' },
    { text: 'Our SaaS ROI calculator for Q3 is attached as a PDF.' },
    { text: 'Thanks for the call.\n\n```\nSELECT * FROM LEADS\n```', kind: 'markdown', note: 'code' },
    { text: '> PLEASE SEND ASAP\n\nSure, sending it now.', kind: 'markdown', note: 'their quoted words' },
    { text: "NASA's JPL team asked about the same module." },
    // RULES.md §5 G1 and G5.
    { text: G1, type: 'close', step: 5, note: 'G1' },
    {
      text: "I appreciate your offer to connect me with one or two people in your network who've already become PMPs.",
      note: 'G5: plural acronym',
    },
    // Own hard negatives.
    { text: 'Hi *|FNAME|*, thanks again for stopping by our booth at *|EVENT_NAME|*.', note: 'Mailchimp tags' },
    { text: 'I passed the APICS CPIM Part 2 exam, which covers demand planning.' },
    { text: 'The HVAC and IT budgets for FY2026 are in the attached PDF.' },
    { text: 'Could you confirm the SOW and MSA redlines by Friday?' },
    { text: 'Our call is at 10 AM ET on Thursday.' },
    { text: 'Subject: Q3 ROI review for the API team\n\nHi Dana, the deck is attached.' },
    { text: 'I loved the README you wrote for the SDK.', note: 'one capitalised word' },
    { text: 'FYI: the invoice is INV-0931, due May 2.' },
    { text: 'The CEO and CFO both signed off on the NDA.' },
    { text: "I'll get back to you ASAP with the numbers.", note: 'ASAP is written in capitals by convention' },
    { text: "I'm really excited about the role — it's a GREAT fit for my background.", note: 'one emphasis word' },
  ],
  invalid: [
    // RULES.md positive examples.
    { text: 'PLEASE RESPOND TO MY EMAIL.', actual: 'PLEASE RESPOND TO MY EMAIL', output: 'Please respond to my email.', safe: true },
    { text: 'I am STILL WAITING for an answer.', actual: 'STILL WAITING', output: 'I am still waiting for an answer.' },
    { text: 'This is URGENT.', output: 'This is urgent.' },
    { text: 'I NEED to know TODAY.', output: 'I need to know today.' },
    { text: "WHY HAVEN'T YOU REPLIED?", output: "Why haven't you replied?" },
    { text: "I've asked AGAIN and AGAIN.", output: "I've asked again and again." },
    {
      text: 'Subject: FOLLOWING UP ON MY APPLICATION\n\nHi Dana, is there any news on the Data Analyst role?',
      actual: 'FOLLOWING UP ON MY APPLICATION',
      output: 'Subject: Following up on my application\n\nHi Dana, is there any news on the Data Analyst role?',
    },
    { text: 'Reply NOW.', output: 'Reply now.' },
    // Own paraphrases.
    {
      text: '---\nsubject: "URGENT: PLEASE REPLY"\n---\nHi Dana, any news on the quote?',
      kind: 'markdown',
      actual: 'URGENT: PLEASE REPLY',
    },
    { text: 'THANK YOU SO MUCH FOR YOUR TIME', note: 'whole sentence in capitals' },
    { text: 'I’ve been WAITING for weeks.', note: 'curly apostrophe' },
    { text: 'pls REPLY', note: 'chat style' },
    { text: 'It is IMPORTANT that you read the contract.' },
    { text: 'Hi Dana, we NEED the signed CV and the NDA back.', note: 'pressure word beside acronyms' },
    { text: 'I will NEVER work with your agency again.' },
    { text: 'Any UPDATE on the quote?' },
    { text: 'I said YES, then NO, then MAYBE, then PROBABLY, and now DEFINITELY.', severity: 'info', note: 'emphasis piling up' },
    { text: 'THIS IS MY THIRD EMAIL ABOUT THE INVOICE.' },
  ],
});
