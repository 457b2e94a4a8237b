# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout15 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_us_bus_strike": {
        "file": "en_us_bus_strike.txt",
        "en": {
            "title": "Cleveland bus drivers strike for the first time since 1979",
            "one_line": "About 1,150 Cleveland transit bus drivers and mechanics walked out on Monday, halting 58 routes used by some 95,000 weekday riders.",
            "summary": "About 1,150 bus drivers and mechanics at the Greater Cleveland Regional Transit Authority went on strike at 4 a.m. "
            "on Monday, March 10, halting 58 bus routes that carry about 95,000 riders on a typical weekday. It is the agency's first "
            "strike since 1979. Members of Amalgamated Transit Union Local 1417, led by Darnell Hughes, voted 88% for the walkout after "
            "rejecting a 9% raise over three years; they want 14% and an end to split shifts. Chief executive Maria Castellano said the "
            "authority, facing a $38 million deficit in a $412 million budget, could not afford more without cutting service. Rail "
            "lines ran normally. Federal mediator Thomas Reilly said talks would resume on Wednesday.",
            "key_points": [
                "The walkout by about 1,150 workers halted 58 bus routes carrying some 95,000 weekday riders.",
                "The union rejected a 9% raise over three years and wants 14% plus an end to unpaid split-shift breaks of up to five hours.",
                "The authority projects a $38 million deficit in its $412 million budget; each extra percentage point of wages costs about $1.6 million a year.",
                "Drivers start at $21.40 an hour; the authority has 140 driver vacancies, and overtime spending rose 31% to $19.7 million.",
                "Talks are to resume on Wednesday; the previous contract expired on December 31.",
            ],
        },
        "zh": {
            "title": "克利夫兰公交司机罢工 为1979年以来首次",
            "one_line": "克利夫兰约1150名公交司机和机修工周一罢工，58条公交线路停驶，约9.5万名乘客受影响。",
            "summary": "大克利夫兰地区交通管理局约1150名公交司机和机修工3月10日（周一）凌晨4时起罢工，58条公交线路停驶，"
            "这些线路平均每个工作日运送约9.5万名乘客。这是该机构自1979年以来首次罢工。联合运输工会第1417分会会员以88%的"
            "赞成票通过罢工，此前他们拒绝了三年加薪9%的方案，要求三年加薪14%并取消分段班。分会主席达内尔·休斯说，司机只是"
            "想在孩子睡前回家。首席执行官玛丽亚·卡斯特利亚诺表示，管理局4.12亿美元的预算面临3800万美元赤字，无力再加码。"
            "轨道交通运行正常。联邦调解员托马斯·赖利说，双方将于周三恢复谈判。",
            "key_points": [
                "约1150名员工罢工，58条公交线路停驶，涉及约9.5万名工作日乘客。",
                "工会拒绝三年加薪9%的方案，要求加薪14%，并取消无薪间隔最长达5小时的分段班。",
                "管理局4.12亿美元的预算预计有3800万美元赤字，工资每多涨1个百分点，每年增加约160万美元开支。",
                "司机起薪每小时21.40美元；管理局有140个司机空缺，加班开支增长31%至1970万美元。",
                "双方将于周三恢复谈判，上一份合同已于12月31日到期。",
            ],
        },
        "kw_en": [
            "Cleveland",
            "bus strike",
            "Greater Cleveland Regional Transit Authority",
            "Amalgamated Transit Union",
            "split shifts",
            "public transit",
        ],
        "kw_zh": ["克利夫兰", "公交罢工", "大克利夫兰地区交通管理局", "联合运输工会", "分段班", "公共交通"],
        "entities": [
            (
                "Greater Cleveland Regional Transit Authority",
                "大克利夫兰地区交通管理局",
                "Greater Cleveland Regional Transit Authority",
                "organization",
            ),
            (
                "Amalgamated Transit Union Local 1417",
                "联合运输工会第1417分会",
                "Amalgamated Transit Union Local 1417",
                "organization",
            ),
            ("Darnell Hughes", "达内尔·休斯", "Darnell Hughes", "person"),
            ("Maria Castellano", "玛丽亚·卡斯特利亚诺", "Maria Castellano", "person"),
            ("Thomas Reilly", "托马斯·赖利", "Thomas Reilly", "person"),
            ("Cleveland", "克利夫兰", "Cleveland", "place"),
        ],
        "kps": [[2], [3], [5], [7], [10]],
    },
    "en_in_tea_auction": {
        "file": "en_in_tea_auction.txt",
        "en": {
            "title": "Assam CTC tea hits a record ₹246.30 a kg at Guwahati auction",
            "one_line": "Average prices at Guwahati's sale 28 rose 18% to a record ₹246.30 a kg as a dry spell and a pesticide ban cut Assam's crop.",
            "summary": "Assam CTC tea fetched a record average of ₹246.30 a kg at sale 28 of the Guwahati Tea Auction Centre this week, up "
            "18% from ₹208.70 a year earlier, after a dry spell in Upper Assam in May and June and a ban on several pesticides hit "
            "output. About 91% of the 21.4 lakh kg offered was sold, against 83% last year. Tea Board of India data show Assam's "
            "January-June production fell 11.4% to 212 million kg, and all-India output 7.9% to 535 million kg. Planters say costs "
            "have risen to about ₹260 a kg, while blenders warn that retail prices, already up 8-10% since April, cannot rise much "
            "further. Exports fell 6% in January-May. The Tea Board has not yet decided whether to extend a ₹2-a-kg orthodox subsidy "
            "beyond September.",
            "key_points": [
                "Sale 28 averaged a record ₹246.30 a kg, up 18%, and about 91% of the 21.4 lakh kg on offer was sold, against 83% a year earlier.",
                "Assam output fell 11.4% to 212 million kg in January-June; all-India production fell 7.9% to 535 million kg.",
                "Meghna Dutta of the Assam Tea Planters' Association says costs have risen to about ₹260 a kg for many estates.",
                "Exports fell 6% to 108 million kg in January-May, earning ₹3,560 crore; shipments to Iran nearly halved.",
                "Deputy Chairman Rajiv Bora said the Tea Board has not yet decided on extending the ₹2-a-kg orthodox subsidy beyond September.",
            ],
        },
        "zh": {
            "title": "阿萨姆CTC红茶拍卖均价创新高 每公斤246.3卢比",
            "one_line": "古瓦哈蒂第28场拍卖中，阿萨姆CTC茶均价上涨18%至每公斤246.3卢比，创历史新高。",
            "summary": "受上阿萨姆地区5月和6月干旱少雨以及多种农药被禁影响，阿萨姆CTC茶本周在古瓦哈蒂茶叶拍卖中心第28场拍卖中"
            "均价升至每公斤246.3卢比，创历史新高，比去年同场的208.7卢比上涨18%。拍卖供应的214万公斤茶叶约91%成交，去年同期"
            "为83%。印度茶叶局数据显示，1至6月阿萨姆产量下降11.4%至2.12亿公斤，全印度产量下降7.9%至5.35亿公斤。茶园主表示"
            "生产成本已升至每公斤约260卢比，而拼配商称包装茶零售价自4月以来已上涨8%至10%，难以再涨。1至5月出口下降6%。"
            "茶叶局尚未决定是否将每公斤2卢比的正统茶补贴延长至9月以后。",
            "key_points": [
                "第28场拍卖均价创纪录达每公斤246.3卢比，上涨18%；供应的214万公斤约91%成交，去年同期为83%。",
                "1至6月阿萨姆产量下降11.4%至2.12亿公斤，全印度产量下降7.9%至5.35亿公斤。",
                "阿萨姆茶园主协会顾问梅格纳·杜塔说，许多茶园的生产成本已升至每公斤约260卢比。",
                "1至5月出口下降6%至1.08亿公斤，创汇356亿卢比；对伊朗出口减少近一半。",
                "茶叶局副主席拉吉夫·博拉说，是否将每公斤2卢比的正统茶补贴延长至9月以后尚未决定。",
            ],
        },
        "kw_en": ["tea auction", "Assam", "Guwahati", "CTC tea", "Tea Board of India", "tea exports"],
        "kw_zh": ["茶叶拍卖", "阿萨姆", "古瓦哈蒂", "CTC茶", "印度茶叶局", "茶叶出口"],
        "entities": [
            ("Assam", "阿萨姆", "Assam", "place"),
            ("Upper Assam", "上阿萨姆", "Upper Assam", "place"),
            ("Guwahati", "古瓦哈蒂", "Guwahati", "place"),
            (
                "Guwahati Tea Auction Centre",
                "古瓦哈蒂茶叶拍卖中心",
                "Guwahati Tea Auction Centre",
                "organization",
            ),
            ("Tea Board of India", "印度茶叶局", "Tea Board of India", "organization"),
            ("Meghna Dutta", "梅格纳·杜塔", "Meghna Dutta", "person"),
            (
                "Assam Tea Planters' Association",
                "阿萨姆茶园主协会",
                "Assam Tea Planters' Association",
                "organization",
            ),
            ("Rajiv Bora", "拉吉夫·博拉", "Rajiv Bora", "person"),
            ("Iran", "伊朗", "Iran", "place"),
            ("India", "印度", "India", "place"),
        ],
        "kps": [[3], [4], [6], [8], [9]],
    },
    "html_sz_water_price": {
        "file": "html_sz_water_price.html",
        "en": {
            "title": "Shenzhen proposes its first residential water price rise since 2017",
            "one_line": "Shenzhen plans to raise the first-tier household water price by 0.53 yuan to 3.58 yuan per cubic metre from January 1, 2027.",
            "summary": "The Shenzhen Development and Reform Commission held a hearing on Tuesday, December 9, on raising residential water "
            "prices for the first time since 2017. The first-tier price would rise by 0.53 yuan, or about 17.4%, to 3.58 yuan per "
            "cubic metre, with the second and third tiers going to 5.37 yuan and 10.74 yuan, from January 1, 2027 if approved. About "
            "90% of households use no more than the first tier, and the average household would pay about 8.6 yuan more a "
            "month. Shenzhen Water "
            "Group says supply costs 3.87 yuan per cubic metre and it has lost about 1.12 billion yuan in three years. Low-income "
            "households would get 5 cubic metres a month free. Of 25 hearing participants, 19 broadly agreed and 4 objected.",
            "key_points": [
                "The first-tier price would rise from 3.05 to 3.58 yuan per cubic metre, up about 17.4%, from January 1, 2027.",
                "About 90% of households stay within the first tier of 22 cubic metres a month; the average household would pay about 8.6 yuan more a month.",
                "Shenzhen Water Group puts its supply cost at 3.87 yuan per cubic metre and its losses over three years at about 1.12 billion yuan.",
                "About 21,000 low-income households would get 5 cubic metres a month free; the sewage charge stays at 1.30 yuan.",
                "Of 25 hearing participants, 19 broadly agreed, 4 opposed and 2 took no clear position.",
            ],
        },
        "zh": {
            "title": "深圳拟2017年以来首次上调居民水价 第一阶梯涨至3.58元",
            "one_line": "深圳拟从2027年1月1日起将居民第一阶梯水价由每立方米3.05元上调至3.58元。",
            "summary": "深圳市发展和改革委员会12月9日（周二）召开居民用水价格调整听证会，这是深圳自2017年以来首次拟上调居民水价。"
            "按方案，第一阶梯水价由每立方米3.05元上调至3.58元，涨幅约17.4%，第二、第三阶梯分别调至5.37元和10.74元，如获批"
            "将于2027年1月1日起执行。全市约九成居民户用水在第一阶梯以内，户均每月多支出约8.6元。深圳市水务集团称供水成本已达"
            "每立方米3.87元，近三年累计亏损约11.2亿元。低保及特困家庭每户每月免收5立方米水费。25名听证参加人中，19名基本同意，"
            "4名反对。",
            "key_points": [
                "第一阶梯水价拟由每立方米3.05元上调至3.58元，涨幅约17.4%，2027年1月1日起执行。",
                "约九成居民户每户每月用水在22立方米的第一阶梯以内，户均每月多支出约8.6元。",
                "深圳市水务集团称供水成本为每立方米3.87元，近三年累计亏损约11.2亿元。",
                "约2.1万户低保及特困家庭每户每月免收5立方米水费，污水处理费维持每立方米1.30元。",
                "25名听证参加人中，19名基本同意，4名反对，2名未明确表态。",
            ],
        },
        "kw_en": [
            "Shenzhen",
            "water prices",
            "tiered pricing",
            "price hearing",
            "Shenzhen Water Group",
            "utilities",
        ],
        "kw_zh": ["深圳", "水价", "阶梯水价", "价格听证", "深圳市水务集团", "公用事业"],
        "entities": [
            ("Shenzhen", "深圳", "深圳", "place"),
            (
                "Shenzhen Development and Reform Commission",
                "深圳市发展和改革委员会",
                "深圳市发展和改革委员会",
                "organization",
            ),
            ("Shenzhen Water Group", "深圳市水务集团", "深圳市水务（集团）有限公司", "organization"),
        ],
        "kps": [[2], [3], [4], [5], [6]],
    },
    "mix_hk_shelter_fire": {
        "file": "mix_hk_shelter_fire.txt",
        "en": {
            "title": "Aberdeen Typhoon Shelter fire destroys 14 boats and injures three",
            "one_line": "A third-alarm fire in Hong Kong's Aberdeen Typhoon Shelter burned for about five hours on Saturday, destroying 14 vessels.",
            "summary": "A fire broke out among moored boats in Hong Kong's Aberdeen Typhoon Shelter at about 2:47 a.m. on Saturday, "
            "January 18, and spread quickly in a strong northeasterly wind. Raised to third alarm, it burned for about five hours, "
            "destroying 14 vessels and damaging six. About 160 firefighters and four fireboats were deployed, and crews cut at least "
            "nine boats loose to stop the spread. Three residents were hurt; a 67-year-old man with burns to about 30% of his body is "
            "in serious condition. Police found nothing suspicious so far and believe an electrical short circuit may be to blame. "
            "Fishermen's leader Cheung Sai-kit put losses at no less than HK$38 million. Affected households can apply for emergency "
            "grants of up to HK$10,000.",
            "key_points": [
                "The fire was reported at 2:47 a.m., raised to third alarm at 3:12 a.m. and put out at 7:50 a.m.; 14 vessels were destroyed and six damaged.",
                "About 160 firefighters, four fireboats and 32 appliances were deployed; crews cut at least nine boats free.",
                "A 67-year-old man was seriously burned; police have found nothing suspicious and suspect a short circuit.",
                "Cheung Sai-kit of the Aberdeen Fishermen's Association estimates direct losses of at least HK$38 million.",
                "Affected households can apply for emergency grants of up to HK$10,000 from the Social Welfare Department.",
            ],
        },
        "zh": {
            "title": "香港仔避风塘大火 14艘船只焚毁3人受伤",
            "one_line": "香港仔避风塘周六凌晨发生三级火，燃烧约5小时，14艘船只焚毁。",
            "summary": "香港仔避风塘1月18日（星期六）凌晨发生大火。消防处凌晨2时47分接报，火势在强劲东北风吹送下迅速蔓延，3时12分"
            "升为三级火，燃烧约5小时后于7时50分救熄，14艘船只焚毁，另有6艘受损。消防处出动约160名消防员和4艘消防船，并剪断至少"
            "9艘船的缆绳将其拖离。三名船上居民受伤，其中一名67岁男子约三成皮肤烧伤，情况严重。警方暂未发现可疑，初步相信起火与"
            "电线短路有关。香港仔渔民联谊会主席张世杰估计直接损失最少3800万港元。受影响住户可申请最多1万港元紧急援助金。",
            "key_points": [
                "消防处凌晨2时47分接报，3时12分升为三级火，7时50分救熄；14艘船只焚毁，另有6艘受损。",
                "消防处出动约160名消防员、4艘消防船和32辆消防车，并剪断至少9艘船的缆绳。",
                "一名67岁男子严重烧伤；警方暂未发现可疑，初步相信与电线短路有关。",
                "香港仔渔民联谊会主席张世杰估计直接损失最少3800万港元。",
                "受影响住户可向社会福利署申请最多1万港元的紧急援助金。",
            ],
        },
        "kw_en": [
            "Hong Kong",
            "Aberdeen Typhoon Shelter",
            "fire",
            "fishing boats",
            "Fire Services Department",
            "houseboats",
        ],
        "kw_zh": ["香港", "香港仔避风塘", "火灾", "渔船", "消防处", "住家艇"],
        "entities": [
            ("Hong Kong", "香港", "Hong Kong", "place"),
            ("Aberdeen Typhoon Shelter", "香港仔避风塘", "Aberdeen Typhoon Shelter", "place"),
            ("Fire Services Department", "消防处", "Fire Services Department", "organization"),
            ("Cheung Sai-kit", "张世杰", "張世傑", "person"),
            ("Aberdeen Fishermen's Association", "香港仔渔民联谊会", "香港仔漁民聯誼會", "organization"),
            ("Social Welfare Department", "社会福利署", "Social Welfare Department", "organization"),
        ],
        "kps": [[3], [4], [5], [7], [8]],
    },
}
