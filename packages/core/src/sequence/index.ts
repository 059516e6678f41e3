/**
 * Sequence and cadence checks (RULES.md §2): given the messages of one sequence in order,
 * reads each step's timing, channel and type from its front matter (or file name), picks
 * the cadence profile, and reports the `seq-*` checks at the step's file, on the front
 * matter line that the finding is about.
 */

import { classify } from '../classify.js';
import { resolveRule } from '../config.js';
import { CADENCE_PROFILES } from '../config-schema.js';
import { buildSentences } from '../engine.js';
import { inferKind, type ParsedDocument, parseDocument } from '../parse/document.js';
import { findGreeting } from '../parse/email.js';
import type { Sentence } from '../rule.js';
import { normalize } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import { LineIndex } from '../text/positions.js';
import type { CadenceProfile, Config, Finding, MessageType, Severity, TextKind } from '../types.js';
import { VOCAB } from '../vocab.js';
import { CADENCE_CHECKS, type CadenceCheckId, cadenceDocsUrl } from './checks.js';
import { ACKNOWLEDGEMENTS, CLOSE_MARKERS, GROUP_GREETING, OPT_OUTS } from './phrases.js';
import { fileDay, filePrefixNumber, parseOffset } from './timing.js';

export { CADENCE_CHECKS, type CadenceCheck, type CadenceCheckId, cadenceDocsUrl } from './checks.js';
export { type MessageSection, messageSections, sectionMessages } from './sections.js';

/** One message of a sequence. */
export interface SequenceMessage {
  path: string;
  text: string;
  kind?: TextKind;
  /** How findings name the message (default: its file name). */
  name?: string;
  /** Front-matter values the text itself does not carry (a section heading's step and day); the text's own front matter wins. */
  data?: Record<string, unknown>;
}

export interface SequenceOptions {
  config?: Config;
  /** The cadence profile; front matter `profile:` in a step wins, then `config.cadence.profile`. */
  profile?: CadenceProfile;
}

/** The cadence findings of one file of the sequence (possibly none). */
export interface SequenceFileResult {
  path: string;
  findings: Finding[];
}

const closeMarker = compilePatterns(CLOSE_MARKERS, VOCAB);
const optOut = compilePatterns(OPT_OUTS, VOCAB);
const acknowledgement = compilePatterns(ACKNOWLEDGEMENTS, VOCAB);

type Channel = string;

interface Step {
  index: number;
  path: string;
  name: string;
  text: string;
  document: ParsedDocument;
  data: Record<string, unknown>;
  lines: LineIndex;
  type: MessageType;
  /** Cumulative day from day 0, when known. */
  day?: number;
  /** Where the day came from: a front matter key, or the file name. */
  dayKey?: string;
  step?: number;
  prefix?: number;
  channel: Channel;
  anchor: 'send' | 'meeting';
  subject?: string;
  isClose: boolean;
  /** The step's offset could not be read (reported as seq-structure). */
  offsetError?: boolean;
  sentences: Sentence[];
}

interface ProfileRules {
  /** Minimum days before the first follow-up, and between later ones (same channel). */
  firstMin: number;
  laterMin: number;
  /** From which follow-up number `lateMin` applies instead of `laterMin`. */
  lateFrom?: number;
  lateMin?: number;
  /** Follow-ups allowed before a close is required (undefined: not capped). */
  cap?: number;
}

const PROFILES: Record<CadenceProfile, ProfileRules> = {
  default: { firstMin: 5, laterMin: 5, cap: 5 },
  phone: { firstMin: 3, laterMin: 3, cap: 4 },
  networking: { firstMin: 21, laterMin: 21 },
  'job-application': { firstMin: 7, laterMin: 7, cap: 3 },
  'sales-fast': { firstMin: 2, laterMin: 3, lateFrom: 5, lateMin: 7, cap: 8 },
};
const PHONE: ProfileRules = PROFILES.phone;

const CHANNELS: Record<string, Channel> = {
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  phone: 'phone',
  call: 'phone',
  voicemail: 'phone',
  linkedin: 'linkedin',
  letter: 'letter',
  postal: 'letter',
  sms: 'sms',
  text: 'sms',
};

const META = new Map<string, (typeof CADENCE_CHECKS)[number]>(CADENCE_CHECKS.map((c) => [c.id, c]));

/** Lints one sequence: the messages in order; returns the cadence findings of each path, in the same order. */
export function lintSequence(messages: readonly SequenceMessage[], options: SequenceOptions = {}): SequenceFileResult[] {
  const results: SequenceFileResult[] = messages.map((m) => ({ path: m.path, findings: [] }));
  const steps = messages.map((m, i) => readStep(m, i));
  const config = options.config;
  const report = (step: Step, id: CadenceCheckId, message: string, key?: string, severity?: Severity) => {
    const configured = resolveRule(config, id).severity;
    if (configured === 'off') return;
    const result = results[step.index] as SequenceFileResult;
    // One finding per check and file.
    if (result.findings.some((f) => f.ruleId === id)) return;
    const span = lineOf(step, key);
    result.findings.push({
      ruleId: id,
      category: 'cadence',
      severity: configured ?? severity ?? (META.get(id)?.defaultSeverity as Severity),
      message,
      start: step.lines.position(span.start),
      end: step.lines.position(span.end),
      actual: step.text.slice(span.start, span.end),
      suggestions: [],
      url: cadenceDocsUrl(id),
    });
  };

  const profile = chooseProfile(steps, options);
  const rules = PROFILES[profile];

  // Thread mode (§2.6): a follow-up to a recipient who already declined.
  for (const step of steps) checkOptOut(step, report);

  if (steps.length < 2) {
    for (const f of results) f.findings.sort(byPosition);
    return results;
  }

  checkStructure(steps, report);

  const timed = steps.filter((s) => s.day !== undefined);
  if (timed.length === 0) {
    report(
      steps[0] as Step,
      'seq-no-timing',
      `No step of this ${steps.length}-step sequence gives a day, so its cadence cannot be checked: add \`day:\` to the front matter.`,
    );
  } else {
    for (const s of steps) {
      if (s.day === undefined && !s.offsetError)
        report(s, 'seq-no-timing', `${s.name} gives no day, so its cadence cannot be checked: add \`day:\` to the front matter.`);
    }
  }

  const day0 = Math.min(...timed.map((s) => s.day as number));
  const followUpNumber = (s: Step) => steps.indexOf(s); // step 1 is the first message

  // Intervals within each channel.
  const byChannel = new Map<Channel, Step[]>();
  for (const s of timed) byChannel.set(s.channel, [...(byChannel.get(s.channel) ?? []), s]);
  const daily = new Set<Step>();
  for (const [channel, list] of byChannel) {
    const channelRules = channel === 'phone' ? PHONE : rules;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as Step;
      const cur = list[i] as Step;
      const gap = (cur.day as number) - (prev.day as number);
      if (gap < 0) continue; // seq-structure
      if (gap <= 1 && !exemptPair(prev, cur)) {
        daily.add(cur);
        report(
          cur,
          'seq-daily-cadence',
          `${cur.name} is ${dayWord(gap)} after ${prev.name} on ${channel}: never follow up daily; ${channel === 'phone' ? 'call every 3–4 days' : 'wait about a week'}.`,
          cur.dayKey,
        );
        continue;
      }
      const n = followUpNumber(cur);
      const min =
        i === 1 && prev === steps[0]
          ? channelRules.firstMin
          : channelRules.lateFrom && n >= channelRules.lateFrom
            ? (channelRules.lateMin ?? 0)
            : channelRules.laterMin;
      if (gap < min && !(profile === 'networking' && cur.type === 'thank-you')) {
        report(
          cur,
          'seq-too-soon',
          `${cur.name} comes ${dayWord(gap)} after ${prev.name} on ${channel}; the ${channel === 'phone' ? 'phone' : profile} profile waits at least ${min} days.`,
          cur.dayKey,
        );
      }
    }
  }
  // Three or more touches on any channels within three days.
  for (let i = 2; i < timed.length; i++) {
    const first = timed[i - 2] as Step;
    const cur = timed[i] as Step;
    const window = timed.slice(i - 2, i + 1);
    if ((cur.day as number) - (first.day as number) <= 3 && !window.some((s, k) => k > 0 && exemptPair(window[k - 1] as Step, s))) {
      if (!daily.has(cur)) {
        report(
          cur,
          'seq-daily-cadence',
          `${window.map((s) => s.name).join(', ')} are three touches within ${dayWord((cur.day as number) - (first.day as number))}: space them out.`,
          cur.dayKey,
        );
      }
    }
  }

  const emailFollowUps = (byChannel.get('email') ?? []).filter((s) => s !== steps[0] && s.type !== 'thank-you');
  if (profile === 'default') {
    const first = emailFollowUps[0];
    if (first && (first.day as number) - day0 > 14) {
      report(
        first,
        'seq-first-follow-up-late',
        `${first.name}, the first follow-up, comes on day ${(first.day as number) - day0}: after two weeks they may have forgotten you; follow up after about a week.`,
        first.dayKey,
      );
    }
    // More than three consecutive ~weekly follow-ups without stretching to ~2 weeks.
    const emails = byChannel.get('email') ?? [];
    let run = 0;
    for (let i = 1; i < emails.length; i++) {
      const gap = (emails[i]?.day as number) - (emails[i - 1]?.day as number);
      run = gap >= 5 && gap <= 10 ? run + 1 : 0;
      if (run === 4) {
        const cur = emails[i] as Step;
        report(
          cur,
          'seq-no-taper',
          `${cur.name} is the fourth weekly follow-up in a row: after three, stretch the interval to every couple of weeks.`,
          cur.dayKey,
        );
      }
    }
  }

  // Caps and closes.
  const followUps = steps.slice(1);
  const closes = followUps.filter((s) => s.isClose);
  const last = steps.at(-1) as Step;
  if (closes.length === 0 || profile === 'sales-fast') {
    // Follow-ups (calls for `phone`, every touch for `sales-fast`) allowed before a close is due.
    const counted = profile === 'phone' ? steps.filter((s) => s.channel === 'phone') : profile === 'sales-fast' ? steps : followUps;
    const cap = profile === 'phone' ? 4 : rules.cap;
    const noun = profile === 'phone' ? 'calls' : profile === 'sales-fast' ? 'touches' : 'follow-ups';
    if (cap !== undefined && counted.length > cap) {
      const at = counted[cap] as Step;
      const severity: Severity = profile === 'phone' && counted.length < 7 ? 'info' : 'warning';
      report(
        at,
        'seq-too-many-touches',
        `${at.name} makes ${counted.length} ${noun}${closes.length === 0 ? ' with no closing step' : ''} (the ${profile} profile allows about ${cap}): after a few unanswered follow-ups, ask whether to stop.`,
        at.dayKey,
        severity,
      );
    }
  }
  // A long sequence must end with a graceful exit (sales-fast sequences are short bursts: from 5 follow-ups).
  if (followUps.length >= (profile === 'sales-fast' ? 5 : 3) && profile !== 'networking' && !last.isClose) {
    report(
      last,
      'seq-missing-close',
      `${last.name}, the last of ${followUps.length} follow-ups, gives no graceful exit: ask whether to stop ("Just let me know if you'd prefer I stop following up").`,
    );
  }
  if (profile === 'default' || profile === 'phone') {
    for (const s of closes) {
      const n = followUpNumber(s);
      if (n >= 1 && n <= 2) {
        report(
          s,
          'seq-close-too-early',
          `${s.name} offers to close at follow-up #${n}: a couple more follow-ups are fine before asking whether to stop.`,
          keyIn(s, ['type', 'kind']),
        );
      }
    }
  }

  // Thank-you notes and networking.
  for (const s of steps) {
    if (s.type !== 'thank-you') continue;
    const meeting = s.anchor === 'meeting' || profile === 'networking';
    if (meeting && s.day !== undefined && s.day > 1 && s.anchor === 'meeting') {
      report(
        s,
        'seq-thank-you-late',
        `${s.name} thanks them on day ${s.day} after the meeting: send a thank-you the same day, or the next at the latest.`,
        s.dayKey,
      );
    }
    if (greetsGroup(s)) {
      report(s, 'seq-group-thank-you', `${s.name} thanks several people in one note: send each person a separate, personal note.`);
    }
  }
  if (profile === 'networking') {
    const thankYou = timed.find((s) => s.type === 'thank-you');
    if (thankYou) {
      const from = (thankYou.day as number) + 21;
      const to = (thankYou.day as number) + 45;
      if (!timed.some((s) => (s.day as number) >= from && (s.day as number) <= to)) {
        report(
          thankYou,
          'seq-missing-check-in',
          `Nothing follows ${thankYou.name} between day ${from} and day ${to}: plan a check-in about a month later that says how their advice helped.`,
          thankYou.dayKey,
        );
      }
    }
  }

  // Content.
  const seen = new Set<string>();
  let previous: Set<string> | undefined;
  steps.forEach((s, i) => {
    const words = contentWords(s);
    if (i >= 1 && s.type !== 'thank-you' && !s.isClose) {
      if (previous && previous.size > 0 && jaccard(words, previous) > 0.8) {
        report(
          s,
          'seq-repeated-content',
          `${s.name} repeats ${steps[i - 1]?.name}: bring something new each time (a link, a result, a specific question).`,
        );
      } else if (i >= 2 && words.size > 0 && [...words].every((w) => seen.has(w))) {
        report(s, 'seq-repeated-content', `${s.name} says nothing that earlier steps did not: add a new anchor, link or resource.`);
      }
    }
    for (const w of words) seen.add(w);
    previous = words;
  });

  // Channels and timing.
  if (steps.length > 4 && new Set(steps.map((s) => s.channel)).size === 1) {
    const when = steps.map((s) => `${s.data.weekday ?? ''}|${s.data.send_time ?? ''}`);
    if (when.every((w) => w !== '|') && new Set(when).size === 1) {
      report(
        steps[0] as Step,
        'seq-single-channel',
        `All ${steps.length} steps go by ${steps[0]?.channel} on the same day and time: vary the weekday and time, or try a call.`,
        keyIn(steps[0] as Step, ['channel', 'weekday', 'send_time']),
      );
    }
  }
  const automated = steps.some((s) => ['send_time', 'weekday', 'automated', 'auto', 'send_at'].some((k) => s.data[k] !== undefined));
  const stops = steps.some((s) => /\b(?:reply|opt[_-]?out)\b/i.test(String(s.data.stop_on ?? '')));
  if (automated && !stops) {
    report(
      steps[0] as Step,
      'seq-no-stop-condition',
      'This automated sequence has no `stop_on: reply` or `stop_on: opt_out`: it could keep sending after a "no".',
      keyIn(steps[0] as Step, ['send_time', 'weekday', 'automated', 'auto', 'send_at']),
    );
  }

  // Subjects.
  for (const s of steps) {
    if ((s === steps[0] || s.type === 'initial') && s.subject && /^\s*(?:re|fwd?|fw)\s*:/i.test(s.subject)) {
      report(
        s,
        'seq-fake-reply-subject',
        `${s.name} is a first message, but its subject "${s.subject}" pretends to reply to or forward an earlier one.`,
        s.data.subject !== undefined ? 'subject' : 'Subject:',
      );
    }
  }

  for (const f of results) f.findings.sort(byPosition);
  return results;
}

function byPosition(a: Finding, b: Finding): number {
  return a.start.offset - b.start.offset || a.ruleId.localeCompare(b.ruleId);
}

function dayWord(n: number): string {
  return n === 0 ? 'the same day' : `${n} day${n === 1 ? '' : 's'}`;
}

function readStep(message: SequenceMessage, index: number): Step {
  const kind = message.kind ?? inferKind(message.path);
  const text = message.text.charCodeAt(0) === 0xfeff ? ` ${message.text.slice(1)}` : message.text;
  const document = parseDocument(text, kind);
  const data = { ...message.data, ...document.frontMatter?.data };
  const name = message.name ?? message.path.split(/[\\/]/).pop() ?? message.path;
  const sentences = buildSentences(document);
  const stepValue = integer(data.step ?? data.touch);
  const classification = classify({ document, sentences, fileName: message.path, ...(stepValue !== undefined ? { step: stepValue } : {}) });
  const channel =
    CHANNELS[
      String(data.channel ?? 'email')
        .toLowerCase()
        .trim()
    ] ?? String(data.channel).toLowerCase().trim();
  const typeWord = String(data.type ?? data.kind ?? '').toLowerCase();
  const isClose =
    classification.type === 'close' ||
    /^(?:close|closing|break-?up|final)$/.test(typeWord) ||
    sentences.some((s) => {
      closeMarker.lastIndex = 0;
      return closeMarker.test(s.norm.text);
    });
  const step: Step = {
    index,
    path: message.path,
    name,
    text,
    document,
    data,
    lines: new LineIndex(text),
    type: classification.type,
    channel,
    anchor: String(data.anchor ?? '').toLowerCase() === 'meeting' ? 'meeting' : 'send',
    isClose,
    sentences,
  };
  if (stepValue !== undefined) step.step = stepValue;
  const prefix = filePrefixNumber(name);
  if (prefix !== undefined) step.prefix = prefix;
  if (document.subject !== undefined) step.subject = document.subject;
  return step;
}

function integer(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

type Report = (step: Step, id: CadenceCheckId, message: string, key?: string, severity?: Severity) => void;

/** Days, order, duplicates and gaps (seq-structure); fills in each step's cumulative day. */
function checkStructure(steps: Step[], report: Report): void {
  const businessDays = steps.some((s) => s.data.business_days === true);
  let previousDay: number | undefined;
  let previousStep: Step | undefined;
  for (const s of steps) {
    const dayKey = ['day'].find((k) => s.data[k] !== undefined);
    const delayKey = ['delay', 'wait', 'after'].find((k) => s.data[k] !== undefined);
    if (dayKey) {
      const offset = parseOffset(s.data[dayKey], businessDays);
      if (offset && 'error' in offset) {
        s.offsetError = true;
        report(s, 'seq-structure', `${s.name}: \`${dayKey}:\` ${offset.error}.`, dayKey);
      } else if (offset) {
        s.day = offset.days;
        s.dayKey = dayKey;
      }
    } else if (delayKey) {
      const offset = parseOffset(s.data[delayKey], businessDays);
      if (offset && 'error' in offset) {
        s.offsetError = true;
        report(s, 'seq-structure', `${s.name}: \`${delayKey}:\` ${offset.error}.`, delayKey);
      } else if (offset) {
        s.day = (previousDay ?? 0) + offset.days;
        s.dayKey = delayKey;
      }
    } else {
      const fromName = fileDay(s.name);
      if (fromName !== undefined) {
        s.day = fromName;
        s.dayKey = undefined;
      }
    }
    if (s.day !== undefined) {
      if (s.day < 0) {
        report(s, 'seq-structure', `${s.name} falls on day ${s.day}, before the first message.`, s.dayKey);
      } else if (previousDay !== undefined && s.day < previousDay && previousStep) {
        report(
          s,
          'seq-structure',
          `${s.name} (day ${s.day}) comes after ${previousStep.name} (day ${previousDay}): the steps are out of order.`,
          s.dayKey,
        );
      }
      previousDay = s.day;
      previousStep = s;
    }
  }
  // Step numbers: duplicates, order, gaps.
  const numbered = steps.filter((s) => s.step !== undefined);
  for (let i = 1; i < numbered.length; i++) {
    const prev = numbered[i - 1] as Step;
    const cur = numbered[i] as Step;
    const key = keyIn(cur, ['step', 'touch']);
    if (cur.step === prev.step) report(cur, 'seq-structure', `${cur.name} and ${prev.name} are both step ${cur.step}.`, key);
    else if ((cur.step as number) < (prev.step as number))
      report(
        cur,
        'seq-structure',
        `${cur.name} (step ${cur.step}) comes after ${prev.name} (step ${prev.step}): the steps are out of order.`,
        key,
      );
    else if ((cur.step as number) > (prev.step as number) + 1)
      report(cur, 'seq-structure', `${cur.name} is step ${cur.step}, but step ${(prev.step as number) + 1} is missing.`, key, 'info');
  }
  if (numbered.length === 0) {
    const prefixed = steps.filter((s) => s.prefix !== undefined);
    for (let i = 1; i < prefixed.length; i++) {
      const prev = prefixed[i - 1] as Step;
      const cur = prefixed[i] as Step;
      if ((cur.prefix as number) > (prev.prefix as number) + 1) {
        report(
          cur,
          'seq-structure',
          `${cur.name} follows ${prev.name}: number ${(prev.prefix as number) + 1} is missing.`,
          undefined,
          'info',
        );
      } else if (cur.prefix === prev.prefix) {
        report(cur, 'seq-structure', `${cur.name} and ${prev.name} have the same number.`);
      }
    }
  }
}

function chooseProfile(steps: Step[], options: SequenceOptions): CadenceProfile {
  const isProfile = (v: unknown): v is CadenceProfile => typeof v === 'string' && (CADENCE_PROFILES as readonly string[]).includes(v);
  for (const s of steps) {
    const value = s.data.profile ?? (s.data.cadence as { profile?: unknown } | undefined)?.profile;
    if (isProfile(value)) return value;
    if (String(s.data.context ?? '').toLowerCase() === 'job-application') return 'job-application';
  }
  const configured = options.profile ?? options.config?.cadence?.profile;
  if (configured && configured !== 'default') return configured;
  const first = steps[0];
  if (first && (first.type === 'thank-you' || first.anchor === 'meeting')) return 'networking';
  const phone = steps.filter((s) => s.channel === 'phone').length;
  if (steps.length > 0 && (first?.channel === 'phone' || phone * 2 > steps.length)) return 'phone';
  return 'default';
}

/** A thank-you and a LinkedIn invite on the same day (S004 pairs them), or a meeting's same-day thank-you. */
function exemptPair(a: Step, b: Step): boolean {
  const pair = new Set([a.channel, b.channel]);
  if ((a.type === 'thank-you' || b.type === 'thank-you') && pair.has('linkedin') && a.channel !== b.channel) return true;
  return false;
}

function greetsGroup(s: Step): boolean {
  const body = s.document.masked.slice(s.document.frontMatter?.end ?? 0);
  const greeting = findGreeting(body);
  const line = greeting
    ? s.text.slice(greeting.start + (s.document.frontMatter?.end ?? 0), greeting.end + (s.document.frontMatter?.end ?? 0))
    : '';
  if (GROUP_GREETING.test(line) || GROUP_GREETING.test(body.trimStart().split('\n')[0] ?? '')) return true;
  const start = (s.document.frontMatter?.end ?? 0) + (greeting?.start ?? 0);
  const end = (s.document.frontMatter?.end ?? 0) + (greeting?.end ?? 0);
  return s.document.placeholders.filter((p) => p.kind === 'person' && p.start >= start && p.end <= end).length >= 2;
}

function checkOptOut(step: Step, report: Report): void {
  const condition = String(step.data.if ?? step.data.condition ?? step.data.when ?? '').toLowerCase();
  const followUp = step.type === 'follow-up' || step.type === 'initial';
  if (/\b(?:declined|opted[_ -]?out|unsubscribed|not[_ -]interested|said[_ -]no|rejected)\b/.test(condition) && followUp && !step.isClose) {
    report(
      step,
      'seq-after-opt-out',
      `${step.name} follows up after the recipient declined (\`${keyIn(step, ['if', 'condition', 'when'])}: ${condition}\`): acknowledge their answer and stop.`,
      keyIn(step, ['if', 'condition', 'when']),
    );
    return;
  }
  if (step.isClose || step.document.quoted.length === 0) return;
  // An answer that acknowledges their "no" is what should be sent.
  if (
    step.sentences.some((s) => {
      acknowledgement.lastIndex = 0;
      return acknowledgement.test(s.norm.text);
    })
  )
    return;
  for (const span of step.document.quoted) {
    const quoted = step.text.slice(span.start, span.end).replace(/^[ \t]*>+[ \t]?/gm, '');
    optOut.lastIndex = 0;
    if (optOut.test(normalize(quoted).text)) {
      report(
        step,
        'seq-after-opt-out',
        `${step.name} follows up although the quoted reply declines or asks to stop: acknowledge it and stop.`,
      );
      return;
    }
  }
}

const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have hi hello hey i if in is it its just me my of on or our so that the their them they this to was we were will with you your yours dear thanks thank best regards would could can do did not no yes any'.split(
    ' ',
  ),
);

/** The content words of a step's prose: no placeholders, greeting, signature or stop words. */
function contentWords(s: Step): Set<string> {
  const words = new Set<string>();
  const greeting = findGreeting(s.document.masked);
  for (const sentence of s.sentences) {
    if (greeting && sentence.start < greeting.end && sentence.end > greeting.start) continue;
    for (const token of sentence.norm.text.split(' ')) {
      if (/^[\p{L}][\p{L}'-]*$/u.test(token) && !/^x+$/.test(token) && !STOP_WORDS.has(token)) words.add(token);
    }
  }
  return words;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 1 : both / union;
}

/** The first of `keys` that the step's front matter sets. */
function keyIn(s: Step, keys: string[]): string | undefined {
  return keys.find((k) => s.data[k] !== undefined);
}

/** The span of the front matter line of `key` (or a `Subject:` line), else the file's first line. */
function lineOf(s: Step, key: string | undefined): { start: number; end: number } {
  const fm = s.document.frontMatter;
  const search = (re: RegExp, from: number, to: number) => {
    re.lastIndex = from;
    const m = re.exec(s.text);
    return m && m.index < to ? { start: m.index, end: m.index + m[0].replace(/\s+$/, '').length } : undefined;
  };
  if (key === 'Subject:') {
    const found = search(/^[ \t]*Subject:[^\r\n]*/gim, fm?.end ?? 0, s.text.length);
    if (found) return found;
  } else if (key && fm) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = search(new RegExp(`^[ \\t]*${escaped}[ \\t]*[:=][^\\r\\n]*`, 'gm'), fm.start, fm.end);
    if (found) return found;
  }
  // The step's own line (`step:` or `day:`), else the whole first non-blank line.
  if (key === undefined && fm) {
    for (const k of ['step', 'touch', 'day', 'delay', 'wait', 'after']) {
      if (s.data[k] === undefined) continue;
      const found = search(new RegExp(`^[ \\t]*${k}[ \\t]*[:=][^\\r\\n]*`, 'gm'), fm.start, fm.end);
      if (found) return found;
    }
  }
  const first = /\S[^\r\n]*/.exec(s.text);
  if (!first) return { start: 0, end: 0 };
  const line = first[0].replace(/\s+$/, '');
  return { start: first.index, end: first.index + line.length };
}
