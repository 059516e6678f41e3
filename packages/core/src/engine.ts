import { nextLint, RecentCache } from './cache.js';
import { classify } from './classify.js';
import { resolveRule } from './config.js';
import { ruleDocsUrl } from './docs-url.js';
import { getNlp, type Nlp } from './nlp.js';
import { type Directive, inferKind, type ParsedDocument, parseDocument } from './parse/document.js';
import { splitSentences } from './parse/sentences.js';
import type { Report, Rule, RuleContext, Sentence } from './rule.js';
import { ruleList } from './rules/index.js';
import { type NormalizedText, normalize } from './text/normalize.js';
import { registerTriggerWords, triggerMaskOf } from './text/pattern.js';
import { LineIndex } from './text/positions.js';
import { splitTrigger } from './text/trigger.js';
import { wordsIn } from './text/words.js';
import { toneReport } from './tone/index.js';
import type { Category, Config, Finding, LintOptions, LintResult, Severity, ToneFactor } from './types.js';

/** Counters for tests and benchmarks: how often the expensive analysis ran. */
export const engineStats = { sentences: 0, nlpCalls: 0 };

const INFO_CAP_PER_RULE = 3;

/**
 * When two rules hit overlapping text, the more specific one wins (RULES.md §6.5): each key
 * suppresses the rules it lists on the spans it covers.
 */
const SUPERSEDES: Readonly<Record<string, readonly string[]>> = {
  'already-told-you': ['honesty-filler'],
  'bitter-close': ['blame-for-silence'],
  ultimatum: ['demand-language'],
  'needless-apology': ['undermining-tag'],
};

/** Fallback rules (RuleMeta.fallback) run last, so they see what the others reported. */
const orderedRules: readonly Rule[] = [...ruleList.filter((r) => !r.meta.fallback), ...ruleList.filter((r) => r.meta.fallback)];

/**
 * Per rule of orderedRules with a trigger, its split (text/trigger.ts): a bit for its
 * single-token words and the expression for the rest. Thirty-one bits fit in a mask; rules past
 * that keep testing their whole trigger.
 */
const splitTriggers: ({ bit: number; rest: RegExp | undefined } | undefined)[] = [];
{
  let bit = 0;
  for (const rule of orderedRules) {
    const split = rule.meta.trigger && bit < 31 ? splitTrigger(rule.meta.trigger) : undefined;
    if (split && split.words.length > 0) {
      registerTriggerWords(split.words, bit);
      splitTriggers.push({ bit: 1 << bit, rest: split.rest });
      bit++;
    } else splitTriggers.push(undefined);
  }
}

/** Whether a rule's trigger matches a normalised sentence. */
function triggered(ruleIndex: number, trigger: RegExp, text: string): boolean {
  const split = splitTriggers[ruleIndex];
  if (!split) {
    trigger.lastIndex = 0;
    return trigger.test(text);
  }
  if ((triggerMaskOf(text) & split.bit) !== 0) return true;
  return split.rest?.test(text) === true;
}

/** Per category, the indexes of the sentences some finding overlaps; sentences are in text order. */
function coveredSentences(raw: readonly RawFinding[], sentences: readonly Sentence[]): Map<Category, Set<number>> {
  const covered = new Map<Category, Set<number>>();
  for (const { rule, report } of raw) {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid] as Sentence).end <= report.start) lo = mid + 1;
      else hi = mid;
    }
    let set = covered.get(rule.meta.category);
    if (!set) {
      set = new Set();
      covered.set(rule.meta.category, set);
    }
    for (let i = lo; i < sentences.length && (sentences[i] as Sentence).start < report.end; i++) set.add((sentences[i] as Sentence).index);
  }
  return covered;
}

interface RawFinding {
  rule: Rule;
  report: Report<string>;
  severity: Severity;
}

/** Checks one message and returns its findings and a summary. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const source = typeof text === 'string' ? text : String(text ?? '');
  nextLint();
  const kind = options.kind ?? inferKind(options.fileName);
  const document = parseDocument(source, kind);
  const sentences = buildSentences(document);
  const classification = classify({
    document,
    sentences,
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    ...(options.type !== undefined ? { type: options.type } : {}),
    ...(options.step !== undefined ? { step: options.step } : {}),
  });

  const nlpCache = new Map<string, ReturnType<Nlp>>();
  const nlp = (sentence: Sentence, start = sentence.start, end = sentence.end): ReturnType<Nlp> => {
    const key = `${start}:${end}`;
    let view = nlpCache.get(key);
    if (!view) {
      engineStats.nlpCalls++;
      view = getNlp()(document.masked.slice(start, end));
      nlpCache.set(key, view);
    }
    return view;
  };

  const raw: RawFinding[] = [];
  // Computed when the first fallback rule runs, after every other rule has reported.
  let covered: Map<Category, Set<number>> | undefined;
  for (let ruleIndex = 0; ruleIndex < orderedRules.length; ruleIndex++) {
    const rule = orderedRules[ruleIndex] as Rule;
    const { severity: configured, options: ruleOptions } = resolveRule(options.config, rule.meta.id);
    if (configured === 'off') continue;
    if (rule.meta.appliesTo && !rule.meta.appliesTo.includes(classification.type)) continue;
    let current: Sentence | undefined;
    // Made on the first report: most rules report nothing on most messages.
    let reportedSentences: Set<number> | undefined;
    const context: RuleContext<string> = {
      options: ruleOptions,
      document,
      classification,
      sentences,
      nlp,
      report(report) {
        if (!(report.end > report.start && report.start >= 0 && report.end <= source.length)) return;
        // One finding per rule and sentence.
        if (current) {
          reportedSentences ??= new Set();
          if (reportedSentences.has(current.index)) return;
          reportedSentences.add(current.index);
        }
        if (rule.meta.fixable === 'none' && report.suggestions?.length) {
          throw new Error(`Rule ${rule.meta.id} offered suggestions but declares fixable: 'none'`);
        }
        if (rule.meta.fixable === 'suggest' && report.suggestions?.some((s) => s.safe)) {
          throw new Error(`Rule ${rule.meta.id} offered a safe fix but declares fixable: 'suggest'`);
        }
        raw.push({ rule, report, severity: configured ?? report.severity ?? rule.meta.defaultSeverity });
      },
    };
    const handlers = rule.create(context);
    if (handlers.sentence) {
      const trigger = rule.meta.trigger;
      for (const sentence of sentences) {
        if (rule.meta.fallback) {
          covered ??= coveredSentences(raw, sentences);
          if (covered.get(rule.meta.category)?.has(sentence.index)) continue;
        }
        if (trigger && !triggered(ruleIndex, trigger, sentence.norm.text)) continue;
        current = sentence;
        handlers.sentence(sentence);
      }
      current = undefined;
    }
    handlers.message?.();
  }

  const findings = finalize(raw, document, options.config);
  return { findings, message: summarize(document, sentences, classification, findings) };
}

/** The sentences of a parsed message, each with its normalised text. */
export function buildSentences(document: ParsedDocument): Sentence[] {
  return splitSentences(document.masked).map((span, index) => {
    engineStats.sentences++;
    return {
      index,
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      text: document.source.slice(span.start, span.end),
      norm: normalizedAt(document.masked, span.start, span.end),
    };
  });
}

/** Normalised sentences by their masked text, with the offset they were normalised at. */
const normalizedCache = new RecentCache<string, { at: number; norm: NormalizedText }>();

function normalizedAt(masked: string, start: number, end: number): NormalizedText {
  const key = masked.slice(start, end);
  const known = normalizedCache.get(key);
  if (known) return known.at === start ? known.norm : shifted(known.norm, start - known.at);
  const norm = normalize(masked, start, end);
  normalizedCache.set(key, { at: start, norm });
  return norm;
}

function shifted(norm: NormalizedText, by: number): NormalizedText {
  const sourceStarts = new Int32Array(norm.sourceStarts);
  const sourceEnds = new Int32Array(norm.sourceEnds);
  for (let i = 0; i < sourceStarts.length; i++) {
    sourceStarts[i] = (sourceStarts[i] as number) + by;
    sourceEnds[i] = (sourceEnds[i] as number) + by;
  }
  return { ...norm, sourceStarts, sourceEnds };
}

function finalize(raw: RawFinding[], document: ParsedDocument, config: Config | undefined): Finding[] {
  const lines = new LineIndex(document.source);
  const disabled = disabledRanges(document.directives, lines, document.source.length);
  const allowed = allowedRanges(document.source, config?.allow ?? []);
  const infoCount = new Map<string, number>();
  const out: Finding[] = [];
  raw.sort((a, b) => a.report.start - b.report.start || a.report.end - b.report.end);
  // Span indexes keep these checks logarithmic, so many findings, directives or allowed
  // phrases do not make a long text quadratic.
  const superseding = spansById(raw.flatMap((g) => (SUPERSEDES[g.rule.meta.id] ?? []).map((id) => ({ id, ...g.report }))));
  const disabledFor = spansById(disabled.flatMap((d) => (d.ids.length === 0 ? [''] : d.ids).map((id) => ({ id, ...d }))));
  const allowedSpans = new Spans(allowed);
  for (const finding of raw) {
    const { rule, report, severity } = finding;
    const id = rule.meta.id;
    if (superseding.get(id)?.overlaps(report.start, report.end)) continue;
    // A directive disables the findings that start inside its range.
    if (disabledFor.get('')?.overlaps(report.start, report.start + 1) || disabledFor.get(id)?.overlaps(report.start, report.start + 1))
      continue;
    if (allowedSpans.overlaps(report.start, report.end)) continue;
    if (severity === 'info') {
      const n = infoCount.get(id) ?? 0;
      if (n >= INFO_CAP_PER_RULE) continue;
      infoCount.set(id, n + 1);
    }
    const messageFn = rule.meta.messages[report.messageId];
    out.push({
      ruleId: id,
      category: rule.meta.category,
      severity,
      message: messageFn ? messageFn(report.data ?? {}) : report.messageId,
      start: lines.position(report.start),
      end: lines.position(report.end),
      actual: document.source.slice(report.start, report.end),
      suggestions: report.suggestions ?? [],
      url: ruleDocsUrl(id),
    });
  }
  return out;
}

/** Spans, queried for overlap in O(log n): sorted starts with the running maximum of the ends. */
class Spans {
  private readonly starts: number[] = [];
  private readonly maxEnds: number[] = [];
  constructor(spans: readonly { start: number; end: number }[]) {
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      this.starts.push(span.start);
      this.maxEnds.push(Math.max(span.end, this.maxEnds.at(-1) ?? Number.NEGATIVE_INFINITY));
    }
  }
  /** Whether some span overlaps [start, end): it starts before `end` and ends after `start`. */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnds[lo - 1] as number) > start;
  }
}

function spansById(spans: readonly { id: string; start: number; end: number }[]): Map<string, Spans> {
  const byId = new Map<string, { start: number; end: number }[]>();
  for (const span of spans) {
    const list = byId.get(span.id);
    if (list) list.push(span);
    else byId.set(span.id, [span]);
  }
  return new Map([...byId].map(([id, list]) => [id, new Spans(list)]));
}

interface DisabledRange {
  ids: string[];
  start: number;
  end: number;
}

/** Turns `tactful-disable`, `-enable` and `-disable-next-line` comments into ranges. */
function disabledRanges(directives: Directive[], lines: LineIndex, length: number): DisabledRange[] {
  const ranges: DisabledRange[] = [];
  const open: { ids: string[]; start: number }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const line = lines.position(d.end).line + 1;
      ranges.push({ ids: d.ids, start: lines.lineStart(line), end: line < lines.lineCount ? lines.lineStart(line + 1) : length });
    } else if (d.kind === 'disable') {
      open.push({ ids: d.ids, start: d.end });
    } else {
      // `enable` with ids closes those; without ids it closes every open range.
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as { ids: string[]; start: number };
        const closes = d.ids.length === 0 ? true : o.ids.length > 0 && o.ids.every((id) => d.ids.includes(id));
        if (closes) {
          ranges.push({ ids: o.ids, start: o.start, end: d.start });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) ranges.push({ ids: o.ids, start: o.start, end: length });
  return ranges;
}

function allowedRanges(source: string, phrases: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(source); m !== null; m = re.exec(source)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

function summarize(
  document: ParsedDocument,
  sentences: Sentence[],
  classification: { type: LintResult['message']['type']; followUp: number },
  findings: Finding[],
): LintResult['message'] {
  const categoryCounts: Partial<Record<Category, number>> = {};
  for (const f of findings) categoryCounts[f.category] = (categoryCounts[f.category] ?? 0) + 1;
  let wordCount = 0;
  let questionCount = 0;
  for (const s of sentences) {
    wordCount += wordsIn(document.masked, s.start, s.end);
    const q = document.masked.indexOf('?', s.start);
    if (q >= 0 && q < s.end) questionCount++;
  }
  const message = {
    type: classification.type,
    followUp: classification.followUp,
    wordCount,
    questionCount,
    categoryCounts,
  } as LintResult['message'];
  // The tone report is worked out on first read: most callers (CI runs, editors between
  // hovers) never look at it, and it costs a pass over every sentence. It sees the findings
  // as they were returned.
  const shown = findings.slice();
  let report: { tone: number; toneFactors: ToneFactor[] } | undefined;
  const settle = (): { tone: number; toneFactors: ToneFactor[] } => {
    report ??= toneReport(document.source, sentences, shown);
    // From now on plain data, so the object behaves like any other once read.
    Object.defineProperties(message, {
      tone: { value: report.tone, enumerable: true, writable: true, configurable: true },
      toneFactors: { value: report.toneFactors, enumerable: true, writable: true, configurable: true },
    });
    return report;
  };
  Object.defineProperties(message, {
    tone: {
      get: () => settle().tone,
      set: (v: number) => {
        settle();
        message.tone = v;
      },
      enumerable: true,
      configurable: true,
    },
    toneFactors: {
      get: () => settle().toneFactors,
      set: (v: ToneFactor[]) => {
        settle();
        message.toneFactors = v;
      },
      enumerable: true,
      configurable: true,
    },
  });
  return message;
}
