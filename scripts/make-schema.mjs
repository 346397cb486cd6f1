// Writes schema/draftlint.schema.json from the built rules' metadata (npm run build runs it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/src/index.js';
import { configSchema } from '../dist/src/config/schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/draftlint.schema.json', `${JSON.stringify(configSchema(rules), null, 2)}\n`);
