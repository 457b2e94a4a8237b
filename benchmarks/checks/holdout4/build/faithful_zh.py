# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout4 Chinese articles (Taiwan Traditional, mainland Simplified)."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "tw_typhoon_relief": {
        "file": "tw_typhoon_relief.txt",
        "en": {
            "title": "Typhoon Krosa kills 14 in Taiwan as cabinet unveils NT$18.5bn relief package",
            "one_line": "Taiwan's cabinet will seek NT$18.5 billion in special funding after Typhoon Krosa left 14 "
            "dead, 386 injured and 1.72 million households without power.",
            "summary": "Typhoon Krosa, which made landfall near Xincheng in Hualien last Thursday night, killed 14 "
            "people, left two missing and injured 386, according to Taiwan's Central Emergency Operation "
            "Center; eight of the dead were in Hualien County. Premier Cho Wen-pin said the cabinet would "
            "propose a special budget of NT$18.5 billion, including about NT$9.8 billion to repair public "
            "facilities, roads and bridges and NT$2.9 billion in farm aid. Power cuts hit a cumulative 1.72 "
            "million households, the most in a decade, though 99.2% have since been reconnected. Farm losses "
            "are put at NT$4.26 billion, about 30% more than Typhoon Nepartak caused in 2016. Opposition "
            "lawmakers say the package is too small; it goes to the Legislative Yuan next week.",
            "key_points": [
                "Krosa left 14 dead, two missing and 386 injured; Hualien County suffered eight of the deaths.",
                "A cumulative 1.72 million households lost power, a 10-year high; 99.2% have been reconnected "
                "and about 13,000 mountain households should get power back by the weekend.",
                "Farm losses are estimated at NT$4.26 billion; cash aid rises to as much as NT$80,000 a hectare, with "
                "1.2% loans repayable over up to 10 years.",
                "The NT$18.5 billion package offers up to NT$30,000 per home for repairs and loans of up to NT$5 "
                "million, interest-free for two years, for small firms.",
                "KMT legislator Chang Ya-chi said Hualien's own estimate of local losses exceeds NT$12 billion, "
                "with central aid covering only about 60%.",
            ],
        },
        "zh": {
            "title": "台风柯罗莎致14死 行政院推出185亿元新台币纾困方案",
            "one_line": "台风柯罗莎造成14人死亡、386人受伤，172万户停电，行政院拟编185亿元特别预算。",
            "summary": "强台风柯罗莎上周四夜间在花莲新城一带登陆，据中央灾害应变中心统计，共造成14人死亡、2人失踪、"
            "386人受伤，其中花莲县8人死亡。行政院长卓文彬宣布编列新台币185亿元特别预算，其中约98亿元用于修复公共设施"
            "和道路桥梁，29亿元用于农业救助。全台累计停电172万户，为近十年最多，目前99.2%的用户已恢复供电。农林渔牧"
            "损失估计达42.6亿元，比2016年尼伯特台风高出约三成。在野党立委批评方案规模不足，预算将于下周送立法院审议。",
            "key_points": [
                "台风造成14死、2失踪、386伤，花莲县死亡8人最多。",
                "累计停电172万户，创近十年新高；99.2%已复电，山区约1.3万户预计周末前恢复。",
                "农林渔牧损失42.6亿元新台币，农民现金救助每公顷最高提高至8万元，并提供利率1.2%、最长10年的低利贷款。",
                "185亿元方案中，民宅修缮每户最高补助3万元，中小企业可申请最高500万元、前两年免息的贷款。",
                "国民党立委张雅琪指出，花莲县估计地方损失超过120亿元，中央补助仅约六成。",
            ],
        },
        "kw_en": ["Typhoon Krosa", "Taiwan", "Hualien", "relief package", "power outages", "special budget"],
        "kw_zh": ["台风柯罗莎", "台湾", "花莲", "纾困方案", "停电", "特别预算"],
        "entities": [
            ("Krosa", "柯罗莎", "柯羅莎", "other"),
            ("Taiwan", "台湾", "台灣", "place"),
            ("Hualien", "花莲", "花蓮", "place"),
            ("Xincheng", "新城", "新城", "place"),
            ("Central Emergency Operation Center", "中央灾害应变中心", "中央災害應變中心", "organization"),
            ("Cho Wen-pin", "卓文彬", "卓文彬", "person"),
            ("Executive Yuan", "行政院", "行政院", "organization"),
            ("Legislative Yuan", "立法院", "立法院", "organization"),
            ("Nepartak", "尼伯特", "尼伯特", "other"),
            ("KMT", "国民党", "國民黨", "organization"),
            ("Chang Ya-chi", "张雅琪", "張雅琪", "person"),
        ],
        "kps": [[2], [3], [4], [5], [7]],
    },
    "zh_ev_earnings": {
        "file": "zh_ev_earnings.txt",
        "en": {
            "title": "Chiyuan Auto swings to first quarterly profit as revenue jumps 41%",
            "one_line": "The Hong Kong-listed EV maker earned 930 million yuan in the third quarter on revenue of "
            "38.6 billion yuan as September deliveries hit a record.",
            "summary": "Chinese electric-vehicle maker Chiyuan Auto reported third-quarter revenue of 38.64 "
            "billion yuan, up 41.2% from a year earlier and 12.7% from the previous quarter. It made a net "
            "profit of 930 million yuan, against a loss of 410 million yuan a year ago, its first quarterly "
            "profit since listing in Hong Kong in 2021. Deliveries rose 53% to 158,000 vehicles, including a "
            "record 61,000 in September. Vehicle gross margin rose 2.3 percentage points from the second quarter "
            "to 17.8%, helped by cheaper batteries. Overseas sales were about 12% of the total. The company "
            "expects 175,000 to 185,000 deliveries in the fourth quarter. Its Hong Kong shares closed 7.9% "
            "higher.",
            "key_points": [
                "Revenue rose 41.2% year on year to 38.64 billion yuan, and net profit was 930 million yuan "
                "versus a 410 million yuan loss.",
                "Deliveries rose 53% to 158,000; the Xinglan X5 SUV made up nearly 40% of sales.",
                "Gross margin reached 17.8%, up 2.3 points on the quarter and 5.6 points on the year; battery "
                "cost per car is down about 18% since January.",
                "R&D spending rose 29% to 2.17 billion yuan; a semi-solid-state battery developed with CATL will "
                "debut in the second quarter of next year.",
                "Overseas deliveries were 19,000, and a plant in Thailand with annual capacity of 100,000 "
                "vehicles started production in August.",
            ],
        },
        "zh": {
            "title": "驰远汽车三季度首次盈利 营收同比增长41%",
            "one_line": "驰远汽车三季度营收386.4亿元，净利润9.3亿元，9月交付量创新高，为上市以来首次单季盈利。",
            "summary": "驰远汽车第三季度营收386.4亿元，同比增长41.2%，环比增长12.7%；归母净利润9.3亿元，去年同期"
            "亏损4.1亿元，为2021年在港上市以来首次单季盈利。当季交付15.8万辆，同比增长53%，9月交付6.1万辆创新高。"
            "整车毛利率17.8%，环比提升2.3个百分点，同比提升5.6个百分点，主要受益于电池成本下降。研发投入21.7亿元。"
            "海外交付占比约12%，泰国工厂已于8月投产。公司预计四季度交付17.5万至18.5万辆。财报发布后公司港股收涨7.9%。",
            "key_points": [
                "营收同比增长41.2%至386.4亿元，净利润9.3亿元，上年同期亏损4.1亿元。",
                "交付量同比增长53%至15.8万辆，紧凑型SUV星澜X5贡献近四成销量。",
                "毛利率17.8%，环比升2.3个百分点、同比升5.6个百分点；单车电池成本较年初降约18%。",
                "研发投入同比增长29%至21.7亿元；与宁德时代联合开发的半固态电池明年二季度首发。",
                "海外交付1.9万辆，规划年产能10万辆的泰国罗勇工厂已于8月投产。",
            ],
        },
        "kw_en": [
            "Chiyuan Auto",
            "electric vehicles",
            "quarterly earnings",
            "gross margin",
            "deliveries",
            "CATL",
        ],
        "kw_zh": ["驰远汽车", "新能源汽车", "季度财报", "毛利率", "交付量", "宁德时代"],
        "entities": [
            ("Chiyuan Auto", "驰远汽车", "驰远汽车", "organization"),
            ("Xinglan X5", "星澜X5", "星澜X5", "product"),
            ("CATL", "宁德时代", "宁德时代", "organization"),
            ("Thailand", "泰国", "泰国", "place"),
            ("Rayong", "罗勇", "罗勇府", "place"),
            ("Hong Kong", "香港", "香港", "place"),
        ],
        "kps": [[2], [3], [4], [5], [6]],
    },
}
