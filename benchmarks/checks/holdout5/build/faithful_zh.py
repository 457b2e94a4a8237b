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
                "The government will offer only one residential site, in Tuen Mun, next quarter and says it will "
                "not sell land cheaply.",
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
                "政府下季度只推出一幅位于屯门的住宅地，并表示不会低价出售土地。",
            ],
        },
        "kw_en": ["Hong Kong", "Kai Tak", "land sale", "Sun Hung Kai Properties", "Henderson Land", "property prices"],
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
}
