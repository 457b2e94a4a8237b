# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout11 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_in_rice_quota": {
        "file": "en_in_rice_quota.txt",
        "en": {
            "title": "India caps non-basmati rice exports at 5 million tonnes after a poor monsoon",
            "one_line": "India will allow up to 5 million tonnes of non-basmati white rice exports in the year to September 2027, "
            "at a minimum price of US$490 a tonne.",
            "summary": "India will allow exports of up to 5 million tonnes of non-basmati white rice in the year to September 2027, "
            "the commerce ministry said on Tuesday, after a weak monsoon hurt the kharif harvest. Shipments will go through the "
            "state-run NCEL and registered private exporters at a minimum price of US$490 a tonne; broken rice exports stay banned "
            "and basmati is not covered. Kharif rice output is estimated at 116.2 million tonnes, down 3.8% from last year's record, "
            "with Odisha's crop expected to fall 11%. Food Minister Rajeev Menon said the aim was to keep prices at home stable; "
            "retail rice prices in Delhi have risen 9% since July. Rice stocks at the Food Corporation of India are well above the "
            "buffer norm. Thai rice prices rose on the news, and the quota will be reviewed in February.",
            "key_points": [
                "Non-basmati white rice exports are capped at 5 million tonnes for the year to September 2027, with a floor price of US$490 a tonne.",
                "Kharif rice output is put at 116.2 million tonnes, 3.8% below last year's record 120.8 million tonnes.",
                "Retail rice in Delhi is up 9% since July at about ₹48 a kilogram, and food inflation rose to 6.2% in September.",
                "The Food Corporation of India held 38.5 million tonnes of rice on October 1, against a buffer norm of 10.25 million tonnes.",
                "Thai 5% broken rice rose to US$428 a tonne from US$405 a week earlier.",
            ],
        },
        "zh": {
            "title": "印度将非巴斯马蒂大米出口上限定为500万吨",
            "one_line": "印度宣布截至2027年9月的一年内非巴斯马蒂白米出口上限为500万吨，最低出口价每吨490美元。",
            "summary": "印度商务部周二宣布，截至2027年9月的一年内，非巴斯马蒂白米出口上限为500万吨，须经国营的全国合作社出口有限公司"
            "及注册私营出口商出口，最低出口价为每吨490美元；碎米仍禁止出口，巴斯马蒂米不受配额限制。农业部预估，受季风降雨偏少影响，"
            "秋季作物稻米产量为1.162亿吨，比去年的纪录低3.8%，其中奥里萨邦预计减产11%。食品部长拉吉夫·梅农表示，政府希望稳定国内米价。"
            "德里零售米价自7月以来上涨9%。印度食品公司的稻米库存远高于储备标准。消息传出后泰国米价上涨，配额将于2月检讨。",
            "key_points": [
                "截至2027年9月的一年内，非巴斯马蒂白米出口上限为500万吨，最低出口价每吨490美元。",
                "秋季作物稻米产量预估为1.162亿吨，比去年1.208亿吨的纪录低3.8%。",
                "德里零售米价自7月以来上涨9%至每公斤约48卢比，9月食品通胀率升至6.2%。",
                "10月1日印度食品公司稻米库存为3850万吨，储备标准为1025万吨。",
                "泰国5%碎米价格从一周前的每吨405美元升至428美元。",
            ],
        },
        "kw_en": ["India", "rice exports", "export quota", "kharif harvest", "monsoon", "food inflation"],
        "kw_zh": ["印度", "大米出口", "出口配额", "秋季作物", "季风", "食品通胀"],
        "entities": [
            ("India", "印度", "India", "place"),
            (
                "National Cooperative Exports Limited",
                "全国合作社出口有限公司",
                "National Cooperative Exports Limited",
                "organization",
            ),
            ("Odisha", "奥里萨邦", "Odisha", "place"),
            ("Rajeev Menon", "拉吉夫·梅农", "Rajeev Menon", "person"),
            ("Delhi", "德里", "Delhi", "place"),
            ("Food Corporation of India", "印度食品公司", "Food Corporation of India", "organization"),
            ("Thailand", "泰国", "Thai", "place"),
        ],
        "kps": [[2, 3], [4], [5], [6], [7]],
    },
    "en_uk_hospital_cyber": {
        "file": "en_uk_hospital_cyber.txt",
        "en": {
            "title": "Ransomware attack on Shropshire NHS trust forces more than 1,200 cancellations",
            "one_line": "A ransomware attack on North Marches Hospitals NHS Trust led to 1,214 cancelled operations and appointments "
            "in ten days and may have exposed data on up to 400,000 patients.",
            "summary": "A ransomware attack detected on Saturday 28 February has forced North Marches Hospitals NHS Trust to cancel "
            "1,214 planned operations and appointments over ten days, including 310 hip and knee replacements and 86 cancer "
            "procedures. Pathology and radiology systems at Marches Royal Hospital in Shrewsbury were hit, ambulances were diverted "
            "for 36 hours, and a backlog of 48,000 samples is being cleared with help from the Royal Wolverhampton NHS Trust. A group "
            "calling itself Black Lantern demanded US$4.5 million in bitcoin; chief executive Dr Helen Marsh said the trust would not "
            "pay. Data on up to 400,000 patients may have been copied, but there is no evidence that clinical records were altered. "
            "The share of A&E patients seen within four hours fell to 58% from 74%. The government will give the trust £6 million.",
            "key_points": [
                "1,214 operations and appointments were cancelled between 28 February and 9 March, including 86 cancer procedures.",
                "Black Lantern demanded US$4.5 million in bitcoin, and Dr Helen Marsh said the trust would not pay.",
                "Names, addresses and NHS numbers of up to 400,000 patients may have been copied; there is no sign clinical records were altered.",
                "The share of A&E patients seen within four hours fell 16 percentage points to 58%.",
                "Health minister Andrew Pearce announced £6 million for the trust, which expects most systems back by 20 March.",
            ],
        },
        "zh": {
            "title": "英国什罗普郡医院遭勒索软件攻击 逾1200项手术和门诊取消",
            "one_line": "北马奇斯医院NHS信托遭勒索软件攻击，十天内取消1214项手术和门诊，最多40万名病人资料或外泄。",
            "summary": "英国北马奇斯医院NHS信托2月28日（周六）凌晨发现遭勒索软件攻击，位于什鲁斯伯里的马奇斯皇家医院病理和放射系统无法使用，"
            "救护车被分流36小时。2月28日至3月9日共取消1214项手术和门诊预约，包括310宗髋膝关节置换和86宗癌症手术，另有4.8万份样本积压，"
            "由皇家伍尔弗汉普顿NHS信托协助处理。自称“黑灯笼”的犯罪团伙索要450万美元比特币，首席执行官海伦·马什表示不会支付。"
            "最多40万名病人的资料可能被复制，但没有证据显示临床记录遭篡改。急诊四小时内就诊比例由74%降至58%。政府将拨款600万英镑。",
            "key_points": [
                "2月28日至3月9日共取消1214项手术和门诊，其中包括86宗癌症手术。",
                "“黑灯笼”索要450万美元比特币，马什表示信托不会付款。",
                "最多40万名病人的姓名、地址和NHS号码或遭复制，但没有迹象显示临床记录被篡改。",
                "急诊四小时内就诊比例下降16个百分点至58%。",
                "卫生部长安德鲁·皮尔斯宣布拨款600万英镑，信托预计3月20日前恢复大部分系统。",
            ],
        },
        "kw_en": [
            "ransomware",
            "cyber attack",
            "NHS",
            "North Marches Hospitals NHS Trust",
            "Black Lantern",
            "patient data",
        ],
        "kw_zh": ["勒索软件", "网络攻击", "英国国民保健服务", "北马奇斯医院NHS信托", "黑灯笼", "病人资料"],
        "entities": [
            (
                "North Marches Hospitals NHS Trust",
                "北马奇斯医院NHS信托",
                "North Marches Hospitals NHS Trust",
                "organization",
            ),
            ("Shropshire", "什罗普郡", "Shropshire", "place"),
            ("Marches Royal Hospital", "马奇斯皇家医院", "Marches Royal Hospital", "organization"),
            ("Shrewsbury", "什鲁斯伯里", "Shrewsbury", "place"),
            (
                "Royal Wolverhampton NHS Trust",
                "皇家伍尔弗汉普顿NHS信托",
                "Royal Wolverhampton NHS Trust",
                "organization",
            ),
            ("Black Lantern", "黑灯笼", "Black Lantern", "organization"),
            ("Helen Marsh", "海伦·马什", "Helen Marsh", "person"),
            ("Andrew Pearce", "安德鲁·皮尔斯", "Andrew Pearce", "person"),
            ("NHS", "英国国民保健服务", "NHS", "organization"),
        ],
        "kps": [[4], [5], [6], [7], [8, 9]],
    },
    "html_jp_chip_plant": {
        "file": "html_jp_chip_plant.html",
        "en": {
            "title": "Hinode Semiconductor opens ¥1.2 trillion chip plant in Kumamoto",
            "one_line": "Hinode's ¥1.2 trillion plant in Kikuyo, backed by up to ¥476 billion in subsidies, will make 12-28nm chips "
            "for cars and cameras.",
            "summary": "Hinode Semiconductor opened its first chip plant in Kikuyo, Kumamoto prefecture, on Thursday. The ¥1.2 trillion "
            "(US$8.1 billion) factory will make 12- to 28-nanometre logic chips for carmakers, camera sensor makers and industrial "
            "firms, and METI has pledged up to ¥476 billion in subsidies, about 40% of the cost. Hinode is owned 60% by Aoba "
            "Holdings, 25% by Denso and 15% by the Development Bank of Japan. President Kenji Morimoto said capacity would grow from "
            "20,000 to 45,000 wafers a month by the end of 2028; the 12nm line is due in the first half of 2027. The plant employs "
            "1,700 people. Economy minister Haruto Sugimura said Japan's share of global chip output had fallen to around 10%. Land "
            "prices in Kikuyo rose 21% last year.",
            "key_points": [
                "The ¥1.2 trillion plant gets up to ¥476 billion in METI subsidies, about 40% of its cost.",
                "Aoba Holdings owns 60% of Hinode, Denso 25% and the Development Bank of Japan 15%.",
                "Monthly capacity is to rise from 20,000 wafers to 45,000 by the end of 2028.",
                "Denso and Sony Semiconductor Solutions are expected to take about half of the first year's output.",
                "Land prices in Kikuyo rose 21% last year, and Kumamoto will spend ¥34 billion on roads and an airport rail link.",
            ],
        },
        "zh": {
            "title": "Hinode半导体熊本芯片厂投产 总投资1.2万亿日元",
            "one_line": "Hinode半导体投资1.2万亿日元的熊本菊阳町工厂开业，获最多4760亿日元补贴，生产12至28纳米芯片。",
            "summary": "Hinode半导体周四在熊本县菊阳町开设首座芯片工厂。该厂投资1.2万亿日元（约81亿美元），将以12至28纳米工艺为汽车制造商、"
            "相机传感器厂商和工业设备企业生产逻辑芯片，日本经济产业省承诺提供最多4760亿日元补贴，约占总投资的四成。青叶控股、电装和"
            "日本政策投资银行分别持股60%、25%和15%。社长森本健二表示，月产能将从2万片晶圆增至2028年底的4.5万片，12纳米产线将于2027年"
            "上半年投产。工厂现有员工1700人。经济产业大臣杉村晴人说，日本芯片产量的全球占比已降至约10%。菊阳町地价去年上涨21%。",
            "key_points": [
                "工厂投资1.2万亿日元，经济产业省补贴最多4760亿日元，约占四成。",
                "青叶控股持股60%，电装持股25%，日本政策投资银行持股15%。",
                "月产能将从2万片晶圆提高到2028年底的4.5万片。",
                "电装和索尼半导体解决方案公司预计将采购首年约一半的产量。",
                "菊阳町地价去年上涨21%，熊本县将投入340亿日元修建道路和通往机场的铁路。",
            ],
        },
        "kw_en": ["Hinode Semiconductor", "semiconductors", "Kumamoto", "chip subsidies", "METI", "Denso"],
        "kw_zh": ["Hinode半导体", "半导体", "熊本", "芯片补贴", "经济产业省", "电装"],
        "entities": [
            ("Hinode Semiconductor", "Hinode半导体", "Hinode Semiconductor", "organization"),
            ("Kikuyo", "菊阳町", "Kikuyo", "place"),
            ("Kumamoto", "熊本", "Kumamoto", "place"),
            ("METI", "日本经济产业省", "Ministry of Economy, Trade and Industry", "organization"),
            ("Aoba Holdings", "青叶控股", "Aoba Holdings", "organization"),
            ("Denso", "电装", "Denso", "organization"),
            ("Development Bank of Japan", "日本政策投资银行", "Development Bank of Japan", "organization"),
            ("Kenji Morimoto", "森本健二", "Kenji Morimoto", "person"),
            ("Haruto Sugimura", "杉村晴人", "Haruto Sugimura", "person"),
            (
                "Sony Semiconductor Solutions",
                "索尼半导体解决方案公司",
                "Sony Semiconductor Solutions",
                "organization",
            ),
            ("Japan", "日本", "Japan", "place"),
        ],
        "kps": [[2, 3], [3], [4], [5], [7]],
    },
    "mix_sg_ride_hailing": {
        "file": "mix_sg_ride_hailing.txt",
        "en": {
            "title": "Singapore to cap ride-hailing surge fares at twice the base fare from July",
            "one_line": "From July 1 next year, Singapore's ride-hailing firms must cap surge pricing at twice the base fare and "
            "driver commissions at 20%.",
            "summary": "Singapore's Land Transport Authority said on Wednesday that from July 1 next year ride-hailing operators must cap "
            "surge pricing at twice the base fare, or 1.5 times during train disruptions or bad weather, and take no more than 20% "
            "of each fare as commission. Its review found the four largest operators' average commission rose to 23% last year from "
            "18% in 2022, while drivers' net earnings per trip fell about 6%. Passengers must be shown a fare breakdown before "
            "booking. Grab, with about 60% of trips, warned a lower cap could make it harder to attract drivers at peak hours; Gojek "
            "said most of its commissions are already below 20%, and TADA welcomed the rules. Breaches can bring fines of up to "
            "S$100,000 per offence. A public consultation runs until January 15.",
            "key_points": [
                "Surge fares will be capped at twice the base fare, or 1.5 times during train disruptions or bad weather.",
                "Commissions are capped at 20%; the four largest operators averaged 23% last year, up from 18% in 2022.",
                "Ride-hailing trips averaged about 750,000 a day last year, roughly 30% more than in 2019.",
                "Grab warned that the lower surge cap could make it harder to attract drivers at peak hours.",
                "Breaches face fines of up to S$100,000 per offence and possible licence suspension.",
            ],
        },
        "zh": {
            "title": "新加坡明年7月起限制召车高峰加价不超过基本车资两倍",
            "one_line": "新加坡陆交局宣布，明年7月1日起召车平台高峰加价不得超过基本车资两倍，抽成上限为20%。",
            "summary": "新加坡陆路交通管理局周三宣布，明年7月1日起，召车平台的高峰动态加价上限为基本车资的两倍，地铁服务中断或恶劣天气时"
            "降至1.5倍，向司机收取的抽成不得超过车资的20%。陆交局检讨发现，四大平台去年平均抽成升至23%，2022年为18%，同期司机每趟"
            "平均净收入下降约6%。平台须在乘客下单前列出车资明细。高级政务部长陈凯文说，去年每日平均行程约75万趟，比2019年多约三成。"
            "占约六成行程的Grab警告，较低的加价上限可能令高峰时段更难吸引司机。违规者每项罪行最高可罚10万新元。",
            "key_points": [
                "高峰加价上限为基本车资两倍，地铁服务中断或恶劣天气时为1.5倍。",
                "抽成上限为20%，四大平台去年平均抽成23%，2022年为18%。",
                "去年每日平均召车行程约75万趟，比2019年增加约三成。",
                "Grab警告，降低加价上限可能使高峰时段更难吸引司机。",
                "违规者每项罪行最高罚款10万新元，并可能被暂停执照。",
            ],
        },
        "kw_en": [
            "Singapore",
            "ride-hailing",
            "Land Transport Authority",
            "surge pricing",
            "commission cap",
            "Grab",
        ],
        "kw_zh": ["新加坡", "召车服务", "陆路交通管理局", "动态加价", "抽成上限", "Grab"],
        "entities": [
            ("Singapore", "新加坡", "Singapore", "place"),
            ("Land Transport Authority", "陆路交通管理局", "Land Transport Authority", "organization"),
            ("Grab", "Grab", "Grab", "organization"),
            ("Gojek", "Gojek", "Gojek", "organization"),
            ("TADA", "TADA", "TADA", "organization"),
            ("Tan Kai Wen", "陈凯文", "Tan Kai Wen", "person"),
        ],
        "kps": [[2, 3], [2, 4], [5], [6], [9]],
    },
}
