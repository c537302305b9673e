import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhtext.punctuation import find_lookalikes, normalize_punctuation
from zhtext.script import detect_script


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("匠师引路,铸才育能", "匠师引路，铸才育能"),
        ("他说:好;她问?他笑!", "他说：好；她问？他笑！"),
        ("发布了“匠师铸才”项目,对“匠师铸才”导师", "发布了“匠师铸才”项目，对“匠师铸才”导师"),
        ("(撰稿:薛蕊;審核:陳守學)", "（撰稿：薛蕊；審核：陳守學）"),
        ("是吗?", "是吗？"),
        ("参加培训.", "参加培训。"),
        ("参加培训.\n据了解", "参加培训。\n据了解"),
        ("他说“好.”", "他说“好。”"),
    ],
)
def test_half_to_full_width(src, out):
    assert normalize_punctuation(src)[0] == out


@pytest.mark.parametrize(
    "src",
    [
        "共1,000人",
        "时间10:30开始",
        "访问 https://example.com/a?b=1,c=2 查看",
        "使用AI(artificial intelligence)技术",
        "Hello, world; ok?",
        "模型(AI)应用",
        "努尔.白克力出席",  # a dot for a name's middle dot, not a sentence end
        "增长3.5个百分点",
        "详见www.acftu.org.",
        "未完待续...",
    ],
)
def test_numbers_latin_urls_untouched(src):
    assert normalize_punctuation(src)[0] == src


def test_lookalike_flagged_not_rewritten():
    text = "中国船舶集团有限公司第七——研究所、上海汽轮机厂"
    (lk,) = find_lookalikes(text)
    assert lk.found == "第七——研究所"
    assert lk.suggestion == "第七一一研究所"
    assert lk.start == text.index("第七")
    assert normalize_punctuation(text)[0] == text


@pytest.mark.parametrize("text", ["第三—五厂", "七〇—所", "第十二－研究院"])
def test_lookalike_generalised(text):
    assert find_lookalikes(text)


@pytest.mark.parametrize("text", ["“更好潍坊·匠心论坛——厚植人才支撑”", "三——五年", "劳模工匠助企行”——上海"])
def test_ordinary_dashes_not_flagged(text):
    assert find_lookalikes(text) == []


def test_detect_script():
    assert detect_script("上海大零号湾工匠学院挂牌仪式举办") == "hans"
    assert detect_script("濰坊市勞模工匠學院攜手濰坊市總工會并示范杰出") == "hant"


@pytest.mark.parametrize(("src", "out"), [
    ('王建国说:"希望大家学有所成."86名职工', "王建国说：“希望大家学有所成。”86名职工"),
    ('他说"好"和"坏"', "他说“好”和“坏”"),
    ("打开'设置'中的'通知'选项", "打开‘设置’中的‘通知’选项"),
    ('英文 "hello" 不变', '英文 "hello" 不变'),   # nothing Chinese inside: not ours to curl
    ("It's a 'test' 和 it's", "It's a 'test' 和 it's"),
    ('他说"好', '他说"好'),                      # no pair on the line
    ('a="b"', 'a="b"'),
    ("＂希望大家把本领带回岗位。＂他说", "“希望大家把本领带回岗位。”他说"),  # typed full width
    ("他说：＇技术要传下去＇。", "他说：‘技术要传下去’。"),
    ('屏幕尺寸为 5＂', '屏幕尺寸为 5＂'),  # inches: no pair
])
def test_straight_quotes_around_chinese_become_curly(src, out):
    assert normalize_punctuation(src)[0] == out
    assert normalize_punctuation(out)[0] == out


HAN_TEXT = st.text(st.sampled_from("工匠学院劳模培训职工技能大赛希望大家学有所成"), min_size=1, max_size=20)


@given(HAN_TEXT, HAN_TEXT, st.sampled_from([".", "!", "?", ""]))
def test_a_quoted_chinese_sentence_reads_as_chinese_whatever_its_words(before, inner, end):
    out = normalize_punctuation(f'{before}说:"{inner}{end}"')[0]
    wide = {".": "。", "!": "！", "?": "？", "": ""}[end]
    assert out == f"{before}说：“{inner}{wide}”"
    assert normalize_punctuation(out)[0] == out
    assert len(out) == len(f'{before}说:"{inner}{end}"')  # one character for one: the importer's edits align
