"""import_article and the admin import page turn a damaged reprint into a draft, reporting every repair."""
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from news.models import Article, KnownInjection

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[1] / "zhtext" / "data"
WEIFANG = SEEDS / "002_293ca45ebbd2af73.txt"
SHANGHAI = SEEDS / "000_34d9cbd31dbecdeb.txt"


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("import_article", *map(str, args), stdout=out)
    return out.getvalue()


def test_json_prints_the_cleaned_article_and_saves_nothing():
    data = json.loads(run(WEIFANG, "--json", "--accept-uncertain"))
    assert set(data) >= {"title", "summary", "body", "byline", "reviewer", "script", "repairs", "warnings"}
    assert data["byline"] == "薛蕊" and data["reviewer"] == "陳守學" and data["script"] == "hant"
    text = "".join(block["text"] for block in data["body"])
    assert "學(xué)" not in text and "?" not in text and "議題。活動特別" in text
    assert any(w["kind"] == "headline" for w in data["warnings"])
    assert not Article.objects.exists()


def test_dry_run_reports_and_saves_nothing():
    out = run(SHANGHAI, "--dry-run")
    assert "建议标题" in out and "试运行" in out and "第七——研究所" in out
    assert not Article.objects.exists()


def test_import_saves_a_draft_with_its_report():
    out = run(SHANGHAI, "--source-name", "新民晚报")
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT and article.source_name == "新民晚报"
    assert "已保存为草稿" in out
    assert "金宝搏" not in article.body and "<h2>匠师引路，铸才育能</h2>" in article.body
    assert any(w["kind"] == "lookalike" for w in article.import_report["warnings"])
    assert not Article.objects.published().exists()


def test_editor_added_injection_is_removed(tmp_path):
    KnownInjection.objects.create(text="某某娱乐城")
    reprint = tmp_path / "reprint.txt"
    reprint.write_text("本报讯 某某娱乐城 劳模工匠学院今天开班。\n", encoding="utf-8")
    data = json.loads(run(reprint, "--json"))
    assert "某某娱乐城" not in json.dumps(data["body"], ensure_ascii=False)


@pytest.mark.parametrize("content, message", [
    (None, "找不到文件"), (b"ab\x00cd", "空字节"), (b"  \n", "文件是空的"), ("dir", "目录"),
])
def test_bad_files_get_clear_errors(tmp_path, content, message):
    path = tmp_path / "reprint.txt"
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(path)
    assert not Article.objects.exists()


def test_gbk_file_is_detected_and_read(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SHANGHAI.read_text(encoding="utf-8").encode("gb18030"))
    data = json.loads(run(path, "--json"))
    assert "".join(b["text"] for b in data["body"]).startswith("4月26日，“劳模工匠助企行”")


def test_pinyin_only_input_gets_a_capped_title(tmp_path):
    path = tmp_path / "pinyin.txt"
    path.write_text(" ".join(["zhong guo gong ren"] * 800), encoding="utf-8")
    run(path)
    assert len(Article.objects.get().title) <= 60


def test_admin_import_preview_then_save(editor_client):
    url = reverse("admin:news_article_import")
    assert editor_client.get(url).status_code == 200
    text = WEIFANG.read_text(encoding="utf-8")
    preview = editor_client.post(url, {"text": text, "action": "preview"})
    html = preview.content.decode()
    assert "待编辑核实" in html and "逐项修改" in html and "<del>" in html
    assert not Article.objects.exists()
    saved = editor_client.post(url, {"text": text, "action": "save", "source_name": "山東科技職業學院"})
    article = Article.objects.get()
    assert saved.status_code == 302 and saved["Location"] == reverse("admin:news_article_change", args=[article.pk])
    assert article.status == "draft" and article.byline == "薛蕊"
    # The import is the draft's first revision and is in the audit trail, with the editor as its owner.
    from editorial.models import AuditEntry, Revision

    assert article.owner.username == "editor" and Revision.objects.for_object(article).count() == 1
    entry = AuditEntry.objects.for_object(article).get()
    assert entry.action == "import" and entry.user.username == "editor" and "采纳" in entry.message


def test_admin_import_requires_add_permission(client, django_user_model):
    user = django_user_model.objects.create_user("viewer", password="x" * 12, is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:news_article_import")).status_code == 403
