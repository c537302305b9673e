"""manage.py create_editor: prompts twice without echo, checks Django's password rules, joins 编辑."""
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

COMMAND = "base.management.commands.create_editor.getpass"


def typed(monkeypatch, *answers):
    answers = iter(answers)
    monkeypatch.setattr(COMMAND, lambda prompt: next(answers))


def test_creates_a_staff_editor(monkeypatch, capsys):
    typed(monkeypatch, "a-long-Unusual-passphrase-42", "a-long-Unusual-passphrase-42")
    call_command("create_editor", "liming", "--email", "liming@example.org")
    user = get_user_model().objects.get(username="liming")
    assert user.is_staff and not user.is_superuser and user.email == "liming@example.org"
    assert [g.name for g in user.groups.all()] == ["编辑"]
    assert user.check_password("a-long-Unusual-passphrase-42")
    assert "已创建编辑账号" in capsys.readouterr().out


@pytest.mark.parametrize(
    "first, second, message",
    [
        ("12345678901", "12345678901", "密码不符合要求"),  # numeric, and common
        ("short", "short", "密码不符合要求"),
        ("a-long-Unusual-passphrase-42", "another-one-entirely-43", "不一致"),
    ],
)
def test_refuses_weak_or_mistyped_passwords(monkeypatch, first, second, message):
    typed(monkeypatch, first, second)
    with pytest.raises(CommandError, match=message):
        call_command("create_editor", "liming")
    assert not get_user_model().objects.filter(username="liming").exists()


def test_refuses_an_existing_username(monkeypatch, editor):
    typed(monkeypatch, "a-long-Unusual-passphrase-42", "a-long-Unusual-passphrase-42")
    with pytest.raises(CommandError, match="已存在"):
        call_command("create_editor", editor.username)
