import type { MessageValue } from '../../engine/rule.js';
import type { Audience } from './audience.js';
/** The audience as a message names it: "12 recipients", 群組信箱 all@…, everyone (「各位」). */
export declare function describeAudience(audience: Audience): MessageValue;
/**
 * A draft that reaches a group: a message (mail, chat text) or a page with recipients in its front matter. A message
 * that names no recipient and greets no one is a post (an issue, a forum or chat post): whoever finds it reads it.
 */
export declare function reachesGroup(audience: Audience, genre: string): boolean;
