"""Countries, regions and nationality words in both languages: "French" and 法国 are one key, "German" and
德国 another. A summary that says "German" where the article says 法国初创企业, or 越南 for "Thailand", names
a place the article never names - in either language.

`regions_consistent`: every place key an output field uses is in the article (under any of its forms), and
an English field and its Chinese twin do not name different places where each names one the other lacks.
The home of a Chinese-language article (China for Simplified, Taiwan or Hong Kong for Traditional) often
goes unsaid in it ("全国" for China), so that one key is not required of a Chinese source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.checks.fields import Problem, field_pairs, make_result, skipped, summary_fields
from service.checks.script import to_simplified
from service.memo import per_finalize
from service.schemas import CheckResult, LanguageSummary, TranslationPair

# key: (English forms, Chinese forms). English forms match whole words, case-sensitively (Turkey / turkey).
_PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "china": (("China", "Chinese", "mainland", "Mainland", "PRC", "Beijing"),
              ("中国", "中方", "内地", "大陆", "北京")),
    # with the two-character words that abbreviate a place to one character: 在港上市, 港股, 赴台, 对美出口
    "taiwan": (("Taiwan", "Taiwanese", "Taipei"),
               ("台湾", "台", "台北", "台股", "赴台", "访台", "全台", "台企", "台商")),
    "hong_kong": (("Hong Kong", "Hongkong", "HK"),
                  ("香港", "港府", "港", "港股", "在港上市", "赴港", "访港", "港交所", "全港", "本港",
                   "港人")),
    "macau": (("Macau", "Macao"), ("澳门",)),
    "guangdong": (("Guangdong", "Canton"), ("广东",)),
    "us": (("United States", "US", "U.S.", "USA", "America", "American", "Americans", "Washington"),
           ("美国", "美方", "美", "美股", "赴美", "访美", "对美", "在美", "美企", "美西", "美东")),
    "uk": (("United Kingdom", "UK", "U.K.", "Britain", "British", "England", "London"),
           ("英国", "英方", "伦敦", "英格兰")),
    "france": (("France", "French", "Paris"), ("法国", "巴黎")),
    "germany": (("Germany", "German", "Germans", "Berlin"), ("德国", "柏林")),
    "italy": (("Italy", "Italian"), ("意大利", "义大利")),
    "spain": (("Spain", "Spanish"), ("西班牙",)),
    "netherlands": (("Netherlands", "Dutch", "Holland"), ("荷兰",)),
    "belgium": (("Belgium", "Belgian"), ("比利时",)),
    "hungary": (("Hungary", "Hungarian"), ("匈牙利",)),
    "poland": (("Poland", "Polish"), ("波兰",)),
    "russia": (("Russia", "Russian", "Moscow"), ("俄罗斯", "俄方", "莫斯科")),
    "ukraine": (("Ukraine", "Ukrainian"), ("乌克兰",)),
    "japan": (("Japan", "Japanese", "Tokyo"), ("日本", "东京")),
    "korea": (("South Korea", "Korea", "Korean", "Koreans", "Seoul"), ("韩国", "南韩", "首尔")),
    "north_korea": (("North Korea", "North Korean"), ("朝鲜", "北韩")),
    "india": (("India", "Indian"), ("印度",)),
    "canada": (("Canada", "Canadian"), ("加拿大",)),
    "australia": (("Australia", "Australian"), ("澳大利亚", "澳洲")),
    "singapore": (("Singapore", "Singaporean"), ("新加坡", "星加坡", "狮城")),
    "vietnam": (("Vietnam", "Vietnamese", "Viet Nam"), ("越南",)),
    "thailand": (("Thailand", "Thai"), ("泰国",)),
    "malaysia": (("Malaysia", "Malaysian"), ("马来西亚",)),
    "indonesia": (("Indonesia", "Indonesian"), ("印度尼西亚", "印尼")),
    "philippines": (("Philippines", "Philippine", "Filipino"), ("菲律宾",)),
    "mexico": (("Mexico", "Mexican"), ("墨西哥",)),
    "brazil": (("Brazil", "Brazilian"), ("巴西",)),
    "israel": (("Israel", "Israeli"), ("以色列",)),
    "iran": (("Iran", "Iranian"), ("伊朗",)),
    "saudi": (("Saudi Arabia", "Saudi"), ("沙特", "沙乌地")),
    "turkey": (("Turkey", "Turkish", "Türkiye"), ("土耳其",)),
    "switzerland": (("Switzerland", "Swiss"), ("瑞士",)),
    "sweden": (("Sweden", "Swedish"), ("瑞典",)),
    "denmark": (("Denmark", "Danish", "Danes", "Copenhagen"), ("丹麦", "哥本哈根")),
    "ireland": (("Ireland", "Irish", "Dublin"), ("爱尔兰", "都柏林")),
    "finland": (("Finland", "Finnish"), ("芬兰",)),
    "austria": (("Austria", "Austrian", "Vienna"), ("奥地利", "维也纳")),
    "portugal": (("Portugal", "Portuguese", "Lisbon"), ("葡萄牙", "里斯本")),
    "greece": (("Greece", "Greek", "Athens"), ("希腊", "雅典")),
    "new_zealand": (("New Zealand",), ("新西兰", "纽西兰")),  # Taiwan writes 紐西蘭
    "argentina": (("Argentina", "Argentine", "Argentinian"), ("阿根廷",)),
    "egypt": (("Egypt", "Egyptian"), ("埃及",)),
    "pakistan": (("Pakistan", "Pakistani"), ("巴基斯坦",)),
    # Cities and regions a story is often set in: moving it elsewhere is a changed fact too. (Capitals that
    # stand for their government - Beijing, Washington, London - are forms of their country.)
    "shenzhen": (("Shenzhen",), ("深圳",)), "shanghai": (("Shanghai",), ("上海",)),
    "guangzhou": (("Guangzhou",), ("广州",)), "hangzhou": (("Hangzhou",), ("杭州",)),
    "catalonia": (("Catalonia", "Catalan"), ("加泰罗尼亚",)),
    "andalusia": (("Andalusia", "Andalucia", "Andalusian"), ("安达卢西亚",)),
    "bavaria": (("Bavaria", "Bavarian"), ("巴伐利亚",)),
    "california": (("California",), ("加州", "加利福尼亚")),
    "texas": (("Texas",), ("得州", "得克萨斯", "德克萨斯")), "new_york": (("New York",), ("纽约",)),
    "norway": (("Norway", "Norwegian"), ("挪威",)),
    "eu": (("European Union", "EU"), ("欧盟",)),
    "europe": (("Europe", "European"), ("欧洲",)),
    "southeast_asia": (("Southeast Asia", "Southeast Asian", "South-East Asia", "South-east Asia",
                        "South East Asia", "South-East Asian", "South-east Asian"), ("东南亚",)),
    "asia": (("Asia", "Asian"), ("亚洲",)),
    "africa": (("Africa", "African"), ("非洲",)),
}  # fmt: skip
_HAN = re.compile(r"[\u4e00-\u9fff]")
# One-character abbreviations an article strings together: 广深港高铁 (Guangzhou, Shenzhen, Hong Kong), 粤港澳
# 大湾区, 港澳, 京沪. In the article a run of two or more of them names each place; a summary's own runs
# are not read (its single characters stay no place, as above).
_ABBREVIATIONS = {"粤": "guangdong", "港": "hong_kong", "澳": "macau", "广": "guangzhou", "深": "shenzhen",
                  "沪": "shanghai", "杭": "hangzhou", "京": "china"}  # fmt: skip
_ABBREVIATION_RUN = re.compile(f"[{''.join(_ABBREVIATIONS)}]{{2,4}}")


# Words only a Hong Kong or a Taiwan article uses of its own place (Simplified): 全港 "all of Hong Kong",
# 本港, 港元; 全台, 新台币, 行政院. A bare 港 or 台 decides nothing: 平台, 电台, 港口 are everywhere.
_HOME_MARKERS = {
    "hong_kong": re.compile(r"香港|全港|本港|港府|港元|港币|港人|特区|立法会|九龙|新界|港岛|房委会|港铁"),
    "taiwan": re.compile(r"台湾|全台|新台币|行政院|立法院|台北|高雄|台中|台南|县政府"),
}


@lru_cache(maxsize=64)
def article_home(source: str) -> str | None:
    """The place a Chinese-language article leaves unsaid: China (Simplified), Taiwan or Hong Kong
    (Traditional, by the words it uses of its own place)."""
    han = len(_HAN.findall(source))
    if han < 0.3 * max(len(source), 1):
        return None
    simplified = to_simplified(source)
    if simplified == source:
        return "china"
    hk, tw = (len(_HOME_MARKERS[key].findall(simplified)) for key in ("hong_kong", "taiwan"))
    if hk != tw:
        return "hong_kong" if hk > tw else "taiwan"
    return "hong_kong" if "港" in source and "台" not in source else "taiwan"


def _en_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alternation})(?![A-Za-z])")


_EN = {key: _en_pattern(en) for key, (en, _) in _PLACES.items()}
# Single characters (台, 港, 美) are forms only inside the article, never found on their own in a summary.
_ZH_SUMMARY = {key: tuple(f for f in zh if len(f) >= 2) for key, (_, zh) in _PLACES.items()}


# A country's name opening a company's ("China Steel", "China Airlines", "Korea Zinc"): part of a name, not
# a claim about the place. Only the country noun, and not before a title ("China Foreign Minister").
_IN_NAME = re.compile(r"\s+(?!(?:Prime|President|Foreign|Minister|Premier|Vice|Chief|Trade)\b)[A-Z][a-z]+")


def _en_found(key: str, text: str, in_names: bool) -> bool:
    forms = _PLACES[key][0]
    # The patterns are case-sensitive literals: a key none of whose forms occurs as a plain substring
    # cannot match, and testing that first (in C) skips most of the 85 regex scans of every English text.
    if not any(form in text for form in forms):
        return False
    country = forms[0]
    for match in _EN[key].finditer(text):
        if text.startswith("$", match.end()):
            continue  # US$, HK$: a currency, no claim about the place
        if in_names or match.group(0) != country or not _IN_NAME.match(text, match.end()):
            return True
    return False


def _zh_scanner(table: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    keys = {form: key for key, forms in table.items() for form in forms}
    return re.compile("|".join(re.escape(f) for f in sorted(keys, key=len, reverse=True))), keys


# Longest form first, each character read once: 都柏林 (Dublin) is not 柏林 (Berlin).
_ZH_SUMMARY_SCAN = _zh_scanner(_ZH_SUMMARY)
_ZH_SOURCE_SCAN = _zh_scanner({key: tuple(f for f in zh if len(f) >= 2) for key, (_, zh) in _PLACES.items()})


def _zh_places(simplified: str, scanner: tuple[re.Pattern[str], dict[str, str]]) -> set[str]:
    pattern, keys = scanner
    return {keys[m.group(0)] for m in pattern.finditer(simplified)}


# Places whose names hold another place's word (British Columbia is in Canada, New Mexico in the US), and
# the listed country they are in, where there is one.
_OTHER_PLACES = {"British Columbia": "canada", "New Mexico": "us", "New England": "us",
                 "New South Wales": "australia", "Indian Ocean": None, "New Guinea": None,
                 "Dutch Harbor": None}  # fmt: skip
_OTHER_PLACE = re.compile("|".join(_OTHER_PLACES))


def _without_other_places(text: str) -> str:
    """`text` with those names blanked out, same length: New South Wales names no Wales."""
    if not _OTHER_PLACE.search(text):
        return text
    return _OTHER_PLACE.sub(lambda m: "_" * len(m.group(0)), text)


@per_finalize
def places(text: str, chinese: bool, *, in_names: bool = True) -> set[str]:
    """The place keys `text` names; `in_names=False` leaves out a country's name opening a company's."""
    if chinese:
        return _zh_places(to_simplified(text), _ZH_SUMMARY_SCAN)
    text = _without_other_places(text)
    found = {key for key in _EN if _en_found(key, text, in_names)}
    for region, (part, alone) in _HOLDS.items():  # North Korea names no Korea, Southeast Asia no Asia
        if region in found and not alone.search(text):
            found.discard(part)
    return found


_HOLDS = {
    "north_korea": ("korea", re.compile(r"(?<!North )Korea")),
    "southeast_asia": (
        "asia",
        re.compile(r"(?<!Southeast )(?<!South-East )(?<!South-east )(?<!South East )Asia"),
    ),
}


@lru_cache(maxsize=64)
def _source_places(source: str) -> frozenset[str]:
    simplified = to_simplified(source)
    found = _zh_places(simplified, _ZH_SOURCE_SCAN)
    for run in _ABBREVIATION_RUN.finditer(simplified):
        if len(set(run.group(0))) == len(run.group(0)):  # distinct characters: 广深港, not 深深
            found |= {_ABBREVIATIONS[ch] for ch in run.group(0)}
    found |= places(source, chinese=False)
    english = _without_other_places(source)
    found |= {country for country, (en, zh) in _WITHIN.items() if _names_any(english, simplified, en, zh)}
    found |= {_OTHER_PLACES[m.group(0)] for m in _OTHER_PLACE.finditer(source)} - {None}
    found |= {_LISTED_WITHIN[key] for key in found if key in _LISTED_WITHIN}
    return frozenset(found)


def _names_any(source: str, simplified: str, en: tuple[str, ...], zh: tuple[str, ...]) -> bool:
    return any(form in simplified for form in zh) or any(
        form in source and re.search(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", source) for form in en
    )


# An article set in Sydney or British Columbia names its country for a summary that says Australia or
# Canada: regions, states and cities a story is often set in (English forms whole words, Chinese ones
# Simplified), and the listed regions' own countries.
_WITHIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "australia": (("Sydney", "Melbourne", "NSW", "Queensland", "Brisbane", "Canberra",
                   "Adelaide", "Tasmania"), ("悉尼", "墨尔本", "新南威尔士", "昆士兰", "布里斯班", "堪培拉")),
    "canada": (("B.C.", "BC", "Shuswap", "Ontario", "Quebec", "Alberta", "Toronto", "Vancouver",
                "Montreal", "Ottawa", "Calgary"), ("温哥华", "多伦多", "不列颠哥伦比亚", "卑诗", "安大略",
                                                  "魁北克", "蒙特利尔", "渥太华")),
    "uk": (("Scotland", "Scottish", "Wales", "Welsh", "Edinburgh", "Manchester", "Glasgow", "Liverpool",
            "Bristol", "Felixstowe", "Shropshire"), ("苏格兰", "威尔士", "爱丁堡", "曼彻斯特", "格拉斯哥",
                                                    "利物浦", "布里斯托尔")),
    "japan": (("Osaka", "Kyoto", "Kumamoto", "Hokkaido", "Okinawa", "Yokohama", "Fukuoka"),
              ("大阪", "京都", "熊本", "北海道", "冲绳", "横滨", "福冈")),
    "india": (("Mumbai", "Delhi", "Bengaluru", "Bangalore", "Kolkata", "Chennai", "Hyderabad"),
              ("孟买", "新德里", "班加罗尔", "加尔各答", "金奈")),
    "malaysia": (("Kuala Lumpur", "Penang", "Johor", "Sabah", "Sarawak", "Kulim", "Ipoh", "Perak"),
                 ("吉隆坡", "槟城", "柔佛", "沙巴", "砂拉越", "怡保", "霹雳")),
    "us": (("Florida", "Arizona", "Chicago", "Los Angeles", "San Francisco", "Seattle", "Boston"),
           ("佛罗里达", "亚利桑那", "芝加哥", "洛杉矶", "旧金山", "西雅图", "波士顿")),
}  # fmt: skip
_LISTED_WITHIN = {"california": "us", "texas": "us", "new_york": "us", "catalonia": "spain",
                  "andalusia": "spain", "bavaria": "germany", "shenzhen": "china", "shanghai": "china",
                  "guangzhou": "china", "hangzhou": "china", "guangdong": "china"}  # fmt: skip


_EN_FORM_KEY = {form: key for key, (en, _) in _PLACES.items() for form in en}


def place_key(name: str) -> str | None:
    """The place key of an English or Chinese place name (Hong Kong / 香港 -> hong_kong), if listed."""
    return _ZH_SOURCE_SCAN[1].get(to_simplified(name)) or _EN_FORM_KEY.get(name)


def place_in_source(name: str, source: str) -> bool:
    """`name` (Chinese) is a listed form of a place the article names in either language: 中国 for an
    article that says "Chinese makers"."""
    key = _ZH_SOURCE_SCAN[1].get(to_simplified(name))
    return key is not None and key in source_place_keys(source)


def source_place_keys(source: str) -> frozenset[str]:
    """The place keys the article names, and the home a Chinese-language article leaves unsaid."""
    home = article_home(source)
    return _source_places(source) | {home} if home else _source_places(source)


def regions_consistent(source: str, en: LanguageSummary | None, zh: LanguageSummary | None) -> CheckResult:
    if en is None and zh is None:
        return skipped("regions_consistent", "no summary")
    in_source = source_place_keys(source)
    problems: list[Problem] = []
    sides = (("en", en, False), ("zh-Hans", zh, True))
    for locale, value, chinese in sides:
        if value is None:
            continue
        for field, text in summary_fields(locale, value):
            extra = sorted(places(text, chinese, in_names=False) - in_source)
            if extra:
                problems.append(Problem(field, f"{field} names {', '.join(_label(k) for k in extra)}, "
                                               "which the article never names"))  # fmt: skip
    home = article_home(source)
    if en is not None and zh is not None:
        for suffix, en_text, zh_text in field_pairs(en, zh):
            # English says the home a Chinese article leaves unsaid ("Chinese EV maker" / 驰远汽车); the
            # Chinese side naming it where English names another place is still a change.
            en_only = places(en_text, False) - places(zh_text, True) - {home}
            zh_only = places(zh_text, True) - places(en_text, False)
            en_part, zh_part = compass_conflict(en_text, zh_text)
            if en_part:
                problems.append(
                    Problem(
                        f"summary.en.{suffix}",
                        f"{suffix}: en places it in the {', '.join(sorted(en_part))} where zh-Hans says "
                        f"{', '.join(sorted(zh_part))}",
                    )
                )
            if en_only and zh_only:
                problems.append(
                    Problem(
                        f"summary.en.{suffix}",
                        f"{suffix}: en names {', '.join(map(_label, sorted(en_only)))} where zh-Hans names "
                        f"{', '.join(map(_label, sorted(zh_only)))}",
                    )
                )
    return make_result("regions_consistent", problems)


# Compass parts of a place ("northwest India" / 西北部, "western section" / 西段): a field and its twin that
# each name a part the other lacks put the story elsewhere. Country names that carry a direction (South
# Korea, 东南亚 is kept: "Southeast Asia" says it too) are blanked first.
_EN_COMPASS = re.compile(
    r"\b(?P<d>north|south|east|west)(?:-?(?P<e>east|west))?(?:ern)?\b(?!\s+(?:Korea|Africa|Bank|Sudan|Timor))",
    re.IGNORECASE,
)
_EN_NOT_COMPASS = re.compile(r"\bMiddle\s+East\b|\bFar\s+East\b", re.IGNORECASE)
_ZH_COMPASS = re.compile(r"(?P<d>[东西南北])(?P<e>[东西南北])?(?=部|段|岸|海岸|地区|侧|边)")
_ZH_DIRECTION = {"东": "east", "西": "west", "南": "south", "北": "north"}


def _compass(text: str, chinese: bool) -> set[str]:
    if chinese:
        found = set()
        for m in _ZH_COMPASS.finditer(to_simplified(text)):
            first, second = _ZH_DIRECTION[m["d"]], _ZH_DIRECTION.get(m["e"] or "", "")
            if first in ("east", "west") and second in ("north", "south"):  # 西北 = northwest
                found.add(second + first)
            else:
                found.add(first + second if second and first in ("north", "south") else first)
        return found
    text = _EN_NOT_COMPASS.sub(" ", text)
    return {(m["d"] + (m["e"] or "")).lower() for m in _EN_COMPASS.finditer(text)}


def compass_conflict(en_text: str, zh_text: str) -> tuple[set[str], set[str]]:
    en, zh = _compass(en_text, False), _compass(zh_text, True)
    return (en - zh, zh - en) if (en - zh and zh - en) else (set(), set())


def _label(key: str) -> str:
    en, zh = _PLACES[key]
    return f"{en[0]}/{zh[0]}"


def regions_in_pairs(source: str, pairs: list[TranslationPair], target: str) -> CheckResult:
    """A translated paragraph that names another place instead of its source paragraph's (Danish rendered
    挪威). A place added beside the source's (美国 before 科罗拉多大学) is a translator's gloss, not a
    change. `source` (the article) is the signature's, as for the other checks: the paragraph decides."""
    target_chinese = target.startswith("zh")
    problems: list[Problem] = []
    for i, pair in enumerate(pairs):
        said = places(pair.source, not target_chinese) | places(pair.source, target_chinese)
        written = places(pair.target, target_chinese)
        dropped, added = said - written, places(pair.target, target_chinese, in_names=False) - said
        if dropped and added:
            problems.append(
                Problem(
                    f"pairs[{i}].target",
                    f"pairs[{i}].target names {', '.join(_label(k) for k in sorted(added))} where its source "
                    f"names {', '.join(_label(k) for k in sorted(dropped))}",
                )
            )
    return make_result("regions_consistent", problems)
