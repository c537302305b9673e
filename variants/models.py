from django.db import models

from base.fields import NameField
from base.natural_keys import NaturalKeyModel


class GlossaryTerm(NaturalKeyModel):
    """How a term reads in each variant, overriding OpenCC in both directions.

    Like MediaWiki's -{zh-hans:…;zh-hant:…}-: any of the three spellings found in a text is shown as
    the spelling for the reader's variant.
    """

    hans = NameField("简体写法", max_length=100, unique=True)
    tw = NameField("台湾繁体写法", max_length=100)
    hk = NameField("香港繁体写法", max_length=100, blank=True, help_text="留空则与台湾繁体相同。")
    note = models.CharField("备注", max_length=200, blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    natural_key_fields = ("hans",)

    class Meta:
        verbose_name = "简繁术语"
        verbose_name_plural = "简繁术语表"
        ordering = ["hans"]

    def __str__(self):
        return f"{self.hans} / {self.tw}" + (f" / {self.hk}" if self.hk else "")
