import type { Config, RuleSetting, Severity, SeveritySetting } from './types.js';

const SEVERITIES = new Set<SeveritySetting>(['off', 'info', 'warning', 'error']);

export interface ResolvedRule {
  severity: SeveritySetting | undefined;
  options: Record<string, unknown>;
}

/** A rule the config says nothing of: shared, since every lint asks for every rule. */
const UNSET: ResolvedRule = Object.freeze({ severity: undefined, options: Object.freeze({}) as Record<string, unknown> });

/** What the config says of one rule: an explicit severity (or none) and its options. */
export function resolveRule(config: Config | undefined, id: string): ResolvedRule {
  const setting: RuleSetting | undefined = config?.rules?.[id];
  if (setting === undefined) return UNSET;
  if (Array.isArray(setting)) {
    const [severity, options] = setting;
    return { severity: SEVERITIES.has(severity) ? severity : undefined, options: options ?? {} };
  }
  return { severity: SEVERITIES.has(setting) ? setting : undefined, options: {} };
}

export function isSeverity(value: unknown): value is Severity {
  return value === 'info' || value === 'warning' || value === 'error';
}
