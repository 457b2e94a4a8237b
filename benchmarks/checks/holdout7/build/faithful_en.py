# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout7 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_felixstowe_strike": {
        "file": "en_felixstowe_strike.txt",
        "en": {
            "title": "Felixstowe dockworkers start eight-day strike after pay talks fail",
            "one_line": "More than 1,900 workers at Britain's busiest container port walked out on October 13 after rejecting a 7% pay offer.",
            "summary": "More than 1,900 dockworkers at the Port of Felixstowe, Britain's busiest container port, began an eight-day "
            "strike on Monday, October 13, after pay talks broke down. Unite members rejected a 7% rise plus a one-off £500 "
            "payment from operator Felixstowe Dock and Railway Company, owned by CK Hutchison; the union wants 10%. Regional "
            "officer Daniel Ashworth said 92% of those voting backed the walkout. Chief executive Robert Haines said the port "
            "would stay open with about 300 non-union staff but that talks would not reopen during the strike. Drewry "
            "estimated that about 80,000 TEU, worth roughly £800 million, would be idled or rerouted, and Maersk diverted "
            "three ships to Rotterdam. The strike ends on October 20.",
            "key_points": [
                "More than 1,900 workers began an eight-day strike on October 13, the second at the port in three years.",
                "Unite rejected a 7% pay rise plus a £500 one-off payment and is seeking 10%.",
                "The operator will keep the port open with about 300 non-union staff and will not reopen talks during the strike.",
                "Felixstowe handles about 36% of UK container freight, a share down 4 percentage points in five years.",
                "Drewry estimates about 80,000 TEU worth some £800 million will be idled or rerouted; lorry queues reached six hours.",
            ],
        },
        "zh": {
            "title": "费利克斯托港码头工人罢工八天 薪酬谈判破裂",
            "one_line": "英国最繁忙集装箱港费利克斯托港逾1900名码头工人10月13日起罢工八天。",
            "summary": "英国最繁忙的集装箱港口费利克斯托港逾1900名码头工人于10月13日（周一）开始为期八天的罢工，起因是周末的薪酬谈判破裂。"
            "联合工会的成员拒绝了港口运营商费利克斯托码头与铁路公司提出的加薪7%外加一次性500英镑的方案，工会要求加薪10%。"
            "该公司由香港的长江和记实业拥有。工会地区干事丹尼尔·阿什沃思称，参与投票的会员中有92%支持罢工。"
            "首席执行官罗伯特·海恩斯表示，港口将依靠约300名非工会员工维持开放，但罢工期间不会重启谈判。"
            "咨询机构德鲁里估计，约8万标准箱、价值约8亿英镑的货物将滞留或改道，马士基已将三艘船改往鹿特丹。罢工将于10月20日结束。",
            "key_points": [
                "逾1900名码头工人10月13日起罢工八天，为该港三年来第二次罢工。",
                "联合工会拒绝加薪7%及一次性500英镑的方案，要求加薪10%。",
                "运营商将依靠约300名非工会员工维持港口开放，罢工期间不会重启谈判。",
                "费利克斯托港承担英国约36%的集装箱货运，五年来份额下降4个百分点。",
                "德鲁里估计约8万标准箱、价值约8亿英镑的货物将滞留或改道，货车排队长达6小时。",
            ],
        },
        "kw_en": [
            "Port of Felixstowe",
            "dock strike",
            "Unite",
            "pay dispute",
            "container shipping",
            "CK Hutchison",
        ],
        "kw_zh": ["费利克斯托港", "码头罢工", "联合工会", "薪酬纠纷", "集装箱航运", "长江和记实业"],
        "entities": [
            ("Port of Felixstowe", "费利克斯托港", "Port of Felixstowe", "place"),
            ("Britain", "英国", "Britain", "place"),
            ("Unite", "联合工会", "Unite", "organization"),
            (
                "Felixstowe Dock and Railway Company",
                "费利克斯托码头与铁路公司",
                "Felixstowe Dock and Railway Company",
                "organization",
            ),
            ("CK Hutchison", "长江和记实业", "CK Hutchison", "organization"),
            ("Hong Kong", "香港", "Hong Kong", "place"),
            ("Daniel Ashworth", "丹尼尔·阿什沃思", "Daniel Ashworth", "person"),
            ("Robert Haines", "罗伯特·海恩斯", "Robert Haines", "person"),
            ("Drewry", "德鲁里", "Drewry", "organization"),
            ("Maersk", "马士基", "Maersk", "organization"),
            ("Rotterdam", "鹿特丹", "Rotterdam", "place"),
        ],
        "kps": [[2, 4], [3], [5], [6], [7]],
    },
    "en_rsv_vaccine": {
        "file": "en_rsv_vaccine.txt",
        "en": {
            "title": "Norvax RSV vaccine cuts older adults' hospitalisations by 82% in phase 3 trial",
            "one_line": "Norvax's single-dose NVX-210 prevented 82% of RSV hospitalisations in people aged 60 and over, lifting its shares 14%.",
            "summary": "Danish biotech Norvax said on Tuesday that its RSV vaccine NVX-210 cut hospitalisations among adults aged 60 "
            "and over by 82% in the phase 3 BREATHE-60 trial of 24,600 people in nine countries: 11 vaccinated participants "
            "were hospitalised with RSV, against 61 on placebo. Efficacy against any symptomatic illness was 71.4%, and "
            "protection against hospitalisation in those aged 75 and over was 76%. No significant benefit was shown in a small "
            "subgroup with COPD. Side effects were mostly mild. Norvax plans to seek approval from the European Medicines Agency "
            "in June and the US FDA in the third quarter, pricing the shot in line with existing vaccines, which cost about "
            "US$280 a dose in the US. Its shares rose 14% to 412 kroner.",
            "key_points": [
                "NVX-210 cut RSV hospitalisations by 82% in a 24,600-person trial: 11 cases against 61 on placebo.",
                "Efficacy was 71.4% against any symptomatic RSV and 76% against hospitalisation in people aged 75 and over.",
                "Fever affected 1.9% of vaccinated people against 0.8% on placebo; a safety board found no causal link to two Guillain-Barré cases.",
                "Norvax will file with the EMA in June and the FDA in the third quarter; the vaccine needs only refrigeration.",
                "Shares rose 14% to 412 Danish kroner; Jefferies' Priya Raman sees peak sales of up to US$1.5 billion by 2031.",
            ],
        },
        "zh": {
            "title": "Norvax呼吸道合胞病毒疫苗三期试验 老年人住院减少82%",
            "one_line": "丹麦Norvax称其单剂RSV疫苗使60岁及以上人群住院减少82%，股价涨14%。",
            "summary": "丹麦生物技术公司Norvax周二表示，其呼吸道合胞病毒（RSV）疫苗NVX-210在三期试验BREATHE-60中，使60岁及以上成年人的RSV住院率降低82%。"
            "试验在九个国家招募2.46万人，接种组有11人因RSV住院，安慰剂组为61人。疫苗对任何有症状RSV感染的有效率为71.4%，"
            "对75岁及以上人群住院的保护率为76%；在慢阻肺患者小亚组中未显示出统计学上的显著益处。副作用多为轻微。"
            "公司计划6月向欧洲药品管理局、第三季度向美国食品药品监督管理局申请批准，定价将与现有疫苗相当，后者在美国约每剂280美元。"
            "公司股价收涨14%至412丹麦克朗。",
            "key_points": [
                "NVX-210在2.46万人参与的试验中使RSV住院减少82%：接种组11例，安慰剂组61例。",
                "对任何有症状RSV感染的有效率为71.4%，对75岁及以上人群住院的保护率为76%。",
                "接种组发热比例为1.9%，安慰剂组为0.8%；独立安全委员会认为两例吉兰-巴雷综合征与疫苗无因果关系。",
                "公司将于6月向欧洲药品管理局、第三季度向美国食品药品监督管理局提交申请；疫苗只需冷藏保存。",
                "股价上涨14%至412丹麦克朗；杰富瑞分析师普丽娅·拉曼预计到2031年峰值年销售额可达15亿美元。",
            ],
        },
        "kw_en": ["Norvax", "RSV vaccine", "NVX-210", "clinical trial", "older adults", "hospitalisation"],
        "kw_zh": ["Norvax", "呼吸道合胞病毒疫苗", "NVX-210", "临床试验", "老年人", "住院"],
        "entities": [
            ("Norvax", "Norvax", "Norvax", "organization"),
            ("NVX-210", "NVX-210", "NVX-210", "product"),
            ("BREATHE-60", "BREATHE-60", "BREATHE-60", "other"),
            ("Denmark", "丹麦", "Denmark", "place"),
            ("European Medicines Agency", "欧洲药品管理局", "European Medicines Agency", "organization"),
            (
                "US Food and Drug Administration",
                "美国食品药品监督管理局",
                "US Food and Drug Administration",
                "organization",
            ),
            ("Jefferies", "杰富瑞", "Jefferies", "organization"),
            ("Priya Raman", "普丽娅·拉曼", "Priya Raman", "person"),
            ("United States", "美国", "United States", "place"),
        ],
        "kps": [[2, 3], [4], [5], [6, 7], [9]],
    },
    "html_meridian_airline": {
        "file": "html_meridian_airline.html",
        "en": {
            "title": "Meridian Air's first-half profit rises 23% to S$412 million",
            "one_line": "Meridian Air's half-year net profit rose 23% on lower fuel costs and record traffic, but it warned of a tougher second half.",
            "summary": "Singapore-based Meridian Air said on Thursday that net profit for the six months to September 30 rose 23% to "
            "S$412 million from S$335 million, on revenue up 8% at S$6.8 billion. It carried 18.4 million passengers, 11% more, "
            "and its load factor rose 1.8 percentage points to 86.1%, while its fuel bill fell 9% to S$1.9 billion. The interim "
            "dividend was raised to 5 cents from 4 cents. Chief executive Lim Wei Ling said competition had pushed yields down "
            "3.5% and warned that the second half would be tougher. Twelve of its 41 Airbus A321neo jets are grounded for Pratt & Whitney engine "
            "inspections, costing about S$65 million. The airline also confirmed an order for 20 Airbus A350-1000s.",
            "key_points": [
                "Net profit rose 23% to S$412 million and revenue 8% to S$6.8 billion; the interim dividend is 5 cents.",
                "Passengers rose 11% to 18.4 million and the load factor rose 1.8 percentage points to 86.1%.",
                "Yields fell 3.5%, and Lim Wei Ling does not expect the exceptional fares of the past two years to return.",
                "Twelve A321neo jets are grounded over Pratt & Whitney engine checks, costing about S$65 million in the half.",
                "Meridian Air ordered 20 Airbus A350-1000s, worth about US$7.3 billion at list prices, for delivery from 2029.",
            ],
        },
        "zh": {
            "title": "Meridian Air上半财年净利润增长23%至4.12亿新元",
            "one_line": "新加坡Meridian Air上半财年净利增长23%，受惠于燃油成本下降和客运量创新高。",
            "summary": "总部位于新加坡的Meridian Air周四公布，截至9月30日的六个月净利润从3.35亿新元增至4.12亿新元，增长23%；"
            "营收增长8%至68亿新元。期内载客1840万人次，增长11%，客座率上升1.8个百分点至86.1%；燃油开支下降9%至19亿新元。"
            "中期股息由每股4分提高至5分。首席执行官林伟玲表示，竞争导致收益率下降3.5%，并警告下半年经营将更艰难。"
            "公司41架空客A321neo中有12架因普惠发动机检查停飞，上半年损失约6500万新元。公司还确认订购20架空客A350-1000。",
            "key_points": [
                "净利润增长23%至4.12亿新元，营收增长8%至68亿新元，中期股息为每股5分。",
                "载客量增长11%至1840万人次，客座率上升1.8个百分点至86.1%。",
                "收益率下降3.5%，林伟玲预计过去两年的超高票价不会重现。",
                "12架A321neo因普惠发动机检查停飞，上半年造成约6500万新元损失。",
                "公司订购20架空客A350-1000，按目录价计约值73亿美元，2029年起交付。",
            ],
        },
        "kw_en": [
            "Meridian Air",
            "airline results",
            "net profit",
            "load factor",
            "Airbus A350-1000",
            "Singapore",
        ],
        "kw_zh": ["Meridian Air", "航空公司业绩", "净利润", "客座率", "空客A350-1000", "新加坡"],
        "entities": [
            ("Meridian Air", "Meridian Air", "Meridian Air", "organization"),
            ("Singapore", "新加坡", "Singapore", "place"),
            ("Lim Wei Ling", "林伟玲", "Lim Wei Ling", "person"),
            ("Airbus", "空客", "Airbus", "organization"),
            ("A321neo", "A321neo", "A321neo", "product"),
            ("A350-1000", "A350-1000", "A350-1000", "product"),
            ("Pratt & Whitney", "普惠", "Pratt & Whitney", "organization"),
        ],
        "kps": [[3], [4], [5], [6], [8]],
    },
    "mix_penang_chip_rule": {
        "file": "mix_penang_chip_rule.txt",
        "en": {
            "title": "Penang chip packagers prepare for US licence rule on AI chips bound for China",
            "one_line": "From January 15, a US rule will require licences to ship some advanced AI chips assembled in Malaysia to China.",
            "summary": "Malaysian chip packaging and testing firms are preparing for a rule from the US Commerce Department's Bureau of "
            "Industry and Security that, from January 15, requires a licence to ship certain advanced AI chips packaged or tested "
            "in third countries to mainland China. The Malaysia Semiconductor Industry Association estimates that it affects about "
            "7% of Malaysia's chip exports, roughly RM27 billion a year; the country exported RM387 billion of semiconductors last "
            "year. Its president, Chen Wenjie, said data-centre GPUs and HBM chips are mainly affected, not consumer or car chips, "
            "and that no plant plans layoffs. Minister Ahmad Rizal said Malaysia had not been consulted but would not oppose the "
            "rule. Licence approval may take 30 to 45 days.",
            "key_points": [
                "From January 15, shipping certain advanced AI chips packaged or tested in third countries to mainland China will need a US licence.",
                "The association puts the affected share at about 7% of Malaysia's chip exports, roughly RM27 billion a year.",
                "Mainly data-centre GPUs and HBM chips are covered; about 30% of Penang's packaging capacity serves high-end chips.",
                "Licence approval may take 30 to 45 days, stretching delivery times from about 10 days to up to two months.",
                "Penang will set aside RM50 million in next year's budget to help small suppliers with compliance.",
            ],
        },
        "zh": {
            "title": "美国芯片出口新规1月15日生效 槟城封测业积极应对",
            "one_line": "美国新规自1月15日起要求在马来西亚封装的部分高端AI芯片运往中国须申请许可证。",
            "summary": "美国商务部工业与安全局的新规将于1月15日生效，在第三国封装、测试的部分高端人工智能芯片运往中国大陆须事先申请许可证，"
            "马来西亚封测企业正积极准备。马来西亚半导体行业协会估计，新规影响全国约7%的半导体出口，每年约270亿令吉；"
            "马来西亚去年半导体出口额为3870亿令吉。协会会长陈文杰说，受影响的主要是数据中心用的图形处理器和高带宽存储器芯片，"
            "消费电子和汽车芯片不受管制，目前没有工厂计划裁员。部长艾哈迈德·里扎尔表示，马来西亚事先未获咨询，但不会反对新规。"
            "许可证审批预计需30至45天。",
            "key_points": [
                "自1月15日起，在第三国封装、测试的部分高端AI芯片运往中国大陆须申请美国许可证。",
                "马来西亚半导体行业协会估计，受影响出口约占全国半导体出口的7%，每年约270亿令吉。",
                "受管制的主要是数据中心图形处理器和HBM芯片；槟城约三成封测产能用于高端芯片。",
                "许可证审批预计需30至45天，交货期可能由约10天延长至两个月。",
                "槟州政府将在明年预算中拨出5000万令吉，协助中小供应商提升合规能力。",
            ],
        },
        "kw_en": ["export controls", "semiconductors", "Penang", "Malaysia", "AI chips", "chip packaging"],
        "kw_zh": ["出口管制", "半导体", "槟城", "马来西亚", "人工智能芯片", "芯片封测"],
        "entities": [
            ("US Department of Commerce", "美国商务部", "美国商务部", "organization"),
            ("Bureau of Industry and Security", "工业与安全局", "工业与安全局", "organization"),
            (
                "Malaysia Semiconductor Industry Association",
                "马来西亚半导体行业协会",
                "Malaysia Semiconductor Industry Association",
                "organization",
            ),
            ("Chen Wenjie", "陈文杰", "陈文杰", "person"),
            ("Ahmad Rizal", "艾哈迈德·里扎尔", "Ahmad Rizal", "person"),
            ("Malaysia", "马来西亚", "Malaysia", "place"),
            ("Penang", "槟城", "Penang", "place"),
            ("mainland China", "中国大陆", "中国大陆", "place"),
        ],
        "kps": [[2, 3], [4], [5], [7], [12]],
    },
}
