# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout13 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_nz_waitlist": {
        "file": "en_nz_waitlist.txt",
        "en": {
            "title": "New Zealand's specialist waiting list tops 41,000, up 14% in a year",
            "one_line": "Health New Zealand says 41,260 people had waited over four months for a first specialist appointment by December, the most since 2023.",
            "summary": "More than 41,000 New Zealanders have waited over four months for a first specialist assessment, Health New Zealand – "
            "Te Whatu Ora said on Thursday. The December-quarter figure of 41,260 is 14% higher than a year earlier and the highest since "
            "reporting began in 2023, and another 28,700 people have waited more than four months for planned surgery. Health Minister "
            "Rachel Whitcombe called the numbers not acceptable and announced NZ$190 million over two years to buy 12,000 extra operations "
            "from private hospitals by June 2027. Counties Manukau had the longest queue, at 6,840. The Association of Salaried Medical "
            "Specialists blamed a shortage of senior doctors, with about one in five posts vacant or filled by locums. Chief executive "
            "Martin Kessell expects the backlog to peak in the March quarter.",
            "key_points": [
                "41,260 people had waited more than 120 days for a first specialist appointment, up from 36,190 a year earlier.",
                "A further 28,700 patients accepted for planned surgery had waited over four months for their operation.",
                "The government will spend NZ$190 million over two years buying 12,000 extra procedures from private hospitals by June 2027.",
                "Counties Manukau had 6,840 overdue patients; the West Coast was the only district whose backlog shrank, by 3%.",
                "Waits of over a year for surgery fell 22% since June to 3,450, and 71% of emergency patients were seen through within six hours.",
            ],
        },
        "zh": {
            "title": "新西兰等候专科门诊逾四个月人数超4.1万",
            "one_line": "新西兰卫生署称，截至12月有41260人等候首次专科诊疗超过四个月，为2023年以来最多。",
            "summary": "新西兰卫生署周四发布季度报告称，截至去年12月底，等候首次专科评估超过120天的患者达41260人，比一年前的36190人增加14%，"
            "为2023年公布数据以来最高；另有28700名已获安排手术的患者等候超过四个月。卫生部长雷切尔·惠特科姆称情况“不可接受”，"
            "宣布两年内投入1.9亿新西兰元向私立医院购买手术，目标是在2027年6月前增加1.2万例。南奥克兰的康提斯曼努考区积压最多，达6840人。"
            "受薪医学专家协会认为症结在于资深医生短缺，约五分之一专科职位空缺或由代班医生填补。卫生署行政总裁马丁·凯塞尔预计积压将在3月季度见顶。",
            "key_points": [
                "等候首次专科诊疗超过120天的人数达41260人，一年前为36190人。",
                "另有28700名已获安排择期手术的患者等候手术超过四个月。",
                "政府将在两年内投入1.9亿新西兰元，于2027年6月前向私立医院购买1.2万例额外手术。",
                "康提斯曼努考区有6840人逾期候诊；西海岸是唯一积压减少的地区，降幅为3%。",
                "等候手术超过一年的人数自6月以来减少22%至3450人，71%的急诊患者在六小时内得到处理。",
            ],
        },
        "kw_en": [
            "Health New Zealand",
            "waiting lists",
            "specialist appointments",
            "elective surgery",
            "Rachel Whitcombe",
            "New Zealand",
        ],
        "kw_zh": ["新西兰卫生署", "候诊名单", "专科门诊", "择期手术", "雷切尔·惠特科姆", "新西兰"],
        "entities": [
            (
                "Health New Zealand – Te Whatu Ora",
                "新西兰卫生署",
                "Health New Zealand – Te Whatu Ora",
                "organization",
            ),
            ("Rachel Whitcombe", "雷切尔·惠特科姆", "Rachel Whitcombe", "person"),
            ("Counties Manukau", "康提斯曼努考", "Counties Manukau", "place"),
            ("south Auckland", "南奥克兰", "south Auckland", "place"),
            ("West Coast", "西海岸", "West Coast", "place"),
            (
                "Association of Salaried Medical Specialists",
                "受薪医学专家协会",
                "Association of Salaried Medical Specialists",
                "organization",
            ),
            ("Martin Kessell", "马丁·凯塞尔", "Martin Kessell", "person"),
            ("New Zealand", "新西兰", "New Zealand", "place"),
        ],
        "kps": [[2, 3], [3], [4], [5], [7]],
    },
    "en_sg_gold": {
        "file": "en_sg_gold.txt",
        "en": {
            "title": "Gold hits a record US$4,582 as Singapore buyers queue at dealers",
            "one_line": "Gold reached a record US$4,582 an ounce on Wednesday, up about 38% this year, and Singapore dealers report a rush for bars.",
            "summary": "Gold rose to a record US$4,582 an ounce in Asian trading on Wednesday, up 2.1% on the day and about 38% this year, on bets "
            "of more US rate cuts and steady official buying; in Singapore dollars it touched a record S$5,930. At Lion City Bullion on South "
            "Bridge Road, managing director Tan Wei Ming said sales of small bars in the first week of October were three times a normal week, "
            "one-kilogram bars sold out on Tuesday and premiums widened to about 4% from 1.5%. The Singapore Bullion Market Association said "
            "third-quarter trading rose 45% to 31 tonnes. Jewellery sales volumes fell about 30% in September, though their value rose 8%. "
            "Priya Raman of Harbourfront Securities sees US$5,000 by mid-2027 if the Fed keeps cutting.",
            "key_points": [
                "Spot gold peaked at US$4,582 an ounce, up 2.1% on the day and about 38% this year, before easing to US$4,561.",
                "Lion City Bullion sold three times its usual volume of small bars in early October and ran out of one-kilogram bars.",
                "Trading in investment-grade precious metals in Singapore rose 45% in the third quarter to 31 tonnes.",
                "Jewellers' sales volumes fell about 30% in September while the value of their sales rose 8%.",
                "Priya Raman of Harbourfront Securities sees US$5,000 by mid-2027 but warns of a 10%-15% correction if the Fed pauses.",
            ],
        },
        "zh": {
            "title": "金价创每盎司4582美元新高 新加坡民众排队买金条",
            "one_line": "周三金价升至每盎司4582美元的纪录，年内累计上涨约38%，新加坡金商称金条热卖。",
            "summary": "周三亚洲交易时段，现货金价一度升至每盎司4582美元的历史新高，当日上涨2.1%，年内累计上涨约38%，市场押注美国继续降息，"
            "官方买盘也持续不断。以新元计，金价一度触及每盎司5930新元。位于桥南路的狮城金银行董事经理陈伟明表示，10月第一周小金条销量"
            "是平常一周的三倍，一公斤金条周二已售罄，小金条溢价从1.5%扩大至约4%。新加坡金银市场协会称，第三季度投资级贵金属交易量增长45%"
            "至31吨。珠宝商9月销量下跌约三成，但销售额增长8%。港湾证券的普丽娅·拉曼认为，若美联储继续降息，金价到2027年年中可能达到5000美元。",
            "key_points": [
                "现货金价最高达每盎司4582美元，单日涨2.1%，年内涨约38%，随后回落至4561美元。",
                "狮城金银行10月初小金条销量为平常的三倍，一公斤金条已售罄。",
                "新加坡投资级贵金属第三季度交易量增长45%，达31吨。",
                "珠宝商9月销量下降约三成，销售额则增长8%。",
                "港湾证券的普丽娅·拉曼预计金价2027年年中可达5000美元，但若美联储暂停降息，可能回调10%至15%。",
            ],
        },
        "kw_en": ["gold", "record price", "Singapore", "bullion", "Lion City Bullion", "jewellery"],
        "kw_zh": ["黄金", "历史新高", "新加坡", "金条", "狮城金银行", "珠宝"],
        "entities": [
            ("Lion City Bullion", "狮城金银行", "Lion City Bullion", "organization"),
            ("South Bridge Road", "桥南路", "South Bridge Road", "place"),
            ("Tan Wei Ming", "陈伟明", "Tan Wei Ming", "person"),
            (
                "Singapore Bullion Market Association",
                "新加坡金银市场协会",
                "Singapore Bullion Market Association",
                "organization",
            ),
            ("Priya Raman", "普丽娅·拉曼", "Priya Raman", "person"),
            ("Harbourfront Securities", "港湾证券", "Harbourfront Securities", "organization"),
            ("US Federal Reserve", "美联储", "US Federal Reserve", "organization"),
            ("Singapore", "新加坡", "Singapore", "place"),
        ],
        "kps": [[2, 3], [4], [6], [7], [8]],
    },
    "html_jp_tomari_restart": {
        "file": "html_jp_tomari_restart.html",
        "en": {
            "title": "Hokkaido Electric restarts Tomari No. 3 reactor, idle since 2012",
            "one_line": "The 912-megawatt Tomari No. 3 reactor restarted on Tuesday for the first time since May 2012, with commercial operation due on March 25.",
            "summary": "Hokkaido Electric Power restarted the No. 3 reactor at its Tomari nuclear plant on Tuesday, the first reactor on Hokkaido "
            "to run since the Fukushima disaster; the unit had been idle since May 2012. The 912-megawatt reactor is due to join the grid on "
            "February 16, reach full output by March 4 and start commercial operation on March 25. The Nuclear Regulation Authority approved "
            "the upgraded design in July 2025 after the utility spent about ¥540 billion (US$3.6 billion) on safety work, including a 19-metre "
            "seawall. President Kenji Saito said fuel imports would fall by about ¥80 billion a year, and household rates will drop by an "
            "average of 6.5% from April. About 200 people protested at the gates. Japan now has 15 reactors operating.",
            "key_points": [
                "Tomari No. 3, a 912-megawatt reactor idle since May 2012, was restarted on Tuesday.",
                "Grid connection is set for February 16, full output for March 4 and commercial operation for March 25.",
                "Safety upgrades, including a 19-metre seawall, cost about ¥540 billion and were approved in July 2025.",
                "Household electricity rates will fall by an average of 6.5% from April, saving a typical family about ¥480 a month.",
                "A Hokkaido Shimbun poll found 54% support and 31% opposition; about 200 people protested at the plant.",
            ],
        },
        "zh": {
            "title": "北海道电力重启泊核电站3号机组 停运近14年",
            "one_line": "装机91.2万千瓦的泊核电站3号机组周二重启，为2012年5月以来首次，计划3月25日投入商业运行。",
            "summary": "北海道电力公司周二重启泊核电站3号机组，这是福岛核事故后北海道首座恢复运行的反应堆，该机组自2012年5月起一直停运。"
            "这座91.2万千瓦的压水堆计划2月16日并网，3月4日达到满功率，3月25日投入商业运行。原子力规制委员会于2025年7月批准其升级设计，"
            "公司为此投入约5400亿日元（36亿美元）进行安全改造，包括修建19米高的防潮堤。社长斋藤健二表示，每年可减少约800亿日元燃料进口支出，"
            "家庭电价自4月起平均下调6.5%。周二约200人在电站门外抗议。重启后日本运行中的反应堆增至15座。",
            "key_points": [
                "自2012年5月停运的91.2万千瓦泊核电站3号机组于周二重启。",
                "机组计划2月16日并网，3月4日满功率运行，3月25日投入商业运行。",
                "包括19米防潮堤在内的安全改造耗资约5400亿日元，于2025年7月获批。",
                "家庭电价自4月起平均下调6.5%，一般家庭每月约省480日元。",
                "《北海道新闻》民调显示54%的居民支持、31%反对；约200人在电站外抗议。",
            ],
        },
        "kw_en": [
            "Hokkaido Electric Power",
            "Tomari",
            "nuclear restart",
            "Nuclear Regulation Authority",
            "electricity rates",
            "Japan",
        ],
        "kw_zh": ["北海道电力", "泊核电站", "核电重启", "原子力规制委员会", "电价", "日本"],
        "entities": [
            ("Hokkaido Electric Power", "北海道电力", "Hokkaido Electric Power Co.", "organization"),
            ("Tomari nuclear power plant", "泊核电站", "Tomari nuclear power plant", "place"),
            (
                "Nuclear Regulation Authority",
                "原子力规制委员会",
                "Nuclear Regulation Authority",
                "organization",
            ),
            ("Kenji Saito", "斋藤健二", "Kenji Saito", "person"),
            ("Hokkaido Shimbun", "北海道新闻", "Hokkaido Shimbun", "organization"),
            ("Hokkaido", "北海道", "Hokkaido", "place"),
            ("Fukushima", "福岛", "Fukushima", "place"),
            ("Japan", "日本", "Japan", "place"),
        ],
        "kps": [[2, 3], [3], [4], [5], [7, 8]],
    },
    "mix_tw_delivery_protest": {
        "file": "mix_tw_delivery_protest.txt",
        "en": {
            "title": "Taipei delivery riders rally for a minimum of NT$45 per order",
            "one_line": "About 3,000 riders, by organisers' count, rallied in Taipei on Sunday after foodpanda and Uber Eats cut pay, seeking a legal minimum rate.",
            "summary": "Food-delivery riders rallied on Ketagalan Boulevard in Taipei on Sunday to demand a legal minimum pay per order; organisers "
            "counted about 3,000, police 1,800. Union chair Lin Tzu-yang said foodpanda cut its Taipei base rate from NT$40 to NT$32 per order "
            "in March, and that Uber Eats' new formula in April lowered riders' average hourly pay by about 15%. The union wants NT$45 per order, "
            "pay for restaurant waits over 10 minutes and platform-funded accident insurance. Minister of Labor Hung Te-ming said a draft act "
            "going to the Executive Yuan by the end of June would require pay transparency and seven days' notice of rate changes, but would "
            "set no minimum rate. The union threatens a one-hour app shutdown in July.",
            "key_points": [
                "Organisers put the turnout at about 3,000 and police at 1,800.",
                "foodpanda cut its Taipei base pay from NT$40 to NT$32 per order, a fifth less; Uber Eats' changes cut hourly pay by about 15%.",
                "Riders want NT$45 per order, pay for waits over 10 minutes and compulsory accident insurance paid by the platforms.",
                "The labour ministry's draft act, due at the Executive Yuan by the end of June, sets no minimum pay per order.",
                "Taiwan has about 150,000 delivery riders; accidents involving them reached 12,000 last year, killing 46.",
            ],
        },
        "zh": {
            "title": "台北外送员凯道集结 要求每单最低报酬新台币45元",
            "one_line": "台湾外送员周日在凯达格兰大道集结，抗议两大平台降薪，要求立法订定每单最低报酬。",
            "summary": "台湾外送产业工会周日在台北凯达格兰大道发起集结，主办方称约3000人参加，警方估计为1800人。工会理事长林子扬表示，"
            "foodpanda自3月起将台北每单基本报酬从新台币40元降至32元，Uber Eats 4月调整计价后外送员平均时薪减少约15%。工会要求每单"
            "最低报酬45元、在餐厅等候超过10分钟须获补偿，并由平台投保职业意外险。劳动部长洪德明表示，《外送平台工作者权益保障法》草案"
            "将于6月底前送交行政院，要求公开计价方式、调价须提前七天通知，但不设每单最低报酬。工会称若诉求未获纳入，将于7月发起“关App一小时”行动。",
            "key_points": [
                "主办方称约3000人参加，警方估计为1800人。",
                "foodpanda将台北每单基本报酬从新台币40元降至32元，降幅两成；Uber Eats调整后时薪减少约15%。",
                "外送员要求每单最低45元、等候超过10分钟须获补偿，以及由平台支付的强制意外险。",
                "劳动部草案将于6月底前送交行政院，但未设每单最低报酬。",
                "全台外送员约15万人；去年涉及外送员的交通事故达1.2万件，造成46人死亡。",
            ],
        },
        "kw_en": ["food delivery", "Taiwan", "foodpanda", "Uber Eats", "minimum pay", "Ministry of Labor"],
        "kw_zh": ["外送", "台湾", "foodpanda", "Uber Eats", "最低报酬", "劳动部"],
        "entities": [
            ("Ketagalan Boulevard", "凯达格兰大道", "Ketagalan Boulevard", "place"),
            ("Taipei", "台北", "Taipei", "place"),
            ("Taiwan", "台湾", "Taiwan", "place"),
            ("Taiwan Delivery Industry Union", "台湾外送产业工会", "台灣外送產業工會", "organization"),
            ("Lin Tzu-yang", "林子扬", "林子揚", "person"),
            ("foodpanda", "foodpanda", "foodpanda", "organization"),
            ("Uber Eats", "Uber Eats", "Uber Eats", "organization"),
            ("Hung Te-ming", "洪德明", "Hung Te-ming", "person"),
            ("Ministry of Labor", "劳动部", "勞動部", "organization"),
            ("Executive Yuan", "行政院", "Executive Yuan", "organization"),
            (
                "Delivery Platform Workers Protection Act",
                "外送平台工作者权益保障法",
                "Delivery Platform Workers Protection Act",
                "other",
            ),
        ],
        "kps": [[2], [3], [4], [6], [5]],
    },
}
