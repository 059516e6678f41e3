import { ruleTable } from '../rule-tester.js';

const G5 =
  "I appreciate your offer to connect me with one or two people in your network who've already become PMPs. Thanks in advance for making the introduction to the recruiter at BarnBurners—I'd love to learn more about the work they're doing there. I'm looking forward to reading the book you recommended—I've downloaded it to my Kindle!";
const G6 =
  'Hey there, it was super great to speak recently, and thank you for reviewing, as I assume you have, my emails following that. If a decision not to reply is where things are at, so be it. I remain interested in the points we discussed. Be well and, here again, thank you for reading.';

ruleTable('excessive-gratitude', {
  valid: [
    // RULES.md tricky negatives
    { text: 'Thanks for the intro to Priya at BarnBurners.' },
    { text: 'Thank you for your time on Tuesday. The tour of the lab was a highlight.' },
    { text: 'Thanks,\nDana', note: 'sign-off' },
    { text: 'Thanks in advance for making the introduction to the recruiter at BarnBurners.', note: 'S004, grounded' },
    { text: 'Happy Thanksgiving to you and the team!' },
    { text: 'No thanks needed. Glad the template helped.' },
    { text: "I appreciate your offer to connect me with one or two people in your network who've already become PMPs.", note: 'S004' },
    // golden fixtures
    { text: G5, type: 'thank-you', note: 'G5' },
    { text: G6, type: 'close', note: 'G6: two thanks in about 70 words' },
    // valedictions never count
    {
      text: 'Hi Dana,\n\nThank you for the tour of the lab on Tuesday. I really appreciated the demo of the new sequencer.\n\nMany thanks,\nOwen',
      note: 'valediction',
    },
    { text: 'Thanks so much for the intro to Priya!\n\nThanks again,\nDana', note: 'valediction "Thanks again,"' },
    { text: 'Thank you for your help with the move.\n\nThank you,\nSam', note: 'valediction "Thank you,"' },
    // one or two plain thanks
    { text: "Thanks for your help on this, it's much appreciated.", note: 'two, neither intensified' },
    { text: 'Thank you, it’s much appreciated.' },
    { text: 'Thank you for the interview yesterday. I appreciate you walking me through the roadmap.' },
    { text: 'Thanks in advance for your help!' },
    { text: "I'm incredibly grateful for your mentorship this year.", note: 'a favour already given' },
    { text: "I'm honored to be considered for the role." },
    { text: "I'd be grateful for your thoughts on the draft by Friday." },
    { text: 'Thank you so much for your time!' },
    { text: 'Thanks so much for the chat! Talk soon.' },
    // look-alikes
    { text: "I appreciate that you're busy this week, so a one-line answer is plenty." },
    { text: "I'd appreciate it if you could send the form by Friday, and I'd appreciate a copy of the receipt too." },
    { text: 'Thanks to the new API, syncing now takes seconds.' },
    { text: 'Our thank-you notes went out yesterday; thanks again for hosting.' },
    { text: 'I removed the "Thank you for your contributions, thanks so much" line from the template.', note: 'quoted' },
    { text: "No need to thank me! I'm glad the intro to Priya worked out." },
    {
      text: 'Thank you for the interview on Tuesday. I enjoyed hearing how your team rebuilt the churn model in dbt, and the tour of the office was a highlight. As promised, I have attached the SQL sample from the retail forecasting project. I also put together a short write-up of how I would approach the pricing dashboard you mentioned, with a rough two-week plan and a list of the data sources I would need. I appreciate you taking the time to walk me through the role, and I would welcome the chance to meet the rest of the analytics team. Could you let me know when the team expects to schedule the second round? I am free most mornings next week, and I can also make Thursday afternoon work if that suits the panel better. If it helps, I can bring a printed copy of the write-up and walk the panel through the two-week plan in ten minutes. Thanks again for a great conversation.',
      note: 'three thanks in a note over 150 words',
    },
  ],
  invalid: [
    // RULES.md positive examples
    { text: 'Thank you so, so much!!', actual: 'Thank you so, so much', output: 'Thank you so much!' },
    { text: 'Thanks again! Really appreciate it, thank you!', output: 'Thanks again!' },
    {
      text: "I can't thank you enough for even reading this.",
      actual: "I can't thank you enough",
      output: 'Thank you for reading this.',
    },
    { text: 'A million thanks in advance.', output: 'Thanks in advance.' },
    { text: "I'm eternally grateful for any consideration.", output: "I'm grateful for any consideration." },
    {
      text: "Thank you for even considering me; I'm so honored.",
      output: "Thank you for considering me; I'm so honored.",
    },
    {
      text: 'Thanks so much for your time, I really appreciate your time and consideration, thank you.',
      output: 'Thanks so much for your time.',
      severity: 'info',
    },
    // stacked, paraphrased
    {
      text: 'Thank you so much for the opportunity, I really appreciate it!',
      actual: 'I really appreciate it',
      output: 'Thank you so much for the opportunity!',
    },
    {
      text: "Thank you so much for your time! I really appreciate it. Thank you again for considering me, I'm so grateful for the opportunity!",
      output: 'Thank you so much for your time!',
    },
    {
      text: 'Hi Ann,\n\nThanks so much for the chat!\n\nReally appreciate it, thank you!\n\nSee you Monday at 10 at the Acme office.\n\nBest,\nAl',
      output: 'Hi Ann,\n\nThanks so much for the chat!\n\nSee you Monday at 10 at the Acme office.\n\nBest,\nAl',
    },
    {
      text: 'Thanks for sending the contract. Thanks also for the intro to Priya, and thanks for the book tip.',
      note: 'three specific thanks in 18 words',
    },
    { text: 'Thanks so much for your help and I really appreciate your patience!' },
    { text: 'Thank you, thank you, thank you', output: 'Thank you' },
    { text: 'Thank you thank you thank you!!' },
    { text: "I'm beyond grateful for any help you can give.", output: "I'm grateful for any help you can give." },
    { text: 'Thanks again so much! I appreciate you! Thank you for everything!', output: 'Thanks again so much!' },
    { text: "Thank you, thank you! I'll send the signed copy tomorrow.", output: "Thank you! I'll send the signed copy tomorrow." },
    { text: 'thank u thank u', note: 'chat style' },
    { text: 'thx so much, really appreciate it!!', note: 'chat style' },
    { text: 'Thank you so much for chatting with me!!', output: 'Thank you so much for chatting with me!' },
    { text: 'I’m so grateful, thank you so much!', note: 'curly apostrophe' },
    // inflated forms
    { text: 'Thanks a million for the feedback.', output: 'Thanks for the feedback.' },
    { text: "Honestly, I can't thank you enough.", output: 'Honestly, thank you.' },
    { text: "I don't know how to thank you for the referral." },
    { text: "Words can't express how grateful I am for the referral.", output: "I'm grateful for the referral." },
    { text: "I'd be forever grateful for an interview.", output: "I'd be grateful for an interview." },
    { text: 'I really appreciate you even reading this.', output: 'I really appreciate you reading this.' },
    { text: "I'm so honoured you'd even consider me.", output: "I'm glad you're considering me." },
    { text: 'Hi Dana,\n\nThanks so so much for the help.\n\nBest,\nAl', output: 'Hi Dana,\n\nThanks so much for the help.\n\nBest,\nAl' },
    { text: 'Thank you sooo much for the intro to Priya.', output: 'Thank you so much for the intro to Priya.' },
    { text: 'Many, many thanks for the introduction.' },
  ],
});
