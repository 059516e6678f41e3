import type { Config, RuleSetting, Severity, SeveritySetting } from './types.js';

const SEVERITIES = new Set<SeveritySetting>(['off', 'info', 'warning', 'error']);

export interface ResolvedRule {
  severity: SeveritySetting | undefined;
  options: Record<string, unknown>;
}

/** What the config says of one rule: an explicit severity (or none) and its options. */
export function resolveRule(config: Config | undefined, id: string): ResolvedRule {
  const setting: RuleSetting | undefined = config?.rules?.[id];
  if (setting === undefined) return { severity: undefined, options: {} };
  if (Array.isArray(setting)) {
    const [severity, options] = setting;
    return { severity: SEVERITIES.has(severity) ? severity : undefined, options: options ?? {} };
  }
  return { severity: SEVERITIES.has(setting) ? setting : undefined, options: {} };
}

export function isSeverity(value: unknown): value is Severity {
  return value === 'info' || value === 'warning' || value === 'error';
}

/**
 * Checks a config object's shape. Returns one problem per line, each naming the key and
 * what was expected; an empty list means the config is valid.
 */
export function configProblems(config: unknown, knownRules: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return ['the config must be an object'];
  const c = config as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!['root', 'rules', 'allow', 'cadence', '$schema'].includes(key))
      problems.push(`"${key}": unknown key (expected root, rules, allow or cadence)`);
  }
  if ('root' in c && typeof c.root !== 'boolean') problems.push('"root": expected true or false');
  if ('allow' in c && (!Array.isArray(c.allow) || c.allow.some((a) => typeof a !== 'string')))
    problems.push('"allow": expected a list of phrases (strings)');
  if ('rules' in c) {
    if (!c.rules || typeof c.rules !== 'object' || Array.isArray(c.rules)) problems.push('"rules": expected an object of rule ids');
    else {
      for (const [id, value] of Object.entries(c.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) problems.push(`"rules.${id}": unknown rule`);
        const severity = Array.isArray(value) ? value[0] : value;
        if (!SEVERITIES.has(severity as SeveritySetting))
          problems.push(`"rules.${id}": expected "off", "info", "warning", "error" or [severity, options]`);
        if (Array.isArray(value) && value.length > 1 && (typeof value[1] !== 'object' || value[1] === null || Array.isArray(value[1]))) {
          problems.push(`"rules.${id}[1]": expected an options object`);
        }
      }
    }
  }
  if ('cadence' in c) {
    const cadence = c.cadence as Record<string, unknown> | null;
    const profiles = ['default', 'phone', 'networking', 'job-application', 'sales-fast'];
    if (!cadence || typeof cadence !== 'object' || Array.isArray(cadence)) problems.push('"cadence": expected an object');
    else if ('profile' in cadence && !profiles.includes(cadence.profile as string))
      problems.push(`"cadence.profile": expected one of ${profiles.join(', ')}`);
  }
  return problems;
}
