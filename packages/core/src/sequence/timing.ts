/** Offsets and order of sequence steps (RULES.md §2.2): front matter values and file names. */

export type Offset = { days: number } | { error: string };

const UNITS: [RegExp, number][] = [
  [/^(?:d|day|days)$/, 1],
  [/^(?:w|wk|wks|week|weeks)$/, 7],
  [/^(?:m|mo|month|months)$/, 30],
  [/^(?:h|hr|hrs|hour|hours)$/, 1 / 24],
];

/**
 * Reads an offset in days: `7`, `+7`, `"7d"`, `"1w"`, `"2 weeks"`, `"3 business days"`.
 * Business days become calendar days (× 7/5, rounded) unless `businessDays` is set.
 */
export function parseOffset(value: unknown, businessDays = false): Offset | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { days: value } : { error: `"${value}" is not a number of days` };
  if (typeof value !== 'string') return { error: `expected a number of days, got ${JSON.stringify(value)}` };
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(business|working)?\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return { error: `"${value}" is not an offset (expected 7, "7d", "1w", "2 weeks" or "3 business days")` };
  const n = Number(m[1]);
  const unitWord = (m[3] ?? '').toLowerCase();
  if (m[2]) {
    if (unitWord && !/^(?:d|day|days)$/.test(unitWord)) return { error: `"${value}" is not an offset` };
    return { days: businessDays ? n : Math.round((n * 7) / 5) };
  }
  if (!unitWord) return { days: n };
  for (const [re, factor] of UNITS) if (re.test(unitWord)) return { days: n * factor };
  return { error: `"${value}" has an unknown unit "${m[3]}" (expected days, weeks or months)` };
}

/** The number a file name starts with (`01-intro.md`, `1_hello.txt`, `step-2.md`). */
export function filePrefixNumber(name: string): number | undefined {
  const m = /^(?:step|touch)?[-_ ]?(\d{1,4})(?=[-_. ]|$)/i.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** A day given by a file name: `day-07`, `d14`, `week-2` (14), `month-1` (30). */
export function fileDay(name: string): number | undefined {
  const m = /(?:^|[-_. ])(day|d|week|wk|month)[-_ ]?(\d{1,3})(?=[-_. ]|$)/i.exec(name);
  if (!m) return undefined;
  const n = Number(m[2]);
  const unit = (m[1] as string).toLowerCase();
  return unit === 'week' || unit === 'wk' ? n * 7 : unit === 'month' ? n * 30 : n;
}

/** Natural order of file names: `2-a` before `10-b`. */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
