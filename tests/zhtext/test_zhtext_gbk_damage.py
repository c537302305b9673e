import random

import pytest
from zhtext_helpers import (
    annotate_bytes,
    annotated_text_bytes,
    clean_text,
    halfwidth_bytes,
    site_decode,
    straddling_edits,
)

from zhtext.gbk_damage import repair_gbk_damage
from zhtext.pinyin_annotations import strip_annotations

# The three damaged stretches of seed 002 and their repairs.
SEED_CASES = [
    ("議題?;顒?dòng)特別", "議題。活動特別"),
    ("們?cè)谛聲r(shí)", "們在新時"),
    ("對話?,F(xiàn)場", "對話。現場"),
]


@pytest.mark.parametrize(("damaged", "clean"), SEED_CASES)
def test_seed_examples_repaired(damaged, clean):
    assert clean_text(damaged) == clean


def test_simulator_reproduces_the_seed_damage():
    """The forward model yields exactly the strings found in seed 002."""
    # 動 annotated, then "；" halved where its bytes straddle 。活
    data = annotate_bytes("這一核心議題。活動特別".encode("gbk"), "動", "dòng")
    assert site_decode(halfwidth_bytes(data)) == "這一核心議題?;顒?dòng)特別"
    # 冊 (83 D4) straddles 們在 (82 83 | D4 DA)
    data = annotate_bytes("激發他們在新時代".encode("gbk"), "時", "shí")
    data = annotate_bytes(data, "發", "fā")
    data = annotate_bytes(data, "冊", "cè")
    assert site_decode(data) == "激發(fā)他們?cè)谛聲r(shí)代"
    # "，" (A3 AC) straddles 。現 (A1 A3 | AC 46)
    data = "對話。現場".encode("gbk")
    for ch, py in (("對", "duì"), ("現", "xiàn"), ("場", "chǎng")):
        data = annotate_bytes(data, ch, py)
    assert site_decode(halfwidth_bytes(data)) == "對(duì)話?,F(xiàn)場(chǎng)"


def test_repair_reports_fix():
    text, fixes, problems = repair_gbk_damage("們?cè)谛聲r(shí)代")
    assert text.startswith("們在新時")
    assert [(f.before, f.after) for f in fixes] == [("們?cè)谛聲r(shí)", "們在新時")]
    assert fixes[0].certain and not problems


def test_genuine_question_mark_untouched():
    assert repair_gbk_damage("這是什麼?他問。")[0] == "這是什麼?他問。"
    assert repair_gbk_damage("見 http://a.cn/x.php?id=3")[0] == "見 http://a.cn/x.php?id=3"


def test_unexplained_damage_is_left_and_reported():
    # "?" before an unopened annotation that no lost byte can explain
    text, fixes, problems = repair_gbk_damage("工作?xyzq)完成")
    assert not fixes
    assert problems and problems[0].reason == "no-candidate"
    assert "\ufffd" in text and "?" not in text  # marker kept visible, not a question mark


CORPUS = [
    "8月28日至29日，濰坊市勞模工匠學院攜手濰坊市總工會，共同舉辦了專題培訓班。",
    "此次盛會在我校召開，旨在通過深度培訓與交流，推動濰坊工匠精神的傳承與創新。",
    "活動開幕式上，我校黨委副書記、校長劉福玉親臨現場并發表講話。",
    "現場學員反響熱烈，紛紛積極投入討論，共同探索技能人才培養與發展的新路徑。",
    "這一系列精心設計的課程，旨在全方位提升工匠人才的綜合素質。",
    "區總工會在全區遴選行業專家組成首批講師團，推出首批課程菜單。",
    "为充分发挥劳模工匠的示范引领作用，打造一支规模宏大的创新型职工队伍。",
    "企业可组织职工到实训基地开展理论培训、参观访学、实践教学。",
]
ANNOTATED = set("學會時產專開過動傳創發長領導現場業對實關國進來")


def test_simulated_damage_round_trip():
    """Damage every straddling position of a small corpus; each accepted
    repair must give the undamaged text, and most must be accepted."""
    rng = random.Random(0)
    accepted = correct = total = 0
    for sentence in CORPUS:
        data = annotated_text_bytes(sentence, ANNOTATED)
        expected = clean_text(site_decode(data))
        edits = straddling_edits(data)
        for i, replacement in rng.sample(edits, min(8, len(edits))):
            damaged = site_decode(data[:i] + replacement + data[i + 2 :])
            if damaged == site_decode(data):
                continue
            total += 1
            out, fixes, problems = repair_gbk_damage(damaged)
            if fixes and not problems:
                accepted += 1
                correct += strip_annotations(out)[0] == strip_annotations(expected)[0] or (
                    clean_text(damaged) == expected
                )
            else:
                # never silently: the stretch is marked for the editor
                assert problems or "?" not in damaged
    assert total >= 40
    assert correct == accepted
    assert accepted >= 0.6 * total


def test_a_search_over_its_step_budget_repairs_nothing(monkeypatch):
    """The candidate search is bounded in steps, pruned branches included (a "?" stretch that pruned nearly
    every branch deep down once searched for minutes in the property tests); a stretch it cannot finish
    is left as it was, for an editor, never repaired from half a search."""
    from zhtext import gbk_damage

    damaged = "議題?;顒?dòng)特別"
    assert repair_gbk_damage(damaged)[0] == "議題。活動特別"
    monkeypatch.setattr(gbk_damage, "MAX_STEPS", 3)
    text, fixes, problems = repair_gbk_damage(damaged)
    assert not fixes and problems and "活動" not in text  # the stretches are marked for the editor instead
    assert text.replace("\ufffd", "?") == damaged
