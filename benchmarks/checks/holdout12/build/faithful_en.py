# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout12 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_nj_minimum_wage": {
        "file": "en_nj_minimum_wage.txt",
        "en": {
            "title": "New Jersey minimum wage to rise 56 cents to $16.05 in January",
            "one_line": "New Jersey's minimum wage rises 3.6% to $16.05 an hour on January 1, giving about 190,000 workers a raise.",
            "summary": "New Jersey's minimum wage for most employers will rise by 56 cents, or 3.6%, to $16.05 an hour on "
            "January 1, the state labor department said on Wednesday; about 190,000 workers will get a raise. Seasonal and "
            "small employers must pay at least $14.53 and farms $13.40, while the cash wage for tipped workers stays at $5.62. "
            "Labor Commissioner Denise Whitaker called the rise not a windfall but families catching up with rent and groceries. "
            "Thomas Reilly of the New Jersey Business and Industry Association said 38% of surveyed members plan to cut staff "
            "hours next year, up from 29%. Rutgers University economist Priya Natarajan said earlier increases had not caused "
            "the job losses opponents predicted. Neighboring Pennsylvania stays at the federal $7.25.",
            "key_points": [
                "The minimum rises 56 cents, or 3.6%, to $16.05 an hour on January 1, lifting pay for about 190,000 workers.",
                "Seasonal and small employers must pay $14.53 and farms $13.40; the tipped cash wage stays at $5.62.",
                "In a business survey, 38% of firms plan to cut staff hours next year, up from 29% a year earlier.",
                "Rutgers economist Priya Natarajan said earlier increases had not brought the job losses opponents predicted.",
                "The state recovered $9.8 million in unpaid wages for about 6,300 workers and will add 12 investigators in March.",
            ],
        },
        "zh": {
            "title": "新泽西州最低工资1月起升至每小时16.05美元",
            "one_line": "新泽西州最低工资1月1日起上调3.6%至每小时16.05美元，约19万名工人受惠。",
            "summary": "新泽西州劳工和劳动力发展厅周三宣布，1月1日起多数雇主的最低工资将上调56美分至每小时16.05美元，"
            "涨幅3.6%，约19万名工人将获加薪。季节性雇主及小型企业须支付至少14.53美元，"
            "农场工人最低工资升至13.40美元，小费工人的现金工资维持5.62美元。劳工专员丹尼丝·惠特克说，这不是意外之财，"
            "而是让劳动家庭追上房租和食品开支。新泽西州商业与工业协会主席托马斯·赖利称，38%的受访企业计划明年削减员工工时，"
            "高于一年前的29%。罗格斯大学经济学家普丽娅·纳塔拉詹则表示，此前的加薪并未造成反对者预言的失业。"
            "宾夕法尼亚州仍维持联邦标准7.25美元。",
            "key_points": [
                "最低工资1月1日起上调56美分（3.6%）至每小时16.05美元，约19万名工人受惠。",
                "季节性及小型雇主须支付14.53美元，农场为13.40美元，小费工人现金工资维持5.62美元。",
                "商业调查显示，38%的企业计划明年削减员工工时，一年前为29%。",
                "罗格斯大学经济学家纳塔拉詹说，此前的加薪并未带来反对者预言的失业。",
                "该州上一财年为约6300名工人追回980万美元欠薪，并将于3月增聘12名调查员。",
            ],
        },
        "kw_en": ["New Jersey", "minimum wage", "wages", "labor", "inflation", "small businesses"],
        "kw_zh": ["新泽西州", "最低工资", "工资", "劳工", "通胀", "小企业"],
        "entities": [
            ("New Jersey", "新泽西州", "New Jersey", "place"),
            (
                "New Jersey Department of Labor and Workforce Development",
                "新泽西州劳工和劳动力发展厅",
                "Department of Labor and Workforce Development",
                "organization",
            ),
            ("Denise Whitaker", "丹尼丝·惠特克", "Denise Whitaker", "person"),
            ("Thomas Reilly", "托马斯·赖利", "Thomas Reilly", "person"),
            (
                "New Jersey Business and Industry Association",
                "新泽西州商业与工业协会",
                "New Jersey Business and Industry Association",
                "organization",
            ),
            ("Priya Natarajan", "普丽娅·纳塔拉詹", "Priya Natarajan", "person"),
            ("Rutgers University", "罗格斯大学", "Rutgers University", "organization"),
            ("Pennsylvania", "宾夕法尼亚州", "Pennsylvania", "place"),
        ],
        "kps": [[2], [3], [5], [6], [9]],
    },
    "en_hk_ferry_collision": {
        "file": "en_hk_ferry_collision.txt",
        "en": {
            "title": "Fast ferry collides with sand barge in fog off Cheung Chau, 37 hurt",
            "one_line": "A Harbour Link Ferries catamaran carrying 214 passengers hit a sand barge off Cheung Chau on Saturday, injuring 37 people.",
            "summary": "A high-speed ferry carrying 214 passengers struck a sand barge in thick fog off Cheung Chau at about "
            "7.40am on Saturday, injuring 37 people, four of them seriously, the Marine Department said; a 71-year-old woman "
            "was in critical condition. Visibility had fallen to about 300 metres, and the Harbour Link Ferries catamaran Sea "
            "Swift 8 was doing about 24 knots before the crash. Assistant director Lam Wing-kei said investigators would check "
            "whether it had slowed down as required. Police arrested the ferry's 46-year-old coxswain and released him on bail. "
            "The operator cut Central-Cheung Chau fast sailings from 36 to 28 a day until Wednesday and will pay each injured "
            "passenger HK$5,000. Lawmaker Tony Szeto Kin-wah said it was the third outlying-island ferry collision this year.",
            "key_points": [
                "The Sea Swift 8, with 214 passengers, hit a mainland-registered sand barge about 1.5 nautical miles north of Cheung Chau; 37 were hurt.",
                "Four people were seriously injured and a 71-year-old woman remained critical; no crew member was hurt.",
                "Visibility was about 300 metres and the ferry was travelling at about 24 knots, the Marine Department said.",
                "The 46-year-old coxswain was arrested on suspicion of endangering safety at sea and released on bail.",
                "Harbour Link Ferries cut fast sailings from 36 to 28 a day until Wednesday and will pay HK$5,000 to each injured passenger.",
            ],
        },
        "zh": {
            "title": "长洲对开高速船浓雾中撞沙船 37人受伤",
            "one_line": "载有214名乘客的高速船周六在长洲对开撞上一艘沙船，造成37人受伤。",
            "summary": "海事处表示，一艘载有214名乘客的高速船周六约7时40分在长洲对开浓雾中撞上一艘沙船，造成37人受伤，"
            "其中4人伤势严重，一名71岁妇人情况危殆。涉事双体船Sea Swift 8由Harbour Link Ferries营运，由中环开往长洲。"
            "天文台指当时能见度降至约300米，船只撞船前航速约24节。海事处助理处长林永基说，调查人员会查明船只有否按规定减速。"
            "警方以涉嫌危害他人海上安全拘捕46岁陈姓船长，其后准以保释。营运商将中环至长洲高速船班次由每日36班减至28班至周三，"
            "并向每名伤者发放5000港元慰问金。立法会议员司徒建华称，这是今年第三宗离岛渡轮碰撞事故。",
            "key_points": [
                "载有214名乘客的Sea Swift 8在长洲以北约1.5海里撞上一艘内地注册沙船，37人受伤。",
                "4人伤势严重，一名71岁妇人仍然危殆；船员无人受伤。",
                "海事处称，当时能见度约300米，船只航速约24节。",
                "46岁船长涉嫌危害他人海上安全被捕，其后获准保释。",
                "Harbour Link Ferries将高速船班次由每日36班减至28班至周三，并向每名伤者发放5000港元。",
            ],
        },
        "kw_en": [
            "Cheung Chau",
            "ferry collision",
            "Marine Department",
            "Harbour Link Ferries",
            "fog",
            "Hong Kong",
        ],
        "kw_zh": ["长洲", "渡轮相撞", "海事处", "Harbour Link Ferries", "浓雾", "香港"],
        "entities": [
            ("Cheung Chau", "长洲", "Cheung Chau", "place"),
            ("Hong Kong", "香港", "Hong Kong", "place"),
            ("Central", "中环", "Central", "place"),
            ("mainland China", "内地", "mainland China", "place"),
            ("Marine Department", "海事处", "Marine Department", "organization"),
            ("Harbour Link Ferries", "Harbour Link Ferries", "Harbour Link Ferries", "organization"),
            ("Sea Swift 8", "Sea Swift 8", "Sea Swift 8", "product"),
            ("Hong Kong Observatory", "天文台", "Hong Kong Observatory", "organization"),
            ("Legislative Council", "立法会", "Legislative Council", "organization"),
            ("Lam Wing-kei", "林永基", "Lam Wing-kei", "person"),
            ("Tony Szeto Kin-wah", "司徒建华", "Tony Szeto Kin-wah", "person"),
        ],
        "kps": [[2, 5], [3], [4], [5], [6]],
    },
    "html_hk_panda_loan": {
        "file": "html_hk_panda_loan.html",
        "en": {
            "title": "Two giant pandas to arrive in Hong Kong next month as Ocean Park doubles its panda house",
            "one_line": "Ocean Park will receive giant pandas Qing Qing and Lang Lang from Wolong on December 18 on a 10-year loan.",
            "summary": "Ocean Park said on November 26 that two giant pandas, Qing Qing and Lang Lang, lent by the China "
            "Conservation and Research Center for the Giant Panda in Wolong, Sichuan, will arrive in Hong Kong by charter "
            "flight on Thursday, December 18, on a 10-year loan. Both were born in 2021. Chairman Hung Ling-ho said the park "
            "had spent about HK$260 million expanding its panda house to about 2,800 square metres, twice the old size. After "
            "30 days of quarantine the pandas could go on show in late January, before the Lunar New Year, with online booking "
            "required for the first three months. The park targets 3.2 million visitors next year, nearly 20% more than this "
            "year, and will keep the adult ticket at HK$498. Hong Kong pays no loan fee, but the park will fund about HK$8 million a year "
            "of conservation work in Sichuan.",
            "key_points": [
                "Qing Qing and Lang Lang, both born in 2021, arrive on December 18 on a 10-year loan from Wolong.",
                "The park spent about HK$260 million enlarging the panda house to about 2,800 square metres, double its previous size.",
                "After 30 days of quarantine the pandas may meet the public in late January; visits need online booking for three months.",
                "Ocean Park targets 3.2 million visitors next year, up nearly a fifth from about 2.7 million, and keeps the HK$498 adult ticket.",
                "No rental fee is due, but the park will give about HK$8 million a year to panda conservation in Sichuan.",
            ],
        },
        "zh": {
            "title": "两只大熊猫下月抵港 海洋公园斥资2.6亿港元扩建新馆",
            "one_line": "四川卧龙借出的大熊猫“晴晴”和“朗朗”将于12月18日抵港，借展期10年。",
            "summary": "海洋公园公司11月26日宣布，由四川卧龙中国保护大熊猫研究中心借出的大熊猫“晴晴”和“朗朗”将于12月18日"
            "（星期四）乘专机抵港，借展期10年，两只大熊猫均于2021年出生。主席孔令豪表示，园方斥资约2.6亿港元扩建“大熊猫之家”，"
            "新馆面积约2800平方米，是原馆的两倍。大熊猫抵港后须隔离检疫30天，最快明年1月下旬农历新年前与公众见面，"
            "首三个月须网上预约参观。园方明年度入场人次目标为320万，较今年约270万增加近两成，成人门票维持498港元。"
            "港方毋须支付租借费用，但海洋公园每年拨款约800万港元支持四川的保育研究。",
            "key_points": [
                "“晴晴”和“朗朗”均于2021年出生，12月18日抵港，借展期10年。",
                "园方斥资约2.6亿港元扩建大熊猫馆，面积约2800平方米，是原馆的两倍。",
                "隔离检疫30天后最快明年1月下旬开放，首三个月须网上预约。",
                "明年度入场目标320万人次，较今年约270万增加近两成，成人门票维持498港元。",
                "港方毋须支付租借费，但海洋公园每年拨款约800万港元支持四川保育。",
            ],
        },
        "kw_en": ["Ocean Park", "giant pandas", "Hong Kong", "Wolong", "Sichuan", "conservation"],
        "kw_zh": ["海洋公园", "大熊猫", "香港", "卧龙", "四川", "保育"],
        "entities": [
            ("Ocean Park", "海洋公园", "海洋公園", "organization"),
            ("Qing Qing", "晴晴", "晴晴", "other"),
            ("Lang Lang", "朗朗", "朗朗", "other"),
            (
                "China Conservation and Research Center for the Giant Panda",
                "中国保护大熊猫研究中心",
                "中國保護大熊貓研究中心",
                "organization",
            ),
            ("Wolong", "卧龙", "臥龍", "place"),
            ("Sichuan", "四川", "四川", "place"),
            ("Hong Kong", "香港", "香港", "place"),
            ("Hung Ling-ho", "孔令豪", "孔令豪", "person"),
        ],
        "kps": [[2], [3], [4], [5], [8]],
    },
    "mix_cn_container_index": {
        "file": "mix_cn_container_index.txt",
        "en": {
            "title": "Shanghai container freight index jumps 12.4% in a week",
            "one_line": "The SCFI rose 12.4% to 1,486.3 points, its biggest weekly gain since July, as carriers raised Asia-Europe rates.",
            "summary": "The Shanghai Containerized Freight Index rose 12.4% to 1,486.3 points in the week to Friday, its "
            "biggest weekly gain since July, as carriers raised Asia-Europe rates ahead of the Lunar New Year. Shanghai-Europe "
            "rates climbed 18% to US$2,150 per TEU and Mediterranean rates about 15% to US$2,390, while US West Coast rates "
            "fell 3.2% to US$1,820 per FEU. Seabound Analytics said carriers had cancelled 41 Asia-Europe sailings over the "
            "next five weeks, about 9% of capacity, and its analyst Henrik Larsen said demand had not really recovered. The "
            "CCFI rose 5.6%. The SCFI is still about 38% lower than a year ago, and Qian Wen of the Shanghai International "
            "Shipping Institute expects rates to fall back after the Spring Festival.",
            "key_points": [
                "The SCFI rose 12.4% to 1,486.3 points, its biggest weekly rise since July.",
                "Shanghai-Europe rates rose 18% to US$2,150 per TEU; US West Coast rates fell 3.2% to US$1,820 per FEU.",
                "Carriers cancelled 41 Asia-Europe sailings over five weeks, removing about 9% of capacity, Seabound Analytics said.",
                "Ningbo forwarder Zhou Liqiang said early-January space is largely booked, with a US$300 peak-season surcharge per box.",
                "The index is still about 38% below a year ago, and about 2.9 million TEU of new ships were delivered this year.",
            ],
        },
        "zh": {
            "title": "上海集装箱运价指数单周上涨12.4%",
            "one_line": "SCFI一周上涨12.4%至1486.3点，创7月以来最大周涨幅，船公司上调亚欧航线运价。",
            "summary": "上海航运交易所公布，上海出口集装箱运价指数（SCFI）截至周五的一周上涨12.4%至1486.3点，为7月以来最大单周涨幅，"
            "船公司在春节出货高峰前上调亚欧航线运价。上海至欧洲基本港运价涨18%至每标准箱2150美元，地中海航线涨约15%至2390美元，"
            "美西航线则跌3.2%至每40英尺箱1820美元。咨询机构Seabound Analytics称，船公司未来五周取消41个亚欧航次，约占运力9%，"
            "分析师亨里克·拉森认为需求并未真正回升。CCFI上涨5.6%。SCFI仍较去年同期低约38%，"
            "上海国际航运研究中心首席分析师钱雯预计春节后运价将回落。",
            "key_points": [
                "SCFI上涨12.4%至1486.3点，为7月以来最大单周涨幅。",
                "上海至欧洲运价涨18%至每标准箱2150美元，美西航线跌3.2%至每40英尺箱1820美元。",
                "Seabound Analytics称，船公司未来五周取消41个亚欧航次，约占计划运力9%。",
                "宁波货代周立强说，1月上旬舱位基本订满，每箱须加收300美元旺季附加费。",
                "SCFI仍比去年同期低约38%，今年新船交付约290万标准箱。",
            ],
        },
        "kw_en": [
            "SCFI",
            "container shipping",
            "freight rates",
            "Asia-Europe",
            "Shanghai Shipping Exchange",
            "Lunar New Year",
        ],
        "kw_zh": ["上海出口集装箱运价指数", "集装箱航运", "运价", "亚欧航线", "上海航运交易所", "春节"],
        "entities": [
            (
                "Shanghai Containerized Freight Index",
                "上海出口集装箱运价指数",
                "Shanghai Containerized Freight Index",
                "other",
            ),
            (
                "China Containerized Freight Index",
                "中国出口集装箱运价指数",
                "中国出口集装箱运价指数",
                "other",
            ),
            ("Shanghai Shipping Exchange", "上海航运交易所", "上海航运交易所", "organization"),
            ("Seabound Analytics", "Seabound Analytics", "Seabound Analytics", "organization"),
            ("Henrik Larsen", "亨里克·拉森", "Henrik Larsen", "person"),
            ("Zhou Liqiang", "周立强", "周立强", "person"),
            ("Qian Wen", "钱雯", "钱雯", "person"),
            (
                "Shanghai International Shipping Institute",
                "上海国际航运研究中心",
                "上海国际航运研究中心",
                "organization",
            ),
            ("Shanghai", "上海", "Shanghai", "place"),
            ("Ningbo", "宁波", "宁波", "place"),
            ("Europe", "欧洲", "欧洲", "place"),
        ],
        "kps": [[2], [3], [4], [8], [9]],
    },
}
