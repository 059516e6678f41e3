/**
 * Validates a config object against the config schema (config-schema.ts) with Ajv. The
 * validator is compiled on first use, so linting without a config never pays for it.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { configSchema } from './config-schema.js';

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (validate) return validate;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({ keyword: 'expected', schemaType: 'string' });
  validate = ajv.compile(configSchema);
  return validate;
}

type SchemaNode = {
  expected?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode | SchemaNode[];
};

/** The schema node that describes the value at `path` (keys and indexes). */
function schemaAt(path: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = configSchema as unknown as SchemaNode;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.properties && segment in node.properties) node = node.properties[segment];
    else if (Array.isArray(node.items) && /^\d+$/.test(segment)) node = node.items[Number(segment)];
    else if (node.items && !Array.isArray(node.items)) node = node.items;
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else return undefined;
  }
  return node;
}

function keyOf(path: string[]): string {
  return path.reduce((key, segment) => (/^\d+$/.test(segment) ? `${key}[${segment}]` : key ? `${key}.${segment}` : segment), '');
}

function pathOf(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Checks a config object against the config schema. Returns one problem per line, each
 * naming the key and what was expected; an empty list means the config is valid. Rule ids
 * must be in `knownRules`.
 */
export function configProblems(config: unknown, knownRules: ReadonlySet<string>): string[] {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return ['the config must be an object'];
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = validator();
  if (!check(config)) {
    // The deepest errors first: they say most precisely what is wrong (a value inside a
    // [severity, options] pair fails the pair's `oneOf` too).
    const errors = [...(check.errors ?? [])].sort((a, b) => pathOf(b).length - pathOf(a).length);
    for (const error of errors) {
      let path = pathOf(error);
      let problem: string;
      if (error.keyword === 'additionalProperties') {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        const parent = schemaAt(path);
        const allowed = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
        path = [...path, key];
        problem = `unknown key (expected ${allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0]})`;
      } else {
        problem = `expected ${schemaAt(path)?.expected ?? error.message ?? 'another value'}`;
      }
      const key = keyOf(path);
      // One problem per key, and none above or below a key that already has one.
      const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b === '';
      if ([...seen].some((k) => related(key, k) || related(k, key))) continue;
      seen.add(key);
      problems.push(key ? `"${key}": ${problem}` : problem);
    }
  }
  const rules = (config as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) if (!knownRules.has(id)) problems.push(`"rules.${id}": unknown rule`);
  }
  return problems;
}
