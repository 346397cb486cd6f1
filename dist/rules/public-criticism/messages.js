export const messages = {
    'criticised-in-public': {
        en: '{name} is criticised by name ("{term}") in front of {audience}: talk about what happened, not who, and speak to {name} in private.',
        'zh-Hant': '當著{audience}點名批評{name}（「{term}」）；請說事不說人，批評留到私下和{name}談。',
        'zh-Hans': '当着{audience}点名批评{name}（“{term}”）；请说事不说人，批评留到私下和{name}谈。',
    },
    'remove-name': {
        en: 'Take the name out: "{sentence}".',
        'zh-Hant': '拿掉名字：「{sentence}」。',
        'zh-Hans': '拿掉名字：“{sentence}”。',
    },
};
