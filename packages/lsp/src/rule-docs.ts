/**
 * The rules' doc pages (packages/core/docs/rules/<id>.md), for hovers. The build embeds them
 * in the bundle, so the server is one self-contained file; run unbundled, it reads them from
 * the installed @tactful/core package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

declare const __TACTFUL_RULE_DOCS__: Record<string, string> | undefined;

export interface RuleDoc {
  /** The first paragraph of "What it flags" (with its list, when the paragraph introduces one). */
  flags?: string;
  /** The first paragraph of "Why". */
  why?: string;
  /** Items of "Better versions". */
  better: string[];
}

const parsed = new Map<string, RuleDoc | null>();

function rawDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  if (typeof __TACTFUL_RULE_DOCS__ !== 'undefined') return __TACTFUL_RULE_DOCS__[id];
  try {
    const corePackage = createRequire(import.meta.url).resolve('@tactful/core/package.json');
    return readFileSync(path.join(path.dirname(corePackage), 'docs', 'rules', `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

export function ruleDoc(id: string): RuleDoc | undefined {
  const cached = parsed.get(id);
  if (cached !== undefined) return cached ?? undefined;
  const raw = rawDoc(id);
  const doc = raw === undefined ? null : parseRuleDoc(raw);
  parsed.set(id, doc);
  return doc ?? undefined;
}

/** Splits a rule page into its fixed sections (CONTRIBUTING.md lists the headings). */
export function parseRuleDoc(markdown: string): RuleDoc {
  const sections = new Map<string, string>();
  const parts = markdown.replace(/\r\n?/g, '\n').split(/^## +/m);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    const heading = (newline < 0 ? part : part.slice(0, newline)).trim().toLowerCase();
    sections.set(heading, newline < 0 ? '' : part.slice(newline + 1).trim());
  }
  const doc: RuleDoc = { better: [] };
  const flags = sections.get('what it flags');
  if (flags) doc.flags = leadParagraph(flags);
  const why = sections.get('why');
  if (why) doc.why = paragraphs(why)[0];
  const better = sections.get('better versions');
  if (better) doc.better = listItems(better);
  return doc;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The first paragraph, and when it ends with a colon, the first three items of the list it introduces. */
function leadParagraph(text: string): string {
  const [first = '', second = ''] = paragraphs(text);
  if (!first.endsWith(':')) return first;
  const items = listItems(second).slice(0, 3);
  return items.length > 0 ? `${first}\n${items.map((i) => `- ${i}`).join('\n')}` : first.replace(/:$/, '.');
}

function listItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (m?.[1]) items.push(m[1].trim());
    else if (items.length > 0 && line.trim() === '') break;
  }
  return items;
}
