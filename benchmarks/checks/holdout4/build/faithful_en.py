# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout4 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_solar_fraud_ruling": {
        "file": "en_solar_fraud_ruling.txt",
        "en": {
            "title": "SunHarbor founder gets 14 years for $412 million solar investment fraud",
            "one_line": "A federal judge in Phoenix jailed Craig Lindqvist for 14 years and his former CFO for eight "
            "over a scheme that cost 6,800 investors about $412m.",
            "summary": "US District Judge Maribel Ortega on Tuesday sentenced SunHarbor Energy founder Craig "
            "Lindqvist to 14 years in prison and former finance chief Dana Whitcombe to eight years, and ordered "
            "them to pay $387.5 million in restitution. More than 6,800 investors lost about $412 million. "
            "Prosecutors said that from 2017 to 2023 the company sold some 31,000 portable solar generators, "
            "promising returns of 12-15% a year, but built fewer than 2,000 and paid earlier investors with "
            "newer investors' money. Prosecutors had asked for 20 years, the defence for seven. Former sales "
            "director Anthony Reyes, who cooperated, got three years and four months. Lindqvist will appeal. "
            "The receiver has recovered about $96 million and expects victims to get back 25 to 30 cents on "
            "the dollar, with first payments in the second quarter of next year.",
            "key_points": [
                "Lindqvist received 14 years and Whitcombe eight; both must pay $387.5 million in restitution.",
                "SunHarbor sold about 31,000 generators promising 12%-15% annual returns but built fewer than "
                "2,000, paying old investors with new money.",
                "The judge said Lindqvist showed no meaningful remorse and kept raising money for five months "
                "after the SEC opened an inquiry in October 2022.",
                "His lawyer Gregory Feld said he would appeal to the Ninth Circuit; prosecutors had sought 20 "
                "years.",
                "Receiver Sandra Osei has recovered about $96 million and expects investors to recoup 25-30 "
                "cents per dollar.",
            ],
        },
        "zh": {
            "title": "美国太阳能投资诈骗案宣判 阳光港湾能源创始人获刑14年",
            "one_line": "凤凰城联邦法官判处克雷格·林德奎斯特14年徒刑，案中6800多名投资者损失约4.12亿美元。",
            "summary": "美国联邦地区法官玛丽贝尔·奥尔特加周二判处阳光港湾能源公司创始人克雷格·林德奎斯特14年监禁，"
            "前首席财务官达娜·惠特科姆被判8年，两人须支付3.875亿美元赔偿金。该案6800多名投资者共损失约4.12亿美元。"
            "检方称，公司在2017年至2023年间向投资者出售约3.1万台便携式太阳能发电机，承诺年回报率12%至15%，但实际"
            "生产不足2000台，用新投资者的钱支付老投资者。检方求刑20年，辩方要求7年。林德奎斯特的律师表示将提起上诉。"
            "法院指定的资产接管人已追回约9600万美元，预计受害者每损失1美元可拿回25至30美分，明年第二季度开始首批赔付。",
            "key_points": [
                "林德奎斯特获刑14年，惠特科姆获刑8年，两人须赔偿3.875亿美元。",
                "公司出售约3.1万台发电机、承诺12%至15%的年回报，实际生产不到2000台，以新钱偿旧债。",
                "法官称林德奎斯特毫无真正悔意，在美国证交会2022年10月展开调查后仍继续融资五个月。",
                "律师格雷戈里·费尔德表示将向第九巡回上诉法院上诉；检方曾求刑20年。",
                "资产接管人桑德拉·奥塞已追回约9600万美元，预计投资者每1美元可收回25至30美分。",
            ],
        },
        "kw_en": [
            "SunHarbor Energy",
            "Craig Lindqvist",
            "investment fraud",
            "Ponzi scheme",
            "solar generators",
            "sentencing",
            "restitution",
        ],
        "kw_zh": [
            "阳光港湾能源",
            "克雷格·林德奎斯特",
            "投资诈骗",
            "庞氏骗局",
            "太阳能发电机",
            "量刑",
            "赔偿",
        ],
        "entities": [
            ("SunHarbor Energy", "阳光港湾能源公司", "SunHarbor Energy", "organization"),
            ("Craig Lindqvist", "克雷格·林德奎斯特", "Craig Lindqvist", "person"),
            ("Dana Whitcombe", "达娜·惠特科姆", "Dana Whitcombe", "person"),
            ("Maribel Ortega", "玛丽贝尔·奥尔特加", "Maribel Ortega", "person"),
            ("Anthony Reyes", "安东尼·雷耶斯", "Anthony Reyes", "person"),
            ("Gregory Feld", "格雷戈里·费尔德", "Gregory Feld", "person"),
            ("Sandra Osei", "桑德拉·奥塞", "Sandra Osei", "person"),
            ("SEC", "美国证交会", "Securities and Exchange Commission", "organization"),
            ("Ninth Circuit", "第九巡回上诉法院", "Ninth Circuit", "organization"),
            ("Phoenix", "凤凰城", "PHOENIX", "place"),
        ],
        "kps": [[2, 3], [4], [5], [6], [7]],
    },
    "en_tennis_final": {
        "file": "en_tennis_final.txt",
        "en": {
            "title": "Kovačević fights back from two sets down to win Doha Masters",
            "one_line": "Croatia's Luka Kovačević saved a match point to beat Japan's Ren Tanaka in a record "
            "four-hour, 38-minute Doha final.",
            "summary": "Luka Kovačević of Croatia beat Japan's Ren Tanaka 4-6, 3-6, 7-6 (5), 6-3, 7-5 on Sunday "
            "to win the Doha Masters, his first title at this level. The final lasted four hours and 38 "
            "minutes, the longest in the event's 22-year history, and Kovačević saved a match point in the "
            "third-set tie-break. He earns $1.15 million and will rise to a career-high No. 9; Tanaka, hampered "
            "by cramp, gets $612,000 and will move up to No. 6, a record for a Japanese man. A record 148,500 "
            "fans attended.",
            "key_points": [
                "Kovačević, 24 and ranked 17th, won 4-6, 3-6, 7-6 (5), 6-3, 7-5 after saving a match point at "
                "5-6 in the tie-break.",
                "He hit 61 winners and 19 aces to Tanaka's 48 and 11.",
                "The champion takes $1.15 million and 1,000 points; the runner-up gets $612,000 from a $9.8 "
                "million prize fund, up 8%.",
                "Canadian qualifier Noah Bergeron reached the semi-finals, the first qualifier to do so in Doha "
                "since 2011.",
                "Attendance hit a record 148,500, up from 131,000, and the event moves to early March from 2028.",
            ],
        },
        "zh": {
            "title": "科瓦切维奇落后两盘逆转 夺得多哈大师赛冠军",
            "one_line": "克罗地亚选手卢卡·科瓦切维奇挽救赛点，五盘击败日本选手田中莲，决赛历时4小时38分钟。",
            "summary": "克罗地亚选手卢卡·科瓦切维奇周日在多哈大师赛决赛中以4-6、3-6、7-6(5)、6-3、7-5击败日本选手"
            "田中莲，首次夺得该级别赛事冠军。这场决赛耗时4小时38分钟，是赛事22年历史上最长的决赛。科瓦切维奇在"
            "第三盘抢七中挽救了一个赛点。他获得115万美元奖金，世界排名将升至职业生涯最高的第9位；受抽筋困扰的田中莲"
            "获得61.2万美元，排名将升至第6，创日本男子选手最高纪录。本届赛事观众人数达创纪录的14.85万人次。",
            "key_points": [
                "现年24岁、排名第17的科瓦切维奇在抢七5-6落后时挽救赛点，最终以4-6、3-6、7-6(5)、6-3、7-5获胜。",
                "他全场打出61个制胜分和19记ACE球，田中莲分别为48个和11记。",
                "冠军获得115万美元奖金和1000个积分，亚军获得61.2万美元；总奖金980万美元，比去年增长8%。",
                "加拿大资格赛选手诺亚·贝热龙闯入四强，成为2011年以来首位进入多哈赛四强的资格赛选手。",
                "观众人数达创纪录的14.85万人次，去年为13.1万；赛事将从2028年起改至3月初举行。",
            ],
        },
        "kw_en": ["Doha Masters", "Luka Kovačević", "Ren Tanaka", "tennis", "final", "prize money"],
        "kw_zh": ["多哈大师赛", "卢卡·科瓦切维奇", "田中莲", "网球", "决赛", "奖金"],
        "entities": [
            ("Luka Kovačević", "卢卡·科瓦切维奇", "Luka Kovačević", "person"),
            ("Ren Tanaka", "田中莲", "Ren Tanaka", "person"),
            ("Noah Bergeron", "诺亚·贝热龙", "Noah Bergeron", "person"),
            ("Doha Masters", "多哈大师赛", "Doha Masters", "other"),
            ("Doha", "多哈", "Doha", "place"),
            ("Croatia", "克罗地亚", "Croatia", "place"),
            ("Japan", "日本", "Japan", "place"),
        ],
        "kps": [[2, 3], [3], [5], [7], [9]],
    },
    "html_fda_lung_drug": {
        "file": "html_fda_lung_drug.html",
        "en": {
            "title": "FDA approves Kestrel's orsitinib for HER2 exon 20 lung cancer",
            "one_line": "The once-daily pill, sold as Lumarvi, held off cancer growth for a median 18.4 months "
            "versus 11.2 on chemotherapy in a phase 3 trial.",
            "summary": "The US Food and Drug Administration on Monday approved Kestrel Therapeutics' orsitinib, "
            "sold as Lumarvi, for adults with advanced non-small cell lung cancer carrying an HER2 exon 20 "
            "insertion, a mutation found in 2% to 4% of such cancers. In the 684-patient HORIZON-2 trial, "
            "patients on the pill went a median 18.4 months without progression, against 11.2 months on "
            "platinum chemotherapy, a 42% lower risk of progression or death. Tumours shrank in 71% versus 52%. "
            "Serious side effects hit 23% of patients versus 19%, and the label warns of interstitial lung "
            "disease. The list price is $21,500 a month, about $258,000 a year. Kestrel shares rose 14% after "
            "hours.",
            "key_points": [
                "HORIZON-2 enrolled 684 patients in 19 countries; median progression-free survival was 18.4 "
                "months against 11.2 on chemotherapy (hazard ratio 0.58).",
                "The response rate was 71% with orsitinib and 52% with chemotherapy; overall survival data are "
                "not yet mature.",
                "Serious adverse events affected 23% of patients, 4.1% stopped treatment, and interstitial lung "
                "disease was seen in 1.6%, including two deaths.",
                "Kestrel priced the drug at $21,500 a month; analysts at Leerink Partners see peak sales of "
                "about $1.3 billion.",
                "European and Japanese decisions are expected in the second half of 2027, and Kestrel must "
                "study a lower 160 mg dose.",
            ],
        },
        "zh": {
            "title": "美国批准奥瑟替尼用于罕见突变肺癌",
            "one_line": "美国食品药品监督管理局批准奥瑟替尼上市，三期试验中患者中位无进展生存期达18.4个月。",
            "summary": "美国食品药品监督管理局周一批准波士顿凯斯特尔治疗公司的每日口服药奥瑟替尼（商品名卢马维）上市，"
            "用于携带HER2 20号外显子插入突变的成人晚期非小细胞肺癌患者，这类突变约占此类肺癌的2%至4%。在纳入684名"
            "患者的HORIZON-2三期试验中，服药患者的中位无进展生存期为18.4个月，接受铂类化疗者为11.2个月，疾病进展或"
            "死亡风险降低42%；肿瘤缩小比例为71%，化疗组为52%。严重不良事件发生率为23%，化疗组为19%。该药标价每月"
            "21500美元，约合每年25.8万美元，公司股价盘后上涨14%。",
            "key_points": [
                "HORIZON-2试验在19个国家纳入684名患者，中位无进展生存期为18.4个月，化疗组为11.2个月（风险比0.58）。",
                "奥瑟替尼组肿瘤缩小比例为71%，化疗组为52%；总生存期数据尚不成熟。",
                "23%的患者出现严重不良事件，4.1%因副作用停药，1.6%出现间质性肺病，其中2人死亡。",
                "公司定价每月21500美元；Leerink Partners分析师预计年销售峰值约13亿美元。",
                "欧洲和日本的审批结果预计于2027年下半年公布，公司还须完成160毫克低剂量研究。",
            ],
        },
        "kw_en": [
            "orsitinib",
            "Lumarvi",
            "FDA approval",
            "lung cancer",
            "HER2 exon 20",
            "Kestrel Therapeutics",
        ],
        "kw_zh": ["奥瑟替尼", "卢马维", "药物审批", "肺癌", "HER2突变", "凯斯特尔治疗公司"],
        "entities": [
            (
                "US Food and Drug Administration",
                "美国食品药品监督管理局",
                "Food and Drug Administration",
                "organization",
            ),
            ("Kestrel Therapeutics", "凯斯特尔治疗公司", "Kestrel Therapeutics", "organization"),
            ("orsitinib", "奥瑟替尼", "orsitinib", "product"),
            ("Lumarvi", "卢马维", "Lumarvi", "product"),
            ("HORIZON-2", "HORIZON-2", "HORIZON-2", "other"),
            ("Leerink Partners", "Leerink Partners", "Leerink Partners", "organization"),
            ("Boston", "波士顿", "Boston", "place"),
        ],
        "kps": [[3], [4], [6], [7, 8], [8, 9]],
    },
    "mix_sg_bus_fares": {
        "file": "mix_sg_bus_fares.txt",
        "en": {
            "title": "Singapore bus and train fares to rise 6.2% from December 27",
            "one_line": "Adult card fares go up by 4 to 7 cents a journey, less than the 9.3% the formula allowed, "
            "with the rest carried over to next year.",
            "summary": "Singapore's Public Transport Council said on Thursday that bus and train fares will rise "
            "by 6.2% overall from Dec 27, with adult card users paying 4 to 7 cents more per journey. The fare "
            "formula allowed up to 9.3%; the remaining 3.1% will be rolled into next year's review. PTC "
            "chairman Karen Lim said rising energy and wage costs drove the increase and that fares would "
            "otherwise have had to rise 15.8%; the government will spend about S$1.2 billion on subsidies this "
            "financial year. "
            "Concession holders will pay 2 to 3 cents more, seniors' monthly passes stay at S$60, and adult "
            "passes rise to S$132. About 470,000 low-income households will get S$50 in transport vouchers, "
            "up from S$30.",
            "key_points": [
                "Overall fares rise 6.2% from Dec 27; adult card fares go up 4-7 cents a trip.",
                "Fares would have had to rise 15.8% without government support, which will cost about S$1.2 "
                "billion this financial year.",
                "Concession users pay 2-3 cents more; the seniors' monthly pass stays at S$60 while the adult "
                "pass rises S$4 to S$132.",
                "Around 470,000 lower-income households will receive S$50 vouchers from January, up from S$30 "
                "last year.",
                "An economist warned that the 3.1% carry-over means another increase is likely next year.",
            ],
        },
        "zh": {
            "title": "新加坡公共交通票价12月27日起上调6.2%",
            "one_line": "成年乘客刷卡每趟车资增加4至7分，低于票价公式允许的9.3%，余下涨幅延至明年。",
            "summary": "新加坡公共交通理事会周四宣布，巴士和地铁票价将从12月27日起整体上调6.2%，成年乘客刷卡每趟多付"
            "4分至7分。按票价公式，今年最多可涨9.3%，余下3.1%将延至明年的调整中。理事会主席林美玲说，涨价主要因能源"
            "和人工成本上升，若没有政府补贴，涨幅须达15.8%；政府本财年将拨出约12亿新元补贴。优惠卡持有者每趟只多付2至3分，乐龄月票维持"
            "60新元，成人月票升至132新元。约47万户低收入家庭将各获50新元交通券，去年为30新元。",
            "key_points": [
                "票价从12月27日起整体上调6.2%，成年乘客刷卡每趟增加4至7分。",
                "若没有政府补贴，票价须上涨15.8%；本财年政府补贴约12亿新元。",
                "优惠卡乘客每趟多付2至3分；乐龄月票维持60新元，成人月票上涨4新元至132新元。",
                "约47万户低收入家庭明年1月起可领取50新元交通券，去年为30新元。",
                "有经济学家提醒，3.1%的延后涨幅意味着明年票价很可能再次上调。",
            ],
        },
        "kw_en": [
            "Singapore",
            "public transport fares",
            "Public Transport Council",
            "fare increase",
            "concession passes",
            "transport vouchers",
        ],
        "kw_zh": ["新加坡", "公共交通票价", "公共交通理事会", "票价上调", "优惠月票", "交通券"],
        "entities": [
            ("Public Transport Council", "公共交通理事会", "Public Transport Council", "organization"),
            ("Karen Lim", "林美玲", "Karen Lim Mei Ling", "person"),
            ("Singapore", "新加坡", "Singapore", "place"),
        ],
        "kps": [[2, 3], [4, 5], [6, 7], [8, 9], [2, 13]],
    },
}
