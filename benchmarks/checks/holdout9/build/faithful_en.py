# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout9 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_bristol_recount": {
        "file": "en_bristol_recount.txt",
        "en": {
            "title": "Recount confirms Green candidate Nadia Okafor as Bristol mayor by 412 votes",
            "one_line": "A full recount widened Nadia Okafor's lead over Labour's Marcus Bell to 412 votes, making her the first "
            "Green mayor of a major English city.",
            "summary": "Green Party candidate Nadia Okafor was declared mayor of Bristol early on Saturday, May 9, after a full "
            "recount widened her lead over Labour's Marcus Bell from 389 to 412 votes. She won 61,884 votes, or 35.7%, to "
            "Bell's 61,472, while Conservative Helen Crawford was third with 14.3%. Returning officer Stephen Lowe said turnout "
            "was 38.6%, up 2.4 percentage points on 2022, and 1,127 ballot papers were rejected. Bell's agent had asked for the "
            "recount over the sorting of postal votes from two wards. Bell did not concede and said Labour would study the "
            "figures before deciding on an election petition, which must be filed within 21 days. Okafor, 41, has promised a "
            "flat £2 bus fare by next April and 3,000 council homes within four years. The recount cost about £46,000.",
            "key_points": [
                "Nadia Okafor beat Labour's Marcus Bell by 412 votes after a recount; the first count had put her 389 votes ahead.",
                "Turnout was 38.6%, up 2.4 percentage points on 2022, and 1,127 ballot papers were rejected.",
                "Okafor won 61,884 votes (35.7%); Conservative Helen Crawford was third with 24,751 votes.",
                "Bell did not concede, and Labour has not ruled out an election petition, which is due within 21 days.",
                "Okafor promises a flat £2 bus fare by next April and 3,000 council homes within four years.",
            ],
        },
        "zh": {
            "title": "重新点票确认绿党奥卡福当选布里斯托尔市长 领先412票",
            "one_line": "全面重新点票后，绿党候选人奥卡福以412票之差击败工党的贝尔，当选布里斯托尔市长。",
            "summary": "绿党候选人娜迪娅·奥卡福5月9日（周六）凌晨被宣布当选布里斯托尔市长。重新点票后，她对工党候选人"
            "马库斯·贝尔的领先优势从389票扩大至412票。奥卡福获61884票，得票率35.7%，贝尔获61472票，保守党候选人"
            "海伦·克劳福德以14.3%位居第三。选举主任斯蒂芬·洛表示，投票率为38.6%，比2022年上升2.4个百分点，另有1127张"
            "选票被判无效。贝尔没有认输，称工党将仔细研究数据后再决定是否提出选举呈请，呈请须在21天内提交。41岁的"
            "奥卡福承诺明年4月前推行2英镑单一巴士票价，并在四年内兴建3000套市政住房。此次重新点票耗资约4.6万英镑。",
            "key_points": [
                "奥卡福在重新点票后以412票之差击败工党的贝尔，首轮点票时她领先389票。",
                "投票率为38.6%，比2022年上升2.4个百分点，另有1127张选票被判无效。",
                "奥卡福获61884票（35.7%），保守党候选人克劳福德以24751票位居第三。",
                "贝尔没有认输，工党未排除提出选举呈请，呈请须在21天内提交。",
                "奥卡福承诺明年4月前推行2英镑单一巴士票价，并在四年内兴建3000套市政住房。",
            ],
        },
        "kw_en": ["Bristol", "mayoral election", "recount", "Nadia Okafor", "Green Party", "Labour"],
        "kw_zh": ["布里斯托尔", "市长选举", "重新点票", "娜迪娅·奥卡福", "绿党", "工党"],
        "entities": [
            ("Nadia Okafor", "娜迪娅·奥卡福", "Nadia Okafor", "person"),
            ("Marcus Bell", "马库斯·贝尔", "Marcus Bell", "person"),
            ("Helen Crawford", "海伦·克劳福德", "Helen Crawford", "person"),
            ("Stephen Lowe", "斯蒂芬·洛", "Stephen Lowe", "person"),
            ("Green Party", "绿党", "Green Party", "organization"),
            ("Labour", "工党", "Labour", "organization"),
            ("Conservative Party", "保守党", "Conservative", "organization"),
            ("Bristol", "布里斯托尔", "Bristol", "place"),
        ],
        "kps": [[2, 5], [3], [4], [6], [7]],
    },
    "en_villa_transfer": {
        "file": "en_villa_transfer.txt",
        "en": {
            "title": "Aston Villa sign Porto striker Tiago Mendes for a club-record €72m",
            "one_line": "Aston Villa paid Porto an initial €72 million for 24-year-old Tiago Mendes, with up to €8 million more in add-ons.",
            "summary": "Aston Villa have signed Portuguese striker Tiago Mendes from FC Porto for an initial €72 million, a club "
            "record, with up to €8 million more in add-ons and a 10% sell-on clause for Porto. Mendes, 24, has signed until "
            "June 2031 and will reportedly earn about £150,000 a week. He has scored 23 goals in 31 games this season and could "
            "make his debut against Brentford on Sunday. Head of football operations Oliver Hartley said Villa did not want to "
            "wait for the summer, when the price would only rise. Porto finance chief Sofia Antunes said the money would help "
            "cut debt of about €380 million; Porto had rejected a €60 million bid from Napoli. Braga are owed 15% of the fee. "
            "Villa, who lost £86 million before tax in the year to June, will pay in instalments over four years.",
            "key_points": [
                "The initial fee is €72 million and could reach €80 million with add-ons; Porto keep a 10% sell-on clause.",
                "Mendes, 24, has signed until June 2031 and has scored 23 goals in 31 games this season.",
                "Porto turned down a €60 million offer from Napoli and will use the money to cut debt of about €380 million.",
                "Braga, Mendes's former club, are entitled to 15% of the fee, roughly €10.8 million.",
                "Villa posted an £86 million pre-tax loss and will pay the fee in instalments over four years.",
            ],
        },
        "zh": {
            "title": "阿斯顿维拉以俱乐部纪录的7200万欧元签下波尔图前锋门德斯",
            "one_line": "阿斯顿维拉以首付7200万欧元从波尔图签下24岁前锋门德斯，附加条款最多再付800万欧元。",
            "summary": "英超阿斯顿维拉周四宣布，以首付7200万欧元从波尔图签下葡萄牙前锋蒂亚戈·门德斯，创俱乐部转会纪录；"
            "附加条款最多再付800万欧元，波尔图还保留10%的二次转会分成。24岁的门德斯签约至2031年6月，据报周薪约15万英镑。"
            "他本赛季31场比赛攻入23球，最快周日对阵布伦特福德时首秀。足球运营主管奥利弗·哈特利说，球队不想等到夏天，"
            "否则价格只会更高。波尔图首席财务官索菲亚·安图内斯表示，这笔钱将用于削减约3.8亿欧元的债务，此前已拒绝"
            "那不勒斯6000万欧元的报价。布拉加可获转会费的15%。维拉截至6月的财年税前亏损8600万英镑，转会费将在四年内分期支付。",
            "key_points": [
                "首付转会费7200万欧元，加上附加条款最多可达8000万欧元，波尔图保留10%的二次转会分成。",
                "24岁的门德斯签约至2031年6月，本赛季31场比赛攻入23球。",
                "波尔图曾拒绝那不勒斯6000万欧元的报价，这笔收入将用于削减约3.8亿欧元债务。",
                "门德斯的前东家布拉加可获转会费的15%，约1080万欧元。",
                "维拉税前亏损8600万英镑，转会费将在四年内分期支付。",
            ],
        },
        "kw_en": [
            "Aston Villa",
            "FC Porto",
            "Tiago Mendes",
            "transfer record",
            "Premier League",
            "January transfer window",
        ],
        "kw_zh": ["阿斯顿维拉", "波尔图", "蒂亚戈·门德斯", "转会纪录", "英超", "冬季转会窗"],
        "entities": [
            ("Aston Villa", "阿斯顿维拉", "Aston Villa", "organization"),
            ("FC Porto", "波尔图", "FC Porto", "organization"),
            ("Tiago Mendes", "蒂亚戈·门德斯", "Tiago Mendes", "person"),
            ("Oliver Hartley", "奥利弗·哈特利", "Oliver Hartley", "person"),
            ("Sofia Antunes", "索菲亚·安图内斯", "Sofia Antunes", "person"),
            ("Napoli", "那不勒斯", "Napoli", "organization"),
            ("Braga", "布拉加", "Braga", "organization"),
            ("Brentford", "布伦特福德", "Brentford", "organization"),
            ("Premier League", "英超", "Premier League", "organization"),
        ],
        "kps": [[3], [3, 5], [6], [6], [7]],
    },
    "html_mx_steel_tariff": {
        "file": "html_mx_steel_tariff.html",
        "en": {
            "title": "Mexico raises tariff on steel from countries without trade deals to 35%",
            "one_line": "Mexico will lift duties on steel from countries without trade agreements from 25% to 35% from March 16, "
            "mainly hitting Asian imports.",
            "summary": "Mexico's Ministry of Economy said on Thursday it would raise tariffs on steel from countries without a "
            "trade agreement to 35% from 25%, mainly hitting shipments from China, Vietnam and South Korea. The duty covers 155 "
            "tariff lines from Monday, March 16, until the end of 2027; steel from the United States, Canada, the EU and Japan "
            "is exempt. Imports rose 11% to 9.4 million tonnes in 2025, with China's up 18% to 2.9 million tonnes, and now meet "
            "about 45% of demand. Economy Secretary Rodrigo Salcedo said Mexico was not closing the door to trade. Guillermo "
            "Ortega of the steel chamber Canacero said mills were running at about 62% of capacity and imported hot-rolled coil "
            "sold for about US$540 a tonne. Auto parts makers warned of costs 3% to 5% higher.",
            "key_points": [
                "The tariff rises to 35% from 25% on 155 tariff lines from March 16 until the end of 2027.",
                "Steel from the United States, Canada, the EU and Japan is not affected.",
                "Imports rose 11% to 9.4 million tonnes in 2025; shipments from China grew 18% to 2.9 million tonnes.",
                "Mills run at about 62% of capacity, and imported hot-rolled coil costs about US$540 a tonne, US$90 below local costs.",
                "Banorte analysts expect Chinese steel shipments to Mexico to fall by about a third this year.",
            ],
        },
        "zh": {
            "title": "墨西哥将非自贸伙伴钢材进口关税提高至35%",
            "one_line": "墨西哥3月16日起将无贸易协定国家的钢材关税从25%提高至35%，主要针对亚洲进口。",
            "summary": "墨西哥经济部周四宣布，将把来自无贸易协定国家的钢材进口关税从25%提高至35%，主要针对"
            "中国、越南和韩国的产品。新关税涵盖155个税目，3月16日（周一）起实施，有效期至2027年底；美国、加拿大、欧盟"
            "和日本的钢材不受影响。2025年墨西哥钢材进口量增长11%至940万吨，其中来自中国的增长18%至290万吨，进口钢材已"
            "满足约45%的国内需求。经济部长罗德里戈·萨尔塞多说，墨西哥并非对贸易关上大门。墨西哥钢铁商会会长吉列尔莫·"
            "奥尔特加表示，国内钢厂产能利用率约为62%，进口热轧卷价格约每吨540美元。汽车零部件行业警告成本可能上升3%至5%。",
            "key_points": [
                "155个税目的关税从25%提高至35%，3月16日起实施，至2027年底。",
                "美国、加拿大、欧盟和日本的钢材不受影响。",
                "2025年钢材进口量增长11%至940万吨，来自中国的增长18%至290万吨。",
                "国内钢厂产能利用率约62%，进口热轧卷每吨约540美元，比本地生产成本低约90美元。",
                "北方银行分析师预计，今年中国输往墨西哥的钢材将减少约三分之一。",
            ],
        },
        "kw_en": ["Mexico", "steel", "tariffs", "imports", "China", "Ministry of Economy"],
        "kw_zh": ["墨西哥", "钢材", "关税", "进口", "中国", "墨西哥经济部"],
        "entities": [
            ("Mexico", "墨西哥", "Mexico", "place"),
            ("Ministry of Economy", "墨西哥经济部", "Ministry of Economy", "organization"),
            ("Rodrigo Salcedo", "罗德里戈·萨尔塞多", "Rodrigo Salcedo", "person"),
            ("Canacero", "墨西哥钢铁商会", "Canacero", "organization"),
            ("Guillermo Ortega", "吉列尔莫·奥尔特加", "Guillermo Ortega", "person"),
            ("Banorte", "北方银行", "Banorte", "organization"),
            ("China", "中国", "China", "place"),
            ("Vietnam", "越南", "Vietnam", "place"),
            ("South Korea", "韩国", "South Korea", "place"),
            ("United States", "美国", "United States", "place"),
            ("Canada", "加拿大", "Canada", "place"),
            ("European Union", "欧盟", "European Union", "organization"),
            ("Japan", "日本", "Japan", "place"),
        ],
        "kps": [[2, 3], [3], [4], [6], [8]],
    },
    "mix_my_film_record": {
        "file": "mix_my_film_record.txt",
        "en": {
            "title": "Kampung Lantern becomes Malaysia's highest-grossing Chinese-language film",
            "one_line": "Lee Hui Min's family drama has taken RM38.6 million in 24 days, beating a record set in 2018.",
            "summary": 'The Malaysian family drama "Kampung Lantern" has become the highest-grossing Chinese-language film in '
            "Malaysia, taking RM38.6 million in 24 days and beating a record of about RM30.5 million set in 2018, distributor "
            "Golden Screen Cinemas said on Tuesday. Directed by Lee Hui Min and shot in Perak on a budget of about RM4.2 "
            "million, the film opened on January 31 and has drawn more than 2.3 million viewers. It took RM16.5 million in its "
            "second week, over the Chinese New Year holiday, and GSC expects a final total of RM45 million to RM50 million. "
            "The film is not yet showing in Singapore, where it opens on March 12, with Taiwan to follow in April. FINAS says "
            "it qualifies for a 30% cash rebate worth about RM1.26 million.",
            "key_points": [
                "The film took RM38.6 million in 24 days, beating the record of about RM30.5 million set in 2018.",
                "More than 2.3 million people have seen it, about 30% of them first-timers at a local Chinese-language film.",
                "It earned RM16.5 million in its second week, over Chinese New Year; GSC expects RM45-50 million in total.",
                "It opens in Singapore on March 12 and in Taiwan in April.",
                "FINAS says the film qualifies for a 30% cash rebate of about RM1.26 million.",
            ],
        },
        "zh": {
            "title": "《灯笼村》成为马来西亚最卖座华语电影",
            "one_line": "李慧敏执导的《灯笼村》上映24天票房3860万令吉，打破2018年创下的纪录。",
            "summary": "马来西亚家庭剧情片《灯笼村》上映24天累计票房达3860万令吉，打破2018年创下的约3050万令吉纪录，"
            "成为大马影史上最卖座的华语电影，发行商金屏幕影院周二公布。该片由李慧敏执导，几乎全部在霹雳州拍摄，"
            "制作成本约420万令吉，1月31日上映，观影人次已逾230万。农历新年假期所在的第二周单周票房达1650万令吉，"
            "金屏幕影院预计最终票房可达4500万至5000万令吉。该片尚未在新加坡上映，将于3月12日登陆新加坡，4月在台湾上映。"
            "国家电影发展机构表示，该片可获相当于制作成本30%的现金回扣，约126万令吉。",
            "key_points": [
                "《灯笼村》上映24天票房3860万令吉，打破2018年约3050万令吉的纪录。",
                "观影人次逾230万，约三成观众首次进电影院看本地华语片。",
                "第二周正值农历新年，单周票房1650万令吉；金屏幕影院预计总票房4500万至5000万令吉。",
                "该片将于3月12日在新加坡上映，4月在台湾上映。",
                "国家电影发展机构表示，该片可获30%的现金回扣，约126万令吉。",
            ],
        },
        "kw_en": [
            "Kampung Lantern",
            "box office",
            "Malaysia",
            "Chinese-language film",
            "Golden Screen Cinemas",
            "Lee Hui Min",
        ],
        "kw_zh": ["灯笼村", "票房", "马来西亚", "华语电影", "金屏幕影院", "李慧敏"],
        "entities": [
            ("Kampung Lantern", "灯笼村", "Kampung Lantern", "product"),
            ("Lee Hui Min", "李慧敏", "Lee Hui Min", "person"),
            ("Golden Screen Cinemas", "金屏幕影院", "Golden Screen Cinemas", "organization"),
            ("FINAS", "国家电影发展机构", "FINAS", "organization"),
            ("Malaysia", "马来西亚", "Malaysia", "place"),
            ("Perak", "霹雳州", "Perak", "place"),
            ("Singapore", "新加坡", "Singapore", "place"),
            ("Taiwan", "台湾", "Taiwan", "place"),
        ],
        "kps": [[2, 3], [3], [5], [6], [8]],
    },
}
