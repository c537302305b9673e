"""Header lines behind page chrome, headlines above a metadata line, and whole-sentence pinyin runs."""

import pytest

from zhtext.pinyin_annotations import romanisation_runs
from zhtext.reprint import clean_reprint

BODY = "11月4日上午，市总工会在职工服务中心举办全市职工技能大赛颁奖仪式，来自各行业的获奖选手参加。"


@pytest.mark.parametrize("chrome", ["首页 > 新闻中心 > 工会动态", "【字体：大 中 小】 打印本页 关闭窗口", ""])
def test_header_line_after_chrome_becomes_fields(chrome):
    text = f"{chrome}\n某市总工会举办职工技能大赛颁奖仪式  发布时间：2024-11-05 09:30  来源：某市日报  阅读：356\n{BODY}"
    result = clean_reprint(text)
    assert result.title == "某市总工会举办职工技能大赛颁奖仪式"
    assert result.title_origin == "text"
    assert result.source == "某市日报"
    assert result.published_at.isoformat() == "2024-11-05T09:30:00"
    assert [b.text for b in result.blocks] == [BODY]


def test_short_headline_above_a_metadata_line_is_the_headline():
    text = "某市举办颁奖仪式\n发布时间：2024-11-05  来源：某市日报\n颁奖仪式在市中心举行。"
    result = clean_reprint(text)
    assert (result.title, result.title_origin) == ("某市举办颁奖仪式", "text")
    assert [b.text for b in result.blocks] == ["颁奖仪式在市中心举行。"]


@pytest.mark.parametrize("run", ["da sai gong she shu kong che gong", "dà sài gòng shè shù kòng chē gōng"])
def test_pinyin_of_the_sentence_before_is_removed(run):
    result = clean_reprint(f"大赛共设数控车工、焊工等工种。{run}\n{BODY}")
    assert result.blocks[0].text == "大赛共设数控车工、焊工等工种。"
    assert any(r.kind == "pinyin" and r.certain and r.before == run for r in result.repairs)


def test_bracketed_pinyin_of_a_word_goes_with_its_brackets():
    result = clean_reprint(f"大赛共设数控车工(shù kòng chē gōng)、焊工等工种。\n{BODY}")
    assert result.blocks[0].text == "大赛共设数控车工、焊工等工种。"


def test_toned_run_that_spells_nothing_before_it_is_only_proposed():
    text = f"大赛共设数控车工等工种。zhè cì dà sài gòng yǒu\n{BODY}"
    result = clean_reprint(text)
    assert "zhè cì dà sài gòng yǒu" in result.blocks[0].text
    repair = next(r for r in result.repairs if r.kind == "pinyin")
    assert not repair.certain and not repair.accepted
    accepted = clean_reprint(text, decisions={repair.id: True})
    assert accepted.blocks[0].text == "大赛共设数控车工等工种。"


@pytest.mark.parametrize("english", [
    "他说：Made in China 2025 and AI are good。",
    "会议在 Shanghai Pudong 举行。",
    "型号为 iPhone 15 Pro 的手机。",
])
def test_english_and_place_names_are_not_pinyin_runs(english):
    assert romanisation_runs(english) == []
