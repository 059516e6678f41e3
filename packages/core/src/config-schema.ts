/**
 * The JSON schema of a Tactful config file (`.tactfulrc.json`, `.tactfulrc.yaml`, the
 * `tactful` key of package.json). It is the one definition of the config's shape: the
 * validator (`configProblems`) compiles it, and the build writes it out as
 * `dist/tactfulrc.schema.json` for editors. Each `expected` says, in words, what a value
 * must be; error messages quote it.
 */

const SEVERITY = ['off', 'info', 'warning', 'error'] as const;
export const CADENCE_PROFILES = ['default', 'phone', 'networking', 'job-application', 'sales-fast'] as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/tactful/tactful/blob/main/packages/core/dist/tactfulrc.schema.json',
  title: 'Tactful configuration',
  description: 'Configuration of Tactful, the tone linter for follow-up messages.',
  type: 'object',
  expected: 'an object with root, rules, allow or cadence',
  properties: {
    $schema: { type: 'string', expected: 'a string (the schema URL)' },
    root: {
      type: 'boolean',
      description: 'Stops the search for config files in parent directories.',
      expected: 'true or false',
    },
    rules: {
      type: 'object',
      description: 'Severity, and options, of each rule by id.',
      expected: 'an object of rule ids',
      additionalProperties: {
        expected: '"off", "info", "warning", "error" or [severity, options]',
        oneOf: [
          { type: 'string', enum: SEVERITY },
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            items: [
              { type: 'string', enum: SEVERITY, expected: '"off", "info", "warning" or "error"' },
              { type: 'object', expected: 'an options object' },
            ],
          },
        ],
      },
    },
    allow: {
      type: 'array',
      description: 'Phrases never to flag, matched case-insensitively as whole words.',
      expected: 'a list of phrases (strings)',
      items: { type: 'string', expected: 'a phrase (a string)' },
    },
    cadence: {
      type: 'object',
      description: 'Sequence and cadence checks (RULES.md §2).',
      expected: 'an object with profile',
      additionalProperties: false,
      properties: {
        profile: {
          type: 'string',
          enum: CADENCE_PROFILES,
          description: 'The cadence profile that sequences are checked against, unless their front matter sets one.',
          expected: `one of ${CADENCE_PROFILES.join(', ')}`,
        },
      },
    },
  },
  additionalProperties: false,
} as const;
