# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout8 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_luoyang_museum_theft": {
        "file": "zh_luoyang_museum_theft.txt",
        "en": {
            "title": "Luoyang police solve museum theft, recovering six of seven stolen relics",
            "one_line": "Police in Luoyang have arrested three suspects in the October 26 theft of seven relics worth over 20 million yuan.",
            "summary": "Police in Luoyang, Henan province, said on November 18 that they had solved the October 26 theft at the "
            "Luoyang Sui-Tang Culture Museum, arresting all three suspects and recovering six of the seven stolen relics; a "
            "Tang-dynasty gilt bronze Buddha is still missing. The thieves climbed scaffolding put up for facade repairs, cut "
            "through a second-floor window and forced open three display cases in under 12 minutes, taking pieces valued at "
            "more than 20 million yuan, including two grade-one national relics. Deputy police chief Zhao Zhenhua said "
            "investigators reviewed more than 20,000 hours of video before arresting the main suspect, a 41-year-old man "
            "surnamed Li, in Zhengzhou on November 9. The gang had agreed to sell the pieces for about 3 million yuan. Museum "
            "director Chen Jianguo has been suspended.",
            "key_points": [
                "All three suspects were arrested and six of the seven stolen relics recovered; a gilt bronze Buddha is still missing.",
                "The thieves used repair scaffolding and opened three cases in under 12 minutes, taking relics worth over 20 million yuan.",
                "Police reviewed more than 20,000 hours of footage and arrested the main suspect in Zhengzhou on November 9.",
                "Some infrared alarms had been switched off during the repairs and night guards cut from four to two.",
                "The museum, closed since October 27, plans to reopen on December 1.",
            ],
        },
        "zh": {
            "title": "洛阳隋唐文化博物馆文物被盗案告破 7件文物追回6件",
            "one_line": "洛阳警方破获10月26日博物馆文物盗窃案，3名嫌疑人全部落网，被盗文物价值逾两千万元。",
            "summary": "河南省洛阳市公安局11月18日通报，10月26日发生在洛阳隋唐文化博物馆的文物盗窃案已告破，3名嫌疑人全部落网，"
            "被盗的7件文物已追回6件，一件唐代鎏金铜佛像仍在追缴。嫌疑人利用外立面维修搭设的脚手架，切割二楼窗户进入展厅，"
            "不到12分钟撬开3个展柜，盗走的文物中有2件国家一级文物，总价值逾两千万元。市公安局副局长赵振华说，专案组调取"
            "逾两万小时监控录像，11月9日在郑州抓获41岁的主要嫌疑人李某。团伙与买家谈妥的价格约300万元。馆长陈建国已被"
            "停职接受调查。",
            "key_points": [
                "3名嫌疑人全部落网，7件被盗文物追回6件，鎏金铜佛像仍未追回。",
                "嫌疑人借助维修脚手架入馆，不到12分钟撬开3个展柜，被盗文物价值逾两千万元。",
                "警方调取逾两万小时监控录像，11月9日在郑州抓获主要嫌疑人。",
                "维修期间部分红外报警装置被临时关闭，夜间值班人员由4人减为2人。",
                "博物馆自10月27日起闭馆，计划12月1日重新开放。",
            ],
        },
        "kw_en": ["Luoyang", "museum theft", "cultural relics", "Tang dynasty", "Henan", "police"],
        "kw_zh": ["洛阳", "博物馆盗窃", "文物", "唐代", "河南", "公安"],
        "entities": [
            ("Luoyang", "洛阳", "洛阳", "place"),
            ("Henan", "河南", "河南省", "place"),
            ("Luoyang Sui-Tang Culture Museum", "洛阳隋唐文化博物馆", "洛阳隋唐文化博物馆", "organization"),
            ("Luoyang Public Security Bureau", "洛阳市公安局", "洛阳市公安局", "organization"),
            ("Zhao Zhenhua", "赵振华", "赵振华", "person"),
            ("Li", "李某", "李某", "person"),
            ("Zhengzhou", "郑州", "郑州", "place"),
            ("Chen Jianguo", "陈建国", "陈建国", "person"),
        ],
        "kps": [[2], [3], [4], [9], [11]],
    },
    "tw_chip_export_rule": {
        "file": "tw_chip_export_rule.txt",
        "en": {
            "title": "Taiwan proposes an 'N-2' rule to keep its most advanced chipmaking at home",
            "one_line": "Taiwan's economy ministry wants overseas fabs to trail its leading process by two generations, possibly from March 1.",
            "summary": "Taiwan's Ministry of Economic Affairs on November 15 proposed requiring chipmakers' overseas fabs to use process "
            "technology at least two generations behind the most advanced in mass production at home, tightening the current "
            "N-1 rule. With 2-nanometre chips in volume production since the fourth quarter, new overseas plants would be "
            "limited to 4nm-class technology. After a 60-day notice period the rule could take effect on March 1, with fines of "
            "up to NT$50 million. Minister Wang Sheng-wen said the aim was to keep the best technology rooted in Taiwan, not to "
            "stop overseas investment. The Taiwan Semiconductor Industry Association wants a 12-month transition instead of "
            "six, while MIC analyst Huang Po-han expects the impact on chip exports to be under 1%.",
            "key_points": [
                "Overseas fabs would have to trail Taiwan's leading process by two generations instead of one.",
                "With 2nm in mass production, overseas plants would be capped at 4nm; violations carry fines of up to NT$50 million.",
                "Over the past year 37 of 42 related export applications were approved; reviews would take 45 days instead of 30.",
                "The Taiwan Semiconductor Industry Association asks for a 12-month transition rather than the draft's six months.",
                "Huang Po-han puts the hit to chip exports, about NT$5.6 trillion last year, at under 1%.",
            ],
        },
        "zh": {
            "title": "台湾拟将海外设厂技术门槛收紧为“N-2” 最快3月1日实施",
            "one_line": "台湾经济部拟规定海外新厂制程须落后台湾最先进制程两个世代，最快明年3月1日上路。",
            "summary": "台湾经济部11月15日预告修正《高科技货品输出管理办法》，要求半导体企业在海外设厂时，所用制程须比台湾最先进"
            "量产制程落后至少两个世代，即“N-2”原则，比现行“N-1”更严格。由于2纳米制程已于今年第四季量产，新规实施后海外新厂"
            "最多只能采用4纳米级制程。草案预告期60天，最快明年3月1日实施，违规者最高罚款5000万元新台币。经济部长王圣文"
            "表示，目的是把最先进技术留在台湾，并非禁止海外投资。台湾半导体产业协会建议将过渡期从6个月延长至12个月；"
            "资策会产业情报研究所分析师黄柏翰估计，对半导体出口的影响不到1%。",
            "key_points": [
                "海外设厂制程须落后台湾最先进制程两个世代，比现行规定多一个世代。",
                "2纳米已量产，海外新厂最多采用4纳米制程；违规最高罚款5000万元新台币。",
                "过去一年42件相关出口申请中核准37件，审查期限将由30天延长至45天。",
                "台湾半导体产业协会建议过渡期由草案的6个月延长至12个月。",
                "黄柏翰估计，新规对去年约5.6万亿元新台币的半导体出口影响不到1%。",
            ],
        },
        "kw_en": [
            "Taiwan",
            "semiconductors",
            "export controls",
            "N-2 rule",
            "Ministry of Economic Affairs",
            "TSIA",
        ],
        "kw_zh": ["台湾", "半导体", "出口管制", "N-2原则", "经济部", "台湾半导体产业协会"],
        "entities": [
            ("Taiwan", "台湾", "台灣", "place"),
            ("Ministry of Economic Affairs", "经济部", "經濟部", "organization"),
            ("Wang Sheng-wen", "王圣文", "王聖文", "person"),
            (
                "Taiwan Semiconductor Industry Association",
                "台湾半导体产业协会",
                "台灣半導體產業協會",
                "organization",
            ),
            ("MIC", "资策会产业情报研究所", "資策會產業情報研究所", "organization"),
            ("Huang Po-han", "黄柏翰", "黃柏翰", "person"),
        ],
        "kps": [[2], [3], [4], [7], [8]],
    },
}
