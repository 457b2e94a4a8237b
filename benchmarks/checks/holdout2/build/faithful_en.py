# ruff: noqa: E501  (data: summaries are kept whole so they can be grepped)
"""Faithful bilingual summaries of the English-source articles of the holdout2 set (same shape as
faithful_zh.py)."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {}

FAITHFUL_EN["sg_crl_contracts"] = {
    "file": "sg_crl_contracts.txt",
    "en": {
        "title": "LTA awards S$2.3 billion of contracts for second phase of Cross Island Line",
        "one_line": "Singapore's Land Transport Authority awarded three contracts worth S$2.3 billion for the Cross Island Line's second phase, due to open in 2032.",
        "summary": "Singapore's Land Transport Authority on Tuesday awarded three civil contracts worth S$2.3 billion for the second phase of the Cross Island Line, which will add six stations and 15.4 km of track between Jurong Lake District and Turf City. The biggest, worth S$1.14 billion, went to a joint venture of Straits Civil Engineering and South Korea's Hanmi Tunnelling; Tay Boon Huat Construction won S$720 million of work for Clementi West station and Lian Seng Holdings S$440 million for works at Turf City. LTA chief executive Ong Mei Ling said 11 companies made 17 bids, and the winners came in 8% below estimates on average. Construction starts in early 2027 and the phase should open in 2032. Senior Minister of State Daniel Koh said travel times for about 100,000 households would fall by up to 40 minutes.",
        "key_points": [
            "Three contracts worth S$2.3 billion cover six stations and 15.4 km of track between Jurong Lake District and Turf City",
            "The largest, worth S$1.14 billion, went to a joint venture of Straits Civil Engineering and Hanmi Tunnelling",
            "The tenders drew 17 bids from 11 companies, and winning bids averaged 8% below LTA's estimates",
            "Work starts in the first quarter of 2027, and the second phase is due to open in 2032",
            "About 100,000 households in the west will save up to 40 minutes, and 35% of project workers will be citizens or permanent residents",
        ],
    },
    "zh": {
        "title": "新加坡陆交局颁发23亿新元跨岛线第二阶段工程合约",
        "one_line": "新加坡陆路交通管理局颁发三份总值23亿新元的跨岛线第二阶段合约，预计2032年通车。",
        "summary": "新加坡陆路交通管理局周二颁发三份总值23亿新元的土木工程合约，用于跨岛线第二阶段，该阶段将在裕廊湖区与马场之间新增六个车站和15.4公里轨道。最大一份合约价值11.4亿新元，由海峡土木工程与韩国韩美隧道的联营公司获得；郑文发建筑获得7.2亿新元的金文泰西站合约，联成控股获得4.4亿新元的马场工程合约。陆交局总裁王美玲说，11家公司共提交17份标书，中标价平均比预估低8%。工程2027年初动工，预计2032年通车。高级政务部长许智敏说，西部约10万户家庭的出行时间最多可缩短40分钟。",
        "key_points": [
            "三份合约总值23亿新元，涵盖裕廊湖区至马场之间的六个车站和15.4公里轨道",
            "最大一份合约价值11.4亿新元，由海峡土木工程与韩美隧道的联营公司获得",
            "11家公司共提交17份标书，中标价平均比陆交局预估低8%",
            "工程将于2027年第一季度动工，第二阶段预计2032年通车",
            "西部约10万户家庭出行时间最多缩短40分钟，35%的工程人员将是公民或永久居民",
        ],
    },
    "kw_en": [
        "Cross Island Line",
        "Land Transport Authority",
        "Singapore",
        "MRT",
        "construction contracts",
        "Jurong Lake District",
    ],
    "kw_zh": ["跨岛线", "陆路交通管理局", "新加坡", "地铁", "工程合约", "裕廊湖区"],
    "entities": [
        ("Singapore", "新加坡", "Singapore", "place"),
        ("Land Transport Authority", "陆路交通管理局", "Land Transport Authority", "organization"),
        ("LTA", "陆交局", "LTA", "organization"),
        ("Cross Island Line", "跨岛线", "Cross Island Line", "other"),
        ("Jurong Lake District", "裕廊湖区", "Jurong Lake District", "place"),
        ("Turf City", "马场", "Turf City", "place"),
        ("Straits Civil Engineering", "海峡土木工程", "Straits Civil Engineering", "organization"),
        ("Hanmi Tunnelling", "韩美隧道", "Hanmi Tunnelling", "organization"),
        ("South Korea", "韩国", "South Korea", "place"),
        ("Tay Boon Huat Construction", "郑文发建筑", "Tay Boon Huat Construction", "organization"),
        ("Clementi West", "金文泰西", "Clementi West", "place"),
        ("Lian Seng Holdings", "联成控股", "Lian Seng Holdings", "organization"),
        ("Ong Mei Ling", "王美玲", "Ong Mei Ling", "person"),
        ("Daniel Koh", "许智敏", "Daniel Koh", "person"),
    ],
    "kps": [[2], [3], [4], [5], [6]],
}

FAITHFUL_EN["en_rugby"] = {
    "file": "en_rugby.txt",
    "en": {
        "title": "Ireland beat France 27-24 in Dublin to stay on course for Grand Slam",
        "one_line": "Cian Moloney's late penalty gave Ireland a 27-24 Six Nations win over France on March 7 after they had trailed 24-10.",
        "summary": "Ireland beat France 27-24 at the Aviva Stadium in Dublin on Saturday, March 7, to keep alive their hopes of a Six Nations Grand Slam. France led 17-10 at half-time through tries by Théo Lacroix and Mathis Garnier, and Lacroix's second try in the 49th minute made it 24-10. Ireland fought back with converted tries from Eoin Walsh and Dara Kinsella to level at 24-24, and after France lock Baptiste Roux was sin-binned, fly-half Cian Moloney kicked the winning penalty from 38 metres in the 78th minute. Ireland lead the table on 18 points, four clear of England, and play Scotland at Murrayfield on March 14 needing a win for their first Grand Slam since 2023.",
        "key_points": [
            "Ireland came back from 24-10 down to beat France 27-24 at the Aviva Stadium on March 7",
            "Cian Moloney kicked the winning penalty from 38 metres in the 78th minute and scored 12 points",
            "France coach Fabien Morel said his side gave the game away and questioned Baptiste Roux's yellow card",
            "Ireland top the table on 18 points, four ahead of England, and face Scotland at Murrayfield on March 14",
        ],
    },
    "zh": {
        "title": "六国赛爱尔兰27比24险胜法国 保持大满贯希望",
        "one_line": "凭借莫洛尼终场前的罚踢，爱尔兰3月7日在六国赛中以27比24逆转法国。",
        "summary": "3月7日（周六），爱尔兰队在都柏林英杰华球场以27比24击败法国队，保住了六国赛大满贯的希望。法国队凭借拉克鲁瓦和加尼耶的达阵，上半场以17比10领先，拉克鲁瓦第49分钟再次达阵，将比分扩大为24比10。爱尔兰随后依靠沃尔什和金塞拉的达阵及附加踢将比分扳平为24比24；法国锁锋巴蒂斯特·鲁领黄牌后，爱尔兰接锋莫洛尼第78分钟在38米外罚踢得手。爱尔兰以18分领跑积分榜，领先英格兰4分，3月14日将在穆雷菲尔德球场迎战苏格兰，若取胜将赢得2023年以来首个大满贯。",
        "key_points": [
            "爱尔兰3月7日在英杰华球场从10比24落后逆转，以27比24击败法国",
            "莫洛尼第78分钟在38米外罚踢制胜，全场贡献12分",
            "法国主教练莫雷尔称球队“把比赛送了出去”，并质疑巴蒂斯特·鲁领到的黄牌",
            "爱尔兰以18分领跑积分榜，领先英格兰4分，3月14日将在穆雷菲尔德迎战苏格兰",
        ],
    },
    "kw_en": ["Six Nations", "Ireland", "France", "Grand Slam", "rugby union", "Cian Moloney"],
    "kw_zh": ["六国赛", "爱尔兰", "法国", "大满贯", "英式橄榄球", "莫洛尼"],
    "entities": [
        ("Ireland", "爱尔兰", "Ireland", "place"),
        ("France", "法国", "France", "place"),
        ("Aviva Stadium", "英杰华球场", "Aviva Stadium", "place"),
        ("Dublin", "都柏林", "Dublin", "place"),
        ("Six Nations", "六国赛", "Six Nations", "other"),
        ("Théo Lacroix", "拉克鲁瓦", "Théo Lacroix", "person"),
        ("Mathis Garnier", "加尼耶", "Mathis Garnier", "person"),
        ("Eoin Walsh", "沃尔什", "Eoin Walsh", "person"),
        ("Dara Kinsella", "金塞拉", "Dara Kinsella", "person"),
        ("Baptiste Roux", "巴蒂斯特·鲁", "Baptiste Roux", "person"),
        ("Cian Moloney", "莫洛尼", "Cian Moloney", "person"),
        ("Fabien Morel", "莫雷尔", "Fabien Morel", "person"),
        ("England", "英格兰", "England", "place"),
        ("Scotland", "苏格兰", "Scotland", "place"),
        ("Murrayfield", "穆雷菲尔德", "Murrayfield", "place"),
    ],
    "kps": [[2, 3], [4], [6], [7]],
}

FAITHFUL_EN["html_japan_stimulus"] = {
    "file": "html_japan_stimulus.html",
    "en": {
        "title": "Japan's cabinet approves ¥21.9 trillion stimulus package to ease cost of living",
        "one_line": "Japan approved a ¥21.9 trillion package of cash handouts and energy subsidies as inflation stays above the Bank of Japan's 2% target.",
        "summary": "Japan's cabinet on Friday approved a ¥21.9 trillion ($146 billion) economic package, including cash handouts for low-income households and electricity and gas subsidies through March, as inflation has stayed above the Bank of Japan's 2% target for more than four years. A ¥13.9 trillion supplementary budget will fund most of it. About ¥4.2 trillion will go on energy subsidies, cutting the average monthly electricity bill by about ¥1,800 from January, and households exempt from residential tax will get ¥30,000 plus ¥20,000 per child. The Cabinet Office expects the measures to lift real GDP by about 1.2% over three years. Aiko Shimizu of Daiwa Institute of Research said new bond issuance could rise by about ¥11.5 trillion. The yen weakened to 157.8 per dollar.",
        "key_points": [
            "The ¥21.9 trillion package is funded mainly by a ¥13.9 trillion supplementary budget",
            "About ¥4.2 trillion of energy subsidies will cut the average monthly electricity bill by about ¥1,800, and tax-exempt households get ¥30,000 plus ¥20,000 per child",
            "Core consumer prices rose 3.0% in October, and real wages fell for a 10th straight month",
            "The yen weakened to 157.8 per dollar and the 10-year bond yield rose to 1.92%, the highest since 2008",
        ],
    },
    "zh": {
        "title": "日本内阁批准21.9万亿日元经济刺激计划",
        "one_line": "日本内阁批准21.9万亿日元经济计划，以现金补贴和能源补贴缓解物价上涨压力。",
        "summary": "日本内阁周五批准规模21.9万亿日元（约1460亿美元）的经济计划，包括向低收入家庭发放现金，以及补贴电费和燃气费至3月。日本通胀已连续四年多高于日本央行2%的目标。计划主要由13.9万亿日元的补充预算提供资金，其中约4.2万亿日元用于能源补贴，从1月起平均每户每月电费可减少约1800日元；免缴居民税的家庭每户可领3万日元，每名子女另加2万日元。内阁府预计，措施将在三年内推高实际国内生产总值约1.2%。大和总研首席经济学家清水爱子估计，新增国债发行约11.5万亿日元。日元随后跌至1美元兑157.8日元。",
        "key_points": [
            "21.9万亿日元的计划主要由13.9万亿日元的补充预算提供资金",
            "约4.2万亿日元能源补贴将使平均每户每月电费减少约1800日元，免税家庭每户领3万日元，每名子女另加2万日元",
            "10月核心消费者物价同比上涨3.0%，实际工资连续第10个月下降",
            "日元跌至1美元兑157.8日元，10年期国债收益率升至1.92%，为2008年以来最高",
        ],
    },
    "kw_en": ["Japan", "stimulus package", "supplementary budget", "energy subsidies", "inflation", "yen"],
    "kw_zh": ["日本", "经济刺激计划", "补充预算", "能源补贴", "通胀", "日元"],
    "entities": [
        ("Japan", "日本", "Japan", "place"),
        ("Bank of Japan", "日本央行", "Bank of Japan", "organization"),
        ("Cabinet Office", "内阁府", "Cabinet Office", "organization"),
        ("Aiko Shimizu", "清水爱子", "Aiko Shimizu", "person"),
        ("Daiwa Institute of Research", "大和总研", "Daiwa Institute of Research", "organization"),
    ],
    "kps": [[2, 3], [3], [4], [7]],
}

FAITHFUL_EN["en_sydney_strike"] = {
    "file": "en_sydney_strike.txt",
    "en": {
        "title": "Sydney train drivers to strike for 24 hours next Tuesday after pay talks fail",
        "one_line": "Sydney train drivers and guards will strike for 24 hours from 4 am on Tuesday, October 20, after pay talks with the NSW government broke down.",
        "summary": "Train drivers and guards in Sydney will walk out for 24 hours from 4 am next Tuesday, October 20, after talks between the Rail, Tram and Bus Union and the New South Wales government collapsed. The strike would halt most of the Sydney Trains network, which carries about 1.1 million journeys on a typical weekday, and intercity services to Newcastle, the Blue Mountains and Wollongong; only about 400 replacement buses will run. The union wants a 32% rise over four years, while the government offers 3% a year for three years plus a one-off A$3,000. Talks at the Fair Work Commission failed last Thursday, October 8. Transport Minister Rachel Dunne said the government would ask the commission on Friday to suspend the strike. A further 48-hour stoppage is planned for November 3 and 4.",
        "key_points": [
            "The 24-hour strike starts at 4 am on Tuesday, October 20, and would halt most Sydney Trains services",
            "The union seeks 32% over four years; the government offers 3% a year for three years plus A$3,000",
            "Members voted 94% in favour of industrial action, union secretary Mark Talbot said",
            "The government will ask the Fair Work Commission on Friday to suspend the strike, which Business Sydney says would cost A$60 million",
            "The union plans a further 48-hour strike on November 3 and 4 if there is no deal",
        ],
    },
    "zh": {
        "title": "悉尼火车司机下周二罢工24小时 薪资谈判破裂",
        "one_line": "悉尼火车司机和列车员将于10月20日（下周二）凌晨4时起罢工24小时，因与新州政府的薪资谈判破裂。",
        "summary": "铁路、电车和巴士工会与新南威尔士州政府的谈判破裂后，悉尼火车司机和列车员将于下周二（10月20日）凌晨4时起罢工24小时。罢工将使平日约承载110万人次的悉尼火车网络大部分停运，前往纽卡斯尔、蓝山和卧龙岗的城际列车也将受影响，替代巴士仅约400辆。工会要求四年加薪32%，政府则提出三年每年加薪3%，另发一次性补贴3000澳元。双方在公平工作委员会的谈判已于上周四（10月8日）破裂。交通部长雷切尔·邓恩表示，政府将于周五请求委员会叫停罢工。工会还计划在11月3日和4日举行48小时罢工。",
        "key_points": [
            "24小时罢工将于10月20日（周二）凌晨4时开始，悉尼火车大部分服务将停运",
            "工会要求四年加薪32%，政府提出三年每年加薪3%外加3000澳元一次性补贴",
            "工会秘书马克·塔尔博特说，94%的会员投票支持采取劳资行动",
            "政府将于周五请求公平工作委员会叫停罢工，悉尼商会估计罢工将造成6000万澳元损失",
            "如未达成协议，工会将于11月3日和4日再罢工48小时",
        ],
    },
    "kw_en": [
        "Sydney Trains",
        "strike",
        "Rail, Tram and Bus Union",
        "pay dispute",
        "New South Wales",
        "commuters",
    ],
    "kw_zh": ["悉尼火车", "罢工", "铁路电车和巴士工会", "薪资纠纷", "新南威尔士州", "通勤"],
    "entities": [
        ("Sydney", "悉尼", "Sydney", "place"),
        ("Rail, Tram and Bus Union", "铁路、电车和巴士工会", "Rail, Tram and Bus Union", "organization"),
        ("New South Wales", "新南威尔士州", "New South Wales", "place"),
        ("NSW", "新州", "NSW", "place"),
        ("Sydney Trains", "悉尼火车", "Sydney Trains", "organization"),
        ("Newcastle", "纽卡斯尔", "Newcastle", "place"),
        ("Blue Mountains", "蓝山", "Blue Mountains", "place"),
        ("Wollongong", "卧龙岗", "Wollongong", "place"),
        ("Fair Work Commission", "公平工作委员会", "Fair Work Commission", "organization"),
        ("Rachel Dunne", "雷切尔·邓恩", "Rachel Dunne", "person"),
        ("Mark Talbot", "马克·塔尔博特", "Mark Talbot", "person"),
        ("Business Sydney", "悉尼商会", "Business Sydney", "organization"),
    ],
    "kps": [[2, 3], [4], [5], [6], [7]],
}

FAITHFUL_EN["en_brazil_rates"] = {
    "file": "en_brazil_rates.txt",
    "en": {
        "title": "Brazil's central bank lifts Selic by 0.75 points to 12.75% as inflation rises",
        "one_line": "Brazil's central bank raised the Selic by 0.75 percentage points to 12.75%, its third straight increase, as inflation rose to 5.4%.",
        "summary": "Brazil's central bank raised its benchmark Selic rate by 0.75 percentage points to 12.75% on Wednesday, its third consecutive increase, taking the rise since July to 2 percentage points. The monetary policy committee, Copom, voted unanimously. Annual IPCA inflation rose to 5.4% in October from 4.9% in September, against a 3% target that allows 1.5 percentage points either way; food prices were up 7.8% after a drought in the centre-west. The committee signalled a smaller rise at its meeting on December 9 and 10 and raised its inflation forecast for next year to 4.1%. The real has lost about 14% against the dollar this year. The National Confederation of Industry said real interest rates of about 7% were strangling investment.",
        "key_points": [
            "The Selic rose 0.75 percentage points to 12.75%, up 2 percentage points since July",
            "IPCA inflation rose to 5.4% in October from 4.9%, against a 3% target with a tolerance of 1.5 percentage points",
            "The committee expects a smaller increase at its meeting on December 9 and 10",
            "The real has fallen about 14% against the dollar this year, while unemployment dropped to 6.1%",
            "Industry group CNI said real rates of about 7% were strangling investment",
        ],
    },
    "zh": {
        "title": "巴西央行加息75个基点至12.75% 通胀升至5.4%",
        "one_line": "巴西央行连续第三次加息，将基准利率上调0.75个百分点至12.75%，10月通胀率升至5.4%。",
        "summary": "巴西央行周三将基准利率（Selic）上调0.75个百分点至12.75%，为连续第三次加息，自7月以来累计上调2个百分点。货币政策委员会全票通过这一决定。以IPCA指数衡量的年通胀率由9月的4.9%升至10月的5.4%，目标为3%，容忍区间为上下1.5个百分点；受中西部干旱影响，食品价格同比上涨7.8%。委员会表示，将在12月9日至10日的会议上以较小幅度加息，并把明年通胀预期由3.8%上调至4.1%。今年以来雷亚尔兑美元贬值约14%。全国工业联合会批评称，约7%的实际利率正在“扼杀投资”。",
        "key_points": [
            "基准利率上调0.75个百分点至12.75%，自7月以来累计上调2个百分点",
            "10月IPCA通胀率由4.9%升至5.4%，目标为3%，容忍区间为上下1.5个百分点",
            "委员会预计在12月9日至10日的会议上以较小幅度加息",
            "雷亚尔兑美元今年贬值约14%，失业率则降至6.1%",
            "全国工业联合会称约7%的实际利率正在扼杀投资",
        ],
    },
    "kw_en": ["Brazil", "Selic", "interest rates", "inflation", "central bank", "Copom"],
    "kw_zh": ["巴西", "基准利率", "加息", "通胀", "央行", "雷亚尔"],
    "entities": [
        ("Brazil", "巴西", "Brazil", "place"),
        ("Copom", "货币政策委员会", "Copom", "organization"),
        ("Selic", "Selic", "Selic", "other"),
        ("IPCA", "IPCA", "IPCA", "other"),
        (
            "National Confederation of Industry",
            "全国工业联合会",
            "National Confederation of Industry",
            "organization",
        ),
        ("CNI", "全国工业联合会", "CNI", "organization"),
    ],
    "kps": [[2, 3], [4], [5], [6], [8]],
}

FAITHFUL_EN["en_india_monsoon"] = {
    "file": "en_india_monsoon.txt",
    "en": {
        "title": "India's monsoon ends 8% above normal as east and northeast fall short",
        "one_line": "India received 8% more monsoon rain than average this year, but east and northeast India had a 20% deficit.",
        "summary": "India's southwest monsoon delivered 8% more rain than the long-period average this year, the India Meteorological Department said on Tuesday, the third above-normal season in four years. The country received 937.2 mm between June 1 and September 30, against an average of 868.6 mm. Northwest India had 27% more rain than normal, its wettest season since 1917, but east and northeast India, including Bihar and Assam, got 20% less, a deficit for the fourth time in five years. Reservoirs stood at 87% of capacity. Floods and landslides killed at least 1,460 people, with Himachal Pradesh and Uttarakhand worst hit, and Punjab had its worst floods since 1988. Farmers still planted a record 111.5 million hectares of summer crops.",
        "key_points": [
            "India received 937.2 mm of monsoon rain, 8% above the long-period average of 868.6 mm",
            "Northwest India had its wettest season since 1917, while the east and northeast were 20% short",
            "Floods and landslides killed at least 1,460 people, and Punjab's floods submerged about 175,000 hectares",
            "A record 111.5 million hectares of summer crops were planted, 1.4% more than last year",
        ],
    },
    "zh": {
        "title": "印度季风降雨较常年偏多8% 东部和东北部降雨不足",
        "one_line": "印度今年西南季风降雨量比长期平均值偏多8%，但东部和东北部偏少20%。",
        "summary": "印度气象局周二表示，今年西南季风降雨量比长期平均值偏多8%，为四年来第三个降雨偏多的季风季。6月1日至9月30日，全国降雨量为937.2毫米，长期平均值为868.6毫米。西北部降雨比常年偏多27%，为1917年以来最多；而包括比哈尔邦和阿萨姆邦在内的东部和东北部偏少20%，五年来第四次降雨不足。主要水库蓄水量达库容的87%。季风期间洪水和山体滑坡造成至少1460人死亡，喜马偕尔邦和北阿坎德邦受灾最重，旁遮普邦遭遇1988年以来最严重的洪灾。夏季作物播种面积仍达创纪录的1.115亿公顷。",
        "key_points": [
            "全国季风降雨量937.2毫米，比868.6毫米的长期平均值偏多8%",
            "西北部迎来1917年以来降雨最多的季风季，东部和东北部则偏少20%",
            "洪水和山体滑坡造成至少1460人死亡，旁遮普邦约17.5万公顷农田被淹",
            "夏季作物播种面积达创纪录的1.115亿公顷，比去年增加1.4%",
        ],
    },
    "kw_en": ["monsoon", "India", "rainfall", "India Meteorological Department", "floods", "summer crops"],
    "kw_zh": ["季风", "印度", "降雨", "印度气象局", "洪水", "夏季作物"],
    "entities": [
        ("India", "印度", "India", "place"),
        ("India Meteorological Department", "印度气象局", "India Meteorological Department", "organization"),
        ("Bihar", "比哈尔邦", "Bihar", "place"),
        ("Assam", "阿萨姆邦", "Assam", "place"),
        ("Himachal Pradesh", "喜马偕尔邦", "Himachal Pradesh", "place"),
        ("Uttarakhand", "北阿坎德邦", "Uttarakhand", "place"),
        ("Punjab", "旁遮普邦", "Punjab", "place"),
    ],
    "kps": [[2, 3], [3], [5], [6]],
}
