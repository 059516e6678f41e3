import { ruleDocsUrl } from '../docs-url.js';
import type { ParsedDocument } from '../parse/document.js';
import { defineRule } from '../rule.js';
import type { Suggestion } from '../types.js';

/** Salutations that address nobody in particular (RULES.md "Auxiliary checks"). */
const GENERIC =
  /^[^\S\r\n]*((?:dear|hello|hi|hey|greetings|good (?:morning|afternoon|evening))[^\S\r\n]+(?:sir(?:[^\S\r\n]*(?:\/|or)[^\S\r\n]*madam)?|madam|sir\/madam|sirs|hiring (?:manager|team|committee)|recruit(?:er|ing team|ment team)|talent (?:team|acquisition)|there|team|all|friend|colleague|customer|valued customer|client|hr|human resources)|to whom it may concern|dear sir(?:[^\S\r\n]*(?:\/|or)[^\S\r\n]*madam)?)(?=[^\S\r\n]*[,:!.—–-]?[^\S\r\n]*(?:\r?\n|$))/i;
/** Front matter keys that name the recipient. */
const RECIPIENT_KEYS = [
  'to',
  'recipient',
  'recipient_name',
  'name',
  'first_name',
  'firstname',
  'contact',
  'contact_name',
  'hiring_manager',
  'recruiter',
];
/** Person placeholders that stand for the writer, not the reader. */
const WRITER_PLACEHOLDER = /\b(?:sender|my|from|signature|sig|author|me|rep|owner)\b/i;

/** The recipient's name, or a person placeholder for it, when the message shows one. */
function knownRecipient(document: ParsedDocument, salutationEnd: number): string | undefined {
  const fm = document.frontMatter?.data ?? {};
  for (const key of RECIPIENT_KEYS) {
    const value = fm[key];
    if (typeof value === 'string' && /\p{L}/u.test(value) && !/@/.test(value)) return value.trim().split(/\s+/)[0];
  }
  const signature = document.signature ? document.source.slice(document.signature.start, document.signature.end).toLowerCase() : '';
  for (const header of document.quotedHeaders) {
    const first = header.sender.trim().split(/\s+/)[0] ?? '';
    if (/^\p{Lu}\p{Ll}+$/u.test(first) && !signature.includes(first.toLowerCase())) return first;
  }
  const signatureStart = document.signature?.start ?? Number.POSITIVE_INFINITY;
  const person = document.placeholders.find(
    (p) =>
      p.kind === 'person' && p.start >= salutationEnd && p.start < signatureStart && !WRITER_PLACEHOLDER.test(p.name.replace(/_/g, ' ')),
  );
  return person ? document.source.slice(person.start, person.end) : undefined;
}

export default defineRule({
  meta: {
    id: 'generic-salutation',
    category: 'message',
    description: 'Flags "Dear Sir/Madam", "To whom it may concern" and similar salutations when the message shows who the reader is.',
    defaultSeverity: 'info',
    fixable: 'suggest',
    docs: ruleDocsUrl('generic-salutation'),
    appliesTo: ['follow-up', 'thank-you'],
    messages: {
      generic: (d) => `"${d.phrase}" addresses nobody in particular, yet you know who the reader is: greet them by name.`,
    },
  },
  create(context) {
    const { document } = context;
    return {
      message() {
        const bodyStart = document.frontMatter?.end ?? 0;
        const lead = /^\s*/.exec(document.masked.slice(bodyStart))?.[0].length ?? 0;
        const at = bodyStart + lead;
        const m = GENERIC.exec(document.masked.slice(at, at + 200));
        if (!m?.[1]) return;
        const start = at + m[0].length - m[1].length;
        const end = start + m[1].length;
        const name = knownRecipient(document, end);
        if (!name) return;
        const phrase = document.source.slice(start, end);
        const greeting = /^(?:hi|hey|hello)\b/i.test(phrase) ? 'Hi' : 'Dear';
        const suggestions: Suggestion[] = [
          { description: `Greet ${name} by name`, safe: false, edits: [{ start, end, text: `${greeting} ${name}` }] },
        ];
        context.report({ start, end, messageId: 'generic', data: { phrase }, suggestions });
      },
    };
  },
});
