# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout12 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_danjiangkou_flood": {
        "file": "zh_danjiangkou_flood.txt",
        "en": {
            "title": "Danjiangkou reservoir opens seven outlets in its first flood release this year",
            "one_line": "Danjiangkou reservoir began releasing water through seven outlets on September 18, raising outflow to 21,000 cubic metres a second.",
            "summary": "Danjiangkou reservoir on the Han River opened seven deep outlets at 10am on September 18, raising its "
            "outflow from 12,000 to 21,000 cubic metres per second, its first flood release this year and the largest since the "
            "autumn floods of 2021. Rain upstream since the start of September reached 286 mm, nearly 200% above normal, and "
            "the water level hit 167.4 metres, 2.6 metres below the normal storage level. Liu Jianhua of the Changjiang Water "
            "Resources Commission said downstream channels could cope but vigilance must not slacken. Xiangyang moved 12,300 "
            "people from low-lying riverside areas and closed 14 scenic sites; the river there is expected to peak around the "
            "20th at about 66.5 metres, 0.5 metres below the warning level. Supply to the South-to-North Water Diversion was "
            "not affected.",
            "key_points": [
                "Seven deep outlets opened at 10am on September 18, raising outflow from 12,000 to 21,000 cubic metres per second.",
                "Upstream rain since September reached 286 mm, nearly 200% above normal; the reservoir level hit 167.4 metres.",
                "Xiangyang relocated about 12,300 people and closed 14 riverside scenic sites and 23 ferry crossings.",
                "The diversion's Taocha intake kept drawing 350 cubic metres per second; about 6.2 billion cubic metres has gone north this year.",
                "Professor Chen Xiaofeng said raising the dam in 2013 increased flood-control capacity by over 30% to 11 billion cubic metres.",
            ],
        },
        "zh": {
            "title": "丹江口水库开启7孔泄洪 为今年首次",
            "one_line": "丹江口水库9月18日开启7个深孔泄洪，下泄流量增至每秒2.1万立方米。",
            "summary": "受汉江上游持续强降雨影响，丹江口水库9月18日上午10时开启7个深孔泄洪，下泄流量由每秒1.2万立方米增至2.1万立方米，"
            "为今年首次泄洪，也是2021年秋汛以来规模最大的一次。9月以来汉江上游累计降雨286毫米，较常年偏多近两倍，"
            "水库水位达167.4米，距正常蓄水位仅差2.6米。长江委副主任刘建华表示，下游河段可以承受这一流量，但绝不能掉以轻心。"
            "襄阳市转移沿江低洼地带群众1.23万人，关闭景区14处；汉江襄阳段水位预计20日前后达到约66.5米的峰值，"
            "比警戒水位低0.5米。南水北调中线工程供水未受影响。",
            "key_points": [
                "9月18日上午10时开启7个深孔，下泄流量由每秒1.2万立方米增至2.1万立方米。",
                "9月以来上游累计降雨286毫米，较常年偏多近两倍，水库水位达167.4米。",
                "襄阳转移群众约1.23万人，关闭沿江景区14处、暂停渡口23处。",
                "南水北调中线陶岔渠首引水保持每秒350立方米，今年已调水约62亿立方米。",
                "陈晓峰教授说，大坝2013年加高后防洪库容增加三成多，达110亿立方米。",
            ],
        },
        "kw_en": [
            "Danjiangkou reservoir",
            "flood release",
            "Han River",
            "Xiangyang",
            "South-to-North Water Diversion",
            "Changjiang Water Resources Commission",
        ],
        "kw_zh": ["丹江口水库", "泄洪", "汉江", "襄阳", "南水北调", "长江委"],
        "entities": [
            ("Danjiangkou reservoir", "丹江口水库", "丹江口水库", "place"),
            ("Han River", "汉江", "汉江", "place"),
            ("Changjiang Water Resources Commission", "长江水利委员会", "长江水利委员会", "organization"),
            ("Liu Jianhua", "刘建华", "刘建华", "person"),
            ("Xiangyang", "襄阳", "襄阳", "place"),
            ("South-to-North Water Diversion", "南水北调", "南水北调", "other"),
            ("Taocha", "陶岔", "陶岔", "place"),
            ("Chen Xiaofeng", "陈晓峰", "陈晓峰", "person"),
        ],
        "kps": [[2], [3], [5], [6], [10]],
    },
    "tw_milk_price_war": {
        "file": "tw_milk_price_war.txt",
        "en": {
            "title": "Taiwan's fresh milk price war deepens as 936ml bottles fall to NT$62",
            "one_line": "Fuyuan Dairy cut its 936ml fresh milk to NT$69 and Green Hill Ranch went to NT$62, worrying dairy farmers.",
            "summary": "A fresh milk price war is intensifying in Taiwan. Fuyuan Dairy cut the suggested price of its 936ml "
            "fresh milk from NT$95 to NT$69 on December 1, about 27% lower, and Green Hill Ranch followed on Tuesday with a "
            "NT$62 promotion, a five-year low. Raw milk output rose 6.3% to about 408,000 tonnes in January-October while fresh "
            "milk sales grew only 1.2%, and chilled imports from New Zealand and Australia lifted their share to 15% from 11%. "
            "PX Mart is selling two Fuyuan bottles for NT$125. Lin Chun-hsiung of the Taiwan Dairy Farmers Association warned "
            "that a cut of NT$1 per kilogram in the raw milk price would cost about 500 farms over NT$400 million a year. "
            "Fuyuan says its contract prices will not change before June.",
            "key_points": [
                "Fuyuan cut its 936ml milk from NT$95 to NT$69, about 27%; Green Hill's NT$62 promotion is a five-year low.",
                "Raw milk output rose 6.3% in January-October but fresh milk sales grew only 1.2%; imports' share rose to 15% from 11%.",
                "Farmers' leader Lin Chun-hsiung said a NT$1 cut in the NT$30.5-per-kilogram raw milk price would cost farms over NT$400 million a year.",
                "Fuyuan spokeswoman Chen Yi-chun said contract prices with farmers will not be adjusted before June.",
                "Analyst Hsu Chia-hao expects Fuyuan's fourth-quarter dairy gross margin to fall from 28% to below 22%.",
            ],
        },
        "zh": {
            "title": "台湾鲜乳价格战延烧 936毫升装最低62元",
            "one_line": "福源乳品将936毫升鲜乳降至69元，绿山牧场促销价62元，酪农担心收购价被压低。",
            "summary": "台湾鲜乳市场价格战白热化。福源乳品12月1日起将936毫升鲜乳建议售价由95元调降至69元，降幅约27%；"
            "绿山牧场2日跟进，推出62元促销价，创近五年新低。农业部统计，今年1至10月生乳产量约40.8万公吨，年增6.3%，"
            "但鲜乳销量仅增长1.2%，新西兰和澳大利亚进口冷藏鲜乳的市占率由11%升至15%。全联福利中心推出两瓶125元的组合价。"
            "台湾酪农协会理事长林俊雄担心明年收购价遭压低，称每公斤降1元，全台约500户酪农一年将少收逾4亿元。"
            "福源乳品则表示，与契作酪农的收购价在明年6月前不会调整。",
            "key_points": [
                "福源乳品936毫升鲜乳由95元降至69元，降幅约27%；绿山牧场促销价62元，为近五年新低。",
                "1至10月生乳产量年增6.3%，鲜乳销量仅增1.2%；进口鲜乳市占率由11%升至15%。",
                "酪农协会理事长林俊雄说，生乳收购价每公斤约30.5元，每降1元酪农一年少收逾4亿元。",
                "福源乳品发言人陈怡君说，与酪农的收购价明年6月前不会调整。",
                "分析师许家豪预计，福源第四季乳品部门毛利率恐由28%降至22%以下。",
            ],
        },
        "kw_en": ["Taiwan", "fresh milk", "price war", "dairy farmers", "Fuyuan Dairy", "Green Hill Ranch"],
        "kw_zh": ["台湾", "鲜乳", "价格战", "酪农", "福源乳品", "绿山牧场"],
        "entities": [
            ("Taiwan", "台湾", "台灣", "place"),
            ("Fuyuan Dairy", "福源乳品", "福源乳品", "organization"),
            ("Green Hill Ranch", "绿山牧场", "綠山牧場", "organization"),
            ("PX Mart", "全联福利中心", "全聯福利中心", "organization"),
            ("Taiwan Dairy Farmers Association", "台湾酪农协会", "台灣酪農協會", "organization"),
            ("Ministry of Agriculture", "农业部", "農業部", "organization"),
            ("Lin Chun-hsiung", "林俊雄", "林俊雄", "person"),
            ("Chen Yi-chun", "陈怡君", "陳怡君", "person"),
            ("Hsu Chia-hao", "许家豪", "許家豪", "person"),
            ("New Zealand", "新西兰", "紐西蘭", "place"),
            ("Australia", "澳大利亚", "澳洲", "place"),
        ],
        "kps": [[2], [3], [5], [6], [12]],
    },
}
