# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout10 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_nsw_teachers_pay": {
        "file": "en_nsw_teachers_pay.txt",
        "en": {
            "title": "NSW public school teachers accept 11.5% three-year pay deal",
            "one_line": "New South Wales teachers voted 78% in favour of a three-year deal lifting pay by a combined 11.5%, "
            "ending a dispute that included two strikes.",
            "summary": "Public school teachers in New South Wales have accepted a three-year pay agreement worth a combined "
            "11.5%, ending a dispute that brought two statewide strikes since November. The NSW Teachers Federation said "
            "78% of voting members backed it, on a 71% turnout. Pay rises 4.5% from 1 July, then 3.5% in July 2027 and "
            "again in July 2028, taking a graduate's salary from A$85,000 to about A$95,000. Treasurer Simon Lai put the "
            "cost at about A$3.2 billion over four years, partly funded by a A$400 million cut in consultant spending. "
            "Teachers gain two extra hours of planning time a week from 2027, but the deal does not cap class sizes. "
            "Unfilled posts fell to 1,850 in February from 2,400 a year earlier. The Industrial Relations Commission is "
            "expected to hear the deal on 27 March.",
            "key_points": [
                "78% of voting members backed the deal on a 71% turnout, the NSW Teachers Federation said.",
                "Salaries rise 4.5% from 1 July, then 3.5% in July 2027 and again in July 2028.",
                "The deal costs about A$3.2 billion over four years, with A$400 million coming from cuts to consultant spending.",
                "Teachers get two extra hours of planning time a week from 2027, but there is no cap on class sizes.",
                "Casual relief cover fell to 9% of lessons from 12%, a three-percentage-point drop, as vacancies fell to 1,850.",
            ],
        },
        "zh": {
            "title": "新南威尔士州公立学校教师接受三年加薪11.5%协议",
            "one_line": "新州教师以78%赞成票通过三年加薪协议，累计加薪11.5%，结束两度罢工的劳资纠纷。",
            "summary": "澳大利亚新南威尔士州公立学校教师投票接受一项为期三年、累计加薪11.5%的协议，结束了自11月以来两度全州罢工的纠纷。"
            "新州教师联合会称，投票率为71%，78%的投票会员表示赞成。薪资将于7月1日起上调4.5%，2027年7月和2028年7月再各涨3.5%，"
            "新入职教师年薪将由8.5万澳元增至约9.5万澳元。州财政厅长西蒙·赖称，协议四年成本约32亿澳元，部分资金来自削减4亿澳元外部顾问开支。"
            "教师自2027年起每周增加两小时备课时间，但协议不包括班级人数上限。2月空缺教职降至1850个，一年前为2400个。"
            "协议预计于3月27日提交劳资关系委员会审理。",
            "key_points": [
                "新州教师联合会称，投票率71%，78%的投票会员赞成协议。",
                "薪资7月1日起上调4.5%，2027年7月和2028年7月再各涨3.5%。",
                "协议四年成本约32亿澳元，其中4亿澳元来自削减顾问开支。",
                "教师自2027年起每周增加两小时备课时间，但没有班级人数上限。",
                "代课教师承担的课时比例由12%降至9%，下降3个百分点，空缺教职降至1850个。",
            ],
        },
        "kw_en": [
            "NSW Teachers Federation",
            "teachers' pay",
            "New South Wales",
            "public schools",
            "pay deal",
            "Industrial Relations Commission",
        ],
        "kw_zh": ["新州教师联合会", "教师薪酬", "新南威尔士州", "公立学校", "加薪协议", "劳资关系委员会"],
        "entities": [
            ("New South Wales", "新南威尔士州", "New South Wales", "place"),
            ("NSW Teachers Federation", "新州教师联合会", "NSW Teachers Federation", "organization"),
            ("Simon Lai", "西蒙·赖", "Simon Lai", "person"),
            (
                "Industrial Relations Commission",
                "劳资关系委员会",
                "Industrial Relations Commission",
                "organization",
            ),
        ],
        "kps": [[3], [4], [5], [6], [7]],
    },
    "en_bc_wildfire": {
        "file": "en_bc_wildfire.txt",
        "en": {
            "title": "Shuswap wildfire nearly triples in size, forcing 4,300 people to evacuate",
            "one_line": "The Skimikin Lake fire in B.C. grew to about 18,400 hectares over the weekend, with evacuation orders "
            "covering 1,950 properties.",
            "summary": "The Skimikin Lake wildfire in British Columbia's Shuswap region, believed to have been started by lightning, grew from about 6,200 "
            "hectares on Friday to an estimated 18,400 hectares by Sunday, forcing about 4,300 residents from their homes. "
            "Evacuation orders cover 1,950 properties and alerts another 3,100. The BC Wildfire Service has 260 firefighters, "
            "14 helicopters and a 75-strong crew from Mexico on the fire, which has destroyed at least 23 structures, "
            "including nine homes. Highway 1 is closed for 42 km between Chase and Sorrento, and the detour adds about three "
            "hours. Temperatures hit 38 C on Saturday; a cold front on Tuesday may bring 5 to 10 mm of rain and shifting "
            "winds. Minister Daniel Bremner said B.C. had approved C$25 million in support and had not yet asked for "
            "military help.",
            "key_points": [
                "The fire, discovered on Aug. 4 and believed to have been started by lightning, grew from about 6,200 to 18,400 hectares between Friday and Sunday.",
                "Evacuation orders cover 1,950 properties and about 4,300 residents; 1,120 evacuees had registered with the Red Cross.",
                "At least 23 structures, including nine homes, have been destroyed.",
                "Highway 1 is closed for 42 km between Chase and Sorrento; the detour via Vernon adds about three hours.",
                "About 640,000 hectares have burned in B.C. this season, roughly 68% above the 10-year average.",
            ],
        },
        "zh": {
            "title": "卑诗省舒斯瓦普山火面积增至近三倍 4300人撤离",
            "one_line": "卑诗省斯基米金湖山火周末扩大至约1.84万公顷，撤离令涉及1950处物业。",
            "summary": "加拿大卑诗省舒斯瓦普地区的斯基米金湖山火相信由雷击引发，火场面积由周五的约6200公顷扩大至周日的约1.84万公顷，"
            "约4300名居民被迫撤离。撤离令涉及1950处物业，另有3100处物业收到撤离预警。卑诗省野火局已投入260名消防员和14架直升机，"
            "另有75名墨西哥消防员增援。大火已烧毁至少23座建筑，其中包括9栋住宅。1号公路切斯至索伦托路段封闭42公里，绕行需多花约3小时。"
            "周六气温高达38摄氏度，周二的冷锋或带来5至10毫米降雨，但风向多变。应急管理厅长丹尼尔·布雷姆纳称，"
            "省政府已批出2500万加元紧急援助，尚未请求军队协助。",
            "key_points": [
                "山火于8月4日被发现，相信由雷击引起，火场面积在周五至周日间由约6200公顷扩大至1.84万公顷。",
                "撤离令涉及1950处物业、约4300名居民，已有1120人向红十字会登记。",
                "至少23座建筑被烧毁，其中包括9栋住宅。",
                "1号公路切斯至索伦托段封闭42公里，经弗农绕行需多花约3小时。",
                "卑诗省今年已有约64万公顷土地过火，较十年平均高出约68%。",
            ],
        },
        "kw_en": [
            "wildfire",
            "British Columbia",
            "Shuswap",
            "evacuation",
            "BC Wildfire Service",
            "Highway 1",
        ],
        "kw_zh": ["山火", "卑诗省", "舒斯瓦普", "撤离", "卑诗省野火局", "1号公路"],
        "entities": [
            ("British Columbia", "卑诗省", "British Columbia", "place"),
            ("Shuswap", "舒斯瓦普", "Shuswap", "place"),
            ("Skimikin Lake wildfire", "斯基米金湖山火", "Skimikin Lake wildfire", "other"),
            ("BC Wildfire Service", "卑诗省野火局", "BC Wildfire Service", "organization"),
            ("Canadian Red Cross", "加拿大红十字会", "Canadian Red Cross", "organization"),
            ("Mexico", "墨西哥", "Mexico", "place"),
            ("Highway 1", "1号公路", "Highway 1", "other"),
            ("Chase", "切斯", "Chase", "place"),
            ("Sorrento", "索伦托", "Sorrento", "place"),
            ("Vernon", "弗农", "Vernon", "place"),
            ("Daniel Bremner", "丹尼尔·布雷姆纳", "Daniel Bremner", "person"),
        ],
        "kps": [[3], [4], [6], [7], [9]],
    },
    "html_lanyue_recall": {
        "file": "html_lanyue_recall.html",
        "en": {
            "title": "Lanyue recalls more than 138,000 electric SUVs over water-prone connectors",
            "one_line": "Hefei-based Lanyue Auto will recall 138,426 L7 and L9 electric SUVs from November 20 because water "
            "can seep into high-voltage connectors.",
            "summary": "Lanyue Auto of Hefei will recall 138,426 Lanyue L7 and L9 electric SUVs built between March 15, 2022 "
            "and August 31, 2024, starting on November 20, the State Administration for Market Regulation said on Thursday. "
            "Poorly fitted seals can let water into high-voltage battery connectors after driving through standing water, in "
            "extreme cases cutting power. About 60% of the cars need only an over-the-air software update; the rest need a "
            "new connector, a roughly two-hour job. Vice-president Zhou Qiming said the company had received 37 complaints "
            "and no reports of injuries. Lanyue's Hong Kong-listed shares closed 4.6% lower at HK$38.20. Analyst Sun Lifeng "
            "put the cost at 200 million to 300 million yuan. About 3,200 cars exported to Thailand and Australia are not "
            "covered.",
            "key_points": [
                "The recall covers 97,315 L7s and 41,111 L9s built between March 2022 and August 2024.",
                "About 60% of the vehicles need only a software update; the others need a new connector, which takes about two hours.",
                "Lanyue had received 37 complaints, all during heavy rain from July to September, and no injuries were reported.",
                "The shares fell as much as 6.3% and closed down 4.6% at HK$38.20.",
                "Nationwide, 185 vehicle recalls covering more than 11 million vehicles were carried out in January-October, up about 20%.",
            ],
        },
        "zh": {
            "title": "澜岳汽车召回逾13.8万辆电动SUV",
            "one_line": "澜岳汽车11月20日起召回138426辆L7和L9纯电动SUV，因高压连接器可能进水。",
            "summary": "国家市场监督管理总局11月13日（星期四）称，合肥澜岳汽车有限公司将自11月20日起召回2022年3月15日至2024年8月31日"
            "生产的澜岳L7和L9纯电动SUV共138426辆。原因是电池包内高压连接器密封圈装配不到位，涉水后可能进水，极端情况下导致动力中断。"
            "约六成车辆只需OTA升级软件，其余需到店更换连接器，约需2小时。副总裁周启明称，公司共接到37起投诉，未接到人员伤亡报告。"
            "澜岳汽车港股收跌4.6%，报38.20港元。分析师孙立峰估计召回成本约2亿至3亿元。出口至泰国和澳大利亚的约3200辆车不在召回范围内。",
            "key_points": [
                "召回包括澜岳L7共97315辆、澜岳L9共41111辆，生产日期为2022年3月至2024年8月。",
                "约六成车辆只需软件升级，其余需更换连接器，约需2小时。",
                "公司共接到37起投诉，均发生在7月至9月强降雨期间，未有人员伤亡报告。",
                "股价盘中一度下跌6.3%，收盘跌4.6%至38.20港元。",
                "今年1至10月全国共实施汽车召回185次，涉及车辆逾1100万辆，同比增长约两成。",
            ],
        },
        "kw_en": [
            "Lanyue Auto",
            "vehicle recall",
            "electric SUV",
            "high-voltage connector",
            "State Administration for Market Regulation",
            "Hefei",
        ],
        "kw_zh": ["澜岳汽车", "汽车召回", "纯电动SUV", "高压连接器", "国家市场监督管理总局", "合肥"],
        "entities": [
            ("Lanyue Auto", "澜岳汽车", "澜岳汽车", "organization"),
            ("Lanyue L7", "澜岳L7", "澜岳L7", "product"),
            ("Lanyue L9", "澜岳L9", "澜岳L9", "product"),
            (
                "State Administration for Market Regulation",
                "国家市场监督管理总局",
                "国家市场监督管理总局",
                "organization",
            ),
            ("Hefei", "合肥", "合肥", "place"),
            ("Zhou Qiming", "周启明", "周启明", "person"),
            ("Sun Lifeng", "孙立峰", "孙立峰", "person"),
            ("Hong Kong", "香港", "香港", "place"),
            ("Thailand", "泰国", "泰国", "place"),
            ("Australia", "澳大利亚", "澳大利亚", "place"),
        ],
        "kps": [[2], [4], [5], [7], [9]],
    },
    "mix_hk_fishing_ban": {
        "file": "mix_hk_fishing_ban.txt",
        "en": {
            "title": "Hong Kong to ban fishing in new Tung Lung Chau Marine Park from June 1",
            "one_line": "The 1,150-hectare park off Clear Water Bay will be closed to all fishing, with HK$68 million in "
            "allowances for about 420 vessels.",
            "summary": "Hong Kong gazetted the 1,150-hectare Tung Lung Chau Marine Park off Clear Water Bay on Friday, and all "
            "fishing there will be banned from June 1, with offenders facing fines of up to HK$50,000 and a year in jail. "
            "The Agriculture, Fisheries and Conservation Department will pay HK$68 million in ex-gratia allowances to the "
            "owners of about 420 vessels, about HK$162,000 each, in July and December. Director Lam Wing-yee said catches in "
            "the area had fallen about 35% in ten years. Cheung Kam-kuen of the Hong Kong Fishermen's Consortium said "
            "fishermen had asked for at least double, noting that 47% of them are over 60. Lawmaker Lo Ka-chun asked why "
            "payments are not linked to catch records. It will be the city's tenth marine park.",
            "key_points": [
                "All fishing in the 1,150-hectare park will be banned from June 1, with fines of up to HK$50,000 and a year in jail.",
                "About 420 vessel owners will share HK$68 million, roughly HK$162,000 each, paid in July and December.",
                "The AFCD recorded 61 hard coral species and about 230 fish species; catches have fallen about 35% in ten years.",
                "Fishermen over 60 now make up 47% of the total, up nine percentage points from 38%.",
                "The park will be Hong Kong's tenth, bringing protected waters to about 7,400 hectares, or 4.2% of the total.",
            ],
        },
        "zh": {
            "title": "东龙洲海岸公园6月1日起全面禁捕",
            "one_line": "清水湾外1150公顷的东龙洲海岸公园6月起禁捕，约420艘渔船可获6800万港元津贴。",
            "summary": "香港政府周五（1月9日）刊宪设立东龙洲海岸公园，面积约1150公顷，位于清水湾对开海域，6月1日起全面禁止捕鱼，"
            "违例者最高可被罚款5万港元及监禁一年。渔农自然护理署将向约420艘曾在区内作业渔船的船东发放合共6800万港元特惠津贴，"
            "平均每艘约16.2万港元，分7月和12月两期发放。署长林咏仪表示，过去十年区内渔获量下跌约35%。香港渔民团体联会主席张锦权称，"
            "渔民要求的金额至少是现时的两倍，且六十岁以上渔民占比已达47%。立法会议员卢家俊质疑津贴为何不与实际渔获挂钩。"
            "该公园将是香港第十个海岸公园。",
            "key_points": [
                "面积约1150公顷的海岸公园6月1日起全面禁捕，违例者最高罚款5万港元及监禁一年。",
                "约420艘渔船的船东可分得6800万港元津贴，平均每艘约16.2万港元，分7月和12月发放。",
                "渔护署记录到61种石珊瑚和约230种鱼类，过去十年渔获量下跌约35%。",
                "60岁以上渔民占比由38%升至47%，上升9个百分点。",
                "这将是香港第十个海岸公园，保护水域增至约7400公顷，约占香港水域的4.2%。",
            ],
        },
        "kw_en": ["Hong Kong", "marine park", "fishing ban", "Tung Lung Chau", "fishermen", "AFCD"],
        "kw_zh": ["香港", "海岸公园", "禁捕", "东龙洲", "渔民", "渔护署"],
        "entities": [
            ("Hong Kong", "香港", "Hong Kong", "place"),
            ("Tung Lung Chau Marine Park", "东龙洲海岸公园", "Tung Lung Chau Marine Park", "place"),
            ("Clear Water Bay", "清水湾", "Clear Water Bay", "place"),
            (
                "Agriculture, Fisheries and Conservation Department",
                "渔农自然护理署",
                "Agriculture, Fisheries and Conservation Department",
                "organization",
            ),
            ("Lam Wing-yee", "林咏仪", "林詠儀", "person"),
            ("Cheung Kam-kuen", "张锦权", "Cheung Kam-kuen", "person"),
            (
                "Hong Kong Fishermen's Consortium",
                "香港渔民团体联会",
                "Hong Kong Fishermen's Consortium",
                "organization",
            ),
            ("Lo Ka-chun", "卢家俊", "Lo Ka-chun", "person"),
            ("Legislative Council", "立法会", "Legislative Council", "organization"),
        ],
        "kps": [[3], [4], [5], [6], [11]],
    },
}
