import { loadLexicon } from '../lexicon/lexicon.js';
import { matchLexicon } from '../lexicon/matcher.js';
import { findLabelledValues } from '../notice/labels.js';
import { simplify } from '../script/han.js';
export function meetingLexicon(language) {
    return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url));
}
export function onlineHosts() {
    return loadLexicon(new URL('./online-hosts.yaml', import.meta.url))['online-hosts'].flatMap((entry) => entry.forms);
}
/** Hosts of one event's page or its registration (meetup.com, eventbrite, lu.ma, KKTIX, 活动行). */
export function eventPageHosts() {
    return loadLexicon(new URL('./online-hosts.yaml', import.meta.url))['event-page-hosts'].flatMap((entry) => entry.forms);
}
const LABELS = '地点|地點|场地|場地|会场|會場|地址|位置|会议室|會議室|where|venue|location|place|address|room';
// 「地點：三教 1301」, "Location: …", and at the start of a line without a colon: 「地點 Lightbox」.
const PLACE_LABEL = new RegExp(`(?:^|[\\s*•|,，、。；;-]|(?<=\\p{Script=Han}))(${LABELS})\\s*(?:[:：]|在|是|为|為|位于|位於)\\s*(\\S[^\\n]*)?|^(?:${LABELS})[ \\t]+(\\S[^\\n]*)`, 'gimu');
// A label whose value is still a blank: TBD, 待定, ____, a template slot such as {{location}} or [company name].
const BLANK_VALUE = /^(tbd|tba|tbc|to be (announced|confirmed|decided)|待定|待確認|待确认|未定|另行通知|_+|\?+|？+|\{\{[^}]*\}\}|\[[^\]]*\])$/i;
// "Location: Remote" says there is no room, not where to join.
const NO_PLACE_VALUE = /^(remote|online|virtual|線上|线上|網上|网上)$/i;
const ROOM_NUMBER = /\b(?:room|rm\.?|conference room|meeting room)\s*#?\s*[A-Z]?\d{1,4}[A-Z]?\b|\d{1,3}\s*(?:F\b|樓|楼|层|層)|[A-Z]?\d{2,4}\s*(?:室|教室|會議室|会议室|号房|號房)|\d+\s*(?:号|號)\s*(?:楼|樓)/gi;
const ID_DIGITS = /(?:\d[\d\s-]{6,}\d)/;
// Words around a platform's name that name no place: "online via Zoom", 「線上 Online」, 【飞书会议】.
const PLATFORM_FILLER = /[【】[\]()（）,，、/]|\b(?:online|virtual|remote|via|on|over|using|call|meeting|video|the)\b|线上|網上|网上|会议|視訊|视频|通过/gi;
// A link the text calls the way in.
const JOIN_LINK = /直播|报名|報名|入会|入會|参会|參會|加入会议|加入會議|会议链接|會議連結|會議鏈接|活动页面|活動頁面|活动详情|活動詳情|活动网页|活動網頁|registration|register|sign up|rsvp|event page|event details|livestream|live stream|(?:zoom|meeting|join|call|webinar) link|join (?:the )?(?:call|meeting|webinar|us)|watch (?:live|the stream)/i;
// A sentence about the way in: a deferral there defers the place.
const PLACE_CUE = /链接|連結|鏈接|地点|地點|入会|入會|会议号|會議號|会场|會場|会议室|會議室|房间|房間|平台|link|location|venue|room|join|zoom|teams|meet|webex|dial/i;
function lineAround(text, start, end) {
    const from = Math.max(text.lastIndexOf('\n', start) + 1, 0);
    const to = text.indexOf('\n', end);
    return text.slice(from, to === -1 ? text.length : to);
}
/** Where a meeting is held, from labels, room numbers, place words, meeting links and IDs. */
export function findPlaces(blocks, times, tokensOf, 
/** The team's rooms and places (its vocabulary): "Lotus room", 3F-大會議室. */
teamPlaces = []) {
    const places = { physical: [], online: [], platformOnly: [], vague: [], deferred: [] };
    for (const block of blocks) {
        const lower = block.text.toLowerCase();
        for (const place of teamPlaces) {
            const needle = place.toLowerCase();
            for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
                places.physical.push({
                    block: block.index,
                    start: at,
                    end: at + needle.length,
                    text: block.text.slice(at, at + needle.length),
                });
            }
        }
    }
    const hosts = onlineHosts();
    const eventPages = eventPageHosts().map((form) => new RegExp(form.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+'), 'i'));
    const whereValues = findLabelledValues(blocks).filter((value) => value.element === 'where');
    const tableLabels = whereValues.filter((value) => value.apart && !value.header);
    for (const block of blocks) {
        const language = block.language === 'en' ? 'en' : 'zh';
        const lexicon = meetingLexicon(language);
        const other = meetingLexicon(language === 'en' ? 'zh' : 'en');
        const blockTimes = times.filter((t) => t.block === block.index);
        const insideTime = (start, end) => blockTimes.some((t) => start < t.end && end > t.start);
        const evidence = (start, end) => ({
            block: block.index,
            start,
            end,
            text: block.text.slice(start, end),
        });
        const vague = matchLexicon([...lexicon['vague-places'], ...other['vague-places']], block.text, language, language === 'zh' ? () => tokensOf(block) : undefined);
        for (const match of vague)
            places.vague.push(evidence(match.start, match.end));
        const isVague = (start, end) => vague.some((v) => v.start < end && v.end > start);
        for (const link of block.links) {
            // A meeting host, or a link the notice itself calls the way in: 直播链接, "Register here", 报名.
            // A sign-up form (报名表, forms.gle) takes names; it is no way into the meeting.
            const form = /表|form/i.test(block.text.slice(link.start, link.end)) ||
                /(?:^|[/.])forms?(?:[/.?]|$)|forms\.gle|typeform|wjx\.|jinshuju/i.test(link.url);
            const called = !form && JOIN_LINK.test(block.text.slice(Math.max(0, link.start - 12), link.end));
            const url = link.url.toLowerCase();
            if (hosts.some((host) => url.includes(host)) ||
                eventPages.some((page) => page.test(url)) ||
                (called && /^https?:/i.test(link.url)))
                places.online.push(evidence(link.start, link.end));
        }
        const deferred = matchLexicon([...lexicon['deferred-places'], ...other['deferred-places']], block.text, language, language === 'zh' ? () => tokensOf(block) : undefined);
        for (const match of deferred) {
            // 「另行通知」 defers a place only where the sentence is about the way in, not 「具体时间另行通知」.
            const line = lineAround(block.text, match.start, match.end);
            const inPlaceValue = whereValues.some((value) => value.block.index === block.index && value.start <= match.start && match.end <= value.end);
            if (match.entry.id === 'promised-way-in' || PLACE_CUE.test(line) || inPlaceValue)
                places.deferred.push(evidence(match.start, match.end));
        }
        const isDeferred = (start, end) => places.deferred.some((d) => d.block === block.index && d.start < end + 40 && d.end > start - 40);
        const platforms = [...lexicon['place-words'], ...other['place-words']]
            .filter((entry) => entry.id === 'platform')
            .flatMap((entry) => entry.forms.map((f) => f.toLowerCase()));
        for (const match of block.text.matchAll(PLACE_LABEL)) {
            const raw = match[2] ?? match[3];
            const value = raw?.trim() ?? '';
            const valueStart = match.index + match[0].length - (raw?.length ?? 0);
            // "**Location:**" with the address in the quote below it.
            const below = blocks[blocks.indexOf(block) + 1];
            const belowIsValue = below && (below.part === 'quote' || below.part === 'paragraph') && !/^[^:：\n]{1,30}[:：]/.test(below.text);
            if (value === '' && match.index + match[0].length >= block.text.trimEnd().length && belowIsValue) {
                places.physical.push({ block: below.index, start: 0, end: below.text.length, text: below.text });
                continue;
            }
            const bare = value
                .replace(/^(?:(?:on|via|in|over|using)\b|通过|通過|使用|用)\s*/i, '')
                .replace(/[.。]$/, '')
                .trim()
                .toLowerCase();
            if (value.length < 2 ||
                isVague(valueStart, valueStart + value.length) ||
                isDeferred(valueStart, valueStart + value.length) ||
                BLANK_VALUE.test(bare))
                continue;
            const linked = block.links.some((link) => link.start >= valueStart);
            // "Where: on Zoom", "Location: Online via Zoom", 「地點：線上 Online」 name a platform, not a place anyone can join.
            const unnamed = simplify(bare)
                .replace(PLATFORM_FILLER, ' ')
                .split(/\s+/)
                .filter((word) => word && !platforms.includes(word) && !NO_PLACE_VALUE.test(word));
            if ((platforms.includes(bare) || NO_PLACE_VALUE.test(bare) || unnamed.length === 0) && !linked)
                places.platformOnly.push(evidence(valueStart, valueStart + value.length));
            else
                places.physical.push(evidence(valueStart, valueStart + (raw?.length ?? 0)));
        }
        // 「| 地點 | 囍鳳臺 Phoenix |」 and 「## Location」 over its value: the label stands in the block before.
        for (const label of tableLabels.filter((value) => value.block.index === block.index)) {
            const value = block.text.slice(label.start, label.end).split('\n')[0].trim();
            const bare = value
                .replace(/[.。]$/, '')
                .trim()
                .toLowerCase();
            if (label.blank || value.length < 2 || isVague(label.start, label.end) || isDeferred(label.start, label.end))
                continue;
            const unnamed = simplify(bare)
                .replace(PLATFORM_FILLER, ' ')
                .split(/\s+/)
                .filter((word) => word && !platforms.includes(word) && !NO_PLACE_VALUE.test(word));
            if (unnamed.length === 0 && block.links.length === 0)
                places.platformOnly.push(evidence(label.start, label.start + value.length));
            else
                places.physical.push(evidence(label.start, label.start + value.length));
        }
        for (const match of block.text.matchAll(ROOM_NUMBER)) {
            if (!insideTime(match.index, match.index + match[0].length))
                places.physical.push(evidence(match.index, match.index + match[0].length));
        }
        const tokens = language === 'zh' ? () => tokensOf(block) : undefined;
        const ids = matchLexicon([...lexicon['online-ids'], ...other['online-ids']], block.text, language, tokens);
        for (const id of ids) {
            if (ID_DIGITS.test(block.text.slice(id.end, id.end + 30)))
                places.online.push(evidence(id.start, id.end));
        }
        for (const match of matchLexicon(lexicon['place-words'], block.text, language, tokens)) {
            if (insideTime(match.start, match.end) || isVague(match.start, match.end))
                continue;
            if (match.entry.id === 'platform') {
                const nearby = block.text.slice(match.end, match.end + 40);
                // A meeting ID follows the platform's name: 「腾讯会议：123 456 789」, not a date 「2025-03-11」.
                if (ID_DIGITS.test(nearby) && !/^\D{0,12}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(nearby))
                    places.online.push(evidence(match.start, match.end));
                else
                    places.platformOnly.push(evidence(match.start, match.end));
            }
            else if (language === 'en' ||
                match.text.length >= 2 ||
                /[\dA-Za-z一二三四五六七八九十]\s*$/.test(block.text.slice(0, match.start))) {
                // A one-character place word (室, 楼, 路) needs a name or number before it: 301室, 中山路.
                places.physical.push(evidence(match.start, match.end));
            }
        }
    }
    return places;
}
