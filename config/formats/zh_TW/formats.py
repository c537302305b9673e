# Django ships date formats for zh_Hant only; without these, zh-tw and zh-hk pages fall back to the
# English order ("八月 2024").
from django.conf.locale.zh_Hant.formats import *  # noqa: F403
