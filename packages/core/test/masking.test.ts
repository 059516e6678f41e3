import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { parseDocument } from '../src/parse/document.js';
import { findPlaceholders, placeholderKind } from '../src/parse/placeholders.js';

const BLAME = "You haven't responded to my email.";
const ruleIds = (text: string, kind: 'markdown' | 'text' = 'markdown') => lint(text, { kind }).findings.map((f) => f.ruleId);

describe('only the author’s prose is judged', () => {
  const hidden: [string, string][] = [
    ['front matter', `---\nsubject: follow-up\nnote: ${BLAME}\n---\nThanks for the call on Tuesday about the Acme quote.`],
    ['fenced code', `Thanks for the Acme quote.\n\n\`\`\`\n${BLAME}\n\`\`\``],
    ['indented code', `Thanks for the Acme quote.\n\n    ${BLAME}`],
    ['inline code', `Never write \`${BLAME}\` in a follow-up about the Acme quote.`],
    ['HTML comment', `<!-- ${BLAME} -->\nThanks for the Acme quote.`],
    ['block quote', `Thanks for the Acme quote.\n\n> ${BLAME}`],
    ['nested quote', `Thanks for the Acme quote.\n\n> > ${BLAME}`],
    ['quoted reply', `Thanks for the Acme quote.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@acme.com> wrote:\n${BLAME}`],
    [
      'wrapped quoted reply header',
      `Thanks for the Acme quote.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana Lee\n<dana@acme.com> wrote:\n\n${BLAME}`,
    ],
    [
      'Outlook header block',
      `Thanks for the Acme quote.\n\nFrom: Dana Lee <dana@acme.com>\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Sam\nSubject: Quote\n\n${BLAME}`,
    ],
    ['forwarded block', `Thanks for the Acme quote.\n\n---------- Forwarded message ---------\n${BLAME}`],
    ['signature after "-- "', `Thanks for the Acme quote.\n\n-- \nSam\n${BLAME}`],
    ['meta-mention', `Avoid writing '${BLAME}' in the Acme follow-up.`],
  ];
  for (const [name, text] of hidden) {
    it(`masks ${name} (markdown)`, () => expect(ruleIds(text)).not.toContain('blame-for-silence'));
  }
  for (const [name, text] of hidden.filter(([n]) => /quoted reply|Outlook|forwarded|signature|front matter|meta/.test(n))) {
    it(`masks ${name} (text)`, () => expect(ruleIds(text, 'text')).not.toContain('blame-for-silence'));
  }
  it('masks > lines in plain text', () =>
    expect(ruleIds(`Thanks for the Acme quote.\n\n> ${BLAME}`, 'text')).not.toContain('blame-for-silence'));
  it('still lints the author text around a quote', () => expect(ruleIds(`> Thanks!\n\n${BLAME}`)).toContain('blame-for-silence'));
  it('lints link text but not the URL', () => {
    const doc = parseDocument('See [the Acme deck](https://example.com/you-never-replied).', 'markdown');
    expect(doc.masked).toContain('the Acme deck');
    expect(doc.masked).not.toContain('example.com');
    expect(doc.masked.length).toBe(doc.source.length);
  });
  it('keeps offsets: the masked text has the same length and line breaks', () => {
    const text = `---\ntitle: x\n---\r\nHi 😀\r\n\n> quoted\r\n\`code\` and {{first_name}}\t[NAME OF FRIEND]`;
    const doc = parseDocument(text, 'markdown');
    expect(doc.masked.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') expect(doc.masked[i]).toBe(text[i]);
  });
  it('reads front matter as metadata', () => {
    const doc = parseDocument('---\ntype: thank-you\nstep: 2\nsubject: Great to meet you\n---\nBody.', 'markdown');
    expect(doc.frontMatter?.data).toMatchObject({ type: 'thank-you', step: 2 });
    expect(doc.subject).toBe('Great to meet you');
  });
  it('honours a ## Body section only', () => {
    expect(ruleIds(`## Notes\n\n${BLAME}\n\n## Body\n\nThanks for the Acme quote.`)).not.toContain('blame-for-silence');
  });
});

describe('placeholders are opaque, typed tokens', () => {
  const syntaxes: [string, string][] = [
    ['{{first_name}}', 'person'],
    ['{{ first_name | default: "there" }}', 'person'],
    ['{{{company}}}', 'org'],
    ['{{cf.company}}', 'org'],
    ['*|FNAME|*', 'person'],
    ['{name}', 'person'],
    ['${first_name}', 'person'],
    ['{!Contact.FirstName}', 'person'],
    ['[NAME OF FRIEND]', 'person'],
    ['[event where we met]', 'event'],
    ['[[first_name]]', 'person'],
    ['<Company>', 'org'],
    ['%FIRST_NAME%', 'person'],
    ['%%FirstName_%%', 'person'],
    ['«FirstName»', 'person'],
    ['______', 'generic'],
    ['{{proposal_name}}', 'artifact'],
    ['[one sentence about the specific thing they offered]', 'artifact'],
    ['{{call_date}}', 'date'],
    ['{{job_title}}', 'role'],
    ['{{#if company}}', 'control'],
  ];
  for (const [syntax, kind] of syntaxes) {
    it(`recognises ${syntax} as ${kind}`, () => {
      const found = findPlaceholders(`Hi ${syntax}, thanks.`);
      expect(found.map((p) => [p.start, p.end])).toEqual([[3, 3 + syntax.length]]);
      expect(found[0]?.kind).toBe(kind);
    });
  }
  const notPlaceholders = [
    '[text](https://x.y)',
    '[x]',
    '[ ]',
    '[1]',
    '[^1]',
    '[...]',
    '[sic]',
    '<p>',
    '<br/>',
    '<https://x.y>',
    '<a@b.co>',
    '50%',
    '10%–20%',
    '{"a":1}',
    '{ x: 1 }',
    ':]',
  ];
  for (const text of notPlaceholders) {
    it(`does not treat ${text} as a placeholder`, () => expect(findPlaceholders(`See ${text} here`)).toEqual([]));
  }
  it('never flags the words inside a placeholder', () => {
    expect(ruleIds('Hi {{first_name}}, [sorry to bother you again] is where the apology goes. See invoice #12.')).not.toContain(
      'needless-apology',
    );
  });
  it('infers kinds from snake_case and camelCase names', () => {
    expect(placeholderKind('hiringManagerName')).toBe('person');
    expect(placeholderKind('interview_date')).toBe('date');
  });
});

describe('offsets, lines and columns are exact in UTF-16', () => {
  const cases: [string, string][] = [
    ['emoji', '😀😀 Hi Dana 🎉\n\nYou never replied to my last message.'],
    ['CRLF', 'Hi Dana,\r\n\r\nYou never replied to my last message.\r\n'],
    ['tabs', '\tHi Dana,\n\n\tYou never replied to my last message.'],
    ['lone CR', 'Hi Dana,\r\rYou never replied to my last message.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const f = lint(text, { kind: 'text' }).findings.find((x) => x.ruleId === 'blame-for-silence');
      expect(f).toBeDefined();
      if (!f) return;
      expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
      expect(f.actual).toBe('You never replied');
      const before = text.slice(0, f.start.offset).split(/\r\n|\r|\n/);
      expect(f.start.line).toBe(before.length);
      expect(f.start.column).toBe((before.at(-1) as string).length + 1);
      expect(f.end.column - f.start.column).toBe('You never replied'.length);
    });
  }
});

describe('the masked copy of a message', () => {
  it('is the text itself when nothing needs masking, with lone surrogates as U+FFFD', () => {
    expect(parseDocument('Hi Sam, any news on the draft?', 'text').masked).toBe('Hi Sam, any news on the draft?');
    const masked = parseDocument('Hi \ud800 there, any news?', 'text').masked;
    expect(masked).toBe('Hi \ufffd there, any news?');
  });

  it('keeps every offset when it masks', () => {
    const text = 'See https://example.com/a \udc00 and [NAME] please.';
    const masked = parseDocument(text, 'text').masked;
    expect(masked.length).toBe(text.length);
    expect(masked.indexOf('\ufffd')).toBe(text.indexOf('\udc00'));
    expect(masked).not.toContain('example.com');
  });
});
