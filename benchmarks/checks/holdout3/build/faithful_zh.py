# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout3 Chinese articles (mainland, Taiwan, Hong Kong)."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_puer_coffee": {
        "file": "zh_puer_coffee.txt",
        "en": {
            "title": "Yunnan coffee bean prices hit a decade high, lifting Pu'er growers",
            "one_line": "Specialty green coffee in Pu'er now fetches 42 yuan a kilogram, about 60% more than a "
            "year ago.",
            "summary": "Purchase prices for green coffee beans in Yunnan have kept rising since the new season "
            "began, with specialty-grade beans in Pu'er's main growing areas fetching 42 yuan a kilogram, about "
            "60% more than a year earlier and the highest in nearly ten years, the Pu'er coffee industry "
            "association said. Yunnan grows over 90% of China's coffee on about 1.3 million mu. Association "
            "head Li Jianhua blamed drought in Brazil and Vietnam and rising domestic demand. Farmer Wang "
            "Deming said fresh cherries now sell for 7.5 yuan a kilogram, up from about 4. A professor warned "
            "that fewer than 20% of beans are specialty grade. Pu'er will spend 30 million yuan on processing "
            "and aims for a 30% specialty rate by 2027.",
            "key_points": [
                "Specialty green beans in Pu'er sell for 42 yuan/kg, up about 60% year on year.",
                "Yunnan grows over 90% of China's coffee, on about 1.3 million mu.",
                "Drought in Brazil and Vietnam and growing domestic demand drove the rise.",
                "Pu'er is spending 30 million yuan and targets a 30% specialty rate by 2027.",
            ],
        },
        "zh": {
            "title": "云南咖啡生豆收购价创近十年新高",
            "one_line": "普洱精品级咖啡生豆收购价达每公斤42元，同比上涨约六成。",
            "summary": "据普洱市咖啡行业协会介绍，今年新产季开秤以来，云南咖啡生豆收购价持续走高，普洱主产区精品级生豆"
            "收购价达每公斤42元，同比上涨约六成，创近十年新高。云南咖啡种植面积约130万亩，产量占全国九成以上。协会会长"
            "李建华认为，巴西、越南等主产国干旱减产和国内消费增长推高了价格。种植户王德明说，鲜果价格从去年每公斤4元左右"
            "涨到7.5元。云南农业大学教授陈晓燕提醒，云南咖啡精品率不足两成，豆农抗风险能力仍弱。普洱今年安排3000万元"
            "专项资金支持初加工，计划到2027年将精品率提高到30%。",
            "key_points": [
                "普洱精品级生豆收购价达每公斤42元，同比上涨约六成。",
                "云南咖啡种植面积约130万亩，产量占全国九成以上。",
                "巴西、越南干旱减产及国内消费增长推高价格。",
                "普洱安排3000万元专项资金，计划2027年精品率达到30%。",
            ],
        },
        "kw_en": ["Yunnan", "Pu'er", "coffee", "green beans", "purchase price", "specialty coffee"],
        "kw_zh": ["云南", "普洱", "咖啡", "生豆", "收购价", "精品咖啡"],
        "entities": [
            ("Li Jianhua", "李建华", "李建华", "person"),
            ("Wang Deming", "王德明", "王德明", "person"),
            ("Chen Xiaoyan", "陈晓燕", "陈晓燕", "person"),
            ("Pu'er", "普洱", "普洱", "place"),
            ("Yunnan Agricultural University", "云南农业大学", "云南农业大学", "organization"),
            ("Brazil", "巴西", "巴西", "place"),
            ("Vietnam", "越南", "越南", "place"),
        ],
        "kps": [[2], [3], [4], [7]],
    },
    "zh_yangtze_fish": {
        "file": "zh_yangtze_fish.txt",
        "en": {
            "title": "Five years into Yangtze fishing ban, fish stocks are recovering",
            "one_line": "China says native fish species and finless porpoise numbers in the Yangtze have risen "
            "since the ten-year fishing ban began in 2020.",
            "summary": "China's agriculture ministry said on December 1 that fish stocks in the Yangtze River "
            "are recovering five years into a ten-year fishing ban. The ban, in force since January 1, 2020, "
            "took about 111,000 boats and 231,000 fishers off the water, and more than 90% of those fishers "
            "now have pension insurance. Monitoring found 227 native fish species in the main stream this year, "
            "34 more than in 2018, and the Yangtze finless porpoise population reached 1,249, up 237 from 2017, "
            "the first rise on record. Official Zhao Lixin said about 4,800 illegal fishing cases were handled "
            "this year and that video monitoring would be expanded. Experts say dam management, shoreline "
            "restoration and water quality also need work.",
            "key_points": [
                "The ban took about 111,000 boats and 231,000 fishers off the Yangtze from 2020.",
                "Monitors counted 227 native fish species this year, 34 more than in 2018.",
                "The finless porpoise population rose to 1,249, up 237 from 2017.",
                "About 4,800 illegal fishing cases were handled this year.",
            ],
        },
        "zh": {
            "title": "长江禁渔五年 鱼类资源呈恢复态势",
            "one_line": "长江十年禁渔实施五年，土著鱼类种数和江豚数量均有回升。",
            "summary": "农业农村部12月1日通报长江十年禁渔实施五年来的成效。自2020年1月1日起，长江流域重点水域实行常年"
            "禁捕，共有11.1万艘渔船、23.1万名渔民退捕上岸，九成以上退捕渔民参加了养老保险。监测显示，今年长江干流"
            "监测到土著鱼类227种，比2018年增加34种；江豚种群数量为1249头，比2017年增加237头，首次实现止跌回升。"
            "长江办主任赵立新坦言，今年各地查办非法捕捞案件约4800起，下一步将在重点水域新增视频监控。专家认为，"
            "还需在水利调度、岸线修复和水质改善等方面协同发力。",
            "key_points": [
                "2020年起共有11.1万艘渔船、23.1万名渔民退捕上岸。",
                "今年监测到土著鱼类227种，比2018年增加34种。",
                "江豚数量为1249头，比2017年增加237头，首次止跌回升。",
                "今年各地查办非法捕捞案件约4800起。",
            ],
        },
        "kw_en": ["Yangtze River", "fishing ban", "finless porpoise", "biodiversity", "illegal fishing"],
        "kw_zh": ["长江", "禁渔", "江豚", "生物多样性", "非法捕捞"],
        "entities": [
            ("Ministry of Agriculture and Rural Affairs", "农业农村部", "农业农村部", "organization"),
            ("Zhao Lixin", "赵立新", "赵立新", "person"),
            ("Liu Kai", "刘凯", "刘凯", "person"),
            (
                "Yangtze River Fisheries Research Institute",
                "长江水产研究所",
                "长江水产研究所",
                "organization",
            ),
            ("Dongting Lake", "洞庭湖", "洞庭湖", "place"),
            ("Poyang Lake", "鄱阳湖", "鄱阳湖", "place"),
        ],
        "kps": [[3], [4], [5], [6]],
    },
    "tw_mango_export": {
        "file": "tw_mango_export.txt",
        "en": {
            "title": "Taiwan's Irwin mango exports to Japan hit a ten-year high",
            "one_line": "Taiwan exported 2,870 tonnes of Irwin mangoes by the end of July, about 20% more than a "
            "year earlier.",
            "summary": "Taiwan exported 2,870 tonnes of Irwin mangoes by the end of July, about 20% more than a "
            "year earlier, the Agriculture and Food Agency said. Shipments to Japan, the largest market, reached "
            "1,640 tonnes, the most in nearly ten years, helped by good fruit quality and a stronger yen. Exports "
            "to South Korea and Singapore each rose by more than 10%, while mainland China took less than 5%. "
            "Tainan grows mangoes on about 7,000 hectares, and export-grade fruit fetches about NT$80 a kilogram, "
            "some 30% more than fruit sold locally. Growers worry about labour shortages, as orchard workers "
            "average over 60. The agency aims to export more than 3,500 tonnes this year.",
            "key_points": [
                "Irwin mango exports reached 2,870 tonnes by the end of July, up about 20%.",
                "Japan took 1,640 tonnes, a ten-year high; mainland China took under 5%.",
                "Export-grade fruit fetches about NT$80 a kilogram, roughly 30% above domestic fruit.",
                "Orchard workers average over 60, and the ministry plans to bring in more migrant farm "
                "workers.",
                "The target for the full year is more than 3,500 tonnes.",
            ],
        },
        "zh": {
            "title": "台湾爱文芒果销日本创十年新高",
            "one_line": "截至7月底，台湾爱文芒果外销量达2870吨，同比增长约两成。",
            "summary": "台湾农业部农粮署公布，截至7月底，爱文芒果外销量达2870吨，较去年同期增长约两成，其中输往日本"
            "1640吨，创近十年新高，日本稳居最大外销市场。农粮署副署长蔡明宏说，今年果实品质好，加上日元回升，日本进口商"
            "下单意愿提高；韩国和新加坡市场也各增长一成以上，输往大陆的占比不到5%。台南芒果种植面积约7000公顷，外销级"
            "芒果收购价每公斤约新台币80元，比内销果高出约三成。业者担心人手短缺，果园工人平均年龄已超过60岁。"
            "农粮署目标全年外销突破3500吨。",
            "key_points": [
                "截至7月底，爱文芒果外销量达2870吨，增长约两成。",
                "输往日本1640吨，创十年新高；输往大陆占比不到5%。",
                "外销级芒果每公斤约新台币80元，比内销果高约三成。",
                "果园工人平均年龄超过60岁，农业部计划扩大引进农业移工。",
                "全年外销目标为突破3500吨。",
            ],
        },
        "kw_en": ["Taiwan", "Irwin mango", "exports", "Japan", "Tainan", "Yujing"],
        "kw_zh": ["台湾", "爱文芒果", "外销", "日本", "台南", "玉井"],
        "entities": [
            ("Agriculture and Food Agency", "农粮署", "農糧署", "organization"),
            ("Tsai Ming-hung", "蔡明宏", "蔡明宏", "person"),
            ("Huang Chun-chieh", "黄俊杰", "黃俊傑", "person"),
            ("Cheng Wen-hsiung", "郑文雄", "鄭文雄", "person"),
            ("Tainan", "台南", "臺南", "place"),
            ("Yujing", "玉井", "玉井", "place"),
            ("Japan", "日本", "日本", "place"),
        ],
        "kps": [[2], [2, 3], [4], [6], [7]],
    },
    "hk_public_housing": {
        "file": "hk_public_housing.txt",
        "en": {
            "title": "Hong Kong public housing wait falls to 5.3 years",
            "one_line": "The average wait for public rental housing in Hong Kong fell to 5.3 years, the first "
            "time below 5.5 years in seven years.",
            "summary": "The average waiting time for general applicants for public rental housing in Hong Kong "
            "fell to 5.3 years at the end of September, from 5.5 years at the end of June, the Housing "
            "Authority said, the first time in seven years it has dropped below 5.5 years. There were about "
            "132,000 general applications. About 18,000 flats were completed in the first nine months, and "
            "total public housing supply over the next five years is expected to reach about 172,000 units. "
            "The first 1,500 or so light public housing flats in Ngau Tau Kok took in tenants in August. A "
            "concern group said many families have waited more than seven years and about 110,000 people still "
            "live in subdivided flats. The authority aims to cut the wait to about 4.5 years by the end of 2026.",
            "key_points": [
                "The average wait fell to 5.3 years from 5.5 years at the end of June.",
                "About 18,000 flats were completed in the first nine months; about 172,000 are expected over "
                "five years.",
                "About 1,500 light public housing flats in Ngau Tau Kok took in tenants in August.",
                "Critics say about 110,000 people still live in subdivided flats.",
                "The target is a wait of about 4.5 years by the end of 2026.",
            ],
        },
        "zh": {
            "title": "香港公屋平均轮候时间降至5.3年",
            "one_line": "香港一般公屋申请者平均轮候时间降至5.3年，为近7年来首次低于5.5年。",
            "summary": "香港房屋委员会公布，截至9月底，一般公屋申请者平均轮候时间为5.3年，较6月底的5.5年缩短0.2年，"
            "为近7年来首次低于5.5年。目前约有13.2万宗一般公屋申请。今年首9个月约有1.8万个公屋单位落成，未来5年公营"
            "房屋总建屋量预计约17.2万个单位。首批位于牛头角的约1500个简约公屋单位已于8月入伙。关注团体指出，不少家庭"
            "实际已轮候超过7年，全港仍有约11万人居于劏房。房委会目标在2026年底前将平均轮候时间缩短至4.5年左右。",
            "key_points": [
                "平均轮候时间由6月底的5.5年降至5.3年。",
                "首9个月约1.8万个单位落成，未来5年预计约17.2万个单位。",
                "牛头角约1500个简约公屋单位已于8月入伙。",
                "关注团体指全港仍有约11万人居于劏房。",
                "目标在2026年底前将轮候时间缩短至4.5年左右。",
            ],
        },
        "kw_en": ["Hong Kong", "public housing", "waiting time", "Housing Authority", "subdivided flats"],
        "kw_zh": ["香港", "公屋", "轮候时间", "房委会", "劏房"],
        "entities": [
            ("Housing Authority", "房屋委员会", "房屋委員會", "organization"),
            ("Chan Ka-ho", "陈家豪", "陳家豪", "person"),
            ("Wong Chi-keung", "黄志强", "黃志強", "person"),
            ("Leung Mei-ling", "梁美玲", "梁美玲", "person"),
            ("Ngau Tau Kok", "牛头角", "牛頭角", "place"),
            ("Tuen Mun", "屯门", "屯門", "place"),
        ],
        "kps": [[2], [4], [5], [6], [8]],
    },
}
