/** Template placeholders (RULES.md §3): found in the raw text, typed by name, never judged as prose. */

export type PlaceholderKind = 'person' | 'org' | 'role' | 'date' | 'event' | 'artifact' | 'generic' | 'control';

export interface Placeholder {
  start: number;
  end: number;
  name: string;
  kind: PlaceholderKind;
}

// Longest delimiters first; each alternative is bounded so scanning stays linear.
const SYNTAXES: { re: RegExp; name: (m: RegExpExecArray) => string }[] = [
  { re: /\{\{\{\s*([^{}\n]{1,80}?)\s*\}\}\}/y, name: (m) => m[1] as string },
  { re: /\{\{\s*([^{}\n]{0,80}?)\s*\}\}/y, name: (m) => m[1] as string },
  { re: /\{%\s*([^%\n]{0,80}?)\s*%\}/y, name: (m) => `%${m[1]}` },
  { re: /\*\|([A-Za-z0-9_:\- ]{1,60})\|\*/y, name: (m) => m[1] as string },
  { re: /\$\{([A-Za-z_][\w.]{0,60})\}/y, name: (m) => m[1] as string },
  { re: /\{!([A-Za-z_][\w.]{0,60})\}/y, name: (m) => m[1] as string },
  { re: /\[\[([A-Za-z_][\w .]{0,60})\]\]/y, name: (m) => m[1] as string },
  { re: /%%([A-Za-z_][\w]{0,60})%%/y, name: (m) => m[1] as string },
  { re: /%([A-Za-z_][A-Za-z0-9_]{0,60})%/y, name: (m) => m[1] as string },
  { re: /«([A-Za-z_][\w ]{0,60})»/y, name: (m) => m[1] as string },
  { re: /\{([A-Za-z_][A-Za-z0-9_ .]{0,39})\}/y, name: (m) => m[1] as string },
  { re: /<([A-Za-z][A-Za-z0-9_ .-]{0,60})>/y, name: (m) => m[1] as string },
  { re: /\[([A-Za-z][^\][\n]{0,120})\](?![([:])/y, name: (m) => m[1] as string },
  { re: /_{3,}/y, name: () => '' },
];

const HTML_TAGS = new Set(
  'a abbr address article aside b bdi bdo blockquote body br button caption cite code col colgroup data dd del details dfn div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main mark meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr center font'.split(
    ' ',
  ),
);
const EDITORIAL = /^(?:\.\.\.|…|sic!?|x| |\d+|\^.*)$/i;

const KIND_WORDS: [PlaceholderKind, RegExp][] = [
  [
    'artifact',
    /\b(?:proposal|quote|estimate|invoice|portfolio|resume|cv|deck|link|url|book|resource|article|case|study|offer|introduction|intro|project|product|topic|pain|point|detail|specific|personal|note|custom|line|insight|recommendation|sentence|thing|ask|item|report|document|doc|file|attachment|order|ticket|amount|price|reference|question|idea|feature|value|benefit)\b/,
  ],
  ['date', /\b(?:date|day|time|when|deadline|month|week|weekday|year|slot)\b/],
  ['event', /\b(?:event|conference|meetup|fair|webinar|panel|summit|expo|workshop|talk|meeting|interview|call)\b/],
  ['role', /\b(?:role|position|job|title|req|requisition|opening|vacancy)\b/],
  [
    'org',
    /\b(?:company|org|organisation|organization|account|employer|client|firm|agency|school|team|business|brand|startup|university|department)\b/,
  ],
  [
    'person',
    /\b(?:name|first|fname|lname|firstname|lastname|last|contact|recipient|recruiter|manager|friend|referrer|colleague|person|him|her|sender|rep|owner|ceo|founder|customer|prospect|lead|user|mutual|connection|who)\b/,
  ],
];

/** Splits a placeholder name into lower-case words: snake_case, camelCase, dots, filters. */
function nameWords(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.|:-]+/g, ' ')
    .toLowerCase();
}

export function placeholderKind(name: string): PlaceholderKind {
  const trimmed = name.trim();
  if (/^(?:[#^/]|else\b|end|%\s*(?:if|else|elsif|endif|for|endfor|unless|endunless|case|when|endcase)\b|IF:|END:|ELSE)/i.test(trimmed)) {
    return 'control';
  }
  // Liquid filters and fallbacks: the kind comes from the variable, not the fallback.
  const words = nameWords(trimmed.split('|')[0] ?? trimmed);
  if (!words.trim()) return 'generic';
  for (const [kind, re] of KIND_WORDS) if (re.test(words)) return kind;
  return 'generic';
}

function accept(text: string, start: number, end: number, name: string, delimiter: string): boolean {
  if (delimiter === '<') {
    const tag = name.trim().split(/[\s/]/)[0]?.toLowerCase() ?? '';
    if (HTML_TAGS.has(tag) && !/[A-Z ]/.test(name.slice(tag.length))) return false;
    // Autolinks and e-mail addresses are not placeholders; neither is a lower-case tag-like word.
    if (/[:@/]/.test(name) || !/[A-Z ]/.test(name)) return false;
  }
  if (delimiter === '[') {
    if (EDITORIAL.test(name)) return false;
    // `[text](url)`, `[text][ref]` and `[ref]: url` are links, handled by the Markdown parser.
    const next = text[end];
    if (next === '(' || next === '[' || next === ':') return false;
    if (text[start - 1] === ']') return false;
  }
  if (delimiter === '{' && !text.startsWith('{{', start) && /[":]/.test(name)) return false;
  return true;
}

/** Finds every placeholder in `text`, left to right, without overlaps. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  const trigger = /[{*$[%«<_]/g;
  for (let t = trigger.exec(text); t !== null; t = trigger.exec(text)) {
    const at = t.index;
    for (const syntax of SYNTAXES) {
      syntax.re.lastIndex = at;
      const m = syntax.re.exec(text);
      if (!m) continue;
      const end = at + m[0].length;
      const name = syntax.name(m);
      if (!accept(text, at, end, name, m[0][0] as string)) continue;
      found.push({ start: at, end, name, kind: placeholderKind(name) });
      trigger.lastIndex = end;
      break;
    }
  }
  return found;
}
