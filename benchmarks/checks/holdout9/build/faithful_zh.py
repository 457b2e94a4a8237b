# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout9 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_sichuan_heat_power": {
        "file": "zh_sichuan_heat_power.txt",
        "en": {
            "title": "Sichuan orders factories in 19 cities to stagger output as heat and low water strain the grid",
            "one_line": "About 12,000 industrial firms in Sichuan must stagger or halt production from August 15 to 21 as heat "
            "lifts power demand.",
            "summary": "Sichuan will require industrial power users in all 19 of its cities and prefectures to stagger "
            "production from the start of Friday, August 15, to the end of Thursday, August 21, affecting about 12,000 "
            "companies, the provincial economy and information technology department said. Temperatures above 40°C have "
            "gripped most of the Sichuan Basin since late July, with a record 41.3°C at Kaijiang in Dazhou on August 12. "
            "State Grid Sichuan spokesman Li Wentao said hydropower was generating about 30% less than a year earlier, while "
            "peak load had reached 68.7 million kW, up 12.4%; household supply was not affected and homes would not face "
            "power cuts. Energy-intensive plants such as polysilicon and aluminium smelters must stop, while about 300 "
            "priority firms will in principle keep running. A week's halt could cost about 15 billion yuan of industrial "
            "value added.",
            "key_points": [
                "About 12,000 industrial power users in 19 cities and prefectures will stagger output from August 15 to 21.",
                "Kaijiang station in Dazhou recorded 41.3°C on August 12, the highest since local records began.",
                "Hydropower output is down about 30% year on year, while peak load rose 12.4% to 68.7 million kW.",
                "Household supply has not been affected, and homes will not face power cuts, State Grid Sichuan said.",
                "Polysilicon, aluminium and chemical plants must stop, but about 300 priority firms will in principle keep running.",
            ],
        },
        "zh": {
            "title": "四川高温叠加来水偏枯 约1.2万家工业企业错峰让电",
            "one_line": "8月15日至21日，四川19个市州约1.2万家工业企业将错峰生产、让电于民。",
            "summary": "受持续高温和水电来水偏少影响，四川省经济和信息化厅宣布，8月15日（周五）0时至21日（周四）24时，"
            "全省19个市州工业电力用户实施错峰生产、让电于民，涉及企业约1.2万家。7月下旬以来，四川盆地大部出现40℃以上"
            "高温，达州开江站8月12日录得41.3℃，创当地纪录。国网四川省电力公司发言人李文涛说，全省水电日均发电能力同比"
            "下降约三成，电网最高用电负荷达6870万千瓦，同比增长12.4%；居民用电未受影响，不会拉闸限电。多晶硅、电解铝等"
            "高耗能企业全面停产，约300家重点企业原则上不停产。业内估算停产一周将影响工业增加值约150亿元。",
            "key_points": [
                "8月15日至21日，19个市州约1.2万家工业电力用户错峰生产。",
                "达州开江站8月12日最高气温达41.3℃，创当地有气象记录以来新高。",
                "水电日均发电能力同比下降约三成，电网最高负荷同比增长12.4%至6870万千瓦。",
                "国网四川省电力公司表示，居民用电未受影响，不会对居民拉闸限电。",
                "多晶硅、电解铝、化工等企业全面停产，约300家重点企业原则上不停产。",
            ],
        },
        "kw_en": [
            "Sichuan",
            "heatwave",
            "power rationing",
            "hydropower",
            "State Grid Sichuan",
            "industrial output",
        ],
        "kw_zh": ["四川", "高温", "错峰用电", "水电", "国网四川省电力公司", "工业生产"],
        "entities": [
            ("Sichuan", "四川", "四川", "place"),
            ("Sichuan Basin", "四川盆地", "四川盆地", "place"),
            ("Dazhou", "达州", "达州", "place"),
            ("Kaijiang", "开江", "开江", "place"),
            (
                "Sichuan Provincial Department of Economy and Information Technology",
                "四川省经济和信息化厅",
                "四川省经济和信息化厅",
                "organization",
            ),
            ("State Grid Sichuan Electric Power", "国网四川省电力公司", "国网四川省电力公司", "organization"),
            ("Li Wentao", "李文涛", "李文涛", "person"),
        ],
        "kps": [[2], [3], [4], [5], [6]],
    },
    "hk_yuenlong_bird_flu": {
        "file": "hk_yuenlong_bird_flu.txt",
        "en": {
            "title": "Hong Kong culls about 62,000 chickens after H5N1 outbreak at Yuen Long farm",
            "one_line": "Hong Kong confirmed H5N1 bird flu at a Kam Tin chicken farm on January 8 and halted live chicken supplies "
            "for 21 days.",
            "summary": "Hong Kong confirmed an H5N1 bird flu outbreak at a chicken farm in Kam Tin, Yuen Long, on January 8, the "
            "first on a local farm since 2016. The Agriculture, Fisheries and Conservation Department began culling about "
            "62,000 chickens and suspended live chicken supplies across the city for 21 days. About 1,300 birds had died in two "
            "days, and director Leung Ka-ho said wild birds may have brought in the virus. Two other farms within 3km, with "
            "about 45,000 chickens, will be inspected daily, but no wider cull is planned. Secretary for Environment and "
            "Ecology Wong Chi-yuen said live chicken imports from the mainland were also suspended. The Centre for Health "
            "Protection has had no reports of human infection. Farmers receive HK$30 a bird, and the poultry farmers' "
            "association wants at least HK$45.",
            "key_points": [
                "About 62,000 chickens are being culled and live chicken supplies are suspended for 21 days.",
                "About 1,300 birds died in two days, against about 30 a day normally.",
                "Two other farms within 3km, with about 45,000 chickens, will be inspected daily; no wider cull is planned.",
                "About 110 licensed outlets must stop selling live chickens, and imports from the mainland are halted.",
                "Compensation is HK$30 a bird, about HK$1.86 million for the farm; farmers want at least HK$45.",
            ],
        },
        "zh": {
            "title": "元朗鸡场爆发H5N1禽流感 渔护署扑杀约6.2万只鸡",
            "one_line": "元朗锦田一鸡场1月8日证实爆发H5N1禽流感，全港暂停活鸡供应21日。",
            "summary": "元朗锦田一个养鸡场1月8日证实爆发H5N1甲型禽流感，是香港自2016年以来首次在本地农场验出该病毒。"
            "渔农自然护理署随即扑杀场内约6.2万只鸡，并暂停全港活鸡供应21日。该农场两日内约1300只鸡死亡，署长梁家豪表示"
            "病毒可能由野鸟传入。周边3公里内另有两个鸡场，共饲养约4.5万只鸡，渔护署会每日巡查，暂无计划扩大扑杀范围。"
            "环境及生态局局长黄志远说，内地活鸡进口亦已暂停。卫生防护中心未接获人类感染报告。政府按每只鸡30元向农户"
            "补偿，鸡农联会要求提高至每只至少45元。",
            "key_points": [
                "渔护署扑杀约6.2万只鸡，全港暂停活鸡供应21日。",
                "该农场两日内约1300只鸡死亡，远高于平日每日约30只。",
                "周边3公里内两个鸡场共约4.5万只鸡将每日巡查，暂无计划扩大扑杀。",
                "全港约110个持牌零售点停售活鸡，内地活鸡进口亦暂停。",
                "补偿标准为每只鸡30元，该农场可获约186万港元；鸡农要求至少45元。",
            ],
        },
        "kw_en": ["Hong Kong", "bird flu", "H5N1", "Yuen Long", "culling", "live chickens"],
        "kw_zh": ["香港", "禽流感", "H5N1", "元朗", "扑杀", "活鸡"],
        "entities": [
            ("Hong Kong", "香港", "香港", "place"),
            ("Yuen Long", "元朗", "元朗", "place"),
            ("Kam Tin", "锦田", "錦田", "place"),
            (
                "Agriculture, Fisheries and Conservation Department",
                "渔农自然护理署",
                "漁農自然護理署",
                "organization",
            ),
            ("Leung Ka-ho", "梁家豪", "梁家豪", "person"),
            ("Environment and Ecology Bureau", "环境及生态局", "環境及生態局", "organization"),
            ("Wong Chi-yuen", "黄志远", "黃志遠", "person"),
            ("Centre for Health Protection", "卫生防护中心", "衞生防護中心", "organization"),
            ("Hong Kong Poultry Farmers Association", "香港鸡农联会", "香港雞農聯會", "organization"),
        ],
        "kps": [[2], [3], [5], [6], [8]],
    },
}
