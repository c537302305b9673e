from django.contrib import admin

from editorial.search import EitherScriptSearchMixin
from variants.models import GlossaryTerm


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(EitherScriptSearchMixin, admin.ModelAdmin):
    list_display = ("hans", "tw", "hk", "note", "updated_at")
    search_fields = ("hans", "tw", "hk", "note")
