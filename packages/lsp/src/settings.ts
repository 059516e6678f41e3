/**
 * The client's settings under `tactful`: what each key means, its default, and how a value
 * of the wrong shape is handled (reported, then ignored in favour of the last good value).
 */
import type { RuleSetting } from '@tactful/core';
import { DEFAULT_LANGUAGES } from './languages.js';

export interface Settings {
  /** Lint at all. */
  enable: boolean;
  /** Rule overrides in the config file's shape; a config file found for the document wins over them. */
  rules: Record<string, RuleSetting>;
  /** Language ids (or kinds: markdown, plaintext, email) to lint. */
  languages: string[];
  /** Milliseconds to wait after the last edit before linting. */
  debounce: number;
}

export const DEFAULT_DEBOUNCE_MS = 100;
export const MAX_DEBOUNCE_MS = 5_000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  rules: {},
  languages: [...DEFAULT_LANGUAGES],
  debounce: DEFAULT_DEBOUNCE_MS,
});

export interface NormalizedSettings {
  settings: Settings;
  /** One line per key that had a value of the wrong shape (and was left at the base value). */
  problems: string[];
  /** The keys that had a value of the wrong shape. */
  invalid: (keyof Settings)[];
}

/**
 * Reads raw settings (any JSON the client sends) over `base`. Keys that are absent keep the
 * base value; keys with a wrong value keep it too and are named in `problems`. The problems of
 * `rules` come from core (`ruleProblems`, the lines of `configProblems({ rules })`).
 */
export function normalizeSettings(
  raw: unknown,
  base: Readonly<Settings> = DEFAULT_SETTINGS,
  ruleProblems: readonly string[] = [],
): NormalizedSettings {
  const settings: Settings = { ...base, rules: { ...base.rules }, languages: [...base.languages] };
  const problems: string[] = [];
  const invalid: (keyof Settings)[] = [];
  if (raw === undefined || raw === null) return { settings, problems, invalid };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings, problems: ['"tactful": expected an object of settings'], invalid: ['enable', 'rules', 'languages', 'debounce'] };
  const r = raw as Record<string, unknown>;
  const fail = (key: keyof Settings, ...lines: string[]) => {
    invalid.push(key);
    problems.push(...lines);
  };
  if (r.enable !== undefined && r.enable !== null) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else fail('enable', '"tactful.enable": expected true or false');
  }
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules !== 'object' || Array.isArray(r.rules)) fail('rules', '"tactful.rules": expected an object of rule ids');
    else if (ruleProblems.length === 0) settings.rules = { ...(r.rules as Record<string, RuleSetting>) };
    else fail('rules', ...ruleProblems.map((p) => (p.startsWith('"') ? `"tactful.${p.slice(1)}` : `"tactful.rules": ${p}`)));
  }
  if (r.languages !== undefined && r.languages !== null) {
    if (Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')) settings.languages = [...r.languages];
    else fail('languages', '"tactful.languages": expected a list of language ids');
  }
  if (r.debounce !== undefined && r.debounce !== null) {
    if (typeof r.debounce === 'number' && Number.isFinite(r.debounce) && r.debounce >= 0 && r.debounce <= MAX_DEBOUNCE_MS)
      settings.debounce = Math.round(r.debounce);
    else fail('debounce', `"tactful.debounce": expected a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}`);
  }
  return { settings, problems, invalid };
}
