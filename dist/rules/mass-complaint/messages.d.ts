export declare const messages: {
    readonly 'complaint-to-group': {
        readonly en: "A complaint ({terms}) sent to {audience}: raise it with the one person who can act, face to face, within two working days.";
        readonly 'zh-Hant': "把牢騷（{terms}）發給{audience}，會打擾很多人；請在兩個工作天內當面找能處理的那個人談。";
        readonly 'zh-Hans': "把牢骚（{terms}）发给{audience}，会打扰很多人；请在两个工作日内当面找能处理的那个人谈。";
    };
};
