# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout3 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_kenya_flowers": {
        "file": "en_kenya_flowers.txt",
        "en": {
            "title": "Kenya's flower exports rise 14% as growers rely less on Dutch auctions",
            "one_line": "Kenya earned 118.4 billion shillings from cut flowers in the year to June, up 14%, "
            "helped by Gulf buyers and direct supermarket sales.",
            "summary": "Kenya's cut-flower exports earned 118.4 billion shillings in the year to June, 14% more "
            "than a year earlier, the Kenya Flower Council said. Volumes rose to about 264,000 tonnes. The "
            "Netherlands is still the biggest buyer but its share has fallen to about 38% from 44% two years "
            "ago, while the UAE and Saudi Arabia take 11% and UK and German supermarkets buy roughly a quarter "
            "of Kenyan roses directly. Air freight, at $2.10-2.40 a kilogram, remains the largest cost, and a "
            "sea-freight pilot with Maersk shipped 46 containers to Rotterdam. The government ruled out "
            "bringing back the 2021 export levy. Some growers say a weak euro has cut margins by about 6 "
            "percentage points. The council expects 130 billion shillings next year.",
            "key_points": [
                "Earnings rose 14% to 118.4 billion shillings and volumes to about 264,000 tonnes.",
                "The Dutch share of shipments fell to about 38% from 44%, as Gulf buyers took 11%.",
                "Air freight costs $2.10-2.40 per kg; a Maersk sea-freight pilot sent 46 containers to "
                "Rotterdam with losses under 5%.",
                "Cabinet Secretary Esther Chebet said the government will not reintroduce the export levy "
                "and will fund cold storage instead.",
                "Grower Hendrik Bakker says the weak euro has cut margins by about 6 percentage points.",
            ],
        },
        "zh": {
            "title": "肯尼亚鲜花出口增长14% 对荷兰拍卖市场依赖下降",
            "one_line": "截至6月的一年里，肯尼亚鲜切花出口收入达1184亿先令，同比增长14%。",
            "summary": "肯尼亚鲜花委员会表示，截至今年6月的一年里，肯尼亚鲜切花出口收入为1184亿先令，同比增长14%，"
            "出口量增至约26.4万吨。荷兰仍是最大买家，但所占份额已从两年前的44%降至约38%；阿联酋和沙特阿拉伯合计占11%，"
            "英国和德国的超市直接采购约四分之一的肯尼亚玫瑰。空运仍是最大成本，每公斤2.1至2.4美元。委员会与马士基合作的"
            "海运试点已向鹿特丹运送46个冷藏集装箱。政府表示不会恢复2021年遭种植者反对的出口税。有种植者称，欧元疲软"
            "使利润率下降约6个百分点。委员会预计明年出口收入将达1300亿先令。",
            "key_points": [
                "出口收入增长14%至1184亿先令，出口量增至约26.4万吨。",
                "荷兰所占份额从44%降至约38%，海湾买家占11%。",
                "空运成本为每公斤2.1至2.4美元；马士基海运试点向鹿特丹运送46个集装箱，损耗低于5%。",
                "农业部长埃丝特·切贝特表示，政府不会恢复出口税，而将资助建设冷库。",
                "种植商亨德里克·巴克称，欧元疲软已使利润率下降约6个百分点。",
            ],
        },
        "kw_en": ["Kenya", "cut flowers", "exports", "roses", "air freight", "Kenya Flower Council"],
        "kw_zh": ["肯尼亚", "鲜切花", "出口", "玫瑰", "空运", "肯尼亚鲜花委员会"],
        "entities": [
            ("Kenya Flower Council", "肯尼亚鲜花委员会", "Kenya Flower Council", "organization"),
            ("Peter Omondi", "彼得·奥蒙迪", "Peter Omondi", "person"),
            ("Grace Wanjiru", "格蕾丝·万吉鲁", "Grace Wanjiru", "person"),
            ("Esther Chebet", "埃丝特·切贝特", "Esther Chebet", "person"),
            ("Hendrik Bakker", "亨德里克·巴克", "Hendrik Bakker", "person"),
            ("Lakeview Roses", "湖景玫瑰公司", "Lakeview Roses", "organization"),
            ("Maersk", "马士基", "Maersk", "organization"),
            ("Rotterdam", "鹿特丹", "Rotterdam", "place"),
            ("Naivasha", "奈瓦沙", "Naivasha", "place"),
        ],
        "kps": [[2, 3], [3], [5, 6], [7], [8]],
    },
    "en_alentejo_olives": {
        "file": "en_alentejo_olives.txt",
        "en": {
            "title": "Heatwave cuts Portugal's olive harvest by about a fifth",
            "one_line": "A late-summer heatwave in the Alentejo is expected to cut Portugal's olive harvest by "
            "about 20%, pushing olive oil prices up again.",
            "summary": "Portugal's olive harvest is expected to fall by about 20% this season after a late-August "
            "heatwave hit the Alentejo, the main growing region, the farmers' association Olivum said. It "
            "forecasts about 1.1 million tonnes of olives, down from 1.38 million, yielding roughly 160,000 "
            "tonnes of oil. Six days above 44C shrivelled fruit even in irrigated groves, said Olivum president "
            "Gonçalo Almeida. With Spain's crop also smaller, wholesale extra virgin oil rose to about 5.80 "
            "euros a kilogram from 4.90 euros in September, and supermarket prices are likely to rise before "
            "Christmas. The government will not declare a calamity but will bring forward 12 million euros in "
            "EU payments for smaller farms. Rain-fed groves in the north had a near-normal harvest.",
            "key_points": [
                "Olivum forecasts about 1.1 million tonnes of olives, down from 1.38 million tonnes.",
                "Six days above 44C in late August shrivelled fruit, even in irrigated Alentejo groves.",
                "Wholesale extra virgin olive oil rose to about 5.80 euros a kilogram from 4.90 euros.",
                "Minister Helena Duarte ruled out a calamity declaration but will advance 12 million euros "
                "in EU payments.",
            ],
        },
        "zh": {
            "title": "热浪致葡萄牙橄榄减产约两成",
            "one_line": "阿连特茹地区夏末遭遇热浪，葡萄牙橄榄预计减产约20%，橄榄油价格再度上涨。",
            "summary": "葡萄牙农业协会Olivum表示，受8月下旬热浪影响，主产区阿连特茹的橄榄园严重受损，本季全国橄榄产量"
            "预计下降约20%，由上季的138万吨降至约110万吨，可榨油约16万吨。协会主席贡萨洛·阿尔梅达说，连续六天气温超过"
            "44摄氏度，即使有灌溉的果园果实也大量干瘪。由于西班牙同样减产，特级初榨橄榄油批发价已从9月的每公斤4.9欧元"
            "涨至约5.8欧元，超市价格可能在圣诞节前再次上涨。政府不会宣布灾害状态，但将提前发放1200万欧元欧盟款项，"
            "帮助小型农场。北部靠雨水灌溉的传统果园收成基本正常。",
            "key_points": [
                "Olivum预计橄榄产量约110万吨，低于上季的138万吨。",
                "8月下旬连续六天气温超过44摄氏度，阿连特茹有灌溉的果园也未能幸免。",
                "特级初榨橄榄油批发价从每公斤4.9欧元涨至约5.8欧元。",
                "农业部长埃莱娜·杜阿尔特表示不会宣布灾害状态，但将提前发放1200万欧元欧盟款项。",
            ],
        },
        "kw_en": ["Portugal", "olive harvest", "Alentejo", "heatwave", "olive oil prices", "Olivum"],
        "kw_zh": ["葡萄牙", "橄榄收成", "阿连特茹", "热浪", "橄榄油价格", "Olivum"],
        "entities": [
            ("Olivum", "Olivum", "Olivum", "organization"),
            ("Gonçalo Almeida", "贡萨洛·阿尔梅达", "Gonçalo Almeida", "person"),
            ("Helena Duarte", "埃莱娜·杜阿尔特", "Helena Duarte", "person"),
            ("Rui Teixeira", "鲁伊·特谢拉", "Rui Teixeira", "person"),
            ("Alentejo", "阿连特茹", "Alentejo", "place"),
            ("Spain", "西班牙", "Spain", "place"),
            ("Poolred", "Poolred", "Poolred", "organization"),
        ],
        "kps": [[3], [3, 4], [5], [7]],
    },
    "mix_sg_hawker": {
        "file": "mix_sg_hawker.txt",
        "en": {
            "title": "Singapore's Chinatown Complex Food Centre to close for 11-month upgrade",
            "one_line": "Singapore's largest hawker centre will close from March 2 next year for an S$18 million, "
            "11-month upgrade.",
            "summary": "The Chinatown Complex Food Centre, Singapore's largest hawker centre with more than 220 "
            "cooked-food stalls, will close from March 2 next year for an 11-month upgrade, the National "
            "Environment Agency said. The S$18 million works will replace ventilation and drainage, add 400 "
            "seats and install central dishwashing. Stallholders will pay no rent during the closure and each "
            "receive S$5,000, but some say that will not cover their losses: Tan Ah Huat, who has sold char "
            "kway teow there for 38 years, expects to lose about S$40,000. About 60 hawkers have asked for "
            "temporary stalls, and NEA is studying two nearby streets for up to 30 of them.",
            "key_points": [
                "The centre, with more than 220 stalls, closes from March 2 next year for 11 months.",
                "The S$18 million upgrade adds 400 seats and replaces ventilation and drainage.",
                "Stallholders pay no rent and get S$5,000 each; one hawker expects to lose about S$40,000.",
                "NEA is studying Smith Street and Sago Street for up to 30 temporary stalls.",
            ],
        },
        "zh": {
            "title": "新加坡牛车水大厦熟食中心将关闭11个月翻新",
            "one_line": "新加坡最大的熟食中心将从明年3月2日起关闭11个月，进行耗资1800万新元的翻新。",
            "summary": "新加坡国家环境局宣布，拥有逾220个熟食摊位、全国最大的牛车水大厦熟食中心将从明年3月2日起关闭，"
            "进行为期11个月的翻新。这项耗资1800万新元的工程将更换通风和排水系统，增加400个座位，并设立中央洗碗系统。"
            "关闭期间摊贩免缴租金，每人可获5000新元补贴，但有摊贩认为不足以弥补损失：在中心卖了38年炒粿条的陈亚发"
            "预计将损失约4万新元。约60名摊贩要求设立临时摊位，环境局正研究在附近两条街设立最多30个临时摊位。",
            "key_points": [
                "拥有逾220个摊位的熟食中心将从明年3月2日起关闭11个月。",
                "1800万新元的翻新工程将增加400个座位，并更换通风和排水系统。",
                "摊贩免缴租金，每人获5000新元补贴；有摊贩预计损失约4万新元。",
                "环境局正研究在史密斯街和硕莪街设立最多30个临时摊位。",
            ],
        },
        "kw_en": ["Singapore", "hawker centre", "Chinatown Complex", "NEA", "renovation", "stallholders"],
        "kw_zh": ["新加坡", "熟食中心", "牛车水大厦", "国家环境局", "翻新", "摊贩"],
        "entities": [
            ("Chinatown Complex Food Centre", "牛车水大厦熟食中心", "Chinatown Complex Food Centre", "place"),
            ("National Environment Agency", "国家环境局", "National Environment Agency", "organization"),
            ("Tan Ah Huat", "陈亚发", "Tan Ah Huat", "person"),
            ("Chan Wei Ling", "陈慧玲", "Chan Wei Ling", "person"),
            ("Smith Street", "史密斯街", "Smith Street", "place"),
            ("Sago Street", "硕莪街", "Sago Street", "place"),
            ("UNESCO", "联合国教科文组织", "UNESCO", "organization"),
        ],
        "kps": [[2, 3], [4, 5], [4, 5, 6, 7], [8, 9]],
    },
    "html_lisbon_tram": {
        "file": "html_lisbon_tram.html",
        "en": {
            "title": "Lisbon approves 210 million euro tram line to Loures",
            "one_line": "Lisbon's council approved a 12 km tram line to Loures, the city's first new tram route "
            "in more than 50 years.",
            "summary": "Lisbon's city council has approved a 210 million euro light-rail line from Santa "
            "Apolónia station to the northern suburb of Loures, the first new tram route in the Portuguese "
            "capital in more than half a century. The 12 km line will have 17 stops, carry about 40,000 "
            "passengers a day and is due to open by the end of 2029. Mayor Ricardo Vaz Pinto said it would "
            "take about 9,000 cars off the roads daily; the vote passed 11 to 6. About 60% of the cost will "
            "come from the EU recovery fund, and Loures will contribute 25 million euros. Construction should "
            "start in the second half of 2026 after a tender due in March. Residents worry about noise and the "
            "loss of about 150 parking spaces.",
            "key_points": [
                "The 210 million euro, 12 km line will have 17 stops and carry about 40,000 passengers a day.",
                "The council vote passed 11 to 6; opponents preferred extending the Metro's Red Line.",
                "About 60% of the money comes from the EU recovery fund; Loures will contribute 25 million "
                "euros.",
                "Construction is due to start in the second half of 2026, with opening planned by the end of "
                "2029.",
            ],
        },
        "zh": {
            "title": "里斯本批准耗资2.1亿欧元的卢雷斯有轨电车线",
            "one_line": "里斯本市议会批准一条通往卢雷斯的12公里有轨电车线，为该市半个多世纪来首条新线路。",
            "summary": "里斯本市议会批准建设一条耗资2.1亿欧元的轻轨线路，连接圣阿波洛尼亚车站与北郊卢雷斯，这是葡萄牙"
            "首都半个多世纪以来首条新建有轨电车线路。线路全长12公里，设17个车站，预计日均客流约4万人次，计划2029年底前"
            "通车。市长里卡多·瓦斯·平托表示，该线路每天可减少约9000辆汽车上路，议会以11票对6票通过。约六成资金来自欧盟"
            "复苏基金，卢雷斯市将出资2500万欧元。工程预计在3月招标后于2026年下半年动工。沿线居民担心噪音及约150个"
            "停车位被取消。",
            "key_points": [
                "这条耗资2.1亿欧元、全长12公里的线路设17个车站，日均客流预计约4万人次。",
                "议会以11票对6票通过，反对者主张延长地铁红线。",
                "约六成资金来自欧盟复苏基金，卢雷斯市出资2500万欧元。",
                "工程预计于2026年下半年动工，计划2029年底前通车。",
            ],
        },
        "kw_en": ["Lisbon", "tram", "Loures", "light rail", "Carris", "EU recovery fund"],
        "kw_zh": ["里斯本", "有轨电车", "卢雷斯", "轻轨", "Carris", "欧盟复苏基金"],
        "entities": [
            ("Ricardo Vaz Pinto", "里卡多·瓦斯·平托", "Ricardo Vaz Pinto", "person"),
            ("Sofia Mendes", "索菲娅·门德斯", "Sofia Mendes", "person"),
            ("António Ferreira", "安东尼奥·费雷拉", "António Ferreira", "person"),
            ("Carris", "Carris", "Carris", "organization"),
            ("Loures", "卢雷斯", "Loures", "place"),
            ("Santa Apolónia", "圣阿波洛尼亚", "Santa Apolónia", "place"),
            ("European Union", "欧盟", "European Union", "organization"),
        ],
        "kps": [[2, 3], [4], [5], [3, 6]],
    },
}
