# ruff: noqa: E501  (data: article text and edits are kept whole so they can be grepped)
"""Faithful bilingual summaries of the Chinese-source and mixed articles of the dev2 set.

Each entry: the article file, EN and zh-Hans blocks (aligned key point by key point), keywords, the
grounding entities as (en, zh, source as written in the article, type) and, per key point, the 1-based
paragraphs of `bisum normalize` output it rests on (the same for both languages)."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {}

FAITHFUL_ZH["tw_typhoon"] = {
    "file": "tw_typhoon.txt",
    "en": {
        "title": "Typhoon Bailu kills one and cuts power to 470,000 households in Taiwan",
        "one_line": "Typhoon Bailu crossed Taiwan, killing one person, injuring 27 and cutting power to "
        "470,000 households, more than 180,000 of them in Hualien and Taitung.",
        "summary": "Typhoon Bailu made landfall near Chenggong in Taitung County at 8:40 pm on September 3 "
        "and left Taiwan from Changhua County early the next morning. A 62-year-old man in Pingtung "
        "County died after falling from his roof, and 27 people were injured. Taiwan Power Company said "
        "470,000 households lost power, more than 180,000 of them in Hualien and Taitung, and 92% had "
        "been reconnected by the afternoon of September 4. Up to 1,120 mm of rain fell in Sandimen, "
        "lifting Tsengwen Reservoir from 41% to 68% of capacity. Sixteen cities and counties closed "
        "offices and schools, 142 domestic flights were cancelled, and farm losses are estimated at "
        "NT$480 million.",
        "key_points": [
            "Bailu made landfall in Taitung County at 8:40 pm on September 3 with winds of 38 metres per second",
            "One man died and 27 people were injured, including 11 in Hualien County and 9 in Taitung County",
            "Power was cut to 470,000 households; Taiwan Power Company expects to restore all supply by "
            "the evening of September 5",
            "Heavy rain lifted Tsengwen Reservoir from 41% to 68%, while farm losses are estimated at NT$480 million",
        ],
    },
    "zh": {
        "title": "台风“白鹿”袭台致1死27伤 全台47万户停电",
        "one_line": "台风“白鹿”横扫台湾，造成1人死亡、27人受伤，全台47万户停电，其中花莲、台东超过18万户。",
        "summary": "中度台风“白鹿”9月3日晚8时40分在台东县成功镇附近登陆，4日清晨由彰化县出海，登陆时中心"
        "附近最大风速每秒38米。台风造成1人死亡、27人受伤，死者为一名在屋顶加固铁皮时坠落的62岁屏东县"
        "男子。台湾电力公司表示，全台累计47万户停电，其中花莲、台东合计超过18万户，4日下午已有92%恢复"
        "供电。屏东县三地门乡累积雨量达1120毫米，曾文水库蓄水率由41%回升至68%。全台16个县市停班停课，"
        "国内航班取消142架次，农业损失初估4.8亿元新台币。",
        "key_points": [
            "“白鹿”9月3日晚8时40分在台东县登陆，中心附近最大风速每秒38米",
            "台风造成1人死亡、27人受伤，其中花莲县11人、台东县9人",
            "全台47万户停电，台电预计5日晚间前全部恢复供电",
            "豪雨使曾文水库蓄水率由41%升至68%，农业损失初估4.8亿元新台币",
        ],
    },
    "kw_en": ["Typhoon Bailu", "Taiwan", "power outage", "Taitung", "Hualien", "rainfall", "farm losses"],
    "kw_zh": ["台风白鹿", "台湾", "停电", "台东", "花莲", "雨量", "农业损失"],
    "entities": [
        ("Taiwan", "台湾", "台灣", "place"),
        ("Taitung County", "台东县", "台東縣", "place"),
        ("Chenggong", "成功镇", "成功鎮", "place"),
        ("Changhua County", "彰化县", "彰化縣", "place"),
        ("Pingtung County", "屏东县", "屏東縣", "place"),
        ("Hualien County", "花莲县", "花蓮縣", "place"),
        ("Sandimen", "三地门乡", "三地門鄉", "place"),
        ("Tsengwen Reservoir", "曾文水库", "曾文水庫", "place"),
        ("Taiwan Power Company", "台湾电力公司", "台電", "organization"),
    ],
    "kps": [[2], [3], [5], [4, 7]],
}

FAITHFUL_ZH["hk_property"] = {
    "file": "hk_property.txt",
    "en": {
        "title": "Sun Hung Kai sells all 688 flats at Yuen Long launch for HK$3.05 billion",
        "one_line": "Sun Hung Kai Properties sold out the first batch of its Yuen Long project for about "
        "HK$3.05 billion as Hong Kong home prices rose for a third month.",
        "summary": "Sun Hung Kai Properties sold all 688 flats in the first round of its new project in Yuen "
        "Long on Saturday, raising about HK$3.05 billion, the year's biggest single-day total for a new "
        "development. The launch drew more than 14,000 registrations, making it about 19.6 times oversubscribed. "
        "Prices averaged about HK$15,800 per square foot, roughly 10% below nearby second-hand estates, "
        "and about 70% of buyers were end users. Analysts linked the demand to lower borrowing costs after "
        "the Hong Kong Monetary Authority followed the US Federal Reserve with a cut of 0.25 percentage "
        "point last month. The Rating and Valuation Department's private home price index rose 0.9% in "
        "August, its third monthly gain, but is still about 28% below its September 2021 peak, and "
        "second-hand sales remain weak.",
        "key_points": [
            "All 688 flats in the first round sold out, raising about HK$3.05 billion from more than "
            "14,000 registrations",
            "Prices averaged about HK$15,800 per square foot, around 10% below nearby second-hand flats, "
            "and about 70% of buyers were end users",
            "The Hong Kong Monetary Authority cut rates by 0.25 percentage point last month, and major banks "
            "lowered their prime rate to 5.25%",
            "The private home price index rose 0.9% in August, a third straight monthly gain, but is still "
            "about 28% below its 2021 peak",
        ],
    },
    "zh": {
        "title": "新地元朗新盘首轮688个单位沽清 套现约30.5亿港元",
        "one_line": "新鸿基地产元朗新盘首轮单位全部售罄，套现约30.5亿港元，香港楼价连续三个月上升。",
        "summary": "新鸿基地产旗下元朗新盘周六首轮推售的688个单位全部沽清，套现约30.5亿港元，是今年单日"
        "销售金额最高的新盘。项目共收到逾1.4万张入票，超额约19.6倍；平均呎价约15800港元，较同区二手"
        "屋苑低约一成，买家约七成为用家。市场人士认为热销与息口回落有关，香港金融管理局上月跟随美联储"
        "减息0.25厘。差饷物业估价署数据显示，8月私人住宅售价指数按月上升0.9%，连升三个月，但仍较2021年"
        "9月高位低约二成八；二手成交则仍然偏淡。",
        "key_points": [
            "首轮688个单位全部沽清，套现约30.5亿港元，累计收到逾1.4万张入票",
            "平均呎价约15800港元，较同区二手低约一成，约七成买家为用家",
            "香港金融管理局上月减息0.25厘，大型银行将最优惠利率下调至5.25厘",
            "8月私人住宅售价指数按月上升0.9%，连升三个月，但仍较2021年高位低约二成八",
        ],
    },
    "kw_en": [
        "Sun Hung Kai Properties",
        "Yuen Long",
        "new flats",
        "Hong Kong property",
        "interest rates",
        "home prices",
    ],
    "kw_zh": ["新鸿基地产", "元朗", "新盘", "香港楼市", "减息", "楼价"],
    "entities": [
        ("Sun Hung Kai Properties", "新鸿基地产", "新鴻基地產", "organization"),
        ("Yuen Long", "元朗", "元朗", "place"),
        ("Hong Kong", "香港", "香港", "place"),
        ("Hong Kong Monetary Authority", "香港金融管理局", "香港金融管理局", "organization"),
        ("US Federal Reserve", "美联储", "美國聯儲局", "organization"),
        ("Rating and Valuation Department", "差饷物业估价署", "差餉物業估價署", "organization"),
    ],
    "kps": [[2], [3], [4], [5]],
}

FAITHFUL_ZH["zh_satellite"] = {
    "file": "zh_satellite.txt",
    "en": {
        "title": "China launches Xihe-3 solar probe bound for the Sun-Earth L5 point",
        "one_line": "China launched the Xihe-3 solar observation satellite on November 18, set to be the "
        "first probe to make routine observations from the L5 point.",
        "summary": "China launched the Xihe-3 solar observation satellite on a Long March 4C rocket from the "
        "Jiuquan Satellite Launch Center at 10:32 am on November 18, the 612th flight of the Long March "
        "series. The 2.3-tonne satellite, designed to work for at least six years, will spend about 14 "
        "months travelling to the Sun-Earth L5 Lagrange point, about 150 million kilometres from Earth, "
        "to watch the Sun from the side. Chief scientist Li Chen of Nanjing University said its six "
        "instruments could spot active regions four to five days before they turn towards Earth, "
        "extending solar storm warnings from one to three days to about a week. China has also signed a "
        "letter of intent with the European Space Agency on sharing space-weather data.",
        "key_points": [
            "Xihe-3 was launched on a Long March 4C rocket from Jiuquan at 10:32 am on November 18",
            "The 2.3-tonne satellite will reach the L5 point, about 150 million kilometres from Earth, after "
            "a 14-month journey",
            "Its six instruments could extend solar storm warnings from one to three days to about a week",
            "The China National Space Administration has signed a letter of intent with the European Space "
            "Agency on sharing space-weather data",
        ],
    },
    "zh": {
        "title": "我国成功发射羲和三号卫星 将在日地L5点观测太阳",
        "one_line": "11月18日，我国成功发射羲和三号太阳探测卫星，它将是首颗在L5点开展业务化观测的太阳探测器。",
        "summary": "11月18日10时32分，我国在酒泉卫星发射中心用长征四号丙运载火箭成功发射羲和三号太阳探测"
        "卫星，这是长征系列运载火箭第612次飞行。卫星质量约2.3吨，设计寿命不少于6年，将经过约14个月的"
        "飞行，抵达距地球约1.5亿公里的日地L5点附近，从侧面长期观测太阳。项目首席科学家、南京大学教授"
        "李晨介绍，卫星搭载6台科学载荷，可提前4到5天看到即将转向地球的太阳活动区，有望把太阳风暴预警"
        "时间由1至3天延长到一周左右。中方已与欧洲空间局签署空间天气数据交换合作意向书。",
        "key_points": [
            "羲和三号11月18日10时32分由长征四号丙运载火箭在酒泉发射升空",
            "卫星质量约2.3吨，将经约14个月飞行抵达距地球约1.5亿公里的L5点",
            "6台科学载荷有望把太阳风暴预警时间由1至3天延长到一周左右",
            "国家航天局已与欧洲空间局就空间天气数据交换签署合作意向书",
        ],
    },
    "kw_en": ["Xihe-3", "solar probe", "L5 point", "Long March 4C", "space weather", "solar storms"],
    "kw_zh": ["羲和三号", "太阳探测卫星", "L5点", "长征四号丙", "空间天气", "太阳风暴"],
    "entities": [
        ("China", "中国", "我国", "place"),
        ("Xihe-3", "羲和三号", "羲和三号", "product"),
        ("Long March 4C", "长征四号丙", "长征四号丙", "product"),
        ("Long March", "长征系列运载火箭", "长征系列运载火箭", "product"),
        ("Jiuquan Satellite Launch Center", "酒泉卫星发射中心", "酒泉卫星发射中心", "place"),
        ("Li Chen", "李晨", "李晨", "person"),
        ("Nanjing University", "南京大学", "南京大学", "organization"),
        ("China National Space Administration", "国家航天局", "国家航天局", "organization"),
        ("European Space Agency", "欧洲空间局", "欧洲空间局", "organization"),
    ],
    "kps": [[2], [3], [4], [6]],
}

FAITHFUL_ZH["zh_earnings"] = {
    "file": "zh_earnings.txt",
    "en": {
        "title": "CATL's nine-month net profit rises 21.6% to 46.28 billion yuan",
        "one_line": "CATL's revenue rose 12.3% and its net profit 21.6% in the first three quarters, while "
        "gross margin improved by 1.8 percentage points.",
        "summary": "Contemporary Amperex Technology (CATL) said on October 21 that its revenue for the first "
        "three quarters of 2026 rose 12.3% year on year to 283.64 billion yuan. Net profit attributable "
        "to shareholders grew 21.6% to 46.28 billion yuan, and third-quarter net profit rose 24.1% to "
        "17.12 billion yuan. Gross margin improved by 1.8 percentage points to 25.9%, helped by low "
        "lithium carbonate prices and new products. Energy-storage revenue jumped 31.5% to 49.1 billion "
        "yuan, making it the fastest-growing business. CATL held 37.6% of the global EV battery market "
        "from January to August, ranking first for a ninth year. Chairman Robin Zeng said the company "
        "aims to start small-scale production of solid-state batteries in 2027.",
        "key_points": [
            "Revenue for the first three quarters rose 12.3% to 283.64 billion yuan and net profit 21.6% "
            "to 46.28 billion yuan",
            "Gross margin rose 1.8 percentage points to 25.9% as raw material prices stayed low",
            "Energy-storage revenue grew 31.5% to 49.1 billion yuan, and CATL's global EV battery market "
            "share was 37.6%",
            "CATL plans to start small-scale production of solid-state batteries in 2027",
        ],
    },
    "zh": {
        "title": "宁德时代前三季度净利润462.8亿元 同比增长21.6%",
        "one_line": "宁德时代前三季度营收同比增长12.3%，净利润增长21.6%，毛利率提升1.8个百分点。",
        "summary": "宁德时代10月21日发布三季报，前三季度实现营业收入2836.4亿元，同比增长12.3%；归母净利润"
        "462.8亿元，同比增长21.6%，其中第三季度净利润171.2亿元，同比增长24.1%。前三季度综合毛利率为"
        "25.9%，较去年同期提升1.8个百分点，主要得益于碳酸锂等原材料价格处于低位以及新产品放量。储能电池"
        "系统收入491亿元，同比增长31.5%，是增长最快的业务。今年1至8月，公司全球动力电池装机量市场份额"
        "为37.6%，连续第九年居全球第一。董事长曾毓群表示，公司计划于2027年实现固态电池小批量生产。",
        "key_points": [
            "前三季度营收2836.4亿元，同比增长12.3%；净利润462.8亿元，同比增长21.6%",
            "综合毛利率25.9%，较去年同期提升1.8个百分点，原材料价格处于低位",
            "储能电池系统收入491亿元，同比增长31.5%；全球动力电池市场份额为37.6%",
            "公司计划于2027年实现固态电池小批量生产",
        ],
    },
    "kw_en": [
        "CATL",
        "third-quarter results",
        "net profit",
        "gross margin",
        "energy storage",
        "solid-state batteries",
    ],
    "kw_zh": ["宁德时代", "三季报", "净利润", "毛利率", "储能", "固态电池"],
    "entities": [
        ("CATL", "宁德时代", "宁德时代", "organization"),
        ("Robin Zeng", "曾毓群", "曾毓群", "person"),
    ],
    "kps": [[2], [3], [4], [8]],
}

FAITHFUL_ZH["zh_tesla_names"] = {
    "file": "zh_tesla_names.txt",
    "en": {
        "title": "Tesla shareholders approve Musk pay package worth up to $1 trillion",
        "one_line": "Tesla shareholders backed Elon Musk's new pay plan, worth up to about $1 trillion in "
        "stock, with more than 75% of the vote.",
        "summary": "Tesla shareholders approved a new pay package for chief executive Elon Musk at the "
        "company's annual meeting in Austin, Texas, on November 6, with more than 75% support. Musk could "
        "receive shares worth about $1 trillion if, within 10 years, Tesla reaches a market value of "
        "$8.5 trillion and meets targets including 20 million cumulative vehicle deliveries, 1 million "
        "Optimus robots sold and 1 million robotaxis in operation. Board chair Robyn Denholm said keeping "
        "Musk was vital. Norway's sovereign wealth fund and the proxy advisers ISS and Glass Lewis opposed "
        "the plan, while ARK Invest's Cathie Wood backed it. Musk's 2018 package of about $56 billion was "
        "struck down twice by a Delaware court.",
        "key_points": [
            "More than 75% of the vote backed a package worth up to about $1 trillion in Tesla stock",
            "The award comes in 12 tranches, the first at a $2 trillion market value and each later one "
            "$500 billion higher",
            "Norway's sovereign wealth fund, ISS and Glass Lewis opposed the plan, while Cathie Wood supported it",
            "Musk said Optimus robots would enter small-scale production next year and robotaxis would reach "
            "8 to 10 US cities by the end of the year",
        ],
    },
    "zh": {
        "title": "特斯拉股东批准马斯克最高约1万亿美元薪酬方案",
        "one_line": "特斯拉股东以超过75%的支持率批准马斯克新薪酬方案，他最多可获得价值约1万亿美元的股票。",
        "summary": "11月6日，特斯拉在美国得克萨斯州奥斯汀召开年度股东大会，股东以超过75%的支持率批准首席"
        "执行官埃隆·马斯克的新薪酬方案。若马斯克在未来10年内带领特斯拉市值达到8.5万亿美元，并实现累计"
        "交付2000万辆汽车、售出100万台擎天柱机器人、投运100万辆自动驾驶出租车等目标，最多可获得价值约"
        "1万亿美元的股票。董事会主席罗宾·德霍姆表示留住马斯克至关重要。挪威主权财富基金以及ISS和格拉斯·"
        "刘易斯反对该方案，方舟投资的凯西·伍德则表示支持。马斯克2018年约560亿美元的薪酬方案曾两次被"
        "特拉华州法院裁定无效。",
        "key_points": [
            "超过75%的股东支持这一最高价值约1万亿美元股票的薪酬方案",
            "方案分为12个阶段，首阶段要求市值达到2万亿美元，此后每阶段提高5000亿美元",
            "挪威主权财富基金、ISS和格拉斯·刘易斯反对，凯西·伍德表示支持",
            "马斯克称擎天柱机器人明年小规模生产，自动驾驶出租车年底前扩展到美国8至10个城市",
        ],
    },
    "kw_en": ["Tesla", "Elon Musk", "pay package", "shareholder meeting", "Optimus", "robotaxi"],
    "kw_zh": ["特斯拉", "马斯克", "薪酬方案", "股东大会", "擎天柱", "自动驾驶出租车"],
    "entities": [
        ("Tesla", "特斯拉", "特斯拉", "organization"),
        ("Elon Musk", "埃隆·马斯克", "埃隆·马斯克", "person"),
        ("Austin", "奥斯汀", "奥斯汀", "place"),
        ("Texas", "得克萨斯州", "得克萨斯州", "place"),
        ("Optimus", "擎天柱", "擎天柱", "product"),
        ("Robyn Denholm", "罗宾·德霍姆", "罗宾·德霍姆", "person"),
        ("Norway's sovereign wealth fund", "挪威主权财富基金", "挪威主权财富基金", "organization"),
        ("ISS", "ISS", "ISS", "organization"),
        ("Glass Lewis", "格拉斯·刘易斯", "格拉斯·刘易斯", "organization"),
        ("ARK Invest", "方舟投资", "方舟投资", "organization"),
        ("Cathie Wood", "凯西·伍德", "凯西·伍德", "person"),
        ("Delaware", "特拉华州", "特拉华州", "place"),
        ("United States", "美国", "美国", "place"),
    ],
    "kps": [[2], [3], [5], [6]],
}

FAITHFUL_ZH["mixed_sg_fares"] = {
    "file": "mixed_sg_fares.txt",
    "en": {
        "title": "Singapore bus and train fares to rise 6% from December 27",
        "one_line": "Singapore's Public Transport Council is raising bus and train fares by 6% from "
        "December 27, adding 10 to 12 cents to adult card fares.",
        "summary": "Bus and train fares in Singapore will rise by 6 percent from December 27, the Public "
        "Transport Council announced on Thursday, the largest increase since 2023. Adults paying by card "
        "will pay 10 to 12 cents more per journey. The council blamed higher staff wages and energy "
        "costs, saying fares would have had to rise 15.8 percent without government subsidies. Concession "
        "fares will go up by 4 cents, the seniors' monthly pass stays at S$20, and the adult monthly pass "
        "rises by S$6 to S$134. The government will issue 600,000 transport vouchers worth S$30 each to "
        "lower-income households, and Transport Minister Jeffrey Siow said it would spend about S$1.2 "
        "billion on subsidies this financial year.",
        "key_points": [
            "Fares rise 6 percent from December 27, adding 10 to 12 cents to adult card journeys",
            "Without subsidies, higher wages and energy costs would have meant a 15.8 percent increase",
            "The adult monthly pass rises by S$6 to S$134, while the seniors' pass stays at S$20",
            "600,000 vouchers worth S$30 each will go to lower-income households, up from 500,000 last year",
        ],
    },
    "zh": {
        "title": "新加坡巴士地铁车资12月27日起上调6%",
        "one_line": "新加坡公共交通理事会宣布，巴士和地铁车资12月27日起上调6%，成年乘客卡付每趟多付10至12分钱。",
        "summary": "新加坡公共交通理事会周四宣布，巴士和地铁车资将从12月27日起上调6%，为2023年以来最大"
        "涨幅，使用卡付费的成年乘客每趟多付10至12分钱。理事会说，调涨主要因为员工薪金上调和能源成本"
        "高企，若无政府津贴，涨幅将达15.8%。优惠车资上调4分钱，乐龄人士月票维持20新元，成人月票上调"
        "6新元至134新元。政府将向低收入家庭发放60万张每张30新元的交通券。交通部长萧振祥表示，政府本"
        "财政年度将拨出约12亿新元补贴公共交通服务。",
        "key_points": [
            "车资12月27日起上调6%，成年乘客卡付每趟多付10至12分钱",
            "若无政府津贴，因薪金和能源成本上升，车资涨幅将达15.8%",
            "成人月票上调6新元至134新元，乐龄人士月票维持20新元",
            "60万张每张30新元的交通券将发给低收入家庭，比去年的50万张多",
        ],
    },
    "kw_en": [
        "Singapore",
        "public transport fares",
        "Public Transport Council",
        "fare increase",
        "transport vouchers",
        "subsidies",
    ],
    "kw_zh": ["新加坡", "公共交通车资", "公共交通理事会", "车资上调", "交通券", "政府津贴"],
    "entities": [
        ("Singapore", "新加坡", "Singapore", "place"),
        ("Public Transport Council", "公共交通理事会", "Public Transport Council", "organization"),
        ("Jeffrey Siow", "萧振祥", "Jeffrey Siow", "person"),
    ],
    "kps": [[2, 3], [4, 5], [6, 7], [8, 9]],
}
