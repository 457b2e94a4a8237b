# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout13 Simplified and Traditional Chinese articles."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "zh_nujiang_landslide": {
        "file": "zh_nujiang_landslide.txt",
        "en": {
            "title": "Landslide in Yunnan's Fugong county kills 12 and leaves seven missing",
            "one_line": "About 450,000 cubic metres of earth and rock buried 23 homes in a Fugong village early on August 13.",
            "summary": "A landslide struck Gudang village in Maji township, Fugong county, in Yunnan's Nujiang prefecture at about 3 a.m. on "
            "Thursday, August 13, sending some 450,000 cubic metres of earth and rock into the village and burying 23 homes. By 6 p.m. the "
            "next day 12 people were confirmed dead, seven were missing and nine injured. More than 1,260 rescuers with 48 heavy machines and "
            "16 dogs joined the search, and 2,140 residents were moved to safety. Rainfall in Fugong so far in August reached 412 millimetres, "
            "more than twice the usual, and the slide hit a site outside the registered hazard points. Experts warn that about 80,000 cubic "
            "metres of loose debris could move again. The central government allocated 50 million yuan in relief funds.",
            "key_points": [
                "The August 13 landslide buried 23 homes; 12 people died, seven are missing and nine were injured.",
                "More than 1,260 rescuers, 48 heavy machines and 16 search dogs were deployed, and over 2,000 people were relocated.",
                "August rainfall of 412 mm was more than double the norm; an orange alert had been issued on August 10.",
                "About 80,000 cubic metres of unstable debris remain, and 12 monitoring devices have been installed.",
                "The central government allocated 50 million yuan and Yunnan 20 million yuan; school in Maji will start on September 8.",
            ],
        },
        "zh": {
            "title": "云南福贡山体滑坡致12人遇难7人失联",
            "one_line": "8月13日凌晨，福贡县古当村发生约45万立方米的山体滑坡，掩埋房屋23户。",
            "summary": "8月13日（周四）凌晨3时许，云南怒江州福贡县马吉乡古当村发生山体滑坡，约45万立方米土石冲入村庄，掩埋房屋23户。"
            "截至14日18时，已有12人遇难、7人失联、9人受伤。国家防总启动防汛四级应急响应，1260余名救援人员携48台大型机械和16条搜救犬"
            "展开搜救，当地已转移安置群众2140人。8月以来福贡县累计降雨412毫米，是常年同期的两倍多，滑坡点不在已登记的隐患点范围内。"
            "专家警告，滑坡体后缘约8万立方米松散堆积物仍不稳定，不排除再次滑动。中央财政紧急下拨救灾资金5000万元。",
            "key_points": [
                "8月13日的滑坡掩埋房屋23户，造成12人遇难、7人失联、9人受伤。",
                "1260余名救援人员、48台大型机械和16条搜救犬参与搜救，逾两千名群众被转移安置。",
                "8月累计降雨412毫米，是常年同期的两倍多；当地曾于8月10日发布橙色预警。",
                "约8万立方米松散堆积物仍不稳定，现场已布设12台位移监测设备。",
                "中央下拨5000万元、云南省级安排2000万元；马吉乡学校开学推迟至9月8日。",
            ],
        },
        "kw_en": ["landslide", "Yunnan", "Fugong county", "Nujiang", "rescue", "heavy rain"],
        "kw_zh": ["山体滑坡", "云南", "福贡县", "怒江", "救援", "强降雨"],
        "entities": [
            ("Yunnan", "云南", "云南", "place"),
            ("Nujiang Lisu Autonomous Prefecture", "怒江傈僳族自治州", "怒江傈僳族自治州", "place"),
            ("Fugong county", "福贡县", "福贡县", "place"),
            ("Maji township", "马吉乡", "马吉乡", "place"),
            ("Gudang village", "古当村", "古当村", "place"),
            ("State Flood Control and Drought Relief Headquarters", "国家防总", "国家防总", "organization"),
        ],
        "kps": [[2], [3, 4], [5], [6], [11]],
    },
    "hk_bridge_toll": {
        "file": "hk_bridge_toll.txt",
        "en": {
            "title": "Hong Kong-Zhuhai-Macao Bridge cuts private-car toll to 100 yuan from January",
            "one_line": "The single-trip car toll on the Hong Kong-Zhuhai-Macao Bridge falls from 150 to 100 yuan on January 1, and lorry tolls by a fifth.",
            "summary": "The governments of Guangdong, Hong Kong and Macao said on Thursday that tolls on the Hong Kong-Zhuhai-Macao Bridge will "
            "fall from January 1 for a two-year trial. The single-trip private-car toll drops from 150 yuan to 100 yuan, goods vehicle tolls "
            "fall by an average of 20% and coach tolls go from 200 to 160 yuan. Secretary for Transport and Logistics Lam Ka-fai said daily "
            "traffic averaged 15,200 vehicles in the first ten months, up 28%, with private cars' share rising 9 percentage points to 61%. "
            "The bridge authority expects toll income to fall by about 460 million yuan a year. Park-and-ride spaces at the Hong Kong port "
            "will rise to 4,200 from about 3,000. Hong Kong Logistics Association chairman Ho Chi-keung said the cut may not be enough.",
            "key_points": [
                "From January 1 the private-car toll falls to 100 yuan from 150, about a third less, on a two-year trial.",
                "Goods vehicle tolls fall by an average of 20%, two-axle lorries from 85 to 68 yuan; coaches go from 200 to 160 yuan.",
                "Daily traffic averaged 15,200 vehicles in January-October, up 28%; private cars' share rose 9 percentage points to 61%.",
                "The bridge authority expects annual toll income to fall by about 460 million yuan.",
                "Park-and-ride spaces at the Hong Kong port will grow from about 3,000 to 4,200 by March, still at HK$80 a day.",
            ],
        },
        "zh": {
            "title": "港珠澳大桥私家车通行费明年起降至100元",
            "one_line": "港珠澳大桥私家车单程收费明年1月1日起由150元人民币降至100元，货车收费平均下调两成。",
            "summary": "粤港澳三地政府周四公布，港珠澳大桥通行费将于明年1月1日起下调，试行两年。私家车单程收费由150元人民币降至100元，"
            "货车收费平均下调两成，旅游巴由200元降至160元。运输及物流局局长林家辉表示，今年首10个月大桥日均车流达1.52万架次，同比增加28%，"
            "私家车占比由52%升至61%，上升9个百分点。港珠澳大桥管理局预计每年通行费收入减少约4.6亿元人民币。香港口岸“泊车转乘”泊位"
            "将由约3000个增至4200个。香港物流协会主席何志强认为，减费幅度仍然不足。",
            "key_points": [
                "明年1月1日起私家车收费由150元降至100元，减幅约三分之一，试行两年。",
                "货车收费平均下调两成，两轴货车由85元减至68元；旅游巴由200元减至160元。",
                "首10个月日均车流1.52万架次，同比增长28%；私家车占比上升9个百分点至61%。",
                "管理局预计每年通行费收入减少约4.6亿元人民币。",
                "香港口岸泊车转乘泊位将于明年3月前由约3000个增至4200个，每日泊车费维持80港元。",
            ],
        },
        "kw_en": [
            "Hong Kong-Zhuhai-Macao Bridge",
            "tolls",
            "cross-border traffic",
            "Hong Kong",
            "logistics",
            "Lam Ka-fai",
        ],
        "kw_zh": ["港珠澳大桥", "通行费", "跨境交通", "香港", "物流", "林家辉"],
        "entities": [
            ("Hong Kong-Zhuhai-Macao Bridge", "港珠澳大桥", "港珠澳大橋", "place"),
            ("Lam Ka-fai", "林家辉", "林家輝", "person"),
            ("Transport and Logistics Bureau", "运输及物流局", "運輸及物流局", "organization"),
            (
                "Hong Kong-Zhuhai-Macao Bridge Authority",
                "港珠澳大桥管理局",
                "港珠澳大橋管理局",
                "organization",
            ),
            ("Hong Kong Logistics Association", "香港物流协会", "香港物流協會", "organization"),
            ("Ho Chi-keung", "何志强", "何志強", "person"),
            ("Guangdong", "广东", "廣東", "place"),
            ("Hong Kong", "香港", "香港", "place"),
            ("Macao", "澳门", "澳門", "place"),
        ],
        "kps": [[2], [2, 4], [3], [4], [5]],
    },
}
