# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout7 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_yunnan_drought": {
        "file": "zh_yunnan_drought.txt",
        "en": {
            "title": "Yunnan's worst winter-spring drought in over 60 years brings water rationing to Kunming",
            "one_line": "Rainfall in Yunnan is more than 60% below normal, about 860,000 people lack drinking water, and Kunming will ration supply.",
            "summary": "Yunnan has had just 38.6 mm of rain on average since November, more than 60% below normal and the least for the "
            "period since records began in 1961, the provincial Department of Water Resources said on March 19. About 4.2 million "
            "mu of crops are affected and some 860,000 people and 370,000 large livestock face drinking-water shortages, while "
            "reservoir storage is nearly 30% lower than a year earlier. From Monday, March 24, Kunming will supply about 1.8 "
            "million households in four central districts only in two daily windows, with prices unchanged. Hydropower output "
            "fell 12.5% in January-February. The province has allocated 320 million yuan for drought relief, and forecasters say "
            "the rainy season may not start until late May.",
            "key_points": [
                "Average rainfall since November is 38.6 mm, more than 60% below normal and the lowest for the period since 1961.",
                "About 860,000 people and 370,000 large livestock lack drinking water, and reservoir storage is down nearly 30%.",
                "From March 24 central Kunming will get water from 6 am to 10 am and 5 pm to 11 pm, with no change in prices.",
                "Hydropower output fell 12.5% in January-February, and its share of generation dropped 4.3 percentage points to 68.0%.",
                "The province has allocated 320 million yuan, and the rainy season may not begin until late May.",
            ],
        },
        "zh": {
            "title": "云南遭遇六十余年来最严重冬春连旱 昆明3月24日起分时段供水",
            "one_line": "云南去年11月以来降水偏少六成以上，约86万人饮水困难，昆明主城区将分时段供水。",
            "summary": "云南省水利厅3月19日通报，去年11月以来全省平均降水量仅38.6毫米，较常年同期偏少六成以上，为1961年有记录以来同期最少。"
            "全省农作物受旱面积约420万亩，约86万人、37万头大牲畜饮水困难，水库蓄水总量比去年同期减少近三成。"
            "昆明市自3月24日（周一）起在五华、盘龙、官渡、西山四区实行分区分时段供水，涉及约180万户居民，水价不作调整。"
            "今年1至2月全省水电发电量同比下降12.5%。省财政已下拨抗旱资金3.2亿元，气象部门预计雨季最早要到5月下旬才开始。",
            "key_points": [
                "去年11月以来全省平均降水量仅38.6毫米，偏少六成以上，为1961年以来同期最少。",
                "约86万人、37万头大牲畜饮水困难，水库蓄水比去年同期减少近三成。",
                "昆明主城区3月24日起每天6时至10时、17时至23时分时段供水，水价不作调整。",
                "1至2月水电发电量同比下降12.5%，占全省发电量比重下降4.3个百分点至68.0%。",
                "省财政下拨抗旱资金3.2亿元，雨季最早可能推迟到5月下旬才开始。",
            ],
        },
        "kw_en": ["Yunnan", "drought", "Kunming", "water rationing", "hydropower", "reservoirs"],
        "kw_zh": ["云南", "干旱", "昆明", "分时段供水", "水电", "水库"],
        "entities": [
            ("Yunnan", "云南", "云南", "place"),
            ("Kunming", "昆明", "昆明", "place"),
            (
                "Yunnan Provincial Department of Water Resources",
                "云南省水利厅",
                "云南省水利厅",
                "organization",
            ),
            ("Wuhua", "五华", "五华", "place"),
            ("Panlong", "盘龙", "盘龙", "place"),
            ("Guandu", "官渡", "官渡", "place"),
            ("Xishan", "西山", "西山", "place"),
        ],
        "kps": [[2], [2, 3], [4], [5], [6, 9]],
    },
    "hk_presale_ruling": {
        "file": "hk_presale_ruling.txt",
        "en": {
            "title": "Hong Kong court orders developer to refund HK$380 million to 126 buyers of delayed flats",
            "one_line": "A High Court judge ruled that 126 buyers of delayed Tseung Kwan O flats may cancel their contracts and recover about HK$380 million.",
            "summary": "Hong Kong's Court of First Instance ruled on Friday, November 14, that developer Wang Kei Property Group failed to "
            "complete its Hoi Ching Wan project in Tseung Kwan O by the contractual deadline of June 30, 2023, allowing 126 "
            "presale buyers to rescind their contracts. Justice Chan Ka-man ordered the developer to refund about HK$380 million "
            "in payments with 8% annual interest and costs, rejecting its argument that its main contractor's financial trouble "
            "was force majeure. The judge found a 2023 notice to buyers misleading but did not find fraud. The developer, which "
            "may appeal within 28 days, expects an occupation permit in the second quarter of next year. Its shares fell 6.4% to "
            "HK$2.34.",
            "key_points": [
                "Justice Chan Ka-man ruled that 126 buyers may rescind their contracts because the project missed its June 30, 2023 deadline.",
                "The developer must refund about HK$380 million with 8% annual interest and pay the buyers' costs.",
                "The court rejected the claim that the contractor's financial trouble was force majeure.",
                "A 2023 notice to buyers was found misleading, but the judge did not rule that the developer committed fraud.",
                "Wang Kei may appeal within 28 days; its shares fell 6.4% to HK$2.34.",
            ],
        },
        "zh": {
            "title": "延迟交楼逾两年 高院判发展商向126名买家退还3.8亿港元",
            "one_line": "高院裁定将军澳楼盘延迟落成，126名楼花买家可撤销合约并取回约3.8亿港元。",
            "summary": "将军澳住宅项目“海晴湾”延迟落成案11月14日（周五）宣判。高等法院原讼法庭法官陈嘉敏裁定，发展商宏基地产未能在合约订明的"
            "2023年6月30日限期前完成项目，126名楼花买家有权撤销合约；发展商须退还已付楼款合共约3.8亿港元，并按年息8厘支付利息及讼费。"
            "法官驳回总承建商财困属“不可抗力”的说法，并指发展商2023年9月的通知具误导性，但未裁定其欺诈。"
            "宏基地产表示会考虑在28日内上诉，预计明年第二季取得入伙纸。其股价收市下跌6.4%至2.34港元。",
            "key_points": [
                "法官陈嘉敏裁定，项目未能在2023年6月30日限期前落成，126名买家有权撤销合约。",
                "发展商须退还约3.8亿港元楼款，按年息8厘付息，并承担买家讼费。",
                "法庭驳回承建商财困属“不可抗力”的抗辩。",
                "法官认为发展商2023年9月的通知具误导性，但未裁定其构成欺诈。",
                "宏基地产可在28日内上诉，其股价下跌6.4%至2.34港元。",
            ],
        },
        "kw_en": [
            "Hong Kong",
            "High Court",
            "presale flats",
            "delayed completion",
            "Tseung Kwan O",
            "property developer",
        ],
        "kw_zh": ["香港", "高等法院", "楼花", "延迟交楼", "将军澳", "发展商"],
        "entities": [
            ("Hong Kong", "香港", "香港", "place"),
            ("Court of First Instance", "高等法院原讼法庭", "高等法院原訟法庭", "organization"),
            ("Wang Kei Property Group", "宏基地产", "宏基地產集團", "organization"),
            ("Hoi Ching Wan", "海晴湾", "海晴灣", "place"),
            ("Tseung Kwan O", "将军澳", "將軍澳", "place"),
            ("Chan Ka-man", "陈嘉敏", "陳嘉敏", "person"),
        ],
        "kps": [[2, 3], [2], [5], [6], [9, 14]],
    },
}
