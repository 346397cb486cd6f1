// A team's own words, read by every rule and analysis that uses word lists: its people and their roles, the rooms
// and places it meets in, the group addresses that reach many readers, and phrases it accepts.
import { UsageError } from '../input/errors.js';
export const EMPTY_VOCABULARY = { people: [], places: [], groups: [], accept: [] };
const KEYS = ['people', 'places', 'groups', 'accept'];
/** Checks a vocabulary's shape; `where` names it in errors (a config file and key). */
export function validateVocabulary(raw, where) {
    const fail = (key, why) => {
        throw new UsageError(`${where}${key ? `.${key}` : ''}: ${why}`);
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        fail('', 'must be an object with people, places, groups, accept');
    const vocabulary = raw;
    for (const key of Object.keys(vocabulary))
        if (!KEYS.includes(key))
            fail(key, `unknown key (expected ${KEYS.join(', ')})`);
    for (const key of ['places', 'groups', 'accept']) {
        const list = vocabulary[key];
        if (list !== undefined && !(Array.isArray(list) && list.every((v) => typeof v === 'string' && v.trim() !== ''))) {
            fail(key, 'must be a list of words or phrases');
        }
    }
    const people = vocabulary.people;
    if (people !== undefined) {
        if (!Array.isArray(people))
            fail('people', 'must be a list of names, or of { names, role }');
        people.forEach((person, i) => {
            if (typeof person === 'string' && person.trim() !== '')
                return;
            const p = person;
            const names = p && typeof p === 'object' ? p.names : undefined;
            if (!(Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string' && n.trim() !== ''))) {
                fail(`people[${i}]`, 'must be a name, or { names: [..], role }');
            }
            if (p.role !== undefined && typeof p.role !== 'string')
                fail(`people[${i}].role`, 'must be a string');
        });
    }
    return vocabulary;
}
/** Vocabularies merged in order: lists are joined, nothing is lost. */
export function mergeVocabularies(...vocabularies) {
    const merged = { people: [], places: [], groups: [], accept: [] };
    for (const vocabulary of vocabularies) {
        if (!vocabulary)
            continue;
        for (const person of vocabulary.people ?? []) {
            merged.people.push(typeof person === 'string' ? { names: [person] } : { names: person.names, role: person.role });
        }
        merged.places.push(...(vocabulary.places ?? []));
        merged.groups.push(...(vocabulary.groups ?? []));
        merged.accept.push(...(vocabulary.accept ?? []));
    }
    return merged;
}
