import { ruleTable } from '../rule-tester.js';

ruleTable('bitter-close', {
  valid: [
    // RULES.md suggested rewrite.
    {
      text: "I'll close the loop on my side for now. Thanks again for [specific], and I'd be glad to reconnect if [project/role] comes back around.",
    },
    // RULES.md tricky negatives.
    { text: "I'll stop following up for now. Wishing you a great launch." },
    { text: 'No hard feelings either way.' },
    { text: 'If a decision not to reply is where things are at, so be it.', type: 'close', note: 'S000 release' },
    { text: "I'll assume the timing isn't right and won't follow up again." },
    { text: 'Good luck with the product launch on the 15th!' },
    { text: "I'll move ahead with other interviews next week, but Acme remains my first choice." },
    // Hard negatives.
    { text: 'I was so sorry to hear about your father. I am sorry for your loss.', note: 'condolence, not contempt' },
    { text: 'Good luck finding a venue for the gala; the Harbour Room is lovely.' },
    { text: "If you're not interested, no problem at all." },
    { text: 'The key lesson learned from the pilot was to start with one clinic.', note: 'not a bare "lesson learned"' },
    { text: "I won't bother you again about this; the door is open whenever you're ready." },
    { text: 'Clearly you are busy, so no rush.', note: 'not "clearly you are not interested"' },
    { text: 'Your loss.', type: 'thank-you', note: 'runs on follow-up and close only' },
    { text: 'I was so sorry to hear about your loss, and please take all the time you need.' },
    { text: 'Clearly the launch was a priority for you; thanks for turning it around so fast.' },
  ],
  invalid: [
    // RULES.md positive examples.
    {
      text: "Clearly you're not interested, so I'll stop wasting my time.",
      actual: "Clearly you're not interested",
      output:
        "I'll close the loop on my side for now. Thanks again for [specific], and I'd be glad to reconnect if [project] comes back around.",
    },
    { text: "Fine, I'll take the hint.", actual: "Fine, I'll take the hint" },
    { text: 'Your loss.', actual: 'Your loss' },
    { text: "I won't bother you again, since you can't be bothered to reply.", type: 'close' },
    { text: 'Good luck finding someone better.' },
    { text: "I guess I'll never hear back from you." },
    { text: 'Thanks for wasting my time.' },
    { text: 'I expected better from a company like yours.' },
    // Paraphrases, contractions and chat style.
    { text: 'Obviously you’re no longer interested.', note: 'curly apostrophe' },
    { text: 'ok fine ill move on then', note: 'chat style, no apostrophe' },
    { text: 'Thanks for nothing.' },
    { text: "Don't worry, I won't beg." },
    { text: "Lesson learned. I won't make that mistake twice." },
    { text: "I'm done chasing this invoice." },
    { text: 'Since you couldn’t be bothered to reply, I’ll take my business elsewhere.' },
    { text: 'Should I take the hint?' },
    { text: 'Obviously this project was never a priority for you.' },
    { text: "Clearly the broken gate at 4 Heath Lane isn't important to you." },
  ],
});
