# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout16 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_ie_offshore_wind": {
        "file": "en_ie_offshore_wind.txt",
        "en": {
            "title": "Ireland awards 900 MW Waterford offshore wind farm at €98.72 per MWh",
            "one_line": "Ireland's second offshore wind auction awarded a 900 MW farm off Co Waterford to an Equinor-ESB venture "
            "at a price about 14% above the first auction.",
            "summary": "Ireland's second offshore wind auction has awarded a contract for a 900 MW wind farm off Co Waterford at "
            "an average strike price of €98.72 per megawatt-hour, about 14% more than in the first auction, the Department "
            "of Climate, Energy and the Environment said on Wednesday. Tonn Éirí Energy, a joint venture of Equinor and ESB, "
            "will build Celtic Reach 22-35 km off Dungarvan, with 60 turbines of 15 MW, at a cost of about €2.6 billion. "
            "First power is expected in the second half of 2031, too late for the 5 GW target for 2030; about 2.7 GW has "
            "now been contracted. Energy Minister Ciarán Moynihan said the government did not get the price it hoped for. "
            "The Commission for Regulation of Utilities puts the cost to households at €9-13 a year, and Waterford inshore "
            "fishermen may seek a judicial review.",
            "key_points": [
                "Tonn Éirí Energy, an Equinor-ESB joint venture, won with a strike price of €98.72/MWh, about 14% above the first auction.",
                "Celtic Reach will have 60 turbines of 15 MW, cost about €2.6 billion and produce some 3.4 TWh a year, enough for nearly 700,000 homes.",
                "First power is due in the second half of 2031, so the farm will not count towards the 5 GW target for 2030.",
                "Belview Port will get a €180 million upgrade, €65 million of it from the State; about 400 construction jobs and 120 permanent roles are expected.",
                "The next auction, for up to 1.5 GW off Co Wexford, is planned for the third quarter of 2027.",
            ],
        },
        "zh": {
            "title": "爱尔兰沃特福德900兆瓦海上风电项目中标 电价每兆瓦时98.72欧元",
            "one_line": "爱尔兰第二轮海上风电拍卖中，Equinor与ESB合资企业以高出首轮约14%的价格赢得900兆瓦项目。",
            "summary": "爱尔兰气候、能源与环境部周三宣布，第二轮海上风电拍卖将沃特福德郡外海一座900兆瓦风电场的合同授予"
            "Equinor与ESB的合资公司Tonn Éirí Energy，平均执行价为每兆瓦时98.72欧元，比首轮拍卖高约14%。"
            "该项目名为Celtic Reach，距邓加文22至35公里，计划安装60台15兆瓦风机，造价约26亿欧元。项目预计2031年下半年"
            "首次发电，赶不上2030年5吉瓦的目标；目前已签约约2.7吉瓦。能源部长基兰·莫伊尼汉说，政府没有拿到期望的价格。"
            "公用事业监管委员会估计，每户每年电费将增加9至13欧元；沃特福德近海渔民协会可能申请司法复核。",
            "key_points": [
                "Equinor与ESB的合资公司Tonn Éirí Energy以每兆瓦时98.72欧元中标，比首轮高约14%。",
                "Celtic Reach将安装60台15兆瓦风机，造价约26亿欧元，年发电约3.4太瓦时，足够近70万户家庭使用。",
                "项目预计2031年下半年首次发电，无法计入2030年5吉瓦的目标。",
                "贝尔维尤港将投入1.8亿欧元升级，其中政府出资6500万欧元；项目预计创造约400个建设岗位和120个长期岗位。",
                "下一轮拍卖计划于2027年第三季度举行，规模最多1.5吉瓦，位于韦克斯福德郡外海。",
            ],
        },
        "kw_en": ["offshore wind", "Ireland", "Celtic Reach", "Equinor", "ESB", "renewable energy auction"],
        "kw_zh": ["海上风电", "爱尔兰", "Celtic Reach", "Equinor", "ESB", "可再生能源拍卖"],
        "entities": [
            ("Ireland", "爱尔兰", "Ireland", "place"),
            ("Co Waterford", "沃特福德郡", "Co Waterford", "place"),
            (
                "Department of Climate, Energy and the Environment",
                "气候、能源与环境部",
                "Department of Climate, Energy and the Environment",
                "organization",
            ),
            ("Tonn Éirí Energy", "Tonn Éirí Energy", "Tonn Éirí Energy", "organization"),
            ("Equinor", "Equinor", "Equinor", "organization"),
            ("ESB", "ESB", "ESB", "organization"),
            ("Celtic Reach", "Celtic Reach", "Celtic Reach", "other"),
            ("Dungarvan", "邓加文", "Dungarvan", "place"),
            ("Ciarán Moynihan", "基兰·莫伊尼汉", "Ciarán Moynihan", "person"),
            (
                "Commission for Regulation of Utilities",
                "公用事业监管委员会",
                "Commission for Regulation of Utilities",
                "organization",
            ),
            ("Belview Port", "贝尔维尤港", "Belview Port", "place"),
            (
                "Waterford Inshore Fishermen's Association",
                "沃特福德近海渔民协会",
                "Waterford Inshore Fishermen's Association",
                "organization",
            ),
            ("Co Wexford", "韦克斯福德郡", "Co Wexford", "place"),
        ],
        "kps": [[2, 3], [3, 6], [5, 6], [8], [10]],
    },
    "en_za_citrus": {
        "file": "en_za_citrus.txt",
        "en": {
            "title": "South Africa's citrus exports hit a record 174.6 million cartons",
            "one_line": "South Africa exported a record 174.6 million cartons of citrus this season, up 6.8%, although Durban port "
            "delays cost growers about R1.9 billion.",
            "summary": "South Africa exported a record 174.6 million 15-kg cartons of citrus this season, up 6.8% from 163.5 million, "
            "the Citrus Growers' Association of Southern Africa said on Tuesday. Earnings rose only 4.1% to about R38.2 billion "
            "(US$2.2 billion), so growers earned less per carton; chief executive Boitumelo Mokoena said they did not make more "
            "money than ever. Soft citrus led with a 16% rise to 61.3 million cartons, while lemons fell 3%. The EU took 38% "
            "of exports, and shipments to China rose by nearly a third. Congestion at the Port of Durban, where ships waited "
            "4.8 days on average in July, cost about R1.9 billion, and EU cold-treatment rules cost about R1.1 billion a year. "
            "The association expects about 182 million cartons next season.",
            "key_points": [
                "Exports rose 6.8% to a record 174.6 million cartons, but earnings grew only 4.1% to about R38.2 billion.",
                "Soft citrus exports jumped 16% to 61.3 million cartons and oranges rose 5% to 68.9 million, while lemons fell 3% to 33.4 million.",
                "The EU took 38% of exports; shipments to China rose by nearly a third to 6.3 million cartons.",
                "Ships waited 4.8 days on average at Durban in July, against 2.1 days a year earlier, and about 9% of the crop went through Maputo.",
                "The industry expects about 182 million cartons next season and aims for 260 million a year by 2032.",
            ],
        },
        "zh": {
            "title": "南非柑橘出口创纪录 达1.746亿箱",
            "one_line": "南非本季柑橘出口1.746亿箱，增长6.8%，创历史新高，但德班港拥堵令果农损失约19亿兰特。",
            "summary": "南部非洲柑橘种植者协会周二表示，南非本季出口柑橘1.746亿箱（每箱15公斤），创历史纪录，比上一季的"
            "1.635亿箱增长6.8%。出口收入仅增长4.1%，约为382亿兰特（22亿美元），每箱收益下降；协会首席执行官博伊图梅洛·"
            "莫科埃纳说，果农并没有赚到比以往更多的钱。宽皮柑橘增长16%至6130万箱，柠檬下降3%。欧盟占出口的38%，输往中国的"
            "数量增长近三分之一。德班港7月船舶平均等泊4.8天，拥堵造成约19亿兰特损失；欧盟冷处理规定每年令行业损失约11亿兰特。"
            "协会预计下一季出口约1.82亿箱。",
            "key_points": [
                "出口量增长6.8%至创纪录的1.746亿箱，但收入仅增长4.1%，约382亿兰特。",
                "宽皮柑橘出口增长16%至6130万箱，橙增长5%至6890万箱，柠檬下降3%至3340万箱。",
                "欧盟占出口的38%；输往中国的出口增长近三分之一，达630万箱。",
                "7月德班港船舶平均等泊4.8天，一年前为2.1天；约9%的果品改经马普托出口。",
                "行业预计下一季出口约1.82亿箱，目标是到2032年每年出口2.6亿箱。",
            ],
        },
        "kw_en": [
            "citrus",
            "South Africa",
            "exports",
            "Citrus Growers' Association",
            "Port of Durban",
            "mandarins",
        ],
        "kw_zh": ["柑橘", "南非", "出口", "南部非洲柑橘种植者协会", "德班港", "宽皮柑橘"],
        "entities": [
            ("South Africa", "南非", "South Africa", "place"),
            (
                "Citrus Growers' Association of Southern Africa",
                "南部非洲柑橘种植者协会",
                "Citrus Growers' Association of Southern Africa",
                "organization",
            ),
            ("Boitumelo Mokoena", "博伊图梅洛·莫科埃纳", "Boitumelo Mokoena", "person"),
            ("Port of Durban", "德班港", "Port of Durban", "place"),
            ("Maputo", "马普托", "Maputo", "place"),
            ("European Union", "欧盟", "European Union", "organization"),
            ("China", "中国", "China", "place"),
            ("Transnet Port Terminals", "Transnet港口码头公司", "Transnet Port Terminals", "organization"),
        ],
        "kps": [[2, 3], [4], [5], [6], [8, 11]],
    },
    "html_tw_electricity": {
        "file": "html_tw_electricity.html",
        "en": {
            "title": "Taiwan raises electricity prices from April but freezes them for small household users",
            "one_line": "Taiwan's average electricity price will rise about 4.3% to NT$4.39 per kWh from April 1, with industrial "
            "users paying 5.8% more.",
            "summary": "Taiwan's Ministry of Economic Affairs decided at its electricity price review meeting on December 15 to raise "
            "the average price from NT$4.21 to NT$4.39 per kilowatt-hour from April 1, an increase of about 4.3%. Industrial "
            "users will pay 5.8% more on average, and the biggest users, such as chipmakers and steelmakers, up to 9.5%, while "
            "households using up to 330 kWh a month, nearly 60% of all households, will see no change. Deputy minister Lin Chen-hao "
            "said the committee approved the plan 11 to 4; Taipower lost about NT$18.7 billion before tax in the first three "
            "quarters, and its accumulated losses exceed NT$380 billion. A household using 450 kWh a month will pay about NT$48 "
            "more. The next review is due in September.",
            "key_points": [
                "The average price rises about 4.3%, from NT$4.21 to NT$4.39 per kWh, from April 1 next year.",
                "Industrial power goes up 5.8% on average: up to 9.5% for users of 5 billion kWh or more a year, and 3% for about 230,000 small and medium-sized firms.",
                "Households using up to 330 kWh a month pay no more; a 450 kWh household pays about NT$48 more a month.",
                "The plan passed 11-4; Taipower lost about NT$18.7 billion before tax in the first three quarters.",
                "The ministry will budget NT$3 billion for energy-saving subsidies, and the next review meeting is in September.",
            ],
        },
        "zh": {
            "title": "台湾明年4月起调涨电价 产业用电平均涨5.8%",
            "one_line": "台湾平均电价明年4月1日起由每度新台币4.21元调升至4.39元，涨幅约4.3%。",
            "summary": "台湾经济部12月15日召开电价费率审议会，决议自明年4月1日起将平均电价由每度新台币4.21元调升至4.39元，"
            "涨幅约4.3%。产业用电平均调涨5.8%，半导体、钢铁等大用电户最高涨9.5%；每月用电330度以下的住宅用户电价冻涨，"
            "约占住宅用户近六成。经济部次长林振豪说，审议会以11票赞成、4票反对通过方案；台电今年前三季税前亏损约新台币187亿元，"
            "累计亏损超过3800亿元。每月用电450度的家庭，电费每月约增加新台币48元。下次审议会将于明年9月召开。",
            "key_points": [
                "平均电价自明年4月1日起由每度新台币4.21元调升至4.39元，涨幅约4.3%。",
                "产业用电平均调涨5.8%：年用电50亿度以上的大户最高涨9.5%，约23万家中小企业涨3%。",
                "每月用电330度以下的住宅用户冻涨；每月用电450度的家庭每月约多付新台币48元。",
                "方案以11票赞成、4票反对通过；台电前三季税前亏损约新台币187亿元。",
                "经济部明年将编列新台币30亿元节能设备补助，下次审议会于明年9月召开。",
            ],
        },
        "kw_en": [
            "electricity prices",
            "Taiwan",
            "Taipower",
            "Ministry of Economic Affairs",
            "industrial power",
            "households",
        ],
        "kw_zh": ["电价", "台湾", "台电", "经济部", "产业用电", "住宅用电"],
        "entities": [
            ("Taiwan", "台湾", "台灣", "place"),
            ("Ministry of Economic Affairs", "经济部", "經濟部", "organization"),
            ("Taipower", "台电", "台電", "organization"),
            ("Lin Chen-hao", "林振豪", "林振豪", "person"),
            ("Kuo Chi-ming", "郭启明", "郭啟明", "person"),
            ("Tsai Hung-wen", "蔡宏文", "蔡宏文", "person"),
            ("Chinese National Federation of Industries", "全国工业总会", "全國工業總會", "organization"),
            ("Yeh Shu-yu", "叶书瑜", "葉書瑜", "person"),
            ("National Taiwan University", "台湾大学", "台灣大學", "organization"),
            ("Executive Yuan", "行政院", "行政院", "organization"),
        ],
        "kps": [[2], [2, 4], [2, 5], [3], [7, 9]],
    },
    "mix_my_penang_funicular": {
        "file": "mix_my_penang_funicular.txt",
        "en": {
            "title": "Penang Hill funicular to close for 45 days for RM48 million upgrade",
            "one_line": "The Penang Hill railway will be suspended from 6 January to 19 February 2027 to replace its haulage cable "
            "and upgrade its control system.",
            "summary": "The Penang Hill Corporation said on 3 December that the Penang Hill funicular railway will be suspended for "
            "45 days, from 6 January to 19 February 2027, while its haulage cable is replaced and its control system upgraded; "
            "services are expected to resume on 20 February. The RM48 million project, funded by the Penang state government "
            "and the Federal Government, will replace the two 100-passenger cars with cars for up to 130, raising hourly "
            "capacity from 1,000 to about 1,300 passengers each way. A jeep shuttle will run from the Lower Station car park "
            "every 20 minutes, at RM10 for adults and RM5 for children. General manager Ooi Kah Wai said hotels, restaurants "
            "and shops on the hill will stay open. Fast Lane tickets for the period will be refunded if claimed by 31 March.",
            "key_points": [
                "The railway will be suspended from 6 January to 19 February 2027 and is expected to reopen on 20 February.",
                "The RM48 million upgrade, funded by the state and federal governments, raises hourly capacity from 1,000 to about 1,300 passengers each way.",
                "A jeep shuttle will run every 20 minutes from 8am to 7pm; fares are RM10 for adults and RM5 for children, and free for MyKad holders aged 60 and above.",
                "The railway carried about 1.86 million passengers last year; January and February traffic was about 25% below the monthly average.",
                "Fast Lane tickets for the suspension period will be fully refunded if claimed by 31 March.",
            ],
        },
        "zh": {
            "title": "升旗山缆车暂停45天 耗资4800万令吉提升",
            "one_line": "升旗山缆车将于2027年1月6日至2月19日暂停服务，更换牵引钢缆并提升控制系统。",
            "summary": "升旗山机构12月3日通知，升旗山缆车将于2027年1月6日至2月19日暂停服务45天，以更换牵引钢缆及提升控制系统，"
            "预计2月20日恢复服务。工程耗资4800万令吉，由槟州政府与联邦政府共同承担，两节各载客100人的车厢将换成每节最多载客"
            "130人的新车厢，每小时单向载客量从1000人次增至约1300人次。暂停期间，下站停车场每20分钟开出一班吉普车接驳，"
            "成人单程10令吉，儿童5令吉。总经理黄家伟表示，山上酒店、餐厅及商店照常营业。暂停期间的快速通道门票须于3月31日前"
            "申请，可获全额退款。",
            "key_points": [
                "缆车将于2027年1月6日至2月19日暂停服务，预计2月20日恢复。",
                "4800万令吉的提升工程由州政府和联邦政府承担，每小时单向载客量从1000人次增至约1300人次。",
                "吉普车接驳服务上午8时至晚上7时每20分钟一班，成人10令吉、儿童5令吉，持大马卡的60岁及以上乐龄人士免费。",
                "缆车去年载客约186万人次，1月和2月游客量比月平均低约25%。",
                "暂停期间的快速通道门票可获全额退款，须于3月31日前申请。",
            ],
        },
        "kw_en": [
            "Penang Hill",
            "funicular railway",
            "Penang Hill Corporation",
            "upgrade",
            "service suspension",
            "jeep shuttle",
        ],
        "kw_zh": ["升旗山", "缆车", "升旗山机构", "提升工程", "暂停服务", "吉普车接驳"],
        "entities": [
            ("Penang Hill Corporation", "升旗山机构", "Penang Hill Corporation", "organization"),
            ("Penang Hill", "升旗山", "Penang Hill", "place"),
            ("Ooi Kah Wai", "黄家伟", "Ooi Kah Wai", "person"),
            ("Penang state government", "槟州政府", "槟州政府", "organization"),
            ("Federal Government", "联邦政府", "Federal Government", "organization"),
            ("Lower Station", "下站", "Lower Station", "place"),
            ("MyKad", "大马卡", "MyKad", "other"),
        ],
        "kps": [[2, 3], [4, 5], [6, 7], [8], [9]],
    },
}
