import type { Block } from '../../document/types.js';
import { type LexiconEntry } from '../lexicon/lexicon.js';
import type { Token } from '../tokens/tokens.js';
import type { TimeExpression } from '../times/types.js';
export interface Evidence {
    block: number;
    start: number;
    end: number;
    text: string;
}
export interface Places {
    /** A room, floor, building or address. */
    physical: Evidence[];
    /** A meeting link or a meeting ID. */
    online: Evidence[];
    /** A platform named with no link or ID ("on Zoom"). */
    platformOnly: Evidence[];
    /** 老地方, "the usual room", "location TBD". */
    vague: Evidence[];
    /** The way in only promised elsewhere: "link in the invite", 入会方式另行通知, 链接会前在群里发. */
    deferred: Evidence[];
}
export type MeetingLexicon = Record<string, LexiconEntry[]>;
export declare function meetingLexicon(language: 'zh' | 'en'): MeetingLexicon;
export declare function onlineHosts(): string[];
/** Hosts of one event's page or its registration (meetup.com, eventbrite, lu.ma, KKTIX, 活动行). */
export declare function eventPageHosts(): string[];
/** Where a meeting is held, from labels, room numbers, place words, meeting links and IDs. */
export declare function findPlaces(blocks: Block[], times: TimeExpression[], tokensOf: (block: Block) => Token[], 
/** The team's rooms and places (its vocabulary): "Lotus room", 3F-大會議室. */
teamPlaces?: string[]): Places;
