import type { OptionSpec, Rule } from '../engine/rule.js';

/** One option's schema, from the same declaration the engine validates against. */
function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const common = { description: spec.description, default: spec.default };
  switch (spec.type) {
    case 'number':
      return {
        type: spec.integer ? 'integer' : 'number',
        ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
        ...common,
      };
    case 'string':
      return { type: 'string', ...(spec.enum ? { enum: spec.enum } : {}), ...common };
    case 'boolean':
      return { type: 'boolean', ...common };
    case 'string-array':
      return { type: 'array', items: { type: 'string' }, ...common };
  }
}

/** The JSON Schema of a config file, from the rules' own metadata, so editors complete rule ids and options. */
export function configSchema(rules: Rule[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    rules.map(({ meta }) => {
      const options = {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(meta.options).map(([name, spec]) => [name, optionSchema(spec)])),
      };
      return [
        meta.id,
        {
          description: `${meta.docs.description.en} (${meta.docs.url})`,
          oneOf: [
            { $ref: '#/definitions/severity' },
            {
              type: 'array',
              prefixItems: [{ $ref: '#/definitions/severity' }, options],
              items: false,
              minItems: 1,
              maxItems: 2,
            },
          ],
        },
      ];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'draftlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description:
          'Shared configs this one builds on: a relative file, a package (draftlint-config-<name>), a preset (draftlint:<name>) or plugin:<name>/<config>.',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      plugins: {
        type: 'array',
        items: { type: 'string' },
        description: 'Packages (draftlint-plugin-<name>, or <name>) or local modules (./rules/team.js) that add rules.',
      },
      vocabulary: {
        description: "The team's own words, or the path of a YAML or JSON file holding them.",
        oneOf: [{ type: 'string' }, { $ref: '#/definitions/vocabulary' }],
      },
      rules: { $ref: '#/definitions/rules' },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          required: ['files', 'rules'],
          additionalProperties: false,
          properties: {
            files: {
              oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
              description: 'Globs relative to the config file.',
            },
            rules: { $ref: '#/definitions/rules' },
          },
        },
      },
      ignores: {
        type: 'array',
        items: { type: 'string' },
        description: 'Globs of files not to check, relative to the config file.',
      },
    },
    definitions: {
      severity: { enum: ['off', 'info', 'warn', 'warning', 'error'] },
      // Plugin rules (namespace/name) are checked when the plugin is loaded.
      rules: {
        type: 'object',
        properties: ruleProperties,
        patternProperties: { '^(@[^/]+/)?[^/]+/[^/]+$': {} },
        additionalProperties: false,
      },
      vocabulary: {
        type: 'object',
        additionalProperties: false,
        properties: {
          people: {
            type: 'array',
            description: 'Colleagues: a name (小王, "Sam") or { names, role }.',
            items: {
              oneOf: [
                { type: 'string' },
                {
                  type: 'object',
                  required: ['names'],
                  additionalProperties: false,
                  properties: {
                    names: { type: 'array', items: { type: 'string' }, minItems: 1 },
                    role: { type: 'string' },
                  },
                },
              ],
            },
          },
          places: {
            type: 'array',
            items: { type: 'string' },
            description: "Rooms and places that count as a meeting's where.",
          },
          groups: {
            type: 'array',
            items: { type: 'string' },
            description: 'Addresses and channels that reach many readers.',
          },
          accept: { type: 'array', items: { type: 'string' }, description: 'Phrases no rule reports a word inside.' },
        },
      },
    },
  };
}
