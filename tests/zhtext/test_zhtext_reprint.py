import json
import re

import pytest
from zhtext_helpers import SEED_000, SEED_002, clean_text, read_seed

from zhtext.boilerplate import DEFAULT_INJECTION_PATTERNS
from zhtext.pinyin_annotations import has_annotation
from zhtext.reprint import clean_reprint

PINYIN_LEFT = re.compile(r"[\u3400-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü:]+[)）]")


@pytest.fixture(scope="module")
def art000():
    return clean_reprint(read_seed(SEED_000), accept_all=True)


@pytest.fixture(scope="module")
def art002():
    return clean_reprint(read_seed(SEED_002), accept_all=True)


def _all_text(art):
    return "\n".join([art.title, art.summary] + [b.text for b in art.blocks])


@pytest.mark.parametrize("name", ["art000", "art002"])
def test_seed_clean_of_damage(name, request):
    art = request.getfixturevalue(name)
    text = _all_text(art)
    assert not PINYIN_LEFT.search(text)
    assert not has_annotation(text)
    assert "?" not in text and "\ufffd" not in text
    for word in ("金宝搏", "稿件来源", "稿件來源", "本站", "本网", "转载稿"):
        assert word not in text
    assert not re.search("|".join(DEFAULT_INJECTION_PATTERNS), text, re.IGNORECASE)
    # commas between Han characters are full-width now
    assert not re.search(r"[\u4e00-\u9fff][,;:][\u4e00-\u9fff]", text)


def test_seed_000(art000):
    assert art000.script == "hans"
    h2 = [b.text for b in art000.blocks if b.kind == "h2"]
    assert h2 == ["匠师引路，铸才育能", "院企合作，实践充能", "大师领航，精神赋能"]
    assert art000.title == "上海大零号湾工匠学院挂牌仪式暨“全国劳模”第一课举办"
    assert art000.blocks[0].text.startswith("4月26日，“劳模工匠助企行”——上海大零号湾工匠学院")
    notices = [r for r in art000.repairs if r.kind == "notice"]
    assert [r.paragraph for r in notices] == [13, 14]
    # whole sentences: only ever proposed, and they stand out as sentence deletions
    assert all(not r.certain and r.removes_sentence for r in notices)
    kinds = {w.kind for w in art000.warnings}
    assert {"headline", "lookalike"} <= kinds
    (lk,) = [w for w in art000.warnings if w.kind == "lookalike"]
    assert "第七——研究所" in lk.message and "第七一一研究所" in lk.message
    assert lk.paragraph == 7
    assert "第七——研究所" in art000.blocks[7].text  # flagged, not rewritten
    assert len(art000.summary) <= 120 and art000.summary.endswith("。")


def test_seed_002(art002):
    assert art002.script == "hant"
    assert (art002.byline, art002.reviewer) == ("薛蕊", "陳守學")
    text = _all_text(art002)
    assert "撰稿" not in text
    for fixed in ("議題。活動特別", "們在新時", "對話。現場"):
        assert fixed in text
    gbk = [(r.before, r.after) for r in art002.repairs if r.kind == "gbk"]
    assert ("們?cè)谛聲r(shí)", "們在新時") in gbk
    assert len(gbk) == 3
    assert art002.warnings[0].kind == "headline"
    assert art002.title.startswith("濰坊市勞模工匠學院")
    assert art002.blocks[-1].text.endswith("智慧和力量。")


def test_headline_warning_always_present(art000, art002):
    for art in (art000, art002):
        assert art.warnings[0].kind == "headline"
        assert art.title in art.warnings[0].message


def test_to_dict_is_json(art002):
    d = art002.to_dict()
    json.dumps(d, ensure_ascii=False)
    assert set(d) == {
        "title", "title_origin", "summary", "body", "byline", "reviewer", "source", "published_at", "date_text",
        "script", "input_format", "images", "repairs", "warnings",
    }
    assert d["body"][0]["kind"] == "p"
    assert {
        "kind", "before", "after", "paragraph", "certain", "id", "accepted", "label", "context", "removes_sentence",
    } == set(d["repairs"][0])
    assert {"kind", "message", "paragraph", "excerpt"} == set(d["warnings"][0])


def test_pipeline_small_article():
    text = "\n".join(
        [
            "简体|繁體",
            "5月1日,某市总工会举办“技能比武”大赛。比赛由乐鱼体育赞助。",
            "大赛亮点",
            "共有120名职工参加,比赛分为三个项目。",
            "浏览次数：88",
            "（记者 张三；责任编辑：李四）",
        ]
    )
    art = clean_reprint(text, extra_injections=["某某娱乐"])
    assert [b.kind for b in art.blocks] == ["p", "h2", "p"]
    assert (art.byline, art.reviewer) == ("张三", "李四")
    assert art.title == "某市总工会举办“技能比武”大赛"
    # the casino name took the place of a word: removed, and the spot flagged for the editor
    assert "乐鱼体育" not in art.blocks[0].text
    assert any(w.kind == "missing" and "比赛由▲赞助" in w.excerpt for w in art.warnings)
    assert [r.paragraph for r in art.repairs if r.kind == "chrome"] == [0]
    assert [r.paragraph for r in art.repairs if r.kind == "metadata"] == [4, 5]


def test_first_line_title_is_kept():
    art = clean_reprint("劳模工匠学院揭牌\n4月26日，学院在上海揭牌。活动由区总工会主办，共有两百人参加。")
    assert art.title == "劳模工匠学院揭牌"
    assert art.warnings[0].kind == "headline"


def test_clean_text_seed_examples():
    assert clean_text("議題?;顒?dòng)特別,激發(fā)他們?cè)谛聲r(shí)代") == "議題。活動特別，激發他們在新時代"
