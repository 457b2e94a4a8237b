# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout5 English and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_finland_election": {
        "file": "en_finland_election.txt",
        "en": {
            "title": "Finland's Social Democrats come first as the Finns Party drops to third",
            "one_line": "The SDP won 50 of 200 seats with 23.4% of the vote, putting Aino Lehtonen in line to "
            "become prime minister.",
            "summary": "Finland's Social Democrats won Sunday's parliamentary election with 23.4% of the vote, "
            "up 3.5 percentage points, and 50 of the Eduskunta's 200 seats, seven more than before. Prime "
            "Minister Mikko Rantanen's National Coalition came second with 19.8% and 42 seats, while the Finns "
            "Party fell 4.1 points to 16.0% and lost 10 seats; its leader Jussi Halme said he would not resign. "
            "Turnout slipped to 69.1% from 71.9%. SDP leader Aino Lehtonen wants a coalition with the Centre "
            "Party, the Greens and the Swedish People's Party, but that would hold only 96 seats, five short of "
            "a majority, and she has ruled out governing with the Finns Party. Talks start on Wednesday and "
            "could run until June.",
            "key_points": [
                "The SDP took 23.4% (+3.5 points) and 50 seats; the National Coalition 19.8% and 42 seats; the "
                "Finns Party 16.0% and 36 seats.",
                "The Left Alliance had its best result in three decades, 9.6% and 18 seats.",
                "Turnout fell to 69.1% from 71.9%, although a record 44% of votes were cast in advance.",
                "Lehtonen's preferred four-party coalition would have 96 seats, five short of a majority, and "
                "she will not govern with the Finns Party.",
                "Rantanen conceded; his government cut spending by €6 billion and raised the retirement age to "
                "66.",
            ],
        },
        "zh": {
            "title": "芬兰社民党赢得议会选举 正统芬兰人党跌至第三",
            "one_line": "社民党以23.4%的得票率赢得200席中的50席，党魁艾诺·莱赫托宁有望出任总理。",
            "summary": "芬兰社会民主党在周日举行的议会选举中获得23.4%的选票，比上届增加3.5个百分点，"
            "在200个议席中拿下50席，增加7席。总理米科·兰塔宁领导的民族联合党以19.8%的得票率和42席位居第二。"
            "正统芬兰人党得票率下降4.1个百分点至16.0%，失去10席，党主席尤西·哈尔梅表示不会辞职。投票率从"
            "四年前的71.9%降至69.1%。社民党党魁艾诺·莱赫托宁希望与中间党、绿党和瑞典人民党组阁，但这四党"
            "合计只有96席，距过半数还差5席；她已排除与正统芬兰人党合作。组阁谈判将于周三开始，可能持续到6月。",
            "key_points": [
                "社民党得票23.4%（增加3.5个百分点），获50席；民族联合党得票19.8%，获42席；正统芬兰人党得票16.0%，获36席。",
                "左翼联盟得票9.6%，获18席，为三十年来最佳成绩。",
                "投票率从71.9%降至69.1%，尽管提前投票比例创下44%的纪录。",
                "莱赫托宁属意的四党联合政府只有96席，距过半数差5席；她不会与正统芬兰人党联合执政。",
                "兰塔宁承认败选，其政府曾削减60亿欧元公共开支，并将退休年龄提高到66岁。",
            ],
        },
        "kw_en": [
            "Finland",
            "parliamentary election",
            "Social Democratic Party",
            "Aino Lehtonen",
            "Finns Party",
            "coalition talks",
        ],
        "kw_zh": ["芬兰", "议会选举", "社会民主党", "艾诺·莱赫托宁", "正统芬兰人党", "组阁谈判"],
        "entities": [
            ("Finland", "芬兰", "Finland", "place"),
            ("Social Democratic Party", "社会民主党", "Social Democratic Party", "organization"),
            ("SDP", "社民党", "SDP", "organization"),
            ("Aino Lehtonen", "艾诺·莱赫托宁", "Aino Lehtonen", "person"),
            ("Mikko Rantanen", "米科·兰塔宁", "Mikko Rantanen", "person"),
            ("National Coalition", "民族联合党", "National Coalition", "organization"),
            ("Finns Party", "正统芬兰人党", "Finns Party", "organization"),
            ("Jussi Halme", "尤西·哈尔梅", "Jussi Halme", "person"),
            ("Centre Party", "中间党", "Centre Party", "organization"),
            ("Greens", "绿党", "Greens", "organization"),
            ("Swedish People's Party", "瑞典人民党", "Swedish People's Party", "organization"),
            ("Left Alliance", "左翼联盟", "Left Alliance", "organization"),
            ("Eduskunta", "议会", "Eduskunta", "organization"),
        ],
        "kps": [[3, 4], [5], [6], [7, 8], [9]],
    },
    "en_peru_quake": {
        "file": "en_peru_quake.txt",
        "en": {
            "title": "Peru quake death toll reaches 214 as foreign aid arrives",
            "one_line": "Monday's magnitude 7.4 earthquake in southern Peru has killed 214 people and left about "
            "52,000 without homes.",
            "summary": "The magnitude 7.4 earthquake that struck southern Peru early on Monday has killed 214 "
            "people and injured at least 1,380, with 37 still missing in Arequipa and Moquegua, the civil "
            "defence institute INDECI said on Thursday. About 11,600 homes were destroyed or made uninhabitable "
            "and some 52,000 people are in temporary shelters. INDECI chief Rosa Huamán said shelter was now the "
            "priority, as mountain nights drop below freezing. Damage is put at 9.6 billion soles (about US$2.6 "
            "billion), around 1% of GDP. Foreign pledges exceed US$32 million, led by US$12 million from the "
            "United States and €8 million from the EU; Japan, China and South Korea also pledged money, and "
            "Chile, Colombia and Ecuador sent rescue teams. President Ana Lucía Ferreyra declared a 60-day "
            "emergency in 14 provinces.",
            "key_points": [
                "214 dead, at least 1,380 injured and 37 missing after the 7.4 quake hit at a depth of 48 km.",
                "About 11,600 homes are uninhabitable and some 52,000 people are sheltering in tents, schools and "
                "sports halls.",
                "Damage is estimated at 9.6 billion soles, about US$2.6 billion; the government is releasing a "
                "1.2 billion-sol emergency fund.",
                "The US pledged US$12 million, the EU €8 million, Japan US$5 million plus a 70-strong team, China "
                "30 million yuan and South Korea US$3 million.",
            ],
        },
        "zh": {
            "title": "秘鲁南部地震死亡人数升至214人 多国援助陆续抵达",
            "one_line": "周一秘鲁南部发生7.4级地震，目前已造成214人死亡，约5.2万人无家可归。",
            "summary": "秘鲁国家民防研究所周四表示，周一凌晨袭击秘鲁南部的7.4级地震已造成214人死亡、至少1380人受伤，"
            "阿雷基帕和莫克瓜两地仍有37人失踪。约1.16万栋房屋倒塌或无法居住，约5.2万人被临时安置。"
            "民防研究所所长罗莎·瓦曼说，山区夜间气温降至零下，目前首要任务是安置灾民。经济部初步估计损失为96亿索尔，"
            "约合26亿美元，相当于国内生产总值的1%左右。外国承诺援助逾3200万美元，其中美国1200万美元，欧盟800万欧元，"
            "日本、中国和韩国也提供了援款，智利、哥伦比亚和厄瓜多尔派出了救援队。总统安娜·露西亚·费雷拉宣布"
            "14个省进入为期60天的紧急状态。",
            "key_points": [
                "地震震级7.4级，震源深度48公里，已造成214人死亡、至少1380人受伤、37人失踪。",
                "约1.16万栋房屋无法居住，约5.2万人在帐篷、学校和体育馆中避难。",
                "损失估计为96亿索尔，约合26亿美元；政府将拨出12亿索尔紧急资金。",
                "美国承诺援助1200万美元，欧盟800万欧元，日本500万美元并派出70人救援队，中国3000万元人民币，韩国300万美元。",
            ],
        },
        "kw_en": ["Peru", "earthquake", "Arequipa", "Moquegua", "INDECI", "humanitarian aid"],
        "kw_zh": ["秘鲁", "地震", "阿雷基帕", "莫克瓜", "国家民防研究所", "人道主义援助"],
        "entities": [
            ("Peru", "秘鲁", "Peru", "place"),
            ("Arequipa", "阿雷基帕", "Arequipa", "place"),
            ("Moquegua", "莫克瓜", "Moquegua", "place"),
            ("INDECI", "国家民防研究所", "INDECI", "organization"),
            ("Rosa Huamán", "罗莎·瓦曼", "Rosa Huamán", "person"),
            ("Ana Lucía Ferreyra", "安娜·露西亚·费雷拉", "Ana Lucía Ferreyra", "person"),
            ("United States", "美国", "United States", "place"),
            ("European Union", "欧盟", "European Union", "organization"),
            ("Japan", "日本", "Japan", "place"),
            ("China", "中国", "China", "place"),
            ("South Korea", "韩国", "South Korea", "place"),
            ("Chile", "智利", "Chile", "place"),
            ("Colombia", "哥伦比亚", "Colombia", "place"),
            ("Ecuador", "厄瓜多尔", "Ecuador", "place"),
        ],
        "kps": [[2, 3], [4], [6], [7]],
    },
    "html_tw_chip_dresden": {
        "file": "html_tw_chip_dresden.html",
        "en": {
            "title": "Taiwan's Lianying Semiconductor to build two chip plants in Dresden for NT$156bn",
            "one_line": "The foundry's board approved its largest overseas investment, about US$4.8 billion, with "
            "output due in late 2028.",
            "summary": "Taiwanese foundry Lianying Semiconductor will invest about NT$156 billion (US$4.8 billion) "
            "in two 12-inch wafer plants in Dresden, in the German state of Saxony, its board decided on "
            "Wednesday. It is the company's largest overseas project in its 27 years. Construction of the first "
            "plant starts in the second quarter of next year and mass production in the second half of 2028. "
            "The plants will make 28- and 16-nanometre automotive and industrial chips, about 40,000 wafers a "
            "month, and employ some 1,800 people. Germany will provide up to €1.5 billion in subsidies. Chairman "
            "Chen Po-han said its most advanced processes, 7 nm and below, would stay in Taiwan. The project "
            "still needs approval from Taiwan's Ministry of Economic Affairs.",
            "key_points": [
                "Total investment is about NT$156 billion, or US$4.8 billion, for two 12-inch fabs producing "
                "40,000 wafers a month.",
                "Germany will subsidise up to €1.5 billion, about 30% of the cost, under the European Chips Act.",
                "About 1,800 jobs will be created, around 150 of them filled by staff sent from Taiwan.",
                "Nine-month revenue rose 11.6% to NT$128.4 billion; German production costs will initially run "
                "25-30% above Hsinchu's.",
                "It is Lianying's second overseas plant after Kumamoto, Japan, which has about 620 staff.",
            ],
        },
        "zh": {
            "title": "台湾联颖半导体斥资1560亿新台币赴德国德累斯顿建两座晶圆厂",
            "one_line": "联颖董事会通过约48亿美元的德国投资案，为公司最大海外投资，2028年下半年量产。",
            "summary": "台湾晶圆代工企业联颖半导体周三召开董事会，决定投资约1560亿新台币（约48亿美元），在德国萨克森州"
            "德累斯顿兴建两座12英寸晶圆厂，这是公司成立27年来规模最大的海外投资。首座工厂明年第二季度动工，2028年下半年"
            "量产，采用28纳米和16纳米工艺生产车用及工业芯片，两厂月产能合计约4万片，将创造约1800个就业岗位。德国将提供最高"
            "15亿欧元补贴。董事长陈柏翰表示，7纳米及以下的最先进工艺将全部留在台湾。该投资案仍需经济部审议。",
            "key_points": [
                "总投资约1560亿新台币，约合48亿美元，两座12英寸晶圆厂月产能合计4万片。",
                "德国依据《欧洲芯片法案》提供最高15亿欧元补贴，约占总投资的三成。",
                "新厂将创造约1800个工作岗位，其中约150人由台湾派驻。",
                "前三季度营收1284亿新台币，同比增长11.6%；德国厂生产成本将比新竹厂高25%至30%。",
                "这是联颖继日本熊本之后第二个海外生产基地，熊本厂约有员工620人。",
            ],
        },
        "kw_en": [
            "Lianying Semiconductor",
            "Taiwan",
            "Dresden",
            "wafer fab",
            "semiconductors",
            "European Chips Act",
        ],
        "kw_zh": ["联颖半导体", "台湾", "德累斯顿", "晶圆厂", "半导体", "欧洲芯片法案"],
        "entities": [
            ("Lianying Semiconductor", "联颖半导体", "聯穎半導體", "organization"),
            ("Taiwan", "台湾", "台灣", "place"),
            ("Dresden", "德累斯顿", "德勒斯登", "place"),
            ("Saxony", "萨克森州", "薩克森邦", "place"),
            ("Germany", "德国", "德國", "place"),
            ("Chen Po-han", "陈柏翰", "陳柏翰", "person"),
            ("Ministry of Economic Affairs", "经济部", "經濟部", "organization"),
            ("European Chips Act", "欧洲芯片法案", "歐洲晶片法案", "other"),
            ("Hsinchu", "新竹", "新竹", "place"),
            ("Kumamoto", "熊本", "熊本", "place"),
            ("Japan", "日本", "日本", "place"),
        ],
        "kps": [[2, 3], [4], [3], [6], [7]],
    },
    "en_korea_exports": {
        "file": "en_korea_exports.txt",
        "en": {
            "title": "Record chip sales lift South Korea's November exports 7.4%",
            "one_line": "Exports rose for a sixth month to US$61.8bn as semiconductors hit a record, while car "
            "shipments fell.",
            "summary": "South Korea's exports grew for the sixth month running in November, up 7.4% year on year "
            "to US$61.8 billion, the trade ministry said on Tuesday, leaving a US$5.6 billion surplus. Chip "
            "exports rose 22.3% to a record US$14.2 billion on demand for AI-server memory and now make up 23% of "
            "the total. Car exports fell 3.5%, with shipments to the US down 9.8% after Washington raised tariffs "
            "to 15% in August. Trade Minister Park Ji-hoon promised 1.2 trillion won (about US$830 million) of "
            "emergency trade finance for smaller exporters this year and 3.5 trillion won next year. Exports for "
            "January-November reached US$632 billion, and the ministry expects about US$690 billion for the "
            "year, which would be a record.",
            "key_points": [
                "Exports rose 7.4% to US$61.8 billion and imports 2.1% to US$56.2 billion, a surplus of US$5.6 "
                "billion.",
                "Semiconductor exports hit a record US$14.2 billion, up 22.3%, or 23% of all exports.",
                "Car exports fell 3.5% to US$6.1 billion; shipments to the US dropped 9.8% after tariffs rose to "
                "15%.",
                "The government will provide 1.2 trillion won of emergency trade finance by year-end and 3.5 "
                "trillion won next year.",
                "Kim Soo-yeon of the Korea Development Institute said that without chips, exports grew only 2%.",
            ],
        },
        "zh": {
            "title": "芯片出口创纪录 韩国11月出口增长7.4%",
            "one_line": "韩国出口连续第六个月增长，11月达618亿美元，芯片创新高，汽车出口下滑。",
            "summary": "韩国产业通商资源部周二公布，11月出口同比增长7.4%，至618亿美元，实现连续六个月增长，"
            "贸易顺差56亿美元。受人工智能服务器存储芯片需求推动，半导体出口增长22.3%，达到创纪录的142亿美元，"
            "占出口总额的23%。汽车出口下降3.5%，其中对美出口在美国8月将关税提高到15%后减少9.8%。通商部长"
            "朴智勋表示，年底前将为中小出口企业提供1.2万亿韩元（约8.3亿美元）紧急贸易融资，明年再提供3.5万亿韩元。"
            "前11个月出口总额为6320亿美元，政府预计全年约6900亿美元，将创历史新高。",
            "key_points": [
                "出口增长7.4%至618亿美元，进口增长2.1%至562亿美元，顺差56亿美元。",
                "半导体出口增长22.3%，达到创纪录的142亿美元，占出口总额的23%。",
                "汽车出口下降3.5%至61亿美元；美国提高关税至15%后，对美汽车出口减少9.8%。",
                "政府将在年底前投入1.2万亿韩元紧急贸易融资，明年再投入3.5万亿韩元。",
                "韩国开发研究院的金秀妍说，如果不计芯片，11月出口仅增长2%。",
            ],
        },
        "kw_en": [
            "South Korea",
            "exports",
            "semiconductors",
            "trade surplus",
            "car tariffs",
            "trade finance",
        ],
        "kw_zh": ["韩国", "出口", "半导体", "贸易顺差", "汽车关税", "贸易融资"],
        "entities": [
            ("South Korea", "韩国", "South Korea", "place"),
            (
                "Ministry of Trade, Industry and Energy",
                "产业通商资源部",
                "Ministry of Trade, Industry and Energy",
                "organization",
            ),
            ("United States", "美国", "United States", "place"),
            ("Washington", "美国", "Washington", "place"),
            ("Park Ji-hoon", "朴智勋", "Park Ji-hoon", "person"),
            ("Kim Soo-yeon", "金秀妍", "Kim Soo-yeon", "person"),
            ("Korea Development Institute", "韩国开发研究院", "Korea Development Institute", "organization"),
        ],
        "kps": [[3], [4], [5], [7], [10]],
    },
}
