# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout14 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_lng_ship_order": {
        "file": "zh_lng_ship_order.txt",
        "en": {
            "title": "Hudong-Zhonghua wins order for 12 large LNG carriers worth over US$3 billion",
            "one_line": "The CSSC yard will build twelve 174,000-cubic-metre LNG carriers for COSCO Shipping Energy, the biggest such order for a Chinese yard this year.",
            "summary": "Hudong-Zhonghua Shipbuilding, part of China State Shipbuilding Corporation, signed a deal in Shanghai on "
            "November 6 to build 12 LNG carriers of 174,000 cubic metres for COSCO Shipping Energy Transportation. The contract "
            "is worth more than US$3 billion, about 21.4 billion yuan, or roughly US$250 million a ship. The first vessel is due "
            "in March 2028 and the rest by the end of 2030. Chairman Wang Jianhua said the yard now holds orders for 58 LNG "
            "carriers, with production booked to 2031. China's new orders fell 8.3% in January-October but took 68.2% of the "
            "world market, up 3.1 percentage points. Clarksons Research analyst Li Min said South Korea's big three yards have "
            "won about 40 LNG carriers this year, less than half of last year's total.",
            "key_points": [
                "The 12 carriers of 174,000 cubic metres are worth over US$3 billion, about 21.4 billion yuan.",
                "The first ship is due in March 2028 and the other 11 by the end of 2030.",
                "Hudong-Zhonghua holds orders for 58 LNG carriers and delivered nine in the first ten months, four more than a year earlier.",
                "China's new orders fell 8.3% to 92 million deadweight tonnes, but its global share rose 3.1 percentage points to 68.2%.",
                "Shares of China CSSC Holdings rose 4.6% to 38.72 yuan on November 6.",
            ],
        },
        "zh": {
            "title": "沪东中华获12艘LNG运输船订单 总额逾30亿美元",
            "one_line": "沪东中华将为中远海运能源建造12艘17.4万立方米LNG运输船，为今年国内最大单笔同类订单。",
            "summary": "中国船舶集团旗下沪东中华造船11月6日在上海与中远海运能源签约，建造12艘17.4万立方米大型LNG运输船，合同总额逾30亿美元，"
            "约合人民币214亿元，平均每艘约2.5亿美元。首艘船计划2028年3月交付，其余11艘于2030年底前交付。董事长王建华表示，"
            "公司手持LNG运输船订单已达58艘，生产已排到2031年。今年1至10月，全国新接订单量同比下降8.3%，但占全球份额升至68.2%，"
            "提高3.1个百分点。克拉克森研究分析师李敏说，韩国三大船企今年仅获约40艘LNG运输船订单，不到去年的一半。",
            "key_points": [
                "12艘17.4万立方米运输船合同总额逾30亿美元，约合人民币214亿元。",
                "首艘船2028年3月交付，其余11艘于2030年底前交付。",
                "沪东中华手持LNG运输船订单58艘，前10个月交付9艘，比去年同期多4艘。",
                "全国新接订单量下降8.3%至9200万载重吨，全球份额提高3.1个百分点至68.2%。",
                "中国船舶股价11月6日上涨4.6%，收于38.72元。",
            ],
        },
        "kw_en": [
            "Hudong-Zhonghua",
            "LNG carriers",
            "shipbuilding",
            "COSCO Shipping Energy",
            "China State Shipbuilding Corporation",
            "South Korea",
        ],
        "kw_zh": ["沪东中华", "LNG运输船", "造船业", "中远海运能源", "中国船舶集团", "韩国"],
        "entities": [
            ("Hudong-Zhonghua Shipbuilding", "沪东中华", "沪东中华", "organization"),
            ("China State Shipbuilding Corporation", "中国船舶集团", "中国船舶集团", "organization"),
            ("COSCO Shipping Energy Transportation", "中远海运能源", "中远海运能源", "organization"),
            ("China CSSC Holdings", "中国船舶", "中国船舶", "organization"),
            ("Shanghai", "上海", "上海", "place"),
            ("Wang Jianhua", "王建华", "王建华", "person"),
            ("Clarksons Research", "克拉克森研究", "克拉克森研究", "organization"),
            ("Li Min", "李敏", "李敏", "person"),
            ("South Korea", "韩国", "韩国", "place"),
            ("China", "中国", "中国", "place"),
        ],
        "kps": [[2], [3], [4], [7], [13]],
    },
    "hk_hos_ballot": {
        "file": "hk_hos_ballot.txt",
        "en": {
            "title": "Hong Kong's HOS 2025 draws 126,000 applications for 5,680 flats",
            "one_line": "The Housing Authority held the ballot for 5,680 subsidised flats on November 18; they were oversubscribed about 21 times.",
            "summary": "The Hong Kong Housing Authority held the ballot on Tuesday, November 18, for Sale of Home Ownership Scheme "
            "Flats 2025, which offers 5,680 flats in seven new estates. It drew about 126,000 applications, about 21 times the "
            "flats on offer, against about 16 times last round: about 103,000 White Form and 23,000 Green Form. Flats are sold at "
            "70% of market value, from about HK$1.53 million to HK$5.02 million, averaging about HK$6,380 per square foot of "
            "saleable area, about 4% less than last time. Tung Chung's Yu Nga Court has the most flats, 1,180. Results can be "
            "checked from November 20 and flat selection begins in March. Centaline's Chan Chi-wai expects second-hand HOS deals "
            "to rise about 10% in the first quarter.",
            "key_points": [
                "5,680 flats in seven estates drew about 126,000 applications, about 21 times oversubscribed, up from about 16 times.",
                "About 103,000 White Form and 23,000 Green Form applications were filed, with quotas split 60:40 between White and Green Form.",
                "Prices range from about HK$1.53 million to HK$5.02 million, averaging about HK$6,380 per square foot, down about 4%.",
                "Results are available from November 20 and flat selection starts in March.",
                "About 7,000 HOS flats will be offered in 2026, around 40% of them in urban areas.",
            ],
        },
        "zh": {
            "title": "居屋2025搅珠 5680个单位获约12.6万份申请",
            "one_line": "房委会11月18日为5680个居屋单位搅珠，超额认购约21倍，高于上期约16倍。",
            "summary": "香港房屋委员会11月18日（星期二）为“出售居者有其屋计划单位2025”举行搅珠。今期推出七个新屋苑共5680个单位，"
            "接获约12.6万份申请，超额认购约21倍，上期约为16倍；其中白表约10.3万份，绿表约2.3万份。单位以市价七折出售，"
            "售价约153万至502万港元，平均实用呎价约6380港元，比上期下跌约4%。东涌裕雅苑单位最多，共1180个。"
            "申请人可于11月20日起查阅结果，明年3月起分批拣楼。中原地产研究部陈志伟预计，明年首季二手居屋成交将增加约一成。",
            "key_points": [
                "七个屋苑5680个单位接获约12.6万份申请，超额认购约21倍，高于上期约16倍。",
                "白表申请约10.3万份，绿表约2.3万份，白表与绿表配额比例为六比四。",
                "售价约153万至502万港元，平均实用呎价约6380港元，下跌约4%。",
                "申请人11月20日起可查阅结果，明年3月起拣楼。",
                "2026年将推出约7000个居屋单位，约四成位于市区。",
            ],
        },
        "kw_en": [
            "Home Ownership Scheme",
            "Hong Kong",
            "Housing Authority",
            "subsidised housing",
            "ballot",
            "oversubscription",
        ],
        "kw_zh": ["居屋", "香港", "房委会", "资助房屋", "搅珠", "超额认购"],
        "entities": [
            ("Hong Kong", "香港", "香港", "place"),
            ("Hong Kong Housing Authority", "香港房屋委员会", "房屋委員會", "organization"),
            ("Home Ownership Scheme", "居屋", "居者有其屋計劃", "other"),
            ("Tung Chung", "东涌", "東涌", "place"),
            ("Yu Nga Court", "裕雅苑", "裕雅苑", "place"),
            ("Centaline Property Agency", "中原地产", "中原地產", "organization"),
            ("Chan Chi-wai", "陈志伟", "陳志偉", "person"),
        ],
        "kps": [[2], [3], [4], [8], [13]],
    },
}
