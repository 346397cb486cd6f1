const OPTION_TYPES = { number: { type: 'number' }, boolean: { type: 'boolean' }, string: { type: 'string' }, 'string-array': { type: 'array', items: { type: 'string' } } };
/** The JSON Schema of a config file, from the rules' own metadata, so editors complete rule ids and options. */
export function configSchema(rules) {
    const ruleProperties = Object.fromEntries(rules.map(({ meta }) => {
        const options = {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(Object.entries(meta.options).map(([name, spec]) => [name, { ...OPTION_TYPES[spec.type], description: spec.description, default: spec.default }])),
        };
        return [
            meta.id,
            {
                description: `${meta.docs.description.en} (${meta.docs.url})`,
                oneOf: [{ $ref: '#/definitions/severity' }, { type: 'array', prefixItems: [{ $ref: '#/definitions/severity' }, options], items: false, minItems: 1, maxItems: 2 }],
            },
        ];
    }));
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'draftlint configuration',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            rules: { $ref: '#/definitions/rules' },
            overrides: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['files', 'rules'],
                    additionalProperties: false,
                    properties: {
                        files: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'Globs relative to the config file.' },
                        rules: { $ref: '#/definitions/rules' },
                    },
                },
            },
            ignores: { type: 'array', items: { type: 'string' }, description: 'Globs of files not to check, relative to the config file.' },
        },
        definitions: {
            severity: { enum: ['off', 'info', 'warn', 'warning', 'error'] },
            rules: { type: 'object', additionalProperties: false, properties: ruleProperties },
        },
    };
}
