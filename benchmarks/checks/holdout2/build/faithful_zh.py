# ruff: noqa: E501  (data: summaries are kept whole so they can be grepped)
"""Faithful bilingual summaries of the Chinese-source, mixed and bilingual articles of the holdout2 set.

Each entry: the article file, EN and zh-Hans blocks (aligned key point by key point), keywords, the
grounding entities as (en, zh, source as written in the article, type) and, per key point, the 1-based
paragraphs of `bisum normalize` output it rests on (the same for both languages)."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {}

FAITHFUL_ZH["hk_fraud_court"] = {
    "file": "hk_fraud_court.txt",
    "en": {
        "title": "Former Hang Yuen Holdings finance chief jailed for four years and nine months over HK$48 million fraud",
        "one_line": "A District Court judge jailed Leung Chi-ho, former finance chief of Hang Yuen Holdings, for conspiring to defraud the company of more than HK$48 million.",
        "summary": "The District Court on November 26 convicted Leung Chi-ho, 49, former chief financial officer of Hong Kong logistics group Hang Yuen Holdings, on two counts of conspiracy to defraud and jailed him for four years and nine months. Between March 2021 and June 2023 he approved 137 fake invoices from Chun Tat Freight Services, a firm owned by supplier Ho Ka-kit, for services that were never provided, taking more than HK$48 million; about HK$19 million went to a company in his wife's name. Ho, who pleaded guilty, was earlier jailed for three years and two months. Judge Chan Mei-ling cut six months from the sentence because Leung had repaid about HK$12 million, and ordered him to pay a further HK$36 million within 12 months or serve 18 more months.",
        "key_points": [
            "Leung Chi-ho was convicted on two counts of conspiracy to defraud and jailed for four years and nine months",
            "He approved 137 fake invoices for storage and trucking services that were never provided, and about HK$19 million went to his wife's company",
            "An internal audit uncovered the fraud in July 2023, and the company's shares fell 38% when trading resumed",
            "The judge took six months off for the HK$12 million he had repaid and ordered him to pay HK$36 million more within 12 months",
        ],
    },
    "zh": {
        "title": "恒远控股前财务总监诈骗逾4800万港元 判囚四年九个月",
        "one_line": "香港区域法院裁定恒远控股前财务总监梁志豪串谋诈骗罪成，判囚四年九个月。",
        "summary": "香港物流集团恒远控股前财务总监梁志豪（49岁）被控于2021年3月至2023年6月间伙同供应商东主何家杰，以虚假发票骗取公司逾4800万港元。区域法院11月26日裁定他两项串谋诈骗罪成立，判囚四年九个月。他利用审批付款的权限，批出137张由骏达货运服务开出的发票，相关服务从未提供，其中约1900万港元流入其妻名下公司。何家杰早前认罪，已被判囚三年两个月。法官陈美玲因梁志豪已退还约1200万港元，将刑期扣减六个月，并命令他在12个月内再赔偿3600万港元，否则须多服刑18个月。",
        "key_points": [
            "梁志豪两项串谋诈骗罪成，被判入狱四年九个月",
            "他批出137张虚假的仓储及拖车服务发票，其中约1900万港元流入其妻名下公司",
            "事件于2023年7月经内部审计揭发，公司股价复牌首日急跌38%",
            "法官因他退还约1200万港元扣减刑期六个月，并命令他在12个月内再赔偿3600万港元",
        ],
    },
    "kw_en": ["Hang Yuen Holdings", "fraud", "District Court", "fake invoices", "sentencing", "Hong Kong"],
    "kw_zh": ["恒远控股", "诈骗", "区域法院", "虚假发票", "判刑", "香港"],
    "entities": [
        ("Hong Kong", "香港", "香港", "place"),
        ("Hang Yuen Holdings", "恒远控股", "恒遠控股", "organization"),
        ("Leung Chi-ho", "梁志豪", "梁志豪", "person"),
        ("Ho Ka-kit", "何家杰", "何家傑", "person"),
        ("Chan Mei-ling", "陈美玲", "陳美玲", "person"),
        ("Chun Tat Freight Services", "骏达货运服务", "駿達貨運服務", "organization"),
        ("District Court", "区域法院", "區域法院", "organization"),
    ],
    "kps": [[2], [4], [5], [6, 7]],
}

FAITHFUL_ZH["tw_budget"] = {
    "file": "tw_budget.txt",
    "en": {
        "title": "Taiwan's legislature passes 2027 budget after cutting NT$32.6 billion and freezing submarine funds",
        "one_line": "Taiwan's Legislative Yuan passed a NT$2.987 trillion central government budget for 2027, cutting NT$32.6 billion and freezing about NT$61.8 billion.",
        "summary": "Taiwan's Legislative Yuan passed the central government's 2027 budget on its third reading on the evening of December 1, with spending of NT$2.987 trillion. Cross-party talks cut NT$32.6 billion, about 1.1% of the Executive Yuan's record proposal of NT$3.0196 trillion, and froze about NT$61.8 billion, including NT$11.2 billion for the next stage of the domestic submarine programme. Funding for new fighter jets and drones was kept in full. Most of the cuts fell on publicity, outsourcing and software spending; publicity budgets alone were cut by 40%, or about NT$1.8 billion. The cuts shrink the deficit to about NT$115 billion from NT$147.6 billion. The Executive Yuan said it respected the decision but may seek a supplementary budget next year. The budget goes to the president for promulgation next Tuesday, December 8.",
        "key_points": [
            "The 2027 budget passed on December 1 with spending of NT$2.987 trillion after cuts of NT$32.6 billion, about 1.1%",
            "Publicity spending was cut by 40%, or about NT$1.8 billion, as the cuts focused on publicity, outsourcing and software",
            "NT$11.2 billion for the submarine programme is frozen until the Ministry of National Defense reports within three months, while fighter and drone funding was kept",
            "The deficit falls to about NT$115 billion from NT$147.6 billion, a reduction of about a fifth",
            "The budget will be sent to the president for promulgation next Tuesday, December 8",
        ],
    },
    "zh": {
        "title": "台湾立法院三读通过2027年度总预算 删减326亿元新台币",
        "one_line": "台湾立法院三读通过2027年度中央政府总预算，岁出2.987万亿元新台币，删减326亿元。",
        "summary": "台湾立法院12月1日晚三读通过中央政府2027年度总预算案，岁出规模2.987万亿元新台币。经朝野协商，共删减326亿元，约为行政院原编列3.0196万亿元的1.1%，另冻结约618亿元，其中包括潜艇国造后续计划经费112亿元，新式战机及无人机经费则全数保留。删减主要集中在宣导费、委办费和信息软件采购，宣导费一项删减四成，约18亿元。删减后总预算赤字由1476亿元降至约1150亿元。行政院表示尊重决议，但将评估明年是否提出追加预算。预算案将于下周二（12月8日）咨请总统公布。",
        "key_points": [
            "总预算12月1日三读通过，岁出2.987万亿元新台币，删减326亿元，幅度约1.1%",
            "删减集中在宣导费、委办费和软件采购，宣导费删减四成，约18亿元",
            "潜艇国造后续计划经费112亿元遭冻结，须待国防部在三个月内提出报告，战机及无人机经费全数保留",
            "删减后总预算赤字由1476亿元降至约1150亿元，减少约两成",
            "预算案将于下周二（12月8日）咨请总统公布",
        ],
    },
    "kw_en": [
        "Taiwan",
        "Legislative Yuan",
        "central government budget",
        "budget cuts",
        "defence spending",
        "submarine programme",
    ],
    "kw_zh": ["台湾", "立法院", "总预算", "预算删减", "国防预算", "潜艇国造"],
    "entities": [
        ("Taiwan", "台湾", "台灣", "place"),
        ("Legislative Yuan", "立法院", "立法院", "organization"),
        ("Executive Yuan", "行政院", "行政院", "organization"),
        ("Ministry of National Defense", "国防部", "國防部", "organization"),
    ],
    "kps": [[2], [3], [4], [5], [7]],
}

FAITHFUL_ZH["cn_baijiu_earnings"] = {
    "file": "cn_baijiu_earnings.txt",
    "en": {
        "title": "Chuanfu Liquor's nine-month net profit rises 12.4% as distributors top 12,000",
        "one_line": "Baijiu maker Chuanfu Liquor lifted nine-month net profit 12.4% to 14.23 billion yuan, though third-quarter revenue growth slowed to 6.1%.",
        "summary": "Baijiu maker Chuanfu Liquor reported revenue of 38.65 billion yuan for the first nine months of the year, up 9.8%, and net profit attributable to shareholders of 14.23 billion yuan, up 12.4%. Third-quarter revenue rose 6.1% to 11.82 billion yuan, slower than in the first half. The premium Chuanfu Zhencang range brought in about 24.8 billion yuan, more than 60% of revenue, while mid-range sales fell 3.2% as banquet demand weakened. The number of distributors reached 12,300, a net gain of 860 since January, and direct sales, including e-commerce, grew 27% to 7.16 billion yuan. Gross margin rose 0.7 percentage points to 78.9%. Chairman Zhou Qinghua kept the full-year revenue growth target at about 10%.",
        "key_points": [
            "Nine-month revenue rose 9.8% to 38.65 billion yuan and net profit rose 12.4% to 14.23 billion yuan",
            "The premium range contributed about 24.8 billion yuan, more than 60% of revenue, while mid-range sales volume fell about 10%",
            "Distributors reached 12,300 and direct sales grew 27% to 7.16 billion yuan, 18.5% of revenue",
            "Gross margin rose 0.7 percentage points to 78.9%, while selling expenses climbed 15.6% to 4.18 billion yuan",
            "The company keeps its target of about 10% revenue growth this year and plans 20,000 tonnes of new capacity next year",
        ],
    },
    "zh": {
        "title": "川府酒业前三季度净利润142.3亿元 同比增长12.4%",
        "one_line": "川府酒业前三季度归母净利润增长12.4%至142.3亿元，但第三季度营收增速放缓至6.1%。",
        "summary": "川府酒业公布三季报，前三季度实现营业收入386.5亿元，同比增长9.8%；归属于上市公司股东的净利润142.3亿元，同比增长12.4%。第三季度营收118.2亿元，增长6.1%，增速较上半年放缓。高端“川府·珍藏”系列营收约248亿元，占总营收六成以上；中端系列收入约97亿元，下降3.2%，主要受宴席需求疲软拖累。截至9月底，经销商增至1.23万家，较年初净增860家；直销渠道收入71.6亿元，增长27%。毛利率升至78.9%，提高0.7个百分点。董事长周庆华表示，全年营收增长目标维持在10%左右。",
        "key_points": [
            "前三季度营收386.5亿元，增长9.8%；净利润142.3亿元，增长12.4%",
            "高端系列营收约248亿元，占总营收六成以上，中端产品销量下滑约一成",
            "经销商达1.23万家，直销渠道收入增长27%至71.6亿元，占比18.5%",
            "毛利率提高0.7个百分点至78.9%，销售费用增长15.6%至41.8亿元",
            "公司维持全年营收增长10%左右的目标，明年计划新增产能2万吨",
        ],
    },
    "kw_en": [
        "Chuanfu Liquor",
        "baijiu",
        "third-quarter results",
        "net profit",
        "distributors",
        "premium liquor",
    ],
    "kw_zh": ["川府酒业", "白酒", "三季报", "净利润", "经销商", "高端白酒"],
    "entities": [
        ("Chuanfu Liquor", "川府酒业", "川府酒业", "organization"),
        ("Chuanfu Zhencang", "川府·珍藏", "川府·珍藏", "product"),
        ("Zhou Qinghua", "周庆华", "周庆华", "person"),
    ],
    "kps": [[2], [3], [4], [5], [6]],
}

FAITHFUL_ZH["zh_glacier"] = {
    "file": "zh_glacier.txt",
    "en": {
        "title": "Glaciers in the western Nyainqentanglha range shrank by nearly a fifth in 50 years",
        "one_line": "Glacier area in the western Nyainqentanglha Mountains fell about 18.6% between 1976 and 2025, a drone survey of all 1,093 glaciers shows.",
        "summary": "A team led by the Chinese Academy of Sciences' Institute of Tibetan Plateau Research reports in Nature Geoscience that glaciers in the western Nyainqentanglha Mountains lost about 18.6% of their area in 50 years, shrinking from about 826 square kilometres in 1976 to 672 square kilometres in 2025, while glacier snouts retreated about 11 metres a year. In July and August the team mapped all 1,093 glaciers by drone at altitudes of 5,200 to 6,100 metres. Lead author Wang Zihan said summer temperatures rose 1.8°C over the period, about twice the global rate, and annual precipitation rose from about 480 mm to 530 mm, but more of it fell as rain. Glaciers smaller than 1 square kilometre fared worst. If warming continues, the area could halve again by 2060.",
        "key_points": [
            "Glacier area fell about 18.6%, from about 826 square kilometres in 1976 to 672 square kilometres in 2025",
            "Drones mapped all 1,093 glaciers between 5,200 and 6,100 metres, flying more than 3,400 km",
            "Summer temperatures rose 1.8°C in 50 years, about twice the global average rate, and the extra precipitation fell mostly as rain",
            "About a third of the glaciers smaller than 1 square kilometre have vanished or broken up; the Lanong Glacier retreated about 260 metres in ten years",
            "Glacier area could halve again by 2060, and Nam Co has already risen about 1.2 metres in 20 years",
        ],
    },
    "zh": {
        "title": "念青唐古拉山西段冰川50年缩小约18.6%",
        "one_line": "研究显示，念青唐古拉山西段冰川面积50年间缩小约18.6%，当地升温速率约为全球平均的两倍。",
        "summary": "中国科学院青藏高原研究所牵头的团队在《自然·地球科学》发表论文指出，念青唐古拉山西段冰川面积由1976年的约826平方公里减至2025年的672平方公里，缩小约18.6%，冰川末端平均每年后退约11米。团队今年7月至8月用无人机测绘了海拔5200至6100米间的全部1093条冰川。第一作者王子涵介绍，当地夏季平均气温50年上升1.8°C，约为全球平均的两倍；年降水量由约480毫米增至约530毫米，但多以降雨形式出现。面积不足1平方公里的小冰川消融最严重。若升温持续，到2060年冰川面积可能再减少一半。",
        "key_points": [
            "冰川面积由1976年的约826平方公里减至2025年的672平方公里，缩小约18.6%",
            "无人机测绘了海拔5200至6100米间的全部1093条冰川，飞行里程超过3400公里",
            "夏季平均气温50年上升1.8°C，约为全球平均的两倍，增加的降水多为降雨",
            "约三分之一面积不足1平方公里的小冰川已消失或分裂，拉弄冰川十年后退约260米",
            "到2060年冰川面积可能再减少一半，纳木错湖面近20年已上升约1.2米",
        ],
    },
    "kw_en": [
        "glaciers",
        "Nyainqentanglha",
        "Tibetan Plateau",
        "climate warming",
        "drone survey",
        "Chinese Academy of Sciences",
    ],
    "kw_zh": ["冰川", "念青唐古拉山", "青藏高原", "气候变暖", "无人机测绘", "中国科学院"],
    "entities": [
        ("Chinese Academy of Sciences", "中国科学院", "中国科学院", "organization"),
        ("Institute of Tibetan Plateau Research", "青藏高原研究所", "青藏高原研究所", "organization"),
        ("Nature Geoscience", "《自然·地球科学》", "《自然·地球科学》", "other"),
        ("Nyainqentanglha Mountains", "念青唐古拉山", "念青唐古拉山", "place"),
        ("Wang Zihan", "王子涵", "王子涵", "person"),
        ("Lanong Glacier", "拉弄冰川", "拉弄冰川", "place"),
        ("Nam Co", "纳木错", "纳木错", "place"),
    ],
    "kps": [[2], [3], [4], [5], [6]],
}

FAITHFUL_ZH["zh_korea_wage"] = {
    "file": "zh_korea_wage.txt",
    "en": {
        "title": "South Korea sets 2027 minimum wage at 10,650 won an hour, up 2.9%",
        "one_line": "South Korea's Minimum Wage Commission raised the 2027 hourly minimum wage 2.9% to 10,650 won, deciding by consensus for a second year.",
        "summary": "South Korea's Minimum Wage Commission decided in the early hours of Friday to set the 2027 minimum hourly wage at 10,650 won, about 55 yuan, up 2.9% from this year's 10,350 won. It was the second year in a row that the decision was reached by consensus. Based on 209 hours a month, the monthly minimum will be 2.226 million won, about 63,000 won more than this year. The Ministry of Employment and Labor estimates that about 2.9 million workers, roughly 13% of all wage earners, will benefit directly. Unions had asked for 11,500 won, while employers wanted a freeze. The Korea Enterprises Federation expressed regret, and the government said it would spend 1.2 trillion won next year on social insurance subsidies for firms with fewer than 30 employees. The new rate takes effect on January 1.",
        "key_points": [
            "The 2027 minimum wage is 10,650 won an hour, up 2.9% from 10,350 won, set by consensus for a second year",
            "The monthly minimum will be 2.226 million won, and about 2.9 million workers, around 13% of wage earners, will benefit directly",
            "Unions had demanded 11,500 won, an 11.1% rise, while employers sought a freeze at 10,350 won",
            "The government will spend 1.2 trillion won next year subsidising social insurance for firms with fewer than 30 employees",
            "Japan's national average minimum wage this year is 1,121 yen an hour; Korea's new rate takes effect on January 1",
        ],
    },
    "zh": {
        "title": "韩国2027年最低时薪上调2.9%至10650韩元",
        "one_line": "韩国最低工资委员会决定将2027年最低时薪上调2.9%至10650韩元，连续第二年协商一致。",
        "summary": "韩国最低工资委员会周五凌晨决定，将2027年最低时薪定为10650韩元（约合人民币55元），比今年的10350韩元上调2.9%，这是委员会连续第二年以协商一致方式作出决定。按每月209小时计算，明年最低月薪为222.6万韩元，增加约6.3万韩元。雇佣劳动部估计，约290万名劳动者将直接受惠，约占工资劳动者的13%。劳方原本要求11500韩元，资方则主张冻结。韩国经营者总协会表示遗憾。政府宣布明年投入1.2万亿韩元，为雇员不足30人的企业提供社保补贴。新标准将于明年1月1日起实施。",
        "key_points": [
            "2027年最低时薪定为10650韩元，比今年的10350韩元上调2.9%，连续第二年协商一致",
            "最低月薪为222.6万韩元，约290万名劳动者直接受惠，约占工资劳动者的13%",
            "劳方要求将时薪提高11.1%至11500韩元，资方主张冻结在10350韩元",
            "政府明年将投入1.2万亿韩元，为雇员不足30人的企业提供社保补贴",
            "日本今年最低时薪全国平均为1121日元；韩国新标准将于明年1月1日起实施",
        ],
    },
    "kw_en": ["minimum wage", "South Korea", "Minimum Wage Commission", "won", "wages", "small businesses"],
    "kw_zh": ["最低工资", "韩国", "最低工资委员会", "韩元", "工资", "小工商业者"],
    "entities": [
        ("South Korea", "韩国", "韩国", "place"),
        ("Minimum Wage Commission", "最低工资委员会", "最低工资委员会", "organization"),
        ("Ministry of Employment and Labor", "雇佣劳动部", "雇佣劳动部", "organization"),
        ("Korea Enterprises Federation", "韩国经营者总协会", "韩国经营者总协会", "organization"),
        ("Japan", "日本", "日本", "place"),
    ],
    "kps": [[2], [3], [4], [5], [6]],
}

FAITHFUL_ZH["zh_rail_holiday"] = {
    "file": "zh_rail_holiday.txt",
    "en": {
        "title": "China's railways carry 230 million passengers over National Day and Mid-Autumn holiday",
        "one_line": "China's railways carried 230 million passengers during the October 1-8 holiday, up 6.2%, with a record 32.6 million on October 1.",
        "summary": "China's railways carried 230 million passengers during the combined National Day and Mid-Autumn Festival holiday from October 1 to 8, up 6.2% from a year earlier and an average of 28.75 million a day, China State Railway Group said. A record 32.6 million passengers travelled on October 1. More than 13,000 passenger trains ran each day, including about 1,400 extra services, and the 12306 website and app sold 210 million tickets; 86% of waiting-list requests were filled, 4 percentage points more than last year. The Yangtze River Delta accounted for 52 million trips, more than a fifth of the total, and 860,000 passengers used the Guangzhou-Shenzhen-Hong Kong high-speed line, up 15%. Two new high-speed lines opened in late September carried 520,000 passengers.",
        "key_points": [
            "Railways carried 230 million passengers from October 1 to 8, up 6.2%, including a record 32.6 million on October 1",
            "More than 13,000 trains ran daily, including about 1,400 extra services, and 86% of waiting-list ticket requests were filled",
            "The Yangtze River Delta accounted for 52 million trips, and traffic to and from Hong Kong on the Guangzhou-Shenzhen-Hong Kong line rose 15% to 860,000",
            "Two high-speed lines opened in late September carried 520,000 passengers, and trains to Xi'an, Chengdu and Chongqing were more than 90% full",
            "About 18 million passengers are expected on October 9 as return traffic continues",
        ],
    },
    "zh": {
        "title": "国庆中秋假期全国铁路发送旅客2.3亿人次",
        "one_line": "10月1日至8日假期全国铁路发送旅客2.3亿人次，同比增长6.2%，10月1日单日创新高。",
        "summary": "据中国国家铁路集团有限公司消息，10月1日至8日国庆中秋假期，全国铁路累计发送旅客2.3亿人次，同比增长6.2%，日均2875万人次，其中10月1日发送3260万人次，创单日历史新高。假期每日开行旅客列车超过1.3万列，其中加开约1400列；12306网站和App发售车票2.1亿张，候补购票兑现率达86%，提高4个百分点。长三角地区发送旅客5200万人次，占全国两成以上；广深港高铁往返香港旅客86万人次，增长15%。9月底开通的两条高铁新线发送旅客52万人次。",
        "key_points": [
            "10月1日至8日全国铁路发送旅客2.3亿人次，增长6.2%，10月1日单日达3260万人次创新高",
            "每日开行旅客列车超过1.3万列，其中加开约1400列，候补购票兑现率达86%",
            "长三角地区发送旅客5200万人次，广深港高铁往返香港旅客增长15%至86万人次",
            "两条高铁新线发送旅客52万人次，开往西安、成都、重庆的列车客座率超过九成",
            "预计10月9日发送旅客约1800万人次，返程客流仍较集中",
        ],
    },
    "kw_en": [
        "China railways",
        "National Day holiday",
        "passenger trips",
        "China State Railway Group",
        "high-speed rail",
        "12306",
    ],
    "kw_zh": ["全国铁路", "国庆假期", "旅客发送量", "国铁集团", "高铁", "12306"],
    "entities": [
        ("China", "中国", "中国", "place"),
        ("China State Railway Group", "中国国家铁路集团有限公司", "中国国家铁路集团有限公司", "organization"),
        ("12306", "12306", "12306", "product"),
        ("Yangtze River Delta", "长三角", "长三角", "place"),
        ("Guangzhou-Shenzhen-Hong Kong high-speed line", "广深港高铁", "广深港高铁", "other"),
        ("Hong Kong", "香港", "香港", "place"),
        ("Xi'an", "西安", "西安", "place"),
        ("Chengdu", "成都", "成都", "place"),
        ("Chongqing", "重庆", "重庆", "place"),
    ],
    "kps": [[2], [3], [4], [5], [6]],
}

FAITHFUL_ZH["mixed_drone_launch"] = {
    "file": "mixed_drone_launch.txt",
    "en": {
        "title": "Yiyuan Robotics unveils Skylark X3 delivery drone with 25 kg payload",
        "one_line": "Shenzhen-based Yiyuan Robotics launched the Skylark X3 logistics drone, raising maximum payload to 25 kg from 15 kg, with commercial flights planned next year.",
        "summary": "Shenzhen drone maker Yiyuan Robotics on Wednesday unveiled the Skylark X3, a logistics drone that can carry up to 25 kg, up from 15 kg for the previous model, with a range of about 32 km fully loaded and a top speed of 90 km/h. The company plans to begin commercial operations in the Guangdong-Hong Kong-Macao Greater Bay Area in the second quarter of next year. Chief executive Vivian Zhao said it expects to deliver 1,500 units in 2027, about half to overseas customers. Each drone costs about 380,000 yuan, roughly 20% more than its predecessor. Yiyuan's drones have completed more than 2.6 million deliveries, 60% of them this year, and the company is raising new funding at a valuation of about 12 billion yuan.",
        "key_points": [
            "The Skylark X3 carries up to 25 kg, has a loaded range of about 32 km and a top speed of 90 km/h",
            "Yiyuan expects to deliver 1,500 units in 2027, about half of them abroad",
            "Each drone costs about 380,000 yuan, around 20% more than the previous model",
            "The company's drones have completed more than 2.6 million deliveries and fly 48 routes in Shenzhen's Nanshan and Bao'an districts",
            "Analyst Marcus Lee said Chinese makers ship about 70% of the world's commercial drones",
        ],
    },
    "zh": {
        "title": "翼远科技发布“云雀X3”物流无人机 最大载重增至25公斤",
        "one_line": "深圳翼远科技发布新一代物流无人机“云雀X3”，最大载重由15公斤增至25公斤。",
        "summary": "深圳无人机企业翼远科技周三发布新一代物流无人机“云雀X3”，最大载重由上一代的15公斤提高到25公斤，满载航程约32公里，最高时速90公里，计划明年第二季度起在粤港澳大湾区投入商业运营。创始人兼首席执行官Vivian Zhao表示，公司预计2027年交付1500台，约一半销往海外。该机每台售价约38万元，比上一代贵约两成。翼远科技的无人机累计完成配送订单逾260万单，六成来自今年；公司正进行新一轮融资，投后估值约120亿元。",
        "key_points": [
            "“云雀X3”最大载重25公斤，满载航程约32公里，最高时速90公里",
            "翼远科技预计2027年交付1500台，约一半销往海外",
            "每台售价约38万元，比上一代上涨约两成",
            "无人机累计完成配送订单逾260万单，在深圳南山、宝安两区运营48条航线",
            "分析师Marcus Lee表示，中国厂商约占全球商用无人机出货量的七成",
        ],
    },
    "kw_en": [
        "Yiyuan Robotics",
        "delivery drone",
        "Skylark X3",
        "Shenzhen",
        "low-altitude economy",
        "logistics",
    ],
    "kw_zh": ["翼远科技", "物流无人机", "云雀X3", "深圳", "低空经济", "物流"],
    "entities": [
        ("Yiyuan Robotics", "翼远科技", "翼远科技", "organization"),
        ("Skylark X3", "云雀X3", "云雀X3", "product"),
        ("Shenzhen", "深圳", "深圳", "place"),
        ("Guangdong-Hong Kong-Macao Greater Bay Area", "粤港澳大湾区", "粤港澳大湾区", "place"),
        ("Vivian Zhao", "Vivian Zhao", "Vivian Zhao", "person"),
        ("Nanshan", "南山", "南山", "place"),
        ("Bao'an", "宝安", "宝安", "place"),
        ("Marcus Lee", "Marcus Lee", "Marcus Lee", "person"),
    ],
    "kps": [[2], [3], [4], [6], [7]],
}

FAITHFUL_ZH["macau_press_release"] = {
    "file": "macau_press_release.txt",
    "en": {
        "title": "Macao records more than 1.05 million visitors over Golden Week, up 8.4%",
        "one_line": "Macao received about 1.056 million visitors during the October 1-7 Golden Week, up 8.4%, with a single-day record on October 2.",
        "summary": "The Macao Government Tourism Office said visitor arrivals during the National Day Golden Week from October 1 to 7 totalled about 1.056 million, up 8.4% from a year earlier, or about 151,000 a day. Mainland visitors numbered about 893,000, or 84.6% of the total, including about 460,000 under the Individual Visit Scheme. Visitors from Hong Kong numbered about 112,000, and international visitors rose 21% to about 29,000. Arrivals on October 2 reached 187,000, a single-day record. Hotel occupancy averaged 95.2%, and the average room rate fell 3% to 2,380 patacas. Director Carmen Lou said the office would hold promotions in Bangkok and Seoul in November to attract more international visitors.",
        "key_points": [
            "About 1.056 million visitors arrived from October 1 to 7, up 8.4%, an average of about 151,000 a day",
            "Mainland visitors made up 84.6% of arrivals, and international visitors rose 21% to about 29,000",
            "Arrivals on October 2 reached a record 187,000",
            "Hotel occupancy averaged 95.2% and the average room rate fell 3% to 2,380 patacas",
            "The tourism office will hold promotions in Bangkok and Seoul in November",
        ],
    },
    "zh": {
        "title": "国庆黄金周访澳旅客约105.6万人次 同比增长8.4%",
        "one_line": "澳门旅游局公布，10月1日至7日黄金周入境旅客约105.6万人次，同比增长8.4%。",
        "summary": "澳门特别行政区政府旅游局公布，10月1日至7日国庆黄金周期间，入境旅客约105.6万人次，同比增长8.4%，日均约15.1万人次。内地旅客约89.3万人次，占总数的84.6%，其中个人游旅客约46万人次；香港旅客约11.2万人次；国际旅客约2.9万人次，增长21%。10月2日单日入境旅客达18.7万人次，创历史新高。黄金周期间酒店平均入住率为95.2%，平均房价2380澳门元，下降3%。旅游局局长卢嘉敏表示，将于11月在曼谷和首尔举办推广活动，开拓国际客源。",
        "key_points": [
            "10月1日至7日入境旅客约105.6万人次，同比增长8.4%，日均约15.1万人次",
            "内地旅客占总数的84.6%，国际旅客增长21%至约2.9万人次",
            "10月2日单日入境旅客达18.7万人次，创历史新高",
            "酒店平均入住率为95.2%，平均房价下降3%至2380澳门元",
            "旅游局将于11月在曼谷和首尔举办推广活动",
        ],
    },
    "kw_en": ["Macao", "Golden Week", "visitor arrivals", "tourism", "hotel occupancy", "mainland visitors"],
    "kw_zh": ["澳门", "黄金周", "入境旅客", "旅游", "酒店入住率", "内地旅客"],
    "entities": [
        ("Macao", "澳门", "澳門", "place"),
        (
            "Macao Government Tourism Office",
            "澳门特别行政区政府旅游局",
            "澳門特別行政區政府旅遊局",
            "organization",
        ),
        ("Hong Kong", "香港", "香港", "place"),
        ("Carmen Lou", "卢嘉敏", "盧嘉敏", "person"),
        ("Bangkok", "曼谷", "曼谷", "place"),
        ("Seoul", "首尔", "首爾", "place"),
    ],
    "kps": [[2, 3], [4, 5], [4, 5], [6, 7], [8, 9]],
}
