"""What a number counts, in both languages: 470,000 *households* is not 47万*人*, 18 *provinces* is not
18个*城市*.

The noun after a number (English: within the next three words; Chinese: its classifier and the noun after
it) is looked up in a small bilingual lexicon of counted things, each a (group, kind): households, people
(employees, members, users... are kinds of people; "people", 人, 名 are any kind), places (cities,
counties, provinces, countries), sports scores (goals, points, assists), casualties (deaths, injuries,
cases, admissions), vehicles, stores, vouchers. Where an English field and its Chinese twin state the same
number and both say what it counts, the two must agree: same group, and the same kind where both name
one. A number only one side says what it counts of is not judged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.checks.fields import Problem, field_pairs, make_result, skipped
from service.checks.numbers import NumberMention, find_numbers
from service.checks.numbers.hedges import rounds_to
from service.checks.script import to_simplified
from service.checks.zh_names import word_starts
from service.memo import per_finalize
from service.schemas import CheckResult, LanguageSummary, TranslationPair

# The same field texts, with the same currencies, as numbers_consistent: each is scanned once per finalize.
find_numbers = per_finalize(find_numbers)

Thing = tuple[str, str | None]  # (group, kind); kind None = any kind of the group

# (group, kind): (English nouns (regex, singular/plural), Chinese words). Chinese classifiers that say the
# group only (名, 位 = people; 户 = households) are in the Chinese tuple of the kind-less entry.
_LEXICON: dict[Thing, tuple[str, tuple[str, ...]]] = {
    ("household", None): (r"households?|homes?|families|family", ("户", "家庭", "住户", "家户")),
    ("person", None): (r"people|persons?|individuals?|residents?|citizens?|victims?|investors?|adults?",
                       ("人", "名", "位", "民众", "居民", "市民")),
    ("person", "employee"): (r"employees?|workers?|staff|jobs?",
                             ("员工", "职工", "雇员", "工人", "职位", "岗位")),
    ("person", "member"): (r"members?|union\s+members?", ("会员", "成员", "工会会员")),
    ("person", "user"): (r"users?|subscribers?|customers?", ("用户", "客户", "订户")),
    ("person", "buyer"): (r"buyers?|purchasers?", ("买家", "买主", "购房者")),
    ("person", "engineer"): (r"engineers?", ("工程师",)),
    ("person", "student"): (r"students?|pupils?", ("学生",)),
    ("person", "passenger"): (r"passengers?|travell?ers?|visitors?", ("乘客", "旅客", "游客", "人次")),
    ("person", "patient"): (r"patients?", ("患者", "病人", "病患")),
    ("place", "city"): (r"cities|city", ("城市", "个市", "座城市")),
    ("place", "county"): (r"counties|county", ("县", "个县")),
    ("place", "province"): (r"provinces?", ("省", "个省", "省份")),
    ("place", "country"): (r"countries|country|nations?", ("国家", "个国家")),
    ("place", "district"): (r"districts?", ("区", "个区")),
    ("score", "goal"): (r"goals?", ("球", "粒进球", "个进球", "进球")),
    ("score", "point"): (r"points?", ("分",)),
    ("score", "assist"): (r"assists?", ("助攻", "次助攻")),
    ("casualty", "death"): (r"deaths?|dead|fatalities|killed", ("死亡", "人死亡", "遇难", "丧生", "罹难")),
    ("casualty", "injury"): (r"injuries|injured|burns?", ("受伤", "伤", "烧伤")),
    ("casualty", "case"): (r"cases?|infections?", ("病例", "例", "宗")),
    ("casualty", "admission"): (r"admissions?|hospitali[sz]ations?", ("入院", "住院", "人次住院")),
    ("vehicle", None): (r"cars?|vehicles?", ("辆", "台车", "辆车", "汽车")),
    ("registration", None): (r"registrations?|applications?", ("登记", "申请")),
    ("time", "minute"): (r"minutes?", ("分钟",)),
    ("energy", None): (r"kWh|kilowatt-hours?|GWh|MWh", ("度", "千瓦时")),
    ("time", "year"): (r"years?", ("年",)),
    ("age", None): (r"years?-old|aged?", ("岁",)),
    ("store", None): (r"stores?|shops?|outlets?|branches", ("门店", "家店", "间店", "分店", "家门店")),
    ("voucher", None): (r"vouchers?|coupons?", ("券", "张券", "消费券", "张消费券")),
    ("robot", None): (r"robots?", ("机器人", "台机器人")),
    ("fire", None): (r"fires?", ("起火灾", "宗火警", "火灾", "起火")),
    ("recall", None): (r"recalls?", ("次召回", "召回")),
    ("flight", None): (r"flights?|sorties", ("航班", "个航班", "班次", "架次")),
    ("order", None): (r"orders?", ("单", "订单", "笔订单")),  # "deliveries" may be of cars (辆) too
    ("time", "hour"): (r"hours?", ("小时", "个小时")),
    # Measures: the same figure in another unit (3,400 km / 3400米, 15.4 km / 15.4 miles, hectares / acres).
    ("length", "km"): (r"km|kilomet(?:re|er)s?", ("公里", "千米")),
    ("length", "m"): (r"m|met(?:re|er)s?", ("米",)),
    ("length", "cm"): (r"cm|centimet(?:re|er)s?", ("厘米", "公分")),
    ("length", "mm"): (r"mm|millimet(?:re|er)s?", ("毫米",)),
    ("length", "mile"): (r"miles?", ("英里",)),
    ("mass", "t"): (r"tonnes?|tons?|t", ("吨", "公吨")),
    ("mass", "kg"): (r"kg|kilo(?:gram(?:me)?)?s?", ("千克", "公斤")),
    ("mass", "g"): (r"g|gram(?:me)?s?", ("克",)),
    ("container", None): (r"boxes|box|containers?|crates?|cartons?", ("箱", "个集装箱", "集装箱", "个货柜")),
    ("area", None): (r"square|sq", ("平方公里", "平方千米", "平方米", "平方英里")),
    ("area", "hectare"): (r"hectares?|ha", ("公顷",)),
    ("area", "acre"): (r"acres?", ("英亩",)),
}  # fmt: skip

# Words that may stand between a number and its noun: "470,000 low-income households", "six Champions League
# goals" (up to three words), never a verb or a preposition: the noun must come before any of these.
_EN_STOP = re.compile(
    r"^(?:of|in|from|to|at|for|and|or|by|on|with|was|were|is|are|per|a|an|the|outside|inside|this|that|these"
    r"|those|last|next|each|than|over|under|about|after|before|since|during|within|across|between|among|into"
    r"|as|while|more|less|abroad|year|month|week|day|its|their|his|her|without|who|whose|still|they|we|he"
    r"|she|it|you)$",
    re.IGNORECASE,
)
_EN_AND_NOUN = re.compile(r"^\s+(?:and|or)\s+[a-z]+s\b")
_YIELDING = frozenset("例名户位人宗起个张台辆家间粒次")
_NOT_POINTS = frozenset("钟之秒析别类布享成红配散期公钱")
_NOT_AFTER = {"分": _NOT_POINTS, "单": frozenset("日位一独价次元个项"), "米": frozenset("粒饭面")}
_CASUALTY_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}?(?P<w>killed|died|dead|injured|hurt)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _en_nouns() -> list[tuple[re.Pattern[str], Thing]]:
    return [(re.compile(rf"^(?:{en})$", re.IGNORECASE), thing) for thing, (en, _) in _LEXICON.items()]


@lru_cache(maxsize=1)
def _zh_words() -> list[tuple[str, Thing]]:
    words = [(word, thing) for thing, (_, zh) in _LEXICON.items() for word in zh]
    return sorted(words, key=lambda item: -len(item[0]))


# A casualty verb just before the number decides what it counts: "killed 214 people and injured 1,380".
_CASUALTY_BEFORE = re.compile(
    r"\b(?P<w>killed|killing|kills|injured|injuring|injures)\s+(?:(?:at\s+least|about|some|nearly|over|more"
    r"\s+than|around)\s+)?$",
    re.IGNORECASE,
)


def _en_thing(text: str, end: int, start: int = 0) -> Thing | None:
    rest = text[end : end + 60]
    if rest[:1] == "-" and rest[1:2].isalpha():
        rest = rest[1:]  # "a 380-metre asteroid": the unit of a compound adjective
    if (verb := _CASUALTY_BEFORE.search(text[max(0, start - 30) : start])) and re.match(
        r"^\s+(?:people|persons|civilians|residents)\b", rest, re.IGNORECASE
    ):
        return ("casualty", "death" if verb["w"].lower().startswith("kill") else "injury")
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]", rest)[:4]:
        if not word[0].isalpha() or _EN_STOP.match(word):
            return None
        for pattern, thing in _en_nouns():
            if pattern.match(word):
                if thing == ("person", None) and (hurt := _CASUALTY_AFTER.match(rest.split(word, 1)[1])):
                    verb = hurt["w"].lower()  # "five people were injured" counts injuries
                    return ("casualty", "death" if verb in ("killed", "died", "dead") else "injury")
                if _EN_AND_NOUN.match(rest.split(word, 1)[1]):
                    return None  # "cities and counties": two things at once
                return thing
    return None


def _zh_word_at(rest: str, offset: int) -> Thing | None:
    for word, thing in _zh_words():
        if (offset == 0 or len(word) >= 2) and rest.startswith(word, offset):
            if word in _NOT_AFTER and rest[offset + 1 : offset + 2] in _NOT_AFTER[word]:
                continue
            return thing
    return None


def _word_length(rest: str, thing: Thing) -> int:
    return next(len(w) for w, t in _zh_words() if t == thing and rest.startswith(w))


def _zh_thing(text: str, end: int) -> Thing | None:
    """The thing after a Chinese number: the noun a classifier introduces (5人受伤 -> injuries, 18个省份 ->
    provinces), else the classifier's own (600万人 -> people)."""
    rest = re.sub(r"^\s*(?:多|余|左右)?", "", text[end : end + 12])
    rest = re.split(r"[，。；、,.;:：!?！？()（）\d]", rest, maxsplit=1)[0]
    first = _zh_word_at(rest, 0)
    if first and rest[0] not in _YIELDING and _zh_word_at(rest, _word_length(rest, first)):
        return None  # 16个县市: counties and cities together, as "16 cities and counties"
    yields = first is None or (_word_length(rest, first) == 1 and rest[0] in _YIELDING)
    # A one-character classifier (例, 名, 户, 宗) yields to the noun after it, a few words on:
    # 12例肾病住院 = admissions, 13.2万宗一般公屋申请 = applications.
    # Only where a word of the phrase begins: 300名非工会员工 counts employees (员工), not members (会员).
    starts = word_starts(rest)
    for offset in range(1, 7 if first and yields else 5):
        if offset in starts and (found := _zh_word_at(rest, offset)):
            if first == ("household", None) and found[0] == "person":
                return first  # 180万户居民: households of residents
            return found if yields else first
    return first


def _agree(a: Thing, b: Thing) -> bool:
    if ("person", None) in (a, b) and "casualty" in (a[0], b[0]):
        return True  # "killing one person" / 1人死亡
    if {a, b} == {("age", None), ("time", "year")}:
        return True  # "the 142-year-old chain" / 拥有142年历史
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _label(thing: Thing) -> str:
    return thing[1] or thing[0]


def _counted(text: str, chinese: bool, currencies: frozenset[str]) -> list[tuple[NumberMention, Thing]]:
    prepared = to_simplified(text) if chinese else text
    found = []
    for mention in find_numbers(text, currencies):
        if mention.kind != "number" or mention.percent or mention.points or mention.date or mention.end < 0:
            continue
        if mention.unit and not mention.unit.startswith("dur:") and mention.unit != "age":
            continue  # an amount of money counts money
        thing = (
            _zh_thing(prepared, mention.end) if chinese else _en_thing(prepared, mention.end, mention.start)
        )
        before = prepared[max(0, mention.start - 8) : mention.start]
        if thing == ("flight", None) and chinese and "车" in before:
            thing = ("vehicle", None)  # 车流达1.52万架次: vehicle trips
        if (
            thing == ("score", "point")
            and chinese
            and prepared[mention.start - 1 : mention.start] in ("时", "点")
        ):
            continue  # 8时40分 is a time of day
        if thing == ("energy", None) and chinese and not mention.text[:1].isdigit():
            continue  # 梅开二度 is a second goal, 500度 a quantity of electricity
        if thing:
            found.append((mention, thing))
    return found


def mismatches(
    a: str, a_chinese: bool, b: str, b_chinese: bool, currencies: frozenset[str] = frozenset()
) -> list[str]:
    """'470000: households vs person' for each number both texts state that they count differently. A
    number counted the same way somewhere on the other side is not judged (it may be stated twice)."""
    counted_a, counted_b = _counted(a, a_chinese, currencies), _counted(b, b_chinese, currencies)
    stated_b = find_numbers(b, currencies)
    problems = []
    for mention, thing in counted_a:
        same = [other for m, other in counted_b if m.value == mention.value or rounds_to(m, mention)]
        # The other side also states the value without saying what it counts: that may be this one.
        uncounted = sum(m.value == mention.value for m in stated_b) > len(same)
        if same and not uncounted and not any(_agree(thing, other) for other in same):
            problems.append(f"{mention.text}: {_label(thing)} vs {_label(same[0])}")
    return problems


def counts_consistent(
    en: LanguageSummary | None, zh: LanguageSummary | None, currencies: frozenset[str] = frozenset()
) -> CheckResult:
    if en is None or zh is None:
        return skipped("counts_consistent", "needs both en and zh-Hans")
    problems = []
    for suffix, en_text, zh_text in field_pairs(en, zh):
        if found := mismatches(en_text, False, zh_text, True, currencies):
            problems.append(
                Problem(
                    f"summary.zh-Hans.{suffix}",
                    f"{suffix}: a number counts different things ({'; '.join(found)})",
                )
            )
    return make_result("counts_consistent", problems)


def counts_in_pairs(
    pairs: list[TranslationPair], target: str, currencies: frozenset[str] = frozenset()
) -> CheckResult:
    target_chinese = target.startswith("zh")
    problems = []
    for i, pair in enumerate(pairs):
        if found := mismatches(pair.source, not target_chinese, pair.target, target_chinese, currencies):
            problems.append(
                Problem(
                    f"pairs[{i}].target", f"pairs[{i}]: a number counts different things ({'; '.join(found)})"
                )
            )
    return make_result("counts_consistent", problems)
