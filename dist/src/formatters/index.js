import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
export const formatters = {
    stylish: formatStylish,
    json: formatJson,
    github: formatGithub,
    sarif: formatSarif,
};
