# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout14 English, mixed and HTML articles."""

from __future__ import annotations

FAITHFUL_EN: dict[str, dict] = {
    "en_syd_bus_strike": {
        "file": "en_syd_bus_strike.txt",
        "en": {
            "title": "Sydney bus drivers strike for 24 hours over pay, stranding 310,000 passengers",
            "one_line": "About 4,800 drivers at Transit West and Harbour Link stopped work on Thursday after talks on a new agreement broke down.",
            "summary": "About 4,800 bus drivers at private operators Transit West and Harbour Link walked off the job for 24 hours "
            "from 4am on Thursday, leaving an estimated 310,000 passengers in Sydney's west and north-west without buses. The "
            "Rail, Tram and Bus Union wants a 15% rise over three years; the operators offer 11%, about 3.7% a year. Union "
            "official Karen Mitchell said drivers had not had a real pay rise since 2022. Transit West's Paul Hendry called the "
            "offer fair, said talks would not reopen while strike threats remained and put the cost at about A$1.4 million. "
            "Transport Minister Rachel Dunn said the state would not fund a bigger rise. The union has threatened a 48-hour "
            "stoppage from December 4; a Fair Work Commission hearing is set for November 24.",
            "key_points": [
                "About 4,800 drivers stopped work for 24 hours, leaving about 310,000 passengers without buses.",
                "The RTBU seeks 15% over three years against an offer of 11%, roughly 3.7% a year; the base rate is A$36.20 an hour.",
                "Of the 62% of members who voted, 91% backed industrial action, Karen Mitchell said.",
                "Transit West's Paul Hendry put the cost of the stoppage at about A$1.4 million and refused to reopen talks under strike threat.",
                "A 48-hour stoppage is threatened from December 4; a conciliation hearing is set for Monday, November 24.",
            ],
        },
        "zh": {
            "title": "悉尼巴士司机罢工24小时 约31万名乘客受影响",
            "one_line": "Transit West和Harbour Link约4800名巴士司机周四停工，新劳资协议谈判破裂。",
            "summary": "悉尼私营巴士公司Transit West和Harbour Link约4800名司机周四凌晨4时起罢工24小时，悉尼西部和西北部估计约31万名乘客无车可乘。"
            "铁路、电车及巴士工会要求三年加薪15%，资方只愿加薪11%，即每年约3.7%。工会官员卡伦·米切尔称，扣除通胀后，司机自2022年以来实际上没有加薪。"
            "Transit West董事总经理保罗·亨德里称资方方案公平，在罢工威胁下不会重启谈判，并估计停工损失约140万澳元。"
            "新州交通部长雷切尔·邓恩表示，州政府不会出钱支持更高加幅。工会警告将从12月4日起再罢工48小时；公平工作委员会定于11月24日举行调解听证。",
            "key_points": [
                "约4800名司机停工24小时，约31万名乘客无巴士可乘。",
                "工会要求三年加薪15%，资方提出11%，约合每年3.7%；司机基本时薪为36.2澳元。",
                "卡伦·米切尔说，62%的会员参加了投票，其中91%支持采取行动。",
                "保罗·亨德里估计停工损失约140万澳元，并拒绝在罢工威胁下重启谈判。",
                "工会威胁12月4日起再罢工48小时；调解听证定于11月24日（周一）举行。",
            ],
        },
        "kw_en": ["Sydney", "bus strike", "RTBU", "Transit West", "pay dispute", "Fair Work Commission"],
        "kw_zh": ["悉尼", "巴士罢工", "铁路、电车及巴士工会", "Transit West", "薪资纠纷", "公平工作委员会"],
        "entities": [
            ("Sydney", "悉尼", "Sydney", "place"),
            ("Transit West", "Transit West", "Transit West", "organization"),
            ("Harbour Link", "Harbour Link", "Harbour Link", "organization"),
            ("Rail, Tram and Bus Union", "铁路、电车及巴士工会", "Rail, Tram and Bus Union", "organization"),
            ("Karen Mitchell", "卡伦·米切尔", "Karen Mitchell", "person"),
            ("Paul Hendry", "保罗·亨德里", "Paul Hendry", "person"),
            ("Rachel Dunn", "雷切尔·邓恩", "Rachel Dunn", "person"),
            ("Fair Work Commission", "公平工作委员会", "Fair Work Commission", "organization"),
            ("New South Wales", "新州", "NSW", "place"),
        ],
        "kps": [[2], [3], [4], [5], [9]],
    },
    "en_uk_sugar_tax": {
        "file": "en_uk_sugar_tax.txt",
        "en": {
            "title": "UK sugar tax to cover milkshakes from 2028 as threshold falls to 4.5g",
            "one_line": "The Treasury will extend the Soft Drinks Industry Levy to milk-based drinks from January 2028 and raise its rates from April.",
            "summary": "The Treasury said on Tuesday that milkshakes, sweetened milk substitutes and ready-to-drink coffees will fall "
            "under the Soft Drinks Industry Levy from January 2028, and that the threshold will drop from 5g to 4.5g of sugar per "
            "100ml. From April, the lower rate rises to 19.4p a litre from 18p and the higher rate to 25.9p from 24p; lactose "
            "will not count. The changes should raise about £45 million a year by 2029-30, on top of roughly £330 million now. "
            "Health minister Joanna Pryce said the levy had cut sugar in taxed drinks by 46% between 2015 and 2024. The British "
            "Soft Drinks Association called it a tax on families, and Dairy UK said firms need at least two years to reformulate. "
            "The consultation closes on December 9.",
            "key_points": [
                "Milk-based drinks join the levy in January 2028 and the threshold falls to 4.5g per 100ml from 5g.",
                "Rates rise from April to 19.4p and 25.9p a litre, from 18p and 24p.",
                "The changes should raise about £45 million a year by 2029-30, on top of about £330 million.",
                "The levy has cut sugar in taxed drinks by 46% since 2015, Joanna Pryce said; milk drinks supply about 9% of children's added sugar from drinks.",
                "Dairy UK's Helen Ashworth said firms need at least two years and about 1,200 products could be affected.",
            ],
        },
        "zh": {
            "title": "英国糖税将覆盖奶昔 起征点降至每100毫升4.5克",
            "one_line": "英国财政部宣布，2028年1月起软饮料行业税扩大至含奶饮料，税率明年4月上调。",
            "summary": "英国财政部周二宣布，奶昔、加糖植物奶和即饮咖啡将从2028年1月起纳入软饮料行业税，起征点也将从每100毫升含糖5克降至4.5克。"
            "自明年4月起，低档税率由每升18便士升至19.4便士，高档税率由24便士升至25.9便士，乳糖不计入含糖量。"
            "财政部预计，到2029-30财年每年可多征约4500万英镑，现有税收约3.3亿英镑。卫生部长乔安娜·普赖斯说，2015年至2024年间，"
            "应税饮料的平均含糖量下降了46%。英国软饮料协会批评此举是向家庭征税，英国乳业协会则表示，厂商至少需要两年调整配方。咨询将于12月9日结束。",
            "key_points": [
                "含奶饮料2028年1月起纳入征税范围，起征点由每100毫升5克降至4.5克。",
                "明年4月起，税率由每升18便士和24便士分别升至19.4便士和25.9便士。",
                "到2029-30财年每年可多征约4500万英镑，现有税收约3.3亿英镑。",
                "普赖斯称该税令应税饮料含糖量自2015年起下降46%；含奶饮料约占儿童从饮料中摄入添加糖的9%。",
                "英国乳业协会的海伦·阿什沃思说，厂商至少需要两年，约1200种产品可能受影响。",
            ],
        },
        "kw_en": ["sugar tax", "Soft Drinks Industry Levy", "milkshakes", "Treasury", "obesity", "Dairy UK"],
        "kw_zh": ["糖税", "软饮料行业税", "奶昔", "英国财政部", "肥胖", "英国乳业协会"],
        "entities": [
            ("Treasury", "英国财政部", "Treasury", "organization"),
            ("Soft Drinks Industry Levy", "软饮料行业税", "Soft Drinks Industry Levy", "other"),
            ("Joanna Pryce", "乔安娜·普赖斯", "Joanna Pryce", "person"),
            (
                "British Soft Drinks Association",
                "英国软饮料协会",
                "British Soft Drinks Association",
                "organization",
            ),
            ("Dairy UK", "英国乳业协会", "Dairy UK", "organization"),
            ("Helen Ashworth", "海伦·阿什沃思", "Helen Ashworth", "person"),
            ("United Kingdom", "英国", "UK", "place"),
        ],
        "kps": [[2], [3], [4], [5, 6], [8]],
    },
    "html_bc_measles": {
        "file": "html_bc_measles.html",
        "en": {
            "title": "Fraser Valley measles outbreak reaches 64 cases, B.C.'s largest since 2014",
            "one_line": "British Columbia has confirmed 64 measles cases in the Fraser Valley, up from 41 a week earlier, with 11 people in hospital.",
            "summary": "The BC Centre for Disease Control said on Wednesday that 64 measles cases are now linked to an outbreak in "
            "British Columbia's Fraser Valley, up from 41 a week earlier, the province's largest since 2014. Fifty-two cases "
            "were in people unvaccinated or of unknown status, and 39 were children under 12. Eleven patients have been "
            "hospitalised, including two infants in intensive care; no one has died. Provincial health officer Dr. Helen Marsh "
            "said two MMR doses are about 97% effective. Fraser Health has opened 14 drop-in clinics and given about 8,300 doses "
            "in two weeks. Kindergarten coverage in Abbotsford is 84%, against the 95% needed. The outbreak began in late "
            "January with an unvaccinated traveller returning from Romania.",
            "key_points": [
                "Cases rose to 64 from 41 a week earlier, the largest outbreak in B.C. since 2014.",
                "52 cases were unvaccinated or of unknown status; 11 people are in hospital and no deaths have been reported.",
                "Fraser Health's 14 clinics gave about 8,300 doses in two weeks, three times the usual number.",
                "Kindergarten coverage in the Abbotsford district is 84%, below the 95% needed; the provincial rate is 89%.",
                "About 230 students without proof of immunization must stay home for 21 days.",
            ],
        },
        "zh": {
            "title": "菲沙河谷麻疹疫情增至64例 为卑诗省2014年来最大规模",
            "one_line": "卑诗省菲沙河谷确诊麻疹病例增至64例，一周前为41例，11人住院。",
            "summary": "卑诗省疾病控制中心周三表示，菲沙河谷麻疹疫情的相关病例已增至64例，一周前为41例，是该省自2014年以来规模最大的疫情。"
            "其中52例患者未接种疫苗或接种情况不明，39例为12岁以下儿童。11名患者住院，包括两名在重症监护室的婴儿，暂无死亡病例。"
            "省卫生官海伦·马什医生说，接种两剂麻腮风疫苗的预防效果约为97%。菲沙卫生局已开设14个免预约接种点，两周内接种约8300剂。"
            "阿伯茨福德学区幼儿园儿童接种率为84%，低于阻断传播所需的95%。疫情始于1月下旬，源头是一名从罗马尼亚返回的未接种旅客。",
            "key_points": [
                "病例由一周前的41例增至64例，为卑诗省2014年以来最大规模疫情。",
                "52例患者未接种疫苗或情况不明；11人住院，暂无死亡病例。",
                "菲沙卫生局14个接种点两周内接种约8300剂，是平时的三倍。",
                "阿伯茨福德学区幼儿园接种率为84%，低于所需的95%；全省为89%。",
                "约230名未能出示接种证明的学生须停课在家21天。",
            ],
        },
        "kw_en": ["measles", "British Columbia", "Fraser Valley", "Fraser Health", "MMR vaccine", "outbreak"],
        "kw_zh": ["麻疹", "卑诗省", "菲沙河谷", "菲沙卫生局", "麻腮风疫苗", "疫情"],
        "entities": [
            ("British Columbia", "卑诗省", "British Columbia", "place"),
            ("Fraser Valley", "菲沙河谷", "Fraser Valley", "place"),
            (
                "BC Centre for Disease Control",
                "卑诗省疾病控制中心",
                "BC Centre for Disease Control",
                "organization",
            ),
            ("Helen Marsh", "海伦·马什", "Helen Marsh", "person"),
            ("Fraser Health", "菲沙卫生局", "Fraser Health", "organization"),
            ("Abbotsford", "阿伯茨福德", "Abbotsford", "place"),
            ("Romania", "罗马尼亚", "Romania", "place"),
            ("MMR vaccine", "麻腮风疫苗", "measles, mumps and rubella (MMR) vaccine", "product"),
        ],
        "kps": [[2], [3], [5], [5], [7]],
    },
    "mix_sg_festival": {
        "file": "mix_sg_festival.txt",
        "en": {
            "title": "Tidewave Music Festival on Sentosa cancelled four days before opening",
            "one_line": "Organiser Tidewave Live cancelled the December 12-14 festival after its main stage failed an inspection and the headliner withdrew.",
            "summary": "Tidewave Live said on Monday it had cancelled the three-day Tidewave Music Festival, due to run at Siloso "
            "Beach on Sentosa from December 12 to 14, after the Building and Construction Authority found the main stage's steel "
            "structure unsafe and the British headline band pulled out. About 45,000 tickets, priced from S$168 to S$488, had "
            "been sold. Chief executive Marcus Lim promised full refunds within 30 working days and said most of the roughly "
            "S$6.5 million spent on the event could not be recovered. The Consumers Association of Singapore has received more "
            "than 300 complaints, mostly about non-refundable hotels and flights. Sentosa Development Corporation said it learned "
            "of the problems only on Saturday and is reviewing the permit for a 2027 edition.",
            "key_points": [
                "The December 12-14 festival at Siloso Beach was cancelled after the main stage failed inspection and the headliner withdrew.",
                "About 45,000 tickets were sold at S$168 to S$488; full refunds are promised within 30 working days.",
                "Tidewave Live had spent about S$6.5 million on the event.",
                "CASE has received more than 300 complaints; resale tickets may not be covered by the refund policy.",
                "About 60% of ticket holders came from overseas, and Sentosa Development Corporation is reviewing the 2027 permit.",
            ],
        },
        "zh": {
            "title": "圣淘沙潮浪音乐节开幕前四天宣布取消",
            "one_line": "主办方潮浪现场因主舞台未通过安检、压轴乐队退出，取消原定12月12日至14日的音乐节。",
            "summary": "主办单位潮浪现场周一宣布，取消原定12月12日至14日在圣淘沙西乐索海滩举行的三天潮浪音乐节。建设局上周五检查发现主舞台钢架结构不符合安全标准，"
            "原定压轴演出的英国乐队也已退出。音乐节已售出约4.5万张门票，票价从168新元至488新元不等。首席执行官Marcus Lim承诺在30个工作日内全额退款，"
            "并表示公司为活动投入约650万新元，大部分无法收回。新加坡消费者协会已接获逾300宗投诉，多涉及无法退还的酒店和机票费用。"
            "圣淘沙发展局称直到周六才获悉结构问题，正在审查2027年第二届活动的准证。",
            "key_points": [
                "原定12月12日至14日在西乐索海滩举行的音乐节，因主舞台未通过检查、压轴乐队退出而取消。",
                "约4.5万张门票已售出，票价168至488新元，主办方承诺30个工作日内全额退款。",
                "潮浪现场为活动投入约650万新元。",
                "消费者协会已接获逾300宗投诉；转售平台门票未必受退款政策保障。",
                "约六成购票者来自海外，圣淘沙发展局正在审查2027年活动的准证。",
            ],
        },
        "kw_en": [
            "Tidewave Music Festival",
            "Sentosa",
            "cancellation",
            "refunds",
            "Tidewave Live",
            "Singapore",
        ],
        "kw_zh": ["潮浪音乐节", "圣淘沙", "取消", "退款", "潮浪现场", "新加坡"],
        "entities": [
            ("Tidewave Music Festival", "潮浪音乐节", "Tidewave Music Festival", "other"),
            ("Tidewave Live", "潮浪现场", "Tidewave Live", "organization"),
            ("Sentosa", "圣淘沙", "Sentosa", "place"),
            ("Siloso Beach", "西乐索海滩", "Siloso Beach", "place"),
            ("Building and Construction Authority", "建设局", "建设局", "organization"),
            ("Marcus Lim", "Marcus Lim", "Marcus Lim", "person"),
            ("Consumers Association of Singapore", "新加坡消费者协会", "消费者协会", "organization"),
            (
                "Sentosa Development Corporation",
                "圣淘沙发展局",
                "Sentosa Development Corporation",
                "organization",
            ),
            ("Singapore", "新加坡", "Singapore", "place"),
        ],
        "kps": [[2, 3], [2, 4], [4], [5], [6]],
    },
}
