"""manage.py propose_records FILE [--json]: mentions and proposals for a text file, nothing saved."""
import json
from io import StringIO

import pytest
from academy_helpers import ACADEMY_MODELS, ROOT
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

SEED_002 = ROOT / "tests/zhtext/data/002_293ca45ebbd2af73.txt"
WRITES = ("INSERT", "UPDATE", "DELETE")


def run(*args):
    out = StringIO()
    call_command("propose_records", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_json_shape_lists_mentions_and_proposals(loaded, tmp_path):
    from academy.models import Person

    data = json.loads(run(SEED_002, "--json"))
    assert set(data) == {"mentions", "proposals"}
    by_name = {m["name"]: m for m in data["mentions"]}
    jia = Person.objects.get(name="賈平")
    assert by_name["賈平"] == {"kind": "person", "id": jia.pk, "name": "賈平", "count": 1, "ambiguous": False, "doubt": "",
                              "context": by_name["賈平"]["context"]}
    assert "常務副主席賈平" in by_name["賈平"]["context"]
    assert set(data["proposals"]) == {"people", "organisations", "academies", "honours", "events"}
    # Records the directory already has are mentions, not proposals.
    assert "賈平" not in {p["name"] for p in data["proposals"]["people"]}
    assert "贾平" not in {p["name"] for p in data["proposals"]["people"]}


def test_proposals_for_a_new_text_have_titles_organisations_and_event_roles(loaded, tmp_path):
    path = tmp_path / "new.txt"
    path.write_text(
        "近日，由临沂市总工会主办、临沂职业学院承办的“首届青年工匠技能大赛”在临沂市举行。"
        "临沂市总工会党组书记、常务副主席郑海涛出席并致辞。", encoding="utf-8")
    data = json.loads(run(path, "--json"))
    people = {p["name"]: p for p in data["proposals"]["people"]}
    assert people["郑海涛"]["positions"] == [{"organisation": "临沂市总工会党组", "title": "书记"},
                                          {"organisation": "临沂市总工会", "title": "常务副主席"}]
    assert {"临沂市总工会", "临沂职业学院"} <= set(data["proposals"]["organisations"])
    (event,) = data["proposals"]["events"]
    assert event == {"name": "首届青年工匠技能大赛", "roles": [{"organisation": "临沂市总工会", "role": "主办"},
                                                         {"organisation": "临沂职业学院", "role": "承办"}],
                     "date": "", "place": "临沂市"}  # 在临沂市举行; no full date in the text


def test_gb18030_file_reads_like_utf8(loaded, tmp_path):
    text = SEED_002.read_text(encoding="utf-8")
    gb = tmp_path / "gb.txt"
    gb.write_bytes(text.encode("gb18030"))
    assert json.loads(run(gb, "--json")) == json.loads(run(SEED_002, "--json"))


def test_plain_report_is_chinese_and_says_nothing_saved(loaded):
    out = run(SEED_002)
    assert "提到的已有记录" in out and "賈平" in out and "未保存任何内容" in out


def test_saves_nothing(loaded):
    counts = {m: m.objects.count() for m in ACADEMY_MODELS}
    with CaptureQueriesContext(connection) as queries:
        run(SEED_002, "--json")
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert {m: m.objects.count() for m in ACADEMY_MODELS} == counts


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "找不到文件"),
    (lambda d: d, "这是一个目录"),
    (lambda d: (d / "nul.txt").write_bytes(b"abc\x00def") and d / "nul.txt", "空字节"),
    (lambda d: (d / "empty.txt").write_bytes(b"  \n") and d / "empty.txt", "文件是空的"),
])
def test_bad_files_get_a_chinese_error_not_a_traceback(db, tmp_path, make, message):
    with pytest.raises(CommandError, match=message):
        run(make(tmp_path))


def test_a_doubtful_mention_says_why(db, tmp_path):
    from academy.models import Person

    Person.objects.create(name="李明")
    path = tmp_path / "a.txt"
    path.write_text("会上，李明确表示支持技能培训。\n", encoding="utf-8")
    (found,) = json.loads(run(path, "--json"))["mentions"]
    assert found["doubt"] == "“李明确”也可读作“李/明确”"
    assert "（存疑：“李明确”也可读作“李/明确”）" in run(path)
