/**
 * One Markdown file holding a whole sequence (RULES.md §2.2 b): message sections under
 * headings such as `## Step 3 — Day 14` or `### Follow-up 2 (day 21)`.
 */
import type { SequenceMessage } from './index.js';

export interface MessageSection {
  /** The section's range in the file, from its heading line to the next section. */
  start: number;
  end: number;
  /** The heading's text, without the `#` marks. */
  title: string;
  step?: number;
  /** The day the heading gives (`Day 14`, `week 2`). */
  day?: number;
}

const TIMING_KEYS = new Set(['day', 'step', 'touch', 'delay', 'wait', 'after']);
const HEADING = /^ {0,3}(#{1,6})[ \t]+([^\r\n]*?)[ \t#]*$/gm;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A heading that names a message of the sequence, with its number. */
const MESSAGE_HEADING = /\b(?:step|touch|follow[- ]?up|email|e-mail|message|day|week|nudge|bump|close|break[- ]?up)\b/i;
const STEP_NUMBER = /\b(?:step|touch)\s*#?\s*(\d{1,3})\b/i;
const DAY_NUMBER = /\b(?:day|d)\s*\+?(\d{1,3})\b/i;
const WEEK_NUMBER = /\bweek\s*(\d{1,2})\b/i;

/** Line starts inside fenced code blocks, where a `#` line is not a heading. */
function fencedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open: { start: number; marker: string } | undefined;
  let at = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const fence = FENCE.exec(line)?.[1];
    if (open) {
      if (fence && fence[0] === open.marker[0] && fence.length >= open.marker.length) {
        out.push([open.start, at + line.length]);
        open = undefined;
      }
    } else if (fence) open = { start: at, marker: fence };
    at += line.length;
  }
  if (open) out.push([open.start, text.length]);
  return out;
}

/**
 * The message sections of a Markdown file: headings of one level that name a step, a day or
 * a follow-up. Fewer than two such headings is not a sequence (an empty list).
 */
export function messageSections(text: string): MessageSection[] {
  const fenced = fencedRanges(text);
  const headings: { start: number; level: number; title: string }[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m !== null; m = HEADING.exec(text)) {
    const at = m.index;
    if (fenced.some(([s, e]) => at >= s && at < e)) continue;
    headings.push({ start: at, level: (m[1] as string).length, title: (m[2] as string).trim() });
  }
  const candidates = headings.filter((h) => MESSAGE_HEADING.test(h.title) && /\d/.test(h.title));
  if (candidates.length < 2) return [];
  // The sections are the headings of the level most of them share; deeper ones belong to a section.
  const level = Math.min(...candidates.map((h) => h.level));
  const own = candidates.filter((h) => h.level === level);
  if (own.length < 2) return [];
  return own.map((h, i) => {
    const next = own[i + 1];
    // A section ends at the next message heading, or at a heading of a higher level.
    const end = next ? next.start : (headings.find((o) => o.start > h.start && o.level < level)?.start ?? text.length);
    const section: MessageSection = { start: h.start, end, title: h.title };
    const step = STEP_NUMBER.exec(h.title)?.[1];
    if (step !== undefined) section.step = Number(step);
    const day = DAY_NUMBER.exec(h.title)?.[1];
    const week = WEEK_NUMBER.exec(h.title)?.[1];
    if (day !== undefined) section.day = Number(day);
    else if (week !== undefined) section.day = Number(week) * 7;
    return section;
  });
}

/**
 * The sections of a file as messages of one sequence. Each message is the whole file with
 * everything outside its section blanked (line breaks kept), so every finding's position is a
 * position in the file; the heading's step and day stand in for front matter, and the file's
 * own front matter (`fileData`) gives the rest.
 */
export function sectionMessages(
  path: string,
  text: string,
  sections: readonly MessageSection[],
  fileData: Readonly<Record<string, unknown>> = {},
): SequenceMessage[] {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  // The file's front matter (channel, profile...) applies to every section; timing is each section's own.
  const shared = Object.fromEntries(Object.entries(fileData).filter(([k]) => !TIMING_KEYS.has(k)));
  return sections.map((section) => {
    const data: Record<string, unknown> = { ...shared };
    if (section.step !== undefined) data.step = section.step;
    if (section.day !== undefined) data.day = section.day;
    return {
      path,
      name: `"${section.title}"`,
      text: blank(text.slice(0, section.start)) + text.slice(section.start, section.end) + blank(text.slice(section.end)),
      kind: 'markdown',
      data,
    };
  });
}
