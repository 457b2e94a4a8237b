# ruff: noqa: E501 -- prose data: summary strings are split for reading, not to a width
"""Faithful summaries of the holdout5 Chinese-language articles (Hong Kong, mainland)."""

from __future__ import annotations

FAITHFUL_ZH: dict[str, dict] = {
    "hk_kaitak_land_sale": {
        "file": "hk_kaitak_land_sale.txt",
        "en": {
            "title": "Kai Tak residential site sells for HK$6.28bn, nearly 20% cheaper per square foot",
            "one_line": "A Sun Hung Kai and Henderson Land consortium paid about HK$9,720 per square foot, below "
            "every market estimate.",
            "summary": "A Kai Tak residential site has been sold for HK$6.28 billion to a consortium of Sun Hung "
            "Kai Properties and Henderson Land, the Lands Department said on Wednesday. At about HK$9,720 per "
            "square foot of floor area, the price was roughly 19% lower than a comparable site nearby fetched a "
            "year ago and below the market's estimate of HK$6.8-8.2 billion. Only six tenders were received, "
            "against 11 last year. Surveyors said developers were cautious about interest rates, building costs "
            "and supply. The project should provide about 1,050 flats, mostly small and mid-sized, from 2029 at "
            "the earliest. Home prices have fallen 6.2% so far this year, though September transactions rose 5% "
            "year on year to about 3,860.",
            "key_points": [
                "The site went for HK$6.28 billion, or about HK$9,720 per sq ft, down about 19% from HK$12,050 a "
                "year earlier.",
                "Six tenders were submitted, down from 11; estimates had ranged from HK$6.8 billion to HK$8.2 "
                "billion.",
                "Sun Hung Kai expects about 1,050 mostly small and mid-sized flats, completed in 2029 at the "
                "earliest.",
                "Private home prices fell 6.2% in the first three quarters; September deals numbered about "
                "3,860, down 12% on the month but up 5% on the year.",
                "The government will offer only one residential site, in Tuen Mun, in the fourth quarter of this "
                "financial year and says it will not sell land cheaply.",
            ],
        },
        "zh": {
            "title": "启德住宅地以62.8亿港元售出 楼面地价同比跌近两成",
            "one_line": "新鸿基地产与恒基兆业地产财团以每平方英尺约9720港元投得，低于市场估值下限。",
            "summary": "香港地政总署周三公布，启德一幅住宅用地以62.8亿港元售予新鸿基地产与恒基兆业地产组成的财团。"
            "按可建楼面面积计算，每平方英尺地价约9720港元，比去年同区类似地块低约19%，也低于市场估计的68亿至82亿港元。"
            "此次招标仅收到6份标书，去年为11份。测量师认为，开发商对利率、建筑成本和未来供应持谨慎态度。项目预计提供"
            "约1050个以中小户型为主的单位，最快2029年落成。今年前三季度香港私人住宅价格累计下跌6.2%，9月成交约3860宗，"
            "同比增加5%。",
            "key_points": [
                "地块以62.8亿港元售出，楼面地价每平方英尺约9720港元，较去年的12050港元下跌约19%。",
                "共收到6份标书，少于去年的11份；市场估值为68亿至82亿港元。",
                "新鸿基地产预计项目提供约1050个以中小户型为主的单位，最快2029年落成。",
                "私人住宅售价前三季度下跌6.2%；9月成交约3860宗，环比减少12%，同比增加5%。",
                "政府本财年第四季度只推出一幅位于屯门的住宅地，并表示不会低价出售土地。",
            ],
        },
        "kw_en": [
            "Hong Kong",
            "Kai Tak",
            "land sale",
            "Sun Hung Kai Properties",
            "Henderson Land",
            "property prices",
        ],
        "kw_zh": ["香港", "启德", "卖地", "新鸿基地产", "恒基兆业地产", "楼价"],
        "entities": [
            ("Kai Tak", "启德", "啟德", "place"),
            ("Hong Kong", "香港", "香港", "place"),
            ("Lands Department", "地政总署", "地政總署", "organization"),
            ("Sun Hung Kai Properties", "新鸿基地产", "新鴻基地產", "organization"),
            ("Henderson Land", "恒基兆业地产", "恒基兆業地產", "organization"),
            ("Tuen Mun", "屯门", "屯門", "place"),
        ],
        "kps": [[2], [3], [5], [6], [8]],
    },
    "zh_asteroid_probe": {
        "file": "zh_asteroid_probe.txt",
        "en": {
            "title": "China launches Lingxi-1 on a seven-year asteroid sample-return mission",
            "one_line": "A Long March 3B put the probe into orbit from Xichang on Tuesday, November 24; it "
            "should bring samples back in 2033.",
            "summary": "China launched its first near-Earth asteroid sample-return probe, Lingxi-1, on a Long "
            "March 3B rocket from the Xichang Satellite Launch Center at 22:17 on Tuesday, November 24. The "
            "2.3-tonne spacecraft will take about 26 months to reach asteroid 2019 VK7, some 190 million km "
            "from Earth, then study it for about ten months and make two touch-and-go attempts to collect at "
            "least 100 grams of material. Its return capsule is due to land in Inner Mongolia in the second half "
            "of 2033. Chief designer Zhou Mingyuan said the asteroid's gravity is only about one hundred-"
            "thousandth of Earth's. The probe carries 11 instruments, including a dust analyser built by the "
            "European Space Agency and Italy's National Institute for Astrophysics. The mission cost about "
            "4.6 billion yuan.",
            "key_points": [
                "Lingxi-1 lifted off from Xichang at 22:17 on November 24 aboard a Long March 3B.",
                "The 380-metre asteroid 2019 VK7, about 190 million km away, will be reached in about 26 months.",
                "The probe will try twice to collect at least 100 g and return it in late 2033, making China the "
                "third country after the US and Japan to bring back asteroid samples.",
                "Chief scientist Chen Xuemei said the team hopes to find hydrated minerals or organic molecules.",
                "Ground stations picked up the signal about 42 minutes after launch; the mission cost about "
                "4.6 billion yuan and involved more than 80 institutions.",
            ],
        },
        "zh": {
            "title": "灵犀一号小行星探测器发射 七年往返采样",
            "one_line": "11月24日（周二）晚，长征三号乙火箭在西昌将灵犀一号送入预定轨道，预计2033年带回样品。",
            "summary": "11月24日22时17分，长征三号乙运载火箭在西昌卫星发射中心将我国首个近地小行星往返采样探测器"
            "“灵犀一号”送入预定轨道。这个重约2.3吨的探测器将飞行约26个月抵达距地球约1.9亿公里的小行星2019 VK7，"
            "环绕探测约10个月后两次触碰采样，目标是不少于100克样品。返回舱计划于2033年下半年在内蒙古四子王旗着陆。"
            "总设计师周明远说，这颗小行星的引力只有地球的约十万分之一。探测器共有11台科学载荷，其中尘埃分析仪由"
            "欧洲空间局和意大利国家天体物理研究所研制。任务总投资约46亿元。",
            "key_points": [
                "11月24日22时17分，灵犀一号搭乘长征三号乙从西昌升空。",
                "目标小行星2019 VK7直径约380米，距地球约1.9亿公里，探测器约26个月后抵达。",
                "探测器将两次采样，至少采集100克，2033年下半年返回；我国将成为继美日之后第三个带回小行星样品的国家。",
                "首席科学家陈雪梅说，团队希望在样品中发现含水矿物或有机分子。",
                "发射后约42分钟地面站捕获信号；任务总投资约46亿元，参研单位超过80家。",
            ],
        },
        "kw_en": [
            "Lingxi-1",
            "asteroid",
            "sample return",
            "Xichang",
            "Long March 3B",
            "China National Space Administration",
        ],
        "kw_zh": ["灵犀一号", "小行星", "采样返回", "西昌", "长征三号乙", "国家航天局"],
        "entities": [
            ("Lingxi-1", "灵犀一号", "灵犀一号", "product"),
            ("Long March 3B", "长征三号乙", "长征三号乙", "product"),
            ("Xichang Satellite Launch Center", "西昌卫星发射中心", "西昌卫星发射中心", "place"),
            ("Xichang", "西昌", "西昌", "place"),
            ("2019 VK7", "2019 VK7", "2019 VK7", "other"),
            ("Inner Mongolia", "内蒙古", "内蒙古", "place"),
            ("Siziwang Banner", "四子王旗", "四子王旗", "place"),
            ("Zhou Mingyuan", "周明远", "周明远", "person"),
            ("Chen Xuemei", "陈雪梅", "陈雪梅", "person"),
            ("European Space Agency", "欧洲空间局", "欧洲空间局", "organization"),
            (
                "National Institute for Astrophysics",
                "意大利国家天体物理研究所",
                "意大利国家天体物理研究所",
                "organization",
            ),
            ("China National Space Administration", "国家航天局", "国家航天局", "organization"),
            ("China", "我国", "我国", "place"),
            ("United States", "美国", "美国", "place"),
            ("Japan", "日本", "日本", "place"),
        ],
        "kps": [[2], [3], [4, 5], [7], [8, 9]],
    },
}
