# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout15 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_lng_ship_order": {
        "file": "zh_lng_ship_order.txt",
        "en": {
            "title": "Shenjiang Shipbuilding wins an order for 12 large LNG carriers from Greece's Aegean Maritime",
            "one_line": "Shenjiang Shipbuilding signed a deal on November 18 to build 12 LNG carriers of 174,000 cubic metres for Aegean Maritime, with options for four more.",
            "summary": "Shenjiang Shipbuilding Group signed a contract in Shanghai on Tuesday, November 18, to build 12 LNG carriers of "
            "174,000 cubic metres each for Greek shipowner Aegean Maritime, with options for four more; deliveries are due between "
            "2028 and 2030. The price was not disclosed, but Clarksons Research puts such ships at about US$250 million each, "
            "implying roughly US$3 billion in total. Chairman Wang Zhenhua said the group's Changxing Island base will raise its "
            "annual LNG carrier capacity from 8 to 14 ships. Shenjiang has won orders for 48 ships this year, and its backlog of 156 "
            "ships stretches to 2030. Chinese yards took 71.3% of global new orders by deadweight in January-October, up 3.1 "
            "percentage points. Chen Liqun of Shanghai Maritime University warned of possible overcapacity around 2028.",
            "key_points": [
                "The order covers 12 LNG carriers of 174,000 cubic metres plus options for four more, for delivery in 2028-2030.",
                "The price was not disclosed; Clarksons estimates about US$250 million a ship, or about US$3 billion (21.6 billion yuan) in total.",
                "Annual LNG carrier capacity at the Changxing Island base will rise from 8 to 14 ships.",
                "China's share of global new orders reached 71.3% in January-October, 3.1 percentage points higher than a year earlier.",
                "Chen Liqun warns that more than 300 LNG carriers on order, about 40% of the fleet, could cause overcapacity around 2028.",
            ],
        },
        "zh": {
            "title": "申江造船获12艘大型LNG运输船订单 2028年起陆续交付",
            "one_line": "申江造船集团11月18日与希腊爱琴海航运签约建造12艘17.4万立方米LNG船，另附4艘选择权。",
            "summary": "申江造船集团11月18日（周二）在上海与希腊船东爱琴海航运签约，建造12艘17.4万立方米大型LNG运输船，另附4艘"
            "选择权，新船将于2028年至2030年间交付。双方未披露合同金额，克拉克森研究估算每艘约2.5亿美元，总价约30亿美元。董事长"
            "王振华表示，长兴岛基地LNG船年产能将由8艘提高到14艘。该集团今年已新接订单48艘，手持订单156艘，排产至2030年。今年1至"
            "10月，我国新接订单量占全球71.3%，提高3.1个百分点。上海海事大学陈立群提醒，2028年前后LNG船集中交付可能导致运力过剩。",
            "key_points": [
                "订单包括12艘17.4万立方米LNG运输船及4艘选择权，2028年至2030年交付。",
                "合同金额未披露，克拉克森研究估算每艘约2.5亿美元，总价约30亿美元，折合约216亿元。",
                "长兴岛基地LNG船年产能将由8艘提高到14艘。",
                "1至10月我国新接订单量占全球71.3%，比去年同期提高3.1个百分点。",
                "陈立群提醒，全球LNG船手持订单超过300艘，约占现有船队四成，2028年前后可能运力过剩。",
            ],
        },
        "kw_en": [
            "shipbuilding",
            "LNG carriers",
            "Shenjiang Shipbuilding Group",
            "Aegean Maritime",
            "Clarksons Research",
            "order backlog",
        ],
        "kw_zh": ["造船", "LNG运输船", "申江造船集团", "爱琴海航运", "克拉克森研究", "手持订单"],
        "entities": [
            ("Shenjiang Shipbuilding Group", "申江造船集团", "申江造船集团", "organization"),
            ("Aegean Maritime", "爱琴海航运", "爱琴海航运", "organization"),
            ("Clarksons Research", "克拉克森研究", "克拉克森研究", "organization"),
            ("Wang Zhenhua", "王振华", "王振华", "person"),
            ("Chen Liqun", "陈立群", "陈立群", "person"),
            ("Shanghai Maritime University", "上海海事大学", "上海海事大学", "organization"),
            ("Shanghai", "上海", "上海", "place"),
            ("Changxing Island", "长兴岛", "长兴岛", "place"),
            ("Greece", "希腊", "希腊", "place"),
            ("China", "中国", "中国", "place"),
        ],
        "kps": [[2], [3], [4], [7], [8]],
    },
    "tw_social_housing_lottery": {
        "file": "tw_social_housing_lottery.txt",
        "en": {
            "title": "Taipei's Wenshan Muzha social housing draws 38,412 bids for 1,236 flats",
            "one_line": "Only about 3.2% of applicants won a flat in Saturday's lottery for Taipei's largest social housing project; one-room odds were 1.9%.",
            "summary": "Taipei held a public lottery on Saturday for the 1,236 flats of Wenshan Muzha Social Housing, the city's largest "
            "single social housing project, drawing 38,412 valid applications for an overall success rate of about 3.2%. The 412 "
            "one-room units attracted more than 21,000 applications, a record-low 1.9% chance. Tenants of the NT$9.6 billion project, "
            "two 24-storey towers, will move in in stages from March. General-category rents are about 85% of market levels, with "
            "one-room flats from NT$9,800 a month. Lin Chih-yuan, head of the Department of Urban Development, said applicants "
            "averaged 34.6 years old and about 70% were under 40. City councillor Chen Yi-chun said the city was about 20% short of "
            "its 20,000-unit target for the end of 2026. Winners must complete checks by December 31.",
            "key_points": [
                "38,412 valid applications competed for 1,236 flats, a success rate of about 3.2%; one-room units had odds of 1.9%.",
                "The project cost about NT$9.6 billion and has 412 one-room, 568 two-room and 256 three-room units.",
                "Rents are about 85% of market levels for general applicants and 65%-75% for low-income households; one-room flats start at NT$9,800 a month.",
                "Councillor Chen Yi-chun says about 16,000 units are built or under way against a target of 20,000 by the end of 2026.",
                "New Taipei's Banqiao Jiangcui project had odds of about 5.3%; nationwide about 86,000 social housing units have been completed.",
            ],
        },
        "zh": {
            "title": "台北文山木栅社宅抽签 3.8万件申请抢1236户",
            "one_line": "台北文山木栅社会住宅周六公开抽签，整体中签率约3.2%，一房型仅1.9%。",
            "summary": "台北市规模最大的单一社会住宅“文山木栅社会住宅”6日（周六）公开抽签，共有38412件有效申请竞争1236户，整体"
            "中签率约3.2%；其中一房型412户吸引逾2.1万件申请，中签率仅1.9%，创北市新低。该社宅总工程经费约96亿元新台币，由两栋"
            "24层大楼组成，明年3月起分批入住。一般户租金约为市价的八五折，一房型月租9800元新台币起。都发局长林志远说，申请人平均"
            "年龄34.6岁，未满40岁者约占七成。市议员陈怡君批评，市府2026年底完成2万户社宅的目标仍差约两成。中签者须于12月31日前"
            "完成资格复查。",
            "key_points": [
                "38412件有效申请竞争1236户，整体中签率约3.2%，一房型中签率仅1.9%。",
                "总工程经费约96亿元新台币，包括一房型412户、二房型568户和三房型256户。",
                "一般户租金约为市价八五折，中低收入户为六五折至七五折；一房型月租9800元新台币起。",
                "议员陈怡君指出，完工及兴建中的社宅约1.6万户，距2026年底2万户的目标仍有差距。",
                "新北市板桥江翠社宅中签率约5.3%；全国社宅累计完工约8.6万户。",
            ],
        },
        "kw_en": [
            "Taipei",
            "social housing",
            "housing lottery",
            "rents",
            "Department of Urban Development",
            "Wenshan",
        ],
        "kw_zh": ["台北", "社会住宅", "社宅抽签", "租金", "都市发展局", "文山区"],
        "entities": [
            ("Taipei", "台北", "台北", "place"),
            ("Wenshan Muzha Social Housing", "文山木栅社会住宅", "文山木柵社會住宅", "place"),
            ("Department of Urban Development", "都市发展局", "臺北市政府都市發展局", "organization"),
            ("Lin Chih-yuan", "林志远", "林志遠", "person"),
            ("Chen Yi-chun", "陈怡君", "陳怡君", "person"),
            ("New Taipei", "新北市", "新北市", "place"),
            ("Banqiao Jiangcui social housing", "板桥江翠社宅", "板橋江翠社宅", "place"),
            ("Wenshan", "文山区", "文山區", "place"),
        ],
        "kps": [[2], [3], [4], [6], [8]],
    },
}
