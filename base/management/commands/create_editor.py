"""manage.py create_editor USERNAME: a staff account in the 编辑 group, password typed without echo."""
from getpass import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from base.editor_group import EDITOR_GROUP


class Command(BaseCommand):
    help = "创建编辑账号：可登录后台、属于“编辑”组；密码在提示时输入（不回显），并按网站的密码规则检查。"

    def add_arguments(self, parser):
        parser.add_argument("username", help="登录用的用户名")
        parser.add_argument("--email", default="", help="电子邮箱（用于找回密码）")

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        username = username.strip()
        if not username:
            raise CommandError("用户名不能为空。")
        if User.objects.filter(username=username).exists():
            raise CommandError(f"用户名“{username}”已存在。")
        group = Group.objects.filter(name=EDITOR_GROUP).first()
        if group is None:
            raise CommandError("没有“编辑”组：请先运行 manage.py migrate。")
        user = User(username=username, email=email.strip(), is_staff=True)
        password = getpass("密码：")
        if password != getpass("再次输入密码："):
            raise CommandError("两次输入的密码不一致，账号未创建。")
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError("密码不符合要求，账号未创建：\n" + "\n".join(exc.messages)) from exc
        user.set_password(password)
        with transaction.atomic():
            user.save()
            user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"已创建编辑账号“{username}”，属于“{EDITOR_GROUP}”组。"))
