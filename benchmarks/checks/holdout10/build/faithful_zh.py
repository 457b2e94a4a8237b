# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout10 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_jinan_metro": {
        "file": "zh_jinan_metro.txt",
        "en": {
            "title": "Jinan opens 40.2 km Metro Line 4, its first east-west line",
            "one_line": "The first phase of Jinan Metro Line 4, running 40.2 km underground with 31 stations, opened on "
            "December 26.",
            "summary": "The first phase of Jinan Metro Line 4 opened on Friday, December 26, the city's first line linking its "
            "western and eastern districts. The fully underground line runs 40.2 km from Lashan to Caishi with 31 stations, "
            "nine of them interchanges, and cost about 33.8 billion yuan; construction began in December 2020. Six-car trains "
            "reach 80 km/h and take about 68 minutes end to end, running every 5 minutes 30 seconds at weekday peaks. Jinan "
            "Rail Transit Group chairman Wang Zhendong said the network grows by more than 30% to 164.9 km, with about "
            "180,000 trips a day expected at first. To protect the city's springs, the line runs 32 metres deep near "
            "Quancheng Road. Fares range from 2 to 7 yuan.",
            "key_points": [
                "The 40.2 km underground line has 31 stations, nine of them interchanges, and runs from Lashan to Caishi.",
                "It cost about 33.8 billion yuan; trains reach 80 km/h and take about 68 minutes end to end.",
                "The network grows to five lines and 164.9 km, up more than 30%, with about 180,000 trips a day expected initially.",
                "The line runs 32 metres deep near Quancheng Road, and the springs never stopped flowing during construction.",
                "Phase 2 of Line 3 is due in June 2026 and Line 6 by the end of 2027.",
            ],
        },
        "zh": {
            "title": "济南地铁4号线一期开通 全长40.2公里",
            "one_line": "济南地铁4号线一期12月26日开通，全长40.2公里，全部为地下线，设31座车站。",
            "summary": "济南轨道交通4号线一期工程于12月26日（星期五）开通初期运营，是济南首条贯穿东西城区的地铁线路。"
            "线路西起腊山站，东至彩石站，全长40.2公里，全部为地下线，设车站31座，其中换乘站9座。工程2020年12月开工，总投资约338亿元。"
            "列车采用6节编组，最高时速80公里，全程约68分钟，工作日高峰间隔5分30秒。济南轨道交通集团董事长王振东表示，"
            "济南地铁运营里程增至164.9公里，增幅逾三成，开通初期日均客流预计约18万人次。为保护泉脉，线路在泉城路一带埋深达32米。"
            "票价为2元至7元。",
            "key_points": [
                "线路全长40.2公里，全部为地下线，设31座车站，其中换乘站9座，西起腊山站，东至彩石站。",
                "总投资约338亿元，列车最高时速80公里，全程约68分钟。",
                "运营线路增至5条，里程达164.9公里，增幅逾三成，初期日均客流预计约18万人次。",
                "线路在泉城路一带埋深32米，施工期间泉水始终未停喷。",
                "3号线二期计划2026年6月开通，6号线计划2027年底通车。",
            ],
        },
        "kw_en": ["Jinan", "metro", "Line 4", "urban rail", "Jinan Rail Transit Group", "springs protection"],
        "kw_zh": ["济南", "地铁", "4号线", "城市轨道交通", "济南轨道交通集团", "泉水保护"],
        "entities": [
            ("Jinan", "济南", "济南", "place"),
            ("Jinan Metro Line 4", "济南地铁4号线", "济南地铁4号线", "other"),
            ("Lashan", "腊山", "腊山站", "place"),
            ("Caishi", "彩石", "彩石站", "place"),
            ("Jinan Rail Transit Group", "济南轨道交通集团", "济南轨道交通集团", "organization"),
            ("Wang Zhendong", "王振东", "王振东", "person"),
            ("Quancheng Road", "泉城路", "泉城路", "place"),
            ("Line 3", "3号线", "3号线", "other"),
            ("Line 6", "6号线", "6号线", "other"),
        ],
        "kps": [[2], [3], [4], [5], [13]],
    },
    "tw_bank_merger": {
        "file": "tw_bank_merger.txt",
        "en": {
            "title": "Donglian Financial to merge with Huaxin Commercial Bank in NT$118 billion deal",
            "one_line": "Huaxin shareholders will get 0.82 Donglian shares plus NT$2.5 in cash per share, a deal valued at "
            "about NT$118 billion.",
            "summary": "Taiwan's Donglian Financial Holding and Huaxin Commercial Bank approved a merger on Tuesday, the 18th, "
            "under which Huaxin shareholders will receive 0.82 Donglian shares plus NT$2.5 in cash for each share, valuing "
            "the deal at about NT$118 billion, an 18% premium. The combined group would have about NT$5.6 trillion in assets, "
            "making it Taiwan's fifth-largest financial holding company, with 244 branches. Chairman Lin Chih-yuan said there "
            "would be no layoffs for three years. The deal needs shareholder approval and clearance from the Financial "
            "Supervisory Commission and the Fair Trade Commission, and is expected to close in the third quarter of 2026. "
            "Huaxin's shares jumped by the 10% daily limit to NT$31.35, while Donglian's fell 2.1%.",
            "key_points": [
                "Each Huaxin share will be swapped for 0.82 Donglian shares plus NT$2.5 in cash, an 18% premium.",
                "The merged group would hold about NT$5.6 trillion in assets and 244 branches, ranking fifth in Taiwan.",
                "Lin Chih-yuan said there would be no layoffs for three years after the merger.",
                "The group's capital adequacy ratio would fall 0.7 percentage points, from 14.3% to 13.6%.",
                "Huaxin's stock rose by the 10% limit to NT$31.35; Donglian's fell 2.1% to NT$38.6.",
            ],
        },
        "zh": {
            "title": "东联金控宣布合并华信商银 交易总值约1180亿元新台币",
            "one_line": "华信商银股东每股可换东联金控0.82股加现金2.5元新台币，溢价约18%。",
            "summary": "台湾东联金融控股公司与华信商业银行18日（周二）分别召开临时董事会，通过合并案。华信商银股东每1股可换发"
            "东联金控普通股0.82股，另加现金2.5元新台币，交易总价值约1180亿元新台币，溢价约18%。合并后东联金控总资产将达约"
            "5.6万亿元新台币，跻身台湾第五大金控，银行分行增至244家。董事长林志远表示，合并后三年内不会裁员。合并案仍须经股东临时会同意，"
            "并获金管会及公平会核准，预计2026年第三季完成。华信商银股价19日涨停，上涨10%至31.35元新台币，东联金控则下跌2.1%。",
            "key_points": [
                "华信商银每股换东联金控0.82股加现金2.5元新台币，溢价约18%。",
                "合并后总资产约5.6万亿元新台币，分行244家，跻身台湾第五大金控。",
                "林志远表示，合并后三年内不会裁员。",
                "集团资本充足率将由14.3%降至13.6%，下降0.7个百分点。",
                "华信商银股价涨停至31.35元新台币，东联金控下跌2.1%至38.6元。",
            ],
        },
        "kw_en": [
            "Donglian Financial Holding",
            "Huaxin Commercial Bank",
            "bank merger",
            "Taiwan",
            "share swap",
            "Financial Supervisory Commission",
        ],
        "kw_zh": ["东联金控", "华信商银", "银行合并", "台湾", "换股", "金管会"],
        "entities": [
            ("Taiwan", "台湾", "台灣", "place"),
            ("Donglian Financial Holding", "东联金控", "東聯金控", "organization"),
            ("Huaxin Commercial Bank", "华信商银", "華信商銀", "organization"),
            ("Lin Chih-yuan", "林志远", "林志遠", "person"),
            ("Financial Supervisory Commission", "金管会", "金融監督管理委員會", "organization"),
            ("Fair Trade Commission", "公平会", "公平交易委員會", "organization"),
        ],
        "kps": [[2, 3], [3], [4], [7], [8]],
    },
}
