import type { MessageValue } from '../../engine/rule.js';
import type { Audience } from './audience.js';

/** The audience as a message names it: "12 recipients", 群組信箱 all@…, everyone (「各位」). */
export function describeAudience(audience: Audience): MessageValue {
  const list = audience.recipients.find((r) => audience.evidence.includes(`list address ${r.address}`));
  if (list)
    return {
      type: 'localized',
      value: {
        en: `the list ${list.address}`,
        'zh-Hant': `群組信箱「${list.address}」`,
        'zh-Hans': `群组邮箱“${list.address}”`,
      },
    };
  const channel = audience.evidence.find((e) => e.startsWith('channel '))?.slice('channel '.length);
  if (channel) {
    return {
      type: 'localized',
      value: {
        en: `everyone in ${channel}`,
        'zh-Hant': `「${channel}」頻道的所有人`,
        'zh-Hans': `“${channel}”频道的所有人`,
      },
    };
  }
  if (audience.size >= 3)
    return {
      type: 'localized',
      value: {
        en: `${audience.size} recipients`,
        'zh-Hant': `${audience.size} 位收件人`,
        'zh-Hans': `${audience.size} 位收件人`,
      },
    };
  if (audience.addressee === 'unknown')
    return {
      type: 'localized',
      value: { en: 'everyone who reads it', 'zh-Hant': '所有讀到的人', 'zh-Hans': '所有读到的人' },
    };
  const cue = audience.evidence.find((e) => e.startsWith('"'))?.slice(1, -1) ?? '';
  return {
    type: 'localized',
    value: { en: `everyone ("${cue}")`, 'zh-Hant': `所有人（「${cue}」）`, 'zh-Hans': `所有人（“${cue}”）` },
  };
}

/**
 * A draft that reaches a group: a message (mail, chat text) or a page with recipients in its front matter. A message
 * that names no recipient and greets no one is a post (an issue, a forum or chat post): whoever finds it reads it.
 */
export function reachesGroup(audience: Audience, genre: string): boolean {
  if (genre === 'message' && audience.addressee === 'unknown') return true;
  return audience.group && (genre === 'message' || audience.recipients.length > 0);
}
