# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout8 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_catalonia_drought": {
        "file": "en_catalonia_drought.txt",
        "en": {
            "title": "Barcelona area cuts water allowance to 180 litres a day as reservoirs fall to 14.2%",
            "one_line": "Catalonia will lower the daily allowance for about six million people from 200 to 180 litres from March 9 as the drought deepens.",
            "summary": "Catalonia will cut the daily water allowance for about six million people in the Barcelona metropolitan "
            "area from 200 to 180 litres per person from Monday, March 9, after the Ter-Llobregat reservoirs fell to 14.2% of "
            "capacity. The second phase of the drought plan also requires farmers to cut irrigation by 80% and industry by 25%, "
            "bans filling private pools and brings fines of up to €3,000 for towns that overshoot. Marta Puig of the Catalan "
            "Water Agency called it a structural change in rainfall but said overnight supply cuts were not expected this year. "
            "Climate minister Jordi Ferrer pledged €1.3 billion by 2030 for new supply, while water shipped from Sagunto will "
            "cost about €8 a cubic metre. Farm union spokesman Joan Casals warned that about 1,200 fruit growers could lose half "
            "their harvest.",
            "key_points": [
                "The allowance falls from 200 to 180 litres per person a day from March 9; reservoirs are at 14.2% of capacity.",
                "Stored water fell 2.6 percentage points in February, and the Sau reservoir is at 6%, its lowest since 1962.",
                "Irrigation must be cut by 80% (up from 40%) and industrial use by 25% (up from 15%); towns face fines of up to €3,000.",
                "The government will spend €1.3 billion by 2030, including a 60-cubic-hectometre desalination plant at Foix and a larger Tordera plant.",
                "Water shipped from Sagunto costs about €8 per cubic metre, roughly six times the cost of desalinated water.",
            ],
        },
        "zh": {
            "title": "水库蓄水率跌至14.2% 巴塞罗那都会区每人每日用水限额降至180升",
            "one_line": "加泰罗尼亚自3月9日起将约600万居民的每日用水限额从200升降至180升。",
            "summary": "由于特尔-略夫雷加特水库系统蓄水率降至14.2%，加泰罗尼亚自3月9日（周一）起将巴塞罗那都会区约600万居民的"
            "每人每日用水限额从200升降至180升，进入干旱应急计划第二阶段。新规要求农业灌溉削减80%、工业用水削减25%，"
            "禁止为私人泳池注水，超标市镇最高罚款3000欧元。加泰罗尼亚水务局局长玛尔塔·普伊赫称，这是降雨的结构性变化，"
            "但预计今年不会实施夜间停水。气候部长霍尔迪·费雷尔表示，到2030年将投入13亿欧元开发新水源；从萨贡托船运的水"
            "每立方米约8欧元。农会发言人霍安·卡萨尔斯警告，约1200名果农可能损失一半收成。",
            "key_points": [
                "自3月9日起每人每日用水限额由200升降至180升，水库蓄水率为14.2%。",
                "2月蓄水率下降2.6个百分点，萨乌水库仅剩6%，为1962年以来最低。",
                "农业灌溉须削减80%（此前为40%），工业用水削减25%（此前为15%），超标市镇最高罚款3000欧元。",
                "政府到2030年将投入13亿欧元，包括在福伊克斯新建年产6000万立方米的海水淡化厂并扩建托尔德拉厂。",
                "从萨贡托船运的水每立方米约8欧元，约为海水淡化水的六倍。",
            ],
        },
        "kw_en": ["Catalonia", "Barcelona", "drought", "water rationing", "reservoirs", "desalination"],
        "kw_zh": ["加泰罗尼亚", "巴塞罗那", "干旱", "限水", "水库", "海水淡化"],
        "entities": [
            ("Catalonia", "加泰罗尼亚", "Catalonia", "place"),
            ("Barcelona", "巴塞罗那", "Barcelona", "place"),
            ("Ter-Llobregat", "特尔-略夫雷加特", "Ter-Llobregat", "place"),
            ("Catalan Water Agency", "加泰罗尼亚水务局", "Catalan Water Agency", "organization"),
            ("Marta Puig", "玛尔塔·普伊赫", "Marta Puig", "person"),
            ("Jordi Ferrer", "霍尔迪·费雷尔", "Jordi Ferrer", "person"),
            ("Joan Casals", "霍安·卡萨尔斯", "Joan Casals", "person"),
            ("Sau reservoir", "萨乌水库", "Sau reservoir", "place"),
            ("Foix", "福伊克斯", "Foix", "place"),
            ("Tordera", "托尔德拉", "Tordera", "place"),
            ("Sagunto", "萨贡托", "Sagunto", "place"),
        ],
        "kps": [[2], [3], [4], [6], [7]],
    },
    "en_uk_wind_auction": {
        "file": "en_uk_wind_auction.txt",
        "en": {
            "title": "UK offshore wind auction awards a record 9.6 GW at a higher strike price",
            "one_line": "Britain's eighth Contracts for Difference round secured 9.6 GW of offshore wind at an average £82.40/MWh, about 11% above last year.",
            "summary": "Britain awarded contracts for a record 9.6 GW of offshore wind in its eighth Contracts for Difference round, "
            "the government said on Thursday, covering 14 projects against nine last year. The average strike price was £82.40 "
            "per megawatt hour in 2024 prices, up from £74.10, and the whole auction awarded 13.2 GW. Energy minister Rachel "
            "Haworth said Britain remained on track for 43 GW of offshore wind by 2030. Ørsted won the largest contract, 2.4 GW "
            "for Hornsea 4, while RWE took 1.9 GW and SSE Renewables 1.5 GW for Berwick Bank. The 20-year contracts could add "
            "about £9 a year to household bills, according to Cornwall Insight. RenewableUK warned that about 60 GW of "
            "projects are waiting for grid connections.",
            "key_points": [
                "A record 9.6 GW of offshore wind won contracts across 14 projects, out of 13.2 GW awarded in total.",
                "The average strike price rose about 11% to £82.40 per MWh, from £74.10 last year.",
                "Ørsted won 2.4 GW for Hornsea 4, RWE 1.9 GW and SSE Renewables 1.5 GW for Berwick Bank.",
                "Contracts now run for 20 years instead of 15, and the round's budget was raised to £1.9 billion a year.",
                "Cornwall Insight sees about £9 a year added to household bills; about 60 GW of projects await grid connections.",
            ],
        },
        "zh": {
            "title": "英国海上风电拍卖签约创纪录的960万千瓦 中标价上涨",
            "one_line": "英国第八轮差价合约拍卖签下9.6吉瓦海上风电，平均执行价每兆瓦时82.4英镑，比去年高约11%。",
            "summary": "英国政府周四公布，第八轮差价合约拍卖共为14个海上风电项目签约，装机容量达创纪录的9.6吉瓦，去年为9个。"
            "平均执行价为每兆瓦时82.4英镑（按2024年价格计算），高于去年的74.1英镑；计入陆上风电、太阳能和潮汐能，本轮共签约"
            "13.2吉瓦。能源大臣雷切尔·霍沃思表示，英国仍有望在2030年前实现43吉瓦海上风电目标。沃旭能源的霍恩西4号项目"
            "获得最大合同，规模2.4吉瓦；莱茵集团获得1.9吉瓦，SSE可再生能源的伯威克湾项目获得1.5吉瓦。康沃尔洞察估计，"
            "为期20年的合同每年将使家庭电费增加约9英镑。英国可再生能源协会警告，约60吉瓦项目仍待并网。",
            "key_points": [
                "14个项目共获得9.6吉瓦海上风电合同，本轮拍卖共签约13.2吉瓦。",
                "平均执行价上涨约11%，由去年的每兆瓦时74.1英镑升至82.4英镑。",
                "沃旭能源霍恩西4号获2.4吉瓦，莱茵集团获1.9吉瓦，SSE可再生能源伯威克湾项目获1.5吉瓦。",
                "合同期限由15年延长至20年，本轮预算上调至每年19亿英镑。",
                "康沃尔洞察估计家庭电费每年增加约9英镑；约60吉瓦项目等待并网。",
            ],
        },
        "kw_en": [
            "offshore wind",
            "Contracts for Difference",
            "renewable energy",
            "Ørsted",
            "RWE",
            "strike price",
        ],
        "kw_zh": ["海上风电", "差价合约", "可再生能源", "沃旭能源", "莱茵集团", "执行价"],
        "entities": [
            ("Britain", "英国", "Britain", "place"),
            ("Contracts for Difference", "差价合约", "Contracts for Difference", "other"),
            ("Rachel Haworth", "雷切尔·霍沃思", "Rachel Haworth", "person"),
            ("Ørsted", "沃旭能源", "Ørsted", "organization"),
            ("Hornsea 4", "霍恩西4号", "Hornsea 4", "other"),
            ("RWE", "莱茵集团", "RWE", "organization"),
            ("SSE Renewables", "SSE可再生能源", "SSE Renewables", "organization"),
            ("Berwick Bank", "伯威克湾", "Berwick Bank", "other"),
            ("Cornwall Insight", "康沃尔洞察", "Cornwall Insight", "organization"),
            ("RenewableUK", "英国可再生能源协会", "RenewableUK", "organization"),
        ],
        "kps": [[2, 3], [2, 3], [5], [6], [7, 8]],
    },
    "html_sg_airline_results": {
        "file": "html_sg_airline_results.html",
        "en": {
            "title": "Straits Pacific Airlines' first-half profit falls 18% despite record passenger numbers",
            "one_line": "Singapore's Straits Pacific earned S$612 million in April-September, down 18%, as weaker fares offset 7% passenger growth.",
            "summary": "Straits Pacific Airlines said on Thursday that net profit for the six months to September fell 18% to S$612 "
            "million from S$746 million, even as revenue rose 4.6% to S$9.84 billion and the group, including low-cost unit "
            "Kestrel Air, carried a record 19.3 million passengers, up 7%. Yields fell 5.2% and the load factor slipped 1.3 "
            "percentage points to 87.2% as Chinese and Indian rivals added seats. Chief executive Daniel Goh said the airline "
            "would not chase market share at any price. Costs rose 8.1% to S$9.02 billion. Six Airbus A350-1000 deliveries have "
            "been delayed and four Kestrel Air A320neos remain grounded, which cost about S$40 million in the half. The interim dividend was "
            "held at 10 Singapore cents, and the shares fell 3.1% to S$6.42.",
            "key_points": [
                "Net profit fell 18% to S$612 million, while revenue rose 4.6% to S$9.84 billion.",
                "Passengers rose 7% to 19.3 million, but yields fell 5.2% and the load factor dropped 1.3 percentage points to 87.2%.",
                "Costs rose 8.1% to S$9.02 billion, with fuel at S$2.9 billion and about 45% of the next 12 months' fuel hedged.",
                "Six A350-1000 deliveries slipped to the second half of next year; the grounded A320neos cost about S$40 million.",
                "The interim dividend stays at 10 Singapore cents; Jason Tan of Maybank Securities expects a tougher second half.",
            ],
        },
        "zh": {
            "title": "海峡太平洋航空上半财年净利下降18% 客运量创新高",
            "one_line": "海峡太平洋航空4至9月净利润6.12亿新元，同比下降18%，票价走软抵消了7%的客运增长。",
            "summary": "海峡太平洋航空周四公布，截至9月的六个月净利润从7.46亿新元降至6.12亿新元，下降18%；营收增长4.6%至"
            "98.4亿新元。包括廉价航空子公司红隼航空在内，集团载客量增长7%至创纪录的1930万人次。由于中国和印度的航空公司"
            "增加运力，客运收益率下降5.2%，客座率下降1.3个百分点至87.2%。首席执行官丹尼尔·吴表示，公司不会不惜代价争夺"
            "市场份额。成本上升8.1%至90.2亿新元。六架空客A350-1000的交付推迟，红隼航空四架A320neo仍然停飞，造成约4000万"
            "新元损失。中期股息维持每股10新分，股价下跌3.1%至6.42新元。",
            "key_points": [
                "净利润下降18%至6.12亿新元，营收增长4.6%至98.4亿新元。",
                "载客量增长7%至1930万人次，但收益率下降5.2%，客座率下降1.3个百分点至87.2%。",
                "成本上升8.1%至90.2亿新元，燃油开支29亿新元，未来12个月约45%的燃油需求已对冲。",
                "六架A350-1000推迟至明年下半年交付，A320neo停飞造成约4000万新元损失。",
                "中期股息维持每股10新分；马银行证券分析师杰森·陈预计下半年将更艰难。",
            ],
        },
        "kw_en": [
            "Straits Pacific Airlines",
            "Kestrel Air",
            "airline results",
            "Singapore",
            "passenger yields",
            "Airbus A350",
        ],
        "kw_zh": ["海峡太平洋航空", "红隼航空", "航空业绩", "新加坡", "客运收益率", "空客A350"],
        "entities": [
            ("Straits Pacific Airlines", "海峡太平洋航空", "Straits Pacific Airlines", "organization"),
            ("Kestrel Air", "红隼航空", "Kestrel Air", "organization"),
            ("Singapore", "新加坡", "Singapore", "place"),
            ("China", "中国", "Chinese", "place"),
            ("India", "印度", "India", "place"),
            ("Daniel Goh", "丹尼尔·吴", "Daniel Goh", "person"),
            ("Airbus A350-1000", "空客A350-1000", "Airbus A350-1000", "product"),
            ("A320neo", "A320neo", "A320neo", "product"),
            ("Jason Tan", "杰森·陈", "Jason Tan", "person"),
            ("Maybank Securities", "马银行证券", "Maybank Securities", "organization"),
        ],
        "kps": [[3], [3, 4], [6], [7], [8]],
    },
    "mix_sg_property_curbs": {
        "file": "mix_sg_property_curbs.txt",
        "en": {
            "title": "Singapore lifts foreign buyers' stamp duty to 65% in new property curbs",
            "one_line": "From April 18, foreigners pay 65% additional buyer's stamp duty, up from 60%, and citizens' second-home rate rises to 25%.",
            "summary": "Singapore will raise the additional buyer's stamp duty for foreign home buyers to 65% from 60% from April 18, "
            "the Ministry of Finance said on Friday, after private home prices rose for a sixth straight quarter. Citizens buying "
            "a second home will pay 25% instead of 20%, and a third home 35% instead of 30%, while the seller's stamp duty period "
            "lengthens from three to four years. The total debt servicing ratio stays at 55%, but the medium-term interest rate "
            "floor rises to 4.5% from 4%. Private home prices climbed 3.9% in the first quarter, according to the Urban "
            "Redevelopment Authority. Deputy Prime Minister Lawrence Chua called the measures pre-emptive and calibrated, and "
            "said about 9,500 homes would be released through land sales in the second half.",
            "key_points": [
                "Foreigners' additional buyer's stamp duty rises from 60% to 65%, effective April 18.",
                "Citizens' rates rise to 25% for a second home and 35% for a third; first-time buyers still pay none.",
                "The seller's stamp duty period goes from three to four years and the interest rate floor from 4% to 4.5%.",
                "Private home prices rose 3.9% in the first quarter and HDB resale prices 2.1%.",
                "Christine Sun of OrangeTee Group expects new private home sales to fall 10% to 15% this year, to about 6,500 units.",
            ],
        },
        "zh": {
            "title": "新加坡外国买家额外印花税升至65% 推出新一轮降温措施",
            "one_line": "新加坡自4月18日起将外国人购屋额外印花税从60%上调至65%，公民购第二套房税率升至25%。",
            "summary": "新加坡财政部周五宣布，自4月18日起把外国人购买住宅须缴付的额外买方印花税从60%提高至65%。新加坡公民购买"
            "第二套住宅的税率从20%上调至25%，第三套及以上从30%上调至35%，首次购屋者仍无须缴付。卖方印花税适用期由3年延长"
            "至4年；总偿债比率维持55%不变，但中期利率底线由4%上调至4.5%。市区重建局数据显示，私宅价格第一季上涨3.9%，"
            "已连续六个季度上涨。副总理蔡伟伦称措施具有预防性且经过审慎调整，并表示下半年将通过卖地推出约9500个住宅单位。",
            "key_points": [
                "外国买家额外买方印花税由60%升至65%，4月18日起生效。",
                "公民购买第二套住宅税率升至25%，第三套升至35%；首次购屋者仍免缴。",
                "卖方印花税适用期由3年延长至4年，中期利率底线由4%上调至4.5%。",
                "私宅价格第一季上涨3.9%，组屋转售价格上涨2.1%。",
                "橙易集团的克里斯汀·孙预计，今年私宅新盘销量将下跌10%至15%，至约6500个单位。",
            ],
        },
        "kw_en": ["Singapore", "property curbs", "stamp duty", "ABSD", "housing market", "URA"],
        "kw_zh": ["新加坡", "房地产降温措施", "印花税", "额外买方印花税", "房地产市场", "市区重建局"],
        "entities": [
            ("Singapore", "新加坡", "Singapore", "place"),
            ("Ministry of Finance", "财政部", "Ministry of Finance", "organization"),
            ("Urban Redevelopment Authority", "市区重建局", "Urban Redevelopment Authority", "organization"),
            ("Lawrence Chua", "蔡伟伦", "Lawrence Chua", "person"),
            ("HDB", "建屋发展局", "HDB", "organization"),
            ("OrangeTee Group", "橙易集团", "OrangeTee Group", "organization"),
            ("Christine Sun", "克里斯汀·孙", "Christine Sun", "person"),
        ],
        "kps": [[2, 3], [3], [5], [4, 7], [9]],
    },
}
