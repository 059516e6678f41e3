import { ruleTable } from '../rule-tester.js';

ruleTable('surveillance-signal', {
  valid: [
    // RULES.md tricky negatives.
    { text: 'I saw your talk at the Netstorming event on building referral networks.' },
    { text: 'I read your post on PMP prep and followed the study plan. I passed last week!', note: 'S004: how you took their advice' },
    { text: 'Congrats on the Series B. I saw the announcement this morning.' },
    { text: 'I noticed your team posted a Data Analyst opening on LinkedIn.' },
    { text: 'I saw your comment on the AustinPM forum about onboarding; it matched what we discussed.', note: 'S002 Rule 4' },
    { text: "I noticed the attachment limit on your portal, so here's a link instead." },
    // Own hard negatives.
    { text: 'I see you opened a new office in Austin, congratulations!', note: 'public company news' },
    { text: 'Saw that Corvid Logistics opened the Reno hub last week, congratulations.' },
    { text: 'The UPS tracking shows it was delivered on Monday.', note: 'parcel tracking' },
    { text: 'Our analytics show that teams your size cut response times by 38%.' },
    { text: "I know you're busy, so I'll keep this short." },
    { text: 'I know you have a lot on your plate this month.' },
    { text: 'I stopped by your office to drop off the signed lease.', note: 'an errand' },
    { text: 'Could you let me know once you have read the contract?' },
    { text: 'I noticed you mentioned onboarding in your podcast interview; our tool helps there.' },
    { text: "I'm glad you had time to post the recap; it was a great summary." },
    { text: 'Thanks for forwarding my résumé to the hiring team.' },
    { text: 'I read your article on churn models and tried the cohort approach.' },
    { text: "If that's no longer a priority, no problem; I'll drop it from the tracker on Friday.", note: 'a task tracker' },
    { text: 'According to the tracker, the bug fix shipped on Monday.' },
  ],
  invalid: [
    // RULES.md positive examples.
    { text: 'I saw that you opened my email three times.', actual: 'I saw that you opened my email' },
    { text: 'My read receipt shows you read it on Monday.' },
    { text: "I noticed you viewed my LinkedIn profile but didn't reply." },
    { text: "I can see you've been active on LinkedIn all week." },
    { text: "You posted on Twitter yesterday, so I know you're around." },
    { text: "I know you've read my proposal." },
    { text: 'I saw you clicked the pricing link.', output: 'I enjoyed your post on [topic]. It connects to [specific ask].' },
    // Own paraphrases.
    {
      text: 'Hi Dana, I noticed you opened the proposal twice. Would Thursday work for a call?',
      output: 'Hi Dana, would Thursday work for a call?',
      note: 'removing the sentence first',
    },
    { text: 'Looks like you downloaded the case study yesterday.' },
    { text: 'i can see u read my message', note: 'chat style' },
    { text: 'I’ve noticed you’ve been opening my emails.', note: 'curly apostrophes' },
    { text: 'According to my tracker, you opened it on Monday.' },
    { text: 'You viewed my profile three times last week.' },
    { text: 'I got a notification that you opened the deck.' },
    { text: 'HubSpot shows you viewed the pricing page twice.' },
    {
      text: 'I notice you found time to post about the Fairmont launch on LinkedIn, but my questions about the file handoff are still sitting unanswered.',
    },
    { text: "You've been posting on LinkedIn every day but haven't replied to my email." },
    { text: 'You left me on read again.' },
    { text: 'I drove by your office yesterday but the lights were off.' },
  ],
});
