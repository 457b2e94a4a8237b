# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout6 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_chile_rates": {
        "file": "en_chile_rates.txt",
        "en": {
            "title": "Chile cuts rates by half a point to 4.75% in split vote",
            "one_line": "The Central Bank of Chile lowered its key rate by 50 basis points to 4.75% as inflation fell "
            "to 3.4%, with two board members favouring a smaller cut.",
            "summary": "The Central Bank of Chile cut its benchmark rate by 50 basis points to 4.75% on Tuesday, its "
            "third cut this year, after annual inflation slowed to 3.4% in October from 4.1% in September. The "
            "five-member board split 3-2: Governor Andrea Valdivia and two colleagues backed the half-point move, "
            "while Tomás Ibarra and Claudia Reyes wanted 25 basis points, citing the weak peso; Reyes also pointed "
            "to a roughly 9% rise in electricity tariffs due in January. Valdivia said it was not the moment to declare victory. "
            "The bank cut its forecast for growth next year to 1.8% from 2.2% and sees inflation at 3.1% by the "
            "end of 2027. The peso fell 0.8% to 962 per dollar.",
            "key_points": [
                "The benchmark rate was cut by 50 basis points to 4.75%, the third reduction this year.",
                "The board voted 3-2; Tomás Ibarra and Claudia Reyes wanted a 25-basis-point cut.",
                "Inflation eased to 3.4% in October from 4.1%, and core inflation to 3.9%, against a 3% target.",
                "The bank lowered its 2027 growth forecast to 1.8% from 2.2% and expects inflation of 3.1% at the end of next year.",
                "The peso weakened 0.8% to 962 per US dollar and two-year yields fell 12 basis points to 4.38%.",
            ],
        },
        "zh": {
            "title": "智利央行降息50个基点至4.75% 委员会意见分歧",
            "one_line": "智利央行将基准利率下调50个基点至4.75%，两名委员主张仅降25个基点。",
            "summary": "智利央行周二将基准利率下调50个基点至4.75%，为今年第三次降息。10月份年度通胀率从9月的4.1%降至3.4%，"
            "核心通胀降至3.9%，央行目标为3%。五人委员会以3比2通过决定：行长安德烈娅·瓦尔迪维亚等三人支持降息半个百分点，"
            "委员托马斯·伊瓦拉和克劳迪娅·雷耶斯则主张只降25个基点，担心比索走弱推高进口物价，雷耶斯还担忧明年1月电价上涨约9%。"
            "瓦尔迪维亚表示，现在还不是宣布胜利的时候。央行将明年经济增长预测从2.2%下调至1.8%，预计明年底通胀为3.1%。"
            "消息公布后，比索对美元下跌0.8%，至1美元兑962比索。",
            "key_points": [
                "基准利率下调50个基点至4.75%，为今年第三次降息。",
                "委员会以3比2投票，伊瓦拉和雷耶斯主张降息25个基点。",
                "10月通胀率从4.1%降至3.4%，核心通胀为3.9%，目标为3%。",
                "央行将明年增长预测从2.2%下调至1.8%，预计明年底通胀为3.1%。",
                "比索对美元贬值0.8%至962比索兑1美元，两年期国债收益率下降12个基点至4.38%。",
            ],
        },
        "kw_en": [
            "Central Bank of Chile",
            "interest rates",
            "inflation",
            "peso",
            "monetary policy",
            "Andrea Valdivia",
        ],
        "kw_zh": ["智利央行", "利率", "通胀", "比索", "货币政策", "安德烈娅·瓦尔迪维亚"],
        "entities": [
            ("Central Bank of Chile", "智利央行", "Central Bank of Chile", "organization"),
            ("Andrea Valdivia", "安德烈娅·瓦尔迪维亚", "Andrea Valdivia", "person"),
            ("Tomás Ibarra", "托马斯·伊瓦拉", "Tomás Ibarra", "person"),
            ("Claudia Reyes", "克劳迪娅·雷耶斯", "Claudia Reyes", "person"),
            ("Chile", "智利", "Chile", "place"),
        ],
        "kps": [[2], [3], [4], [6], [7]],
    },
    "en_veyra_phone": {
        "file": "en_veyra_phone.txt",
        "en": {
            "title": "Veyra launches Orbit 7, its first phone on a home-made chip",
            "one_line": "Veyra's Orbit 7 runs on its own 3nm Lumen X1 chip, starts at 4,999 yuan in China and €799 in Europe.",
            "summary": "Chinese phone maker Veyra launched the Orbit 7 on Tuesday, its first flagship built on a chip it designed "
            "itself, the TSMC-made 3nm Lumen X1, which cost about US$1.2bn over four years. CTO Wei Jianping said it is 28% "
            "faster than last year's chip and uses 35% less power. Prices start at 4,999 yuan for 256GB in China, where sales "
            "begin on December 5, €799 in Europe and ¥129,800 in Japan, with a US$699 US model due next year. CEO Helen Zhou "
            "targets 8 million shipments in 12 months, against 5.5 million for the Orbit 6. Veyra's shipments fell 9% to 31 "
            "million in the first nine months. Its shares rose 6.2% to HK$41.35.",
            "key_points": [
                "Orbit 7 costs 4,999, 5,699 and 6,499 yuan for 256GB, 512GB and 1TB; €799 in Europe, ¥129,800 in Japan.",
                "The Lumen X1 is 28% faster and 35% more frugal than the Orbit 6 chip, and took US$1.2bn and four years to develop.",
                "Veyra aims to ship 8 million Orbit 7s in a year and promises seven years of software updates.",
                "Shipments fell 9% to 31 million in January-September; global share slipped to 3.4% from 3.9%.",
                "Counterpoint's Marta Kowalski says Veyra needs at least 2 million European sales for the chip to pay off.",
            ],
        },
        "zh": {
            "title": "Veyra发布Orbit 7 首款搭载自研芯片旗舰机",
            "one_line": "Veyra发布搭载自研3纳米芯片的Orbit 7，国内售价4999元起，欧洲799欧元起。",
            "summary": "中国手机厂商Veyra周二发布旗舰机Orbit 7，首次采用自研处理器Lumen X1。该芯片由台积电以3纳米工艺代工，"
            "历时四年、耗资约12亿美元研发。首席技术官魏建平称，其性能比上一代提升28%，日常功耗降低35%，配合5800毫安时电池可用两天。"
            "256GB版国内售价4999元，12月5日开售；欧洲售价799欧元起，日本12.98万日元起，美国版699美元起，明年上半年推出。"
            "首席执行官周海伦预计首年出货800万部。今年前九个月Veyra出货3100万部，同比下降9%。发布会后公司股价上涨6.2%至41.35港元。",
            "key_points": [
                "256GB、512GB和1TB版本分别售4999元、5699元和6499元；欧洲799欧元起，日本12.98万日元起。",
                "Lumen X1芯片速度提升28%、功耗降低35%，研发耗时四年、耗资12亿美元。",
                "公司目标首12个月出货800万部，并提供七年软件更新。",
                "前九个月出货量下降9%至3100万部，全球份额从3.9%降至3.4%。",
                "Counterpoint分析师玛尔塔·科瓦尔斯基认为，芯片项目要回本，欧洲销量至少需200万部。",
            ],
        },
        "kw_en": ["Veyra", "Orbit 7", "Lumen X1", "smartphones", "chips", "TSMC"],
        "kw_zh": ["Veyra", "Orbit 7", "Lumen X1", "智能手机", "芯片", "台积电"],
        "entities": [
            ("Veyra", "Veyra", "Veyra", "organization"),
            ("Orbit 7", "Orbit 7", "Orbit 7", "product"),
            ("Orbit 6", "Orbit 6", "Orbit 6", "product"),
            ("Lumen X1", "Lumen X1", "Lumen X1", "product"),
            ("TSMC", "台积电", "TSMC", "organization"),
            ("Wei Jianping", "魏建平", "Wei Jianping", "person"),
            ("Helen Zhou", "周海伦", "Helen Zhou", "person"),
            ("Counterpoint Research", "Counterpoint", "Counterpoint Research", "organization"),
            ("Marta Kowalski", "玛尔塔·科瓦尔斯基", "Marta Kowalski", "person"),
            ("Europe", "欧洲", "Europe", "place"),
            ("Japan", "日本", "Japan", "place"),
        ],
        "kps": [[3], [4], [5], [6], [7]],
    },
    "html_tw_tourism": {
        "file": "html_tw_tourism.html",
        "en": {
            "title": "Taiwan's foreign arrivals top 7 million in ten months, led by Japan and South Korea",
            "one_line": "Taiwan received 7.12 million visitors in January-October, up 18.6%, with South Korean arrivals growing fastest.",
            "summary": "Taiwan welcomed 7.12 million foreign visitors in the first ten months of the year, 18.6% more than a year "
            "earlier and about 85% of the 2019 level, the Tourism Administration said on Monday. It expects 8.7 million for "
            "the full year, short of its 9 million target. Japan was the largest market with 1.58 million visitors, up 27.4%, "
            "while South Korea grew fastest, up 31.2% to 1.16 million. Director-General Zheng Guangren credited new direct "
            "flights and a steadier yen. Visitors spent about NT$7,350 a day, NT$400 more than last year, and tourism receipts "
            "reached about NT$289 billion in the first three quarters. Japan's share of arrivals rose 1.6 percentage points "
            "to 22.2%. Next year's target is 10 million.",
            "key_points": [
                "Arrivals reached 7.12 million in January-October, up 18.6% and about 85% of the 2019 level.",
                "Japan sent 1.58 million visitors (+27.4%) and South Korea 1.16 million (+31.2%).",
                "Average daily spending rose by about NT$400 to NT$7,350; receipts were NT$289bn in three quarters, up 22%.",
                "Group tours are only about 15% of visitors, against 30% in 2019, said Wu Meifang of the Taiwan Visitors Association.",
                "Japan's share rose 1.6 percentage points to 22.2%; the target for next year is 10 million visitors.",
            ],
        },
        "zh": {
            "title": "前10月来台旅客突破700万人次 日韩市场增长最快",
            "one_line": "今年1至10月来台旅客712万人次，同比增长18.6%，韩国市场增幅最大。",
            "summary": "台湾交通部观光署30日公布，今年1至10月来台旅客达712万人次，比去年同期增长18.6%，约为2019年同期的八成五；"
            "全年预计可达870万人次，略低于900万人次的目标。日本旅客158万人次居首，增长27.4%；韩国旅客116万人次，增长31.2%，"
            "增速最快。观光署长郑光仁说，这主要得益于新增直航航线和日元回稳。旅客每人每日平均消费约7350元新台币，"
            "前三季观光外汇收入约2890亿元新台币，增长22%。日本旅客占比升至22.2%，提高1.6个百分点。明年目标为1000万人次。",
            "key_points": [
                "1至10月来台旅客712万人次，增长18.6%，恢复至2019年同期约八成五。",
                "日本旅客158万人次，增长27.4%；韩国旅客116万人次，增长31.2%。",
                "每人每日平均消费约7350元新台币，增加约400元；前三季观光外汇收入约2890亿元新台币。",
                "台湾观光协会会长吴美芳说，团体旅客仅占约15%，远低于2019年的三成。",
                "日本旅客占比升至22.2%，提高1.6个百分点；明年目标1000万人次。",
            ],
        },
        "kw_en": ["Taiwan", "tourism", "visitor arrivals", "Tourism Administration", "Japan", "South Korea"],
        "kw_zh": ["台湾", "观光", "来台旅客", "观光署", "日本", "韩国"],
        "entities": [
            ("Taiwan", "台湾", "台灣", "place"),
            ("Tourism Administration", "观光署", "觀光署", "organization"),
            ("Zheng Guangren", "郑光仁", "鄭光仁", "person"),
            ("Wu Meifang", "吴美芳", "吳美芳", "person"),
            ("Taiwan Visitors Association", "台湾观光协会", "台灣觀光協會", "organization"),
            ("Japan", "日本", "日本", "place"),
            ("South Korea", "韩国", "南韓", "place"),
        ],
        "kps": [[2], [3], [4, 5], [7], [8]],
    },
    "mix_my_palm_oil": {
        "file": "mix_my_palm_oil.txt",
        "en": {
            "title": "Palm oil futures reach 14-month high as floods hit Sabah and Sarawak",
            "one_line": "Malaysian crude palm oil futures closed up 2.3% at 4,651 ringgit a tonne as floods in East Malaysia disrupted harvesting.",
            "summary": "Crude palm oil futures on Bursa Malaysia Derivatives hit a 14-month high on Wednesday, touching 4,682 ringgit "
            "a tonne before closing 2.3% higher at 4,651 ringgit, as floods in Sabah and Sarawak halted harvesting. Malaysian "
            "Palm Oil Board data showed October output fell 4.8% to 1.74 million tonnes and stocks dropped 6.1% to 1.86 million "
            "tonnes, while exports rose 3.5%. Sabah's output fell most, by 8.2%. Datuk Wong Fook Meng of the Malaysian Palm Oil "
            "Association expects November production to drop a further 5-7% and said about 28,000 approved foreign workers have "
            "yet to arrive. Indonesia's planned move to B50 biodiesel in January could absorb about 3 million more tonnes a year. "
            "Ahmad Faiz Rahman warned prices could ease once the floods recede.",
            "key_points": [
                "February futures closed at 4,651 ringgit a tonne, up 2.3%, after touching 4,682 ringgit.",
                "October output fell 4.8% to 1.74 million tonnes; stocks fell 6.1% to 1.86 million tonnes, the lowest October level since 2022.",
                "Sabah's production dropped 8.2% to about 410,000 tonnes and Sarawak's 5.1%; Pahang rose 1.4%.",
                "Indonesia plans to raise its biodiesel blend from 40% to 50% from January, using about 3 million tonnes more palm oil a year.",
            ],
        },
        "zh": {
            "title": "沙巴砂拉越水灾冲击产量 棕油期货创14个月新高",
            "one_line": "马来西亚毛棕油期货周三收涨2.3%至每吨4651令吉，东马水灾导致收割中断。",
            "summary": "马来西亚衍生产品交易所毛棕油期货周三升至14个月高位，盘中一度涨至每吨4682令吉，收盘报4651令吉，上涨2.3%。"
            "沙巴与砂拉越连日暴雨，多个园丘被淹，收割被迫中断。马来西亚棕油局数据显示，10月产量按月下降4.8%至174万吨，"
            "库存减少6.1%至186万吨，出口增长3.5%。其中沙巴产量下跌8.2%，跌幅最大。马来西亚棕油总会主席黄福明预计11月产量"
            "将再跌5%至7%，并称约2.8万名获批外劳仍未到岗。印尼明年1月起推行B50生物柴油计划，每年或多消耗约300万吨棕油。"
            "也有分析员认为水退后价格可能回落。",
            "key_points": [
                "2月交割期货收报每吨4651令吉，上涨2.3%，盘中最高4682令吉。",
                "10月产量下降4.8%至174万吨，库存下降6.1%至186万吨，为2022年以来同期最低。",
                "沙巴产量下跌8.2%至约41万吨，砂拉越下跌5.1%，彭亨增加1.4%。",
                "印尼计划明年1月起将生物柴油掺混比例从40%提高至50%，每年多用约300万吨棕油。",
            ],
        },
        "kw_en": ["palm oil", "Malaysia", "Sabah", "floods", "Bursa Malaysia", "MPOB"],
        "kw_zh": ["棕油", "马来西亚", "沙巴", "水灾", "马来西亚衍生产品交易所", "马来西亚棕油局"],
        "entities": [
            (
                "Bursa Malaysia Derivatives",
                "马来西亚衍生产品交易所",
                "Bursa Malaysia Derivatives",
                "organization",
            ),
            ("Malaysian Palm Oil Board", "马来西亚棕油局", "Malaysian Palm Oil Board", "organization"),
            ("Sabah", "沙巴", "Sabah", "place"),
            ("Sarawak", "砂拉越", "Sarawak", "place"),
            ("Pahang", "彭亨", "彭亨", "place"),
            ("Wong Fook Meng", "黄福明", "Wong Fook Meng", "person"),
            ("Malaysian Palm Oil Association", "马来西亚棕油总会", "马来西亚棕油总会", "organization"),
            ("Indonesia", "印尼", "印尼", "place"),
            ("Ahmad Faiz Rahman", "艾哈迈德·法伊兹·拉赫曼", "Ahmad Faiz Rahman", "person"),
        ],
        "kps": [[3], [4], [5], [7]],
    },
}
