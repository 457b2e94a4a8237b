# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout16 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_qianjiang_crayfish": {
        "file": "zh_qianjiang_crayfish.txt",
        "en": {
            "title": "Qianjiang's crayfish industry tops 100 billion yuan in output value",
            "one_line": "Qianjiang's crayfish industry chain generated 103.2 billion yuan in January-October, up 11.6%, with "
            "processed exports up 28.4%.",
            "summary": "The crayfish industry in Qianjiang, Hubei province, generated a combined output value of 103.2 billion yuan "
            "in the first ten months of the year, up 11.6%, passing 100 billion yuan before the end of October for the first "
            "time, the city's agriculture and rural affairs bureau said on November 17. Farming covers 920,000 mu, and output "
            "is expected to fall 2% to about 195,000 tonnes. Exports of processed products rose 28.4% to 360 million yuan. "
            "Rice-crayfish co-farming on 860,000 mu earns about 4,200 yuan per mu, some three times as much as rice alone. "
            "Pond prices fell to 9 yuan a jin in May, about 30% lower than a year earlier; bureau chief Zhou Wenbin said the "
            "lower output was not due to less farmland but to a cold spring. The city targets 130 billion yuan by 2027.",
            "key_points": [
                "Output value across the industry chain reached 103.2 billion yuan in January-October, up 11.6%.",
                "Qianjiang has 62 processors; exports of processed products reached 23,000 tonnes worth 360 million yuan, up 28.4%.",
                "Rice-crayfish co-farming covers 860,000 mu and earns about 4,200 yuan per mu, roughly three times rice alone.",
                "Pond prices fell to 9 yuan a jin in May, about 30% below last year, as a cold spring delayed the harvest by about half a month.",
                "The city aims for 130 billion yuan in output value by 2027 and to raise the processing rate from 58% to 70%.",
            ],
        },
        "zh": {
            "title": "潜江小龙虾产业链产值首破千亿元",
            "one_line": "潜江小龙虾全产业链前10个月产值1032亿元，同比增长11.6%，加工品出口增长28.4%。",
            "summary": "湖北省潜江市农业农村局11月17日发布数据，今年前10个月全市小龙虾全产业链综合产值达1032亿元，同比增长11.6%，"
            "首次在10月底前突破千亿元。全市养殖面积92万亩，预计全年产量约19.5万吨，比去年略减2%。加工品出口2.3万吨，"
            "出口额3.6亿元，增长28.4%。虾稻共作面积86万亩，每亩综合收益约4200元，约为单种水稻的3倍。5月塘口价一度跌至每斤9元，"
            "较去年同期低约三成。局长周文斌表示，产量下降并非因为养殖面积减少，而是春季持续低温所致。按照行动方案，"
            "到2027年综合产值将达1300亿元。",
            "key_points": [
                "前10个月全产业链综合产值1032亿元，同比增长11.6%。",
                "全市有62家加工企业，前10个月出口加工产品2.3万吨，出口额3.6亿元，增长28.4%。",
                "虾稻共作面积86万亩，每亩综合收益约4200元，约为单种水稻的3倍。",
                "5月塘口价一度跌至每斤9元，较去年同期低约三成，春季低温使上市推迟约半个月。",
                "到2027年综合产值目标为1300亿元，加工转化率从58%提高到70%。",
            ],
        },
        "kw_en": ["crayfish", "Qianjiang", "Hubei", "rice-crayfish farming", "food processing", "exports"],
        "kw_zh": ["小龙虾", "潜江", "湖北", "虾稻共作", "加工", "出口"],
        "entities": [
            ("Qianjiang", "潜江", "潜江", "place"),
            ("Hubei", "湖北", "湖北", "place"),
            (
                "Qianjiang Agriculture and Rural Affairs Bureau",
                "潜江市农业农村局",
                "潜江市农业农村局",
                "organization",
            ),
            ("Zhou Wenbin", "周文斌", "周文斌", "person"),
            ("Chuyu Food", "楚渔食品有限公司", "楚渔食品有限公司", "organization"),
            ("Li Hongmei", "李红梅", "李红梅", "person"),
            ("Wang Debing", "王德兵", "王德兵", "person"),
            ("Zheng Jianguo", "郑建国", "郑建国", "person"),
            (
                "Hubei Academy of Agricultural Sciences",
                "湖北省农业科学院",
                "湖北省农业科学院",
                "organization",
            ),
        ],
        "kps": [[2], [3], [4], [6, 7], [10]],
    },
    "hk_airport_traffic": {
        "file": "hk_airport_traffic.txt",
        "en": {
            "title": "Hong Kong airport passenger traffic rises 13% in October",
            "one_line": "Hong Kong International Airport handled about 5.3 million passengers in October, up 13.2%, and Terminal 2 "
            "departures will open in phases next year.",
            "summary": "Hong Kong International Airport handled about 5.3 million passengers in October, up 13.2% from a year earlier, "
            "the Airport Authority said on November 16. Cargo rose 5.7% to about 436,000 tonnes and flight movements 9.4% to "
            "about 33,500. Passenger traffic in the first ten months reached 49.8 million, about 90% of the 2018 level. "
            "Southeast Asian and Japanese routes grew fastest, by 21% and 18%. Chief executive Fung Ho-lam said peak hourly "
            "movements had risen from 68 to 72 since the three-runway system became fully operational. Terminal 2's departure "
            "facilities will open in phases from the third quarter of next year; its construction cost is about HK$19 billion. The "
            "airport community is still about 4,000 workers short. Singapore's Changi handled about 5.9 million passengers "
            "in October.",
            "key_points": [
                "October passengers rose 13.2% to about 5.3 million, cargo 5.7% to about 436,000 tonnes and flights 9.4% to about 33,500.",
                "January-October passengers totalled 49.8 million, about 90% of the 2018 level.",
                "Peak hourly flight movements have risen from 68 to 72, with a target of 74 next year.",
                "Terminal 2 departures open in phases from the third quarter of next year; once fully open, it and Terminal 1 can handle 120 million passengers a year.",
                "The airport community of about 76,000 staff is still about 4,000 workers short.",
            ],
        },
        "zh": {
            "title": "香港机场10月客运量同比增长13%",
            "one_line": "香港国际机场10月客运量约530万人次，同比增长13.2%；二号客运大楼明年分阶段启用。",
            "summary": "香港机场管理局11月16日公布，香港国际机场10月客运量约530万人次，同比上升13.2%；货运量约43.6万吨，"
            "增长5.7%；航班起降约3.35万架次，增长9.4%。今年前十个月累计客运量达4980万人次，恢复至2018年同期约九成。"
            "东南亚及日本航线增长最快，分别上升21%和18%。机管局行政总裁冯浩霖表示，三跑道系统全面运作后，每小时最高起降量"
            "由68架次增至72架次。二号客运大楼离港设施将于明年第三季度起分阶段启用，工程费用约190亿港元。机场仍缺约4000名员工。"
            "新加坡樟宜机场10月客运量约590万人次。",
            "key_points": [
                "10月客运量增长13.2%至约530万人次，货运量增长5.7%至约43.6万吨，航班起降增长9.4%至约3.35万架次。",
                "前十个月累计客运量4980万人次，约为2018年同期的九成。",
                "每小时最高航班起降量由68架次增至72架次，明年目标为74架次。",
                "二号客运大楼离港设施明年第三季度起分阶段启用，全面启用后连同一号客运大楼每年可处理1.2亿人次。",
                "机场社区约有7.6万名员工，仍欠约4000人。",
            ],
        },
        "kw_en": [
            "Hong Kong International Airport",
            "Airport Authority",
            "passenger traffic",
            "air cargo",
            "Terminal 2",
            "three-runway system",
        ],
        "kw_zh": ["香港国际机场", "机场管理局", "客运量", "航空货运", "二号客运大楼", "三跑道系统"],
        "entities": [
            ("Hong Kong International Airport", "香港国际机场", "香港國際機場", "place"),
            ("Airport Authority Hong Kong", "香港机场管理局", "機場管理局", "organization"),
            ("Fung Ho-lam", "冯浩霖", "馮浩霖", "person"),
            ("Terminal 2", "二号客运大楼", "二號客運大樓", "place"),
            ("Terminal 1", "一号客运大楼", "一號客運大樓", "place"),
            ("Hong Kong", "香港", "香港", "place"),
            ("Singapore Changi Airport", "新加坡樟宜机场", "新加坡樟宜機場", "place"),
            ("Lo Ka-man", "卢嘉敏", "盧嘉敏", "person"),
            ("Shenzhen Bao'an Airport", "深圳宝安机场", "深圳寶安機場", "place"),
        ],
        "kps": [[2], [2], [5], [6], [7]],
    },
}
