// A team's own words, read by every rule and analysis that uses word lists: its people and their roles, the rooms
// and places it meets in, the group addresses that reach many readers, and phrases it accepts.
import { UsageError } from '../input/errors.js';

export interface VocabularyPerson {
  /** The names the person goes by: 小王, "Sam", "Sam Lee". */
  names: string[];
  role?: string;
}

export interface Vocabulary {
  /** Colleagues: a name here is a person, wherever it appears. */
  people?: (string | VocabularyPerson)[];
  /** Rooms and places that count as a meeting's where: "Lotus room", 3F-大會議室. */
  places?: string[];
  /** Addresses and channels that reach many readers: eng-all@example.com, eng-all@, #general. */
  groups?: string[];
  /** Phrases no rule reports a word inside: "coming soon", 稍後再議. */
  accept?: string[];
}

/** The vocabulary as the analyses read it: plain lists, names lower-cased where matching ignores case. */
export interface ResolvedVocabulary {
  people: { names: string[]; role?: string }[];
  places: string[];
  groups: string[];
  accept: string[];
}

export const EMPTY_VOCABULARY: ResolvedVocabulary = { people: [], places: [], groups: [], accept: [] };

const KEYS = ['people', 'places', 'groups', 'accept'];

/** Checks a vocabulary's shape; `where` names it in errors (a config file and key). */
export function validateVocabulary(raw: unknown, where: string): Vocabulary {
  const fail = (key: string, why: string): never => {
    throw new UsageError(`${where}${key ? `.${key}` : ''}: ${why}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    fail('', 'must be an object with people, places, groups, accept');
  const vocabulary = raw as Record<string, unknown>;
  for (const key of Object.keys(vocabulary))
    if (!KEYS.includes(key)) fail(key, `unknown key (expected ${KEYS.join(', ')})`);
  for (const key of ['places', 'groups', 'accept']) {
    const list = vocabulary[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((v) => typeof v === 'string' && v.trim() !== ''))) {
      fail(key, 'must be a list of words or phrases');
    }
  }
  const people = vocabulary.people;
  if (people !== undefined) {
    if (!Array.isArray(people)) fail('people', 'must be a list of names, or of { names, role }');
    (people as unknown[]).forEach((person, i) => {
      if (typeof person === 'string' && person.trim() !== '') return;
      const p = person as Record<string, unknown>;
      const names = p && typeof p === 'object' ? p.names : undefined;
      if (!(Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string' && n.trim() !== ''))) {
        fail(`people[${i}]`, 'must be a name, or { names: [..], role }');
      }
      if (p.role !== undefined && typeof p.role !== 'string') fail(`people[${i}].role`, 'must be a string');
    });
  }
  return vocabulary as Vocabulary;
}

/** Vocabularies merged in order: lists are joined, nothing is lost. */
export function mergeVocabularies(...vocabularies: (Vocabulary | undefined)[]): ResolvedVocabulary {
  const merged: ResolvedVocabulary = { people: [], places: [], groups: [], accept: [] };
  for (const vocabulary of vocabularies) {
    if (!vocabulary) continue;
    for (const person of vocabulary.people ?? []) {
      merged.people.push(typeof person === 'string' ? { names: [person] } : { names: person.names, role: person.role });
    }
    merged.places.push(...(vocabulary.places ?? []));
    merged.groups.push(...(vocabulary.groups ?? []));
    merged.accept.push(...(vocabulary.accept ?? []));
  }
  return merged;
}
