"""The site's own facts, edited in the admin: who runs it, how to reach them, its filing numbers.

Nothing is filled in by default (no invented facts): the footer and the 关于我们 / 联系我们 pages show only
what an editor has entered.
"""
import re

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models

VERSION_KEY = "pages:site-settings-version"


def validate_filing(value):
    if not re.fullmatch(r"[\w\u3400-\u9fff（）()\-－—·\s]{1,60}", value):
        raise ValidationError("请只填写备案号本身，例如：沪ICP备12345678号-1。")


class SiteSettings(models.Model):
    """One row (pk 1). Read through current(): cached per process, refreshed when an editor saves."""

    sponsor = models.CharField("主办单位", max_length=200, blank=True)
    organiser = models.CharField("承办单位", max_length=200, blank=True)
    address = models.CharField("地址", max_length=200, blank=True)
    postcode = models.CharField("邮政编码", max_length=10, blank=True)
    telephone = models.CharField("电话", max_length=50, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    icp_number = models.CharField(
        "ICP备案号", max_length=60, blank=True, validators=[validate_filing],
        help_text="例如：沪ICP备12345678号-1。页脚显示并链接到工业和信息化部备案管理系统（beian.miit.gov.cn）。",
    )
    police_number = models.CharField(
        "公安备案号", max_length=60, blank=True, validators=[validate_filing],
        help_text="例如：沪公网安备31011202000000号。页脚显示并链接到全国互联网安全管理服务平台（beian.mps.gov.cn）。",
    )
    about = models.TextField("关于我们", blank=True, help_text="“关于我们”页面的正文，空行分段。留空则不显示该页。")
    contact_note = models.TextField(
        "联系我们补充说明", blank=True, help_text="“联系我们”页面在地址、电话、邮箱之外的说明，空行分段。",
    )

    class Meta:
        verbose_name = "网站信息"
        verbose_name_plural = "网站信息"

    def __str__(self):
        return "网站信息"

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        bump_version()

    @property
    def police_code(self):
        """The digits of the 公安备案号, which the registry's search link takes."""
        return "".join(ch for ch in self.police_number if ch.isdigit())

    @property
    def has_contact(self):
        return bool(self.address or self.telephone or self.email or self.contact_note)


def bump_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


_current = {"version": None, "settings": None}


def current() -> SiteSettings:
    """The site settings (an unsaved empty row if none was saved), one cache read per request."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    if _current["version"] != version:
        _current["settings"] = SiteSettings.objects.filter(pk=1).first() or SiteSettings()
        _current["version"] = version
    return _current["settings"]
