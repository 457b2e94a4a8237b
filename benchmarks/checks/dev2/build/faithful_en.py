# ruff: noqa: E501  (data: article text and edits are kept whole so they can be grepped)
"""Faithful bilingual summaries of the English-source articles of the dev2 set (same shape as
faithful_zh.py)."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {}

FAITHFUL_EN["en_football"] = {
    "file": "en_football.txt",
    "en": {
        "title": "Saka double helps Arsenal beat Aston Villa 3-1 and go two points clear",
        "one_line": "Bukayo Saka scored twice late on as Arsenal came from behind to beat Aston Villa 3-1 "
        "and moved two points clear at the top.",
        "summary": "Arsenal came from behind to beat Aston Villa 3-1 at the Emirates Stadium on Sunday and "
        "moved two points clear at the top of the Premier League. Ollie Watkins put Villa ahead in the "
        "24th minute, and Youri Tielemans hit the post with a penalty before half-time. After Mikel Arteta "
        "made three changes at the break, Leandro Trossard equalised in the 61st minute. Bukayo Saka then "
        "scored in the 78th minute and converted a penalty seven minutes later, taking him to 14 goals in "
        "all competitions. Arsenal have 58 points from 26 games, two more than Liverpool. Defender Ben "
        "White will miss about three weeks with a hamstring injury, ruling him out of next week's Champions "
        "League tie against Porto.",
        "key_points": [
            "Arsenal beat Aston Villa 3-1 on Sunday to go two points clear at the top of the Premier League",
            "Ollie Watkins gave Villa the lead, but Youri Tielemans hit the post with a penalty before half-time",
            "Leandro Trossard equalised and Bukayo Saka scored twice in the last 12 minutes, once from the "
            "penalty spot",
            "Ben White will miss about three weeks with a hamstring injury, including the Champions League "
            "tie against Porto",
        ],
    },
    "zh": {
        "title": "萨卡梅开二度 阿森纳3比1逆转阿斯顿维拉领跑英超",
        "one_line": "萨卡在比赛最后阶段连进两球，阿森纳主场3比1逆转阿斯顿维拉，在英超积分榜上领先两分。",
        "summary": "阿森纳周日在酋长球场3比1逆转阿斯顿维拉，在英超积分榜上领先两分。沃特金斯第24分钟为"
        "维拉首开纪录，蒂勒曼斯在上半场结束前罚丢点球，皮球击中立柱。阿尔特塔中场换上三人后，特罗萨德"
        "第61分钟扳平比分。萨卡第78分钟破门，7分钟后又罚进点球，本赛季各项赛事进球达到14个。阿森纳"
        "26场比赛积58分，比利物浦多两分。后卫本·怀特因腿筋受伤将缺阵约三周，无缘下周欧冠十六强首回合对阵"
        "波尔图的比赛。",
        "key_points": [
            "阿森纳周日3比1击败阿斯顿维拉，在英超积分榜上领先两分",
            "沃特金斯为维拉先进一球，蒂勒曼斯在上半场结束前罚点球击中立柱",
            "特罗萨德扳平比分，萨卡在最后12分钟内梅开二度，其中一球为点球",
            "本·怀特因腿筋伤缺阵约三周，将错过欧冠对阵波尔图的比赛",
        ],
    },
    "kw_en": ["Arsenal", "Aston Villa", "Bukayo Saka", "Premier League", "Mikel Arteta", "Ollie Watkins"],
    "kw_zh": ["阿森纳", "阿斯顿维拉", "萨卡", "英超", "阿尔特塔", "沃特金斯"],
    "entities": [
        ("Arsenal", "阿森纳", "Arsenal", "organization"),
        ("Aston Villa", "阿斯顿维拉", "Aston Villa", "organization"),
        ("Emirates Stadium", "酋长球场", "Emirates Stadium", "place"),
        ("Premier League", "英超", "Premier League", "organization"),
        ("Ollie Watkins", "沃特金斯", "Ollie Watkins", "person"),
        ("Youri Tielemans", "蒂勒曼斯", "Youri Tielemans", "person"),
        ("Mikel Arteta", "阿尔特塔", "Mikel Arteta", "person"),
        ("Leandro Trossard", "特罗萨德", "Leandro Trossard", "person"),
        ("Bukayo Saka", "萨卡", "Bukayo Saka", "person"),
        ("Liverpool", "利物浦", "Liverpool", "organization"),
        ("Ben White", "本·怀特", "Ben White", "person"),
        ("Champions League", "欧冠", "Champions League", "organization"),
        ("Porto", "波尔图", "Porto", "organization"),
    ],
    "kps": [[2], [3], [2, 4, 5], [9]],
}

FAITHFUL_EN["en_tech_launch"] = {
    "file": "en_tech_launch.txt",
    "en": {
        "title": "Nothing launches Phone (4) from $649 with a larger 5,500 mAh battery",
        "one_line": "London-based Nothing unveiled the Phone (4), priced from $649, £599 and €679, with a "
        "bigger battery.",
        "summary": "Nothing, the London-based phone maker, unveiled the Phone (4), its fourth flagship "
        "handset, on Tuesday. The base model with 12GB of memory and 256GB of storage costs $649 in the "
        "United States, £599 in the United Kingdom and €679 in the eurozone, and starts at 44,999 rupees "
        "in India; pre-orders open on Thursday and general sales on October 10. The phone uses Qualcomm's "
        "Snapdragon 8s Gen 4 chip and a 5,500 mAh battery, 10 percent larger than last year's, with "
        "65-watt charging that fills it in 38 minutes. Nothing promises five years of Android updates and "
        "six years of security patches. Ben Wood of CCS Insight called the pricing aggressive but said "
        "limited distribution remains a problem in the US.",
        "key_points": [
            "The base Phone (4) costs $649, £599 or €679; the 16GB/512GB model costs $749, £679 or €779",
            "Its 5,500 mAh battery is 10 percent larger than the Phone (3)'s and charges fully in 38 minutes "
            "at 65 watts",
            "Nothing will provide five years of Android updates and six years of security patches",
            "The company has shipped more than 7 million phones and made its first quarterly operating "
            "profit in the three months to June",
        ],
    },
    "zh": {
        "title": "Nothing发布Phone (4) 起售价649美元 电池增至5500毫安时",
        "one_line": "总部位于伦敦的Nothing发布Phone (4)，起售价649美元、599英镑和679欧元，电池容量更大。",
        "summary": "总部位于伦敦的手机厂商Nothing周二发布第四款旗舰机型Phone (4)。12GB内存加256GB存储的"
        "基础版在美国售价649美元，在英国售价599英镑，在欧元区售价679欧元，在印度起售价为44999卢比；周四"
        "开启预订，10月10日正式发售。新机搭载高通骁龙8s Gen 4芯片，电池容量5500毫安时，比上一代大10%，"
        "支持65瓦有线快充，38分钟即可充满。Nothing承诺提供五年安卓系统更新和六年安全补丁。CCS Insight"
        "首席分析师本·伍德认为定价颇具攻势，但指出在美国的销售渠道仍是短板。",
        "key_points": [
            "基础版售价649美元、599英镑或679欧元，16GB+512GB版本售价749美元、679英镑或779欧元",
            "5500毫安时电池比Phone (3)大10%，65瓦快充38分钟可充满",
            "Nothing将提供五年安卓系统更新和六年安全补丁",
            "公司累计出货量超过700万部，并在截至6月的三个月里首次实现季度经营利润",
        ],
    },
    "kw_en": ["Nothing", "Phone (4)", "smartphone launch", "battery", "pricing", "Android updates"],
    "kw_zh": ["Nothing", "Phone (4)", "手机发布", "电池", "定价", "安卓更新"],
    "entities": [
        ("Nothing", "Nothing", "Nothing", "organization"),
        ("Phone (4)", "Phone (4)", "Phone (4)", "product"),
        ("Phone (3)", "Phone (3)", "Phone (3)", "product"),
        ("London", "伦敦", "London", "place"),
        ("United States", "美国", "United States", "place"),
        ("United Kingdom", "英国", "United Kingdom", "place"),
        ("eurozone", "欧元区", "eurozone", "place"),
        ("India", "印度", "India", "place"),
        ("Qualcomm", "高通", "Qualcomm", "organization"),
        ("Snapdragon 8s Gen 4", "骁龙8s Gen 4", "Snapdragon 8s Gen 4", "product"),
        ("Android", "安卓", "Android", "product"),
        ("Ben Wood", "本·伍德", "Ben Wood", "person"),
        ("CCS Insight", "CCS Insight", "CCS Insight", "organization"),
    ],
    "kps": [[3], [5], [7], [9]],
}

FAITHFUL_EN["en_court"] = {
    "file": "en_court.txt",
    "en": {
        "title": "Judge approves $86 million Meridian Health data breach settlement",
        "one_line": "A federal judge in Chicago approved an $86 million settlement for 4.1 million patients "
        "whose records were stolen in a 2024 cyberattack.",
        "summary": "A federal judge in Chicago on Monday approved an $86 million settlement between hospital "
        "operator Meridian Health Systems and about 4.1 million patients whose records were stolen in a "
        "2024 cyberattack, overruling objections from the attorneys general of Indiana and Wisconsin. US "
        "District Judge Andrea Kowalski called the deal fair, reasonable and adequate. Class members can "
        "claim up to $5,000 for documented losses or a flat $75, and Meridian will spend at least $30 "
        "million on security upgrades over three years. The plaintiffs' lawyers will get $21.5 million, "
        "about 25 percent of the fund rather than the 33 percent they sought. Meridian admitted no "
        "wrongdoing. Claims must be filed by January 15, 2027.",
        "key_points": [
            "Judge Andrea Kowalski approved the $86 million settlement covering about 4.1 million patients",
            "Patients can claim up to $5,000 for documented losses or a flat payment of $75",
            "The attorneys general of Indiana and Wisconsin objected, saying the company waited 41 days to "
            "notify patients",
            "Lawyers will receive $21.5 million in fees, and claims must be filed by January 15, 2027",
        ],
    },
    "zh": {
        "title": "美国法官批准Meridian Health就数据泄露支付8600万美元和解金",
        "one_line": "芝加哥联邦法官批准一项8600万美元的和解协议，涉及2024年网络攻击中病历遭窃的约410万名患者。",
        "summary": "芝加哥一名联邦法官周一批准医院运营商Meridian Health Systems与约410万名患者达成的8600万"
        "美元和解协议，这些患者的病历在2024年的一次网络攻击中被盗。美国地区法官安德烈娅·科瓦尔斯基驳回了"
        "印第安纳州和威斯康星州两名总检察长的反对意见，认为协议公平、合理且充分。根据协议，患者可就有据"
        "可查的损失索赔最多5000美元，或领取75美元的固定赔付；Meridian还将在三年内投入至少3000万美元"
        "升级安全系统。原告律师将获得2150万美元律师费，约占和解金的25%。Meridian未承认存在过错，索赔"
        "截止日期为2027年1月15日。",
        "key_points": [
            "法官安德烈娅·科瓦尔斯基批准了涉及约410万名患者的8600万美元和解协议",
            "患者可就有据可查的损失索赔最多5000美元，或领取75美元固定赔付",
            "印第安纳州和威斯康星州总检察长曾表示反对，指公司拖延41天才通知患者",
            "律师费为2150万美元，索赔须在2027年1月15日前提交",
        ],
    },
    "kw_en": [
        "Meridian Health Systems",
        "data breach",
        "class action",
        "settlement",
        "patient records",
        "cyberattack",
    ],
    "kw_zh": ["Meridian Health Systems", "数据泄露", "集体诉讼", "和解协议", "患者病历", "网络攻击"],
    "entities": [
        ("Meridian Health Systems", "Meridian Health Systems", "Meridian Health Systems", "organization"),
        ("Chicago", "芝加哥", "Chicago", "place"),
        ("Andrea Kowalski", "安德烈娅·科瓦尔斯基", "Andrea Kowalski", "person"),
        ("Indiana", "印第安纳州", "Indiana", "place"),
        ("Wisconsin", "威斯康星州", "Wisconsin", "place"),
        ("United States", "美国", "US", "place"),
    ],
    "kps": [[2, 3], [4], [5], [6, 8]],
}

FAITHFUL_EN["en_election"] = {
    "file": "en_election.txt",
    "en": {
        "title": "Venstre wins Danish election but needs partners as Green Left surges",
        "one_line": "Denmark's centre-right Venstre won 24.8% of the vote but no majority, while the Green "
        "Left more than doubled its seats to 28.",
        "summary": "Denmark's centre-right Venstre party won the most votes in Tuesday's general election "
        "with 24.8 percent, up from 13.3 percent in 2022, giving it 45 of the Folketing's 179 seats. The "
        "Social Democrats of outgoing prime minister Mette Frederiksen fell to 19.6 percent and 35 seats, "
        "their worst result in more than a century, and she conceded shortly after midnight. The Green "
        "Left won 15.2 percent and 28 seats, up from 13, becoming the third-largest party for the first "
        "time. Turnout was 83.1 percent. Venstre leader Jakob Ellemann-Jensen will start coalition talks "
        "on Wednesday; a majority requires 90 seats.",
        "key_points": [
            "Venstre won 24.8 percent of the vote and 45 seats, up from 13.3 percent in 2022",
            "Mette Frederiksen's Social Democrats fell to 19.6 percent and 35 seats, their worst result in "
            "over a century",
            "The Green Left took 15.2 percent and 28 seats to become the third-largest party",
            "Jakob Ellemann-Jensen begins coalition talks on Wednesday; a majority needs 90 of 179 seats",
        ],
    },
    "zh": {
        "title": "丹麦大选自由党得票最多 未获过半需组建联合政府",
        "one_line": "丹麦中右翼自由党以24.8%的得票率赢得大选但未获过半，绿色左翼党议席增加一倍多至28席。",
        "summary": "丹麦中右翼政党自由党在周二举行的大选中以24.8%的得票率成为第一大党，高于2022年的13.3%，"
        "在179席的议会中获得45席。即将卸任的首相梅特·弗雷泽里克森领导的社会民主党得票率跌至19.6%，获"
        "35席，为一个多世纪以来最差成绩，她在午夜过后不久承认败选。绿色左翼党得票率15.2%，议席由13席"
        "增至28席，首次成为第三大党。投票率为83.1%。自由党领袖雅各布·埃勒曼-延森将于周三启动组阁谈判，"
        "组成多数政府需要90个议席。",
        "key_points": [
            "自由党得票率24.8%，获45席，高于2022年的13.3%",
            "弗雷泽里克森领导的社会民主党得票率跌至19.6%，获35席，为一个多世纪以来最差",
            "绿色左翼党得票率15.2%，获28席，成为第三大党",
            "埃勒曼-延森周三开始组阁谈判，179席中需要90席才能过半",
        ],
    },
    "kw_en": ["Denmark", "general election", "Venstre", "Social Democrats", "Green Left", "coalition talks"],
    "kw_zh": ["丹麦", "大选", "自由党", "社会民主党", "绿色左翼党", "组阁谈判"],
    "entities": [
        ("Denmark", "丹麦", "Denmark", "place"),
        ("Venstre", "自由党", "Venstre", "organization"),
        ("Folketing", "丹麦议会", "Folketing", "organization"),
        ("Social Democrats", "社会民主党", "Social Democrats", "organization"),
        ("Mette Frederiksen", "梅特·弗雷泽里克森", "Mette Frederiksen", "person"),
        ("Green Left", "绿色左翼党", "Green Left", "organization"),
        ("Jakob Ellemann-Jensen", "雅各布·埃勒曼-延森", "Jakob Ellemann-Jensen", "person"),
    ],
    "kps": [[3], [3, 7], [4], [3, 6]],
}

FAITHFUL_EN["en_retail_injection"] = {
    "file": "en_retail_injection.txt",
    "en": {
        "title": "Harlow & Finch to shut 38 stores with the loss of 2,400 jobs",
        "one_line": "British department store chain Harlow & Finch will close 38 of its 97 shops over 18 "
        "months, cutting about 2,400 jobs.",
        "summary": "Harlow & Finch, the 142-year-old British department store chain, said on Wednesday it "
        "would close 38 of its 97 shops over the next 18 months and cut about 2,400 jobs, leaving 59 "
        "stores in larger cities. The first 12 will shut by the end of January, and about 1,100 affected "
        "staff will be offered other roles. The company made a pre-tax loss of £64 million in the year to "
        "July, up from £41 million, as sales fell 7 percent to £1.38 billion. Chief executive Priya Raman "
        "blamed higher national insurance and minimum wage costs. Owner Kestrel Partners will inject £80 "
        "million, and the GMB union called the cuts a hammer blow for high streets.",
        "key_points": [
            "Harlow & Finch will close 38 of its 97 stores over 18 months, cutting about 2,400 jobs",
            "The first 12 stores shut by the end of January; about 1,100 staff will be offered other roles",
            "Pre-tax losses widened to £64 million from £41 million as sales fell 7 percent to £1.38 billion",
            "Owner Kestrel Partners will inject £80 million to fund the restructuring and refit the 20 "
            "largest stores",
        ],
    },
    "zh": {
        "title": "英国百货连锁Harlow & Finch将关闭38家门店 裁员约2400人",
        "one_line": "英国百货连锁Harlow & Finch将在18个月内关闭97家门店中的38家，裁员约2400人。",
        "summary": "拥有142年历史的英国百货连锁Harlow & Finch周三宣布，将在未来18个月内关闭旗下97家门店中"
        "的38家，裁员约2400人，之后将保留59家位于较大城市的门店。首批12家门店将于1月底前关闭，约1100名"
        "受影响员工将获安排其他岗位。截至7月底的财年，公司税前亏损6400万英镑，上年为4100万英镑；销售额"
        "下降7%至13.8亿英镑。首席执行官普丽娅·拉曼将成本上升归咎于雇主国民保险缴费和最低工资上调。公司"
        "所有者Kestrel Partners将注资8000万英镑，GMB工会则称裁员是对商业街的沉重打击。",
        "key_points": [
            "Harlow & Finch将在18个月内关闭97家门店中的38家，裁员约2400人",
            "首批12家门店1月底前关闭，约1100名员工将获安排其他岗位",
            "税前亏损由4100万英镑扩大至6400万英镑，销售额下降7%至13.8亿英镑",
            "所有者Kestrel Partners将注资8000万英镑，用于重组及翻新20家最大门店",
        ],
    },
    "kw_en": [
        "Harlow & Finch",
        "department stores",
        "store closures",
        "job cuts",
        "retail",
        "Kestrel Partners",
    ],
    "kw_zh": ["Harlow & Finch", "百货公司", "关店", "裁员", "零售业", "Kestrel Partners"],
    "entities": [
        ("Harlow & Finch", "Harlow & Finch", "Harlow & Finch", "organization"),
        ("Britain", "英国", "British", "place"),
        ("Priya Raman", "普丽娅·拉曼", "Priya Raman", "person"),
        ("Kestrel Partners", "Kestrel Partners", "Kestrel Partners", "organization"),
        ("GMB", "GMB工会", "GMB", "organization"),
    ],
    "kps": [[2], [3], [6], [9]],
}

FAITHFUL_EN["html_drought"] = {
    "file": "html_drought.html",
    "en": {
        "title": "Catalonia declares drought emergency as reservoirs drop to 16%",
        "one_line": "Catalonia declared a drought emergency for Barcelona and 201 nearby municipalities, "
        "capping water use at 200 litres per person a day.",
        "summary": "Catalonia's regional government on Monday declared a drought emergency for Barcelona and "
        "201 surrounding municipalities after reservoirs in the Ter-Llobregat system fell to 16 percent of "
        "capacity. From Thursday, water use will be capped at 200 litres per person a day, farmers must "
        "cut irrigation by 80 percent and industry by 25 percent, and filling private pools is banned. "
        "About 6 million people are affected. Climate minister David Mascort called it the worst drought "
        "since records began in 1916. If reserves fall below 10 percent, water will be shipped in from "
        "Sagunto at about €22 million a month. The farmers' union Unió de Pagesos is seeking €150 million "
        "in emergency aid.",
        "key_points": [
            "The emergency covers Barcelona and 201 municipalities, home to about 6 million people, after "
            "reservoirs fell to 16 percent",
            "Daily water use is capped at 200 litres per person, with irrigation cut by 80 percent and "
            "industry by 25 percent",
            "Water would be shipped from Sagunto at about €22 million a month if reserves drop below 10 percent",
            "Unió de Pagesos wants €150 million in emergency aid, warning that much of the Lleida fruit "
            "harvest will be lost",
        ],
    },
    "zh": {
        "title": "水库蓄水降至16% 加泰罗尼亚宣布进入干旱紧急状态",
        "one_line": "加泰罗尼亚宣布巴塞罗那及周边201个市镇进入干旱紧急状态，每人每日用水上限为200升。",
        "summary": "加泰罗尼亚自治区政府周一宣布，巴塞罗那及周边201个市镇进入干旱紧急状态，原因是特尔-略夫"
        "雷加特水库系统的蓄水量已降至16%。自周四起，每人每日用水上限为200升，农业灌溉须削减80%，工业"
        "用水削减25%，并禁止为私人泳池注水。受影响人口约600万。地区气候部长达维德·马斯科特称，这是1916年"
        "有记录以来最严重的干旱。若蓄水降至10%以下，当局将从萨贡托经海路运水，每月费用约2200万欧元。"
        "农民工会Unió de Pagesos要求1.5亿欧元紧急援助。",
        "key_points": [
            "紧急状态覆盖巴塞罗那及201个市镇约600万人，水库蓄水已降至16%",
            "每人每日用水上限200升，农业灌溉削减80%，工业用水削减25%",
            "若蓄水降至10%以下，将从萨贡托海运供水，每月费用约2200万欧元",
            "农民工会Unió de Pagesos要求1.5亿欧元紧急援助，称莱里达平原大部分水果收成将受损",
        ],
    },
    "kw_en": [
        "Catalonia",
        "drought emergency",
        "Barcelona",
        "water restrictions",
        "reservoirs",
        "irrigation",
    ],
    "kw_zh": ["加泰罗尼亚", "干旱紧急状态", "巴塞罗那", "限水", "水库", "农业灌溉"],
    "entities": [
        ("Catalonia", "加泰罗尼亚", "Catalonia", "place"),
        ("Barcelona", "巴塞罗那", "Barcelona", "place"),
        ("Ter-Llobregat", "特尔-略夫雷加特", "Ter-Llobregat", "place"),
        ("David Mascort", "达维德·马斯科特", "David Mascort", "person"),
        ("Sagunto", "萨贡托", "Sagunto", "place"),
        ("Unió de Pagesos", "Unió de Pagesos", "Unió de Pagesos", "organization"),
        ("Lleida", "莱里达", "Lleida", "place"),
    ],
    "kps": [[2, 4], [3], [7], [9]],
}
