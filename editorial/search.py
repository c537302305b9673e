"""Admin search in either script: 潍坊 finds 濰坊 and 谭泓 finds 譚泓, in every admin list.

The query is normalised exactly as the public search normalises it (zhtext.search: Simplified, NFKC,
lower case), and each word is looked up in each form it may be stored in. This module is the one place
the admin asks; when the site gets an indexed search it can be answered from there instead.
"""
import operator
from functools import reduce

from django.contrib.admin.utils import lookup_spawns_duplicates
from django.db.models import Q

from zhtext.search import query_terms, spellings


def matching(search_fields, query):
    """A Q requiring every word of ``query`` in one of ``search_fields`` (admin field paths), in any script."""
    conditions = []
    for term in query_terms(query):
        forms = spellings(term)
        conditions.append(reduce(operator.or_, (
            Q(**{f"{path}__icontains": form}) for path in search_fields for form in forms
        )))
    return reduce(operator.and_, conditions, Q())


class EitherScriptSearchMixin:
    """For a ModelAdmin: the changelist search (and autocomplete) in either script."""

    def get_search_results(self, request, queryset, search_term):
        fields = [f.lstrip("=^@") for f in self.get_search_fields(request)]
        if not fields or not search_term.strip():
            return queryset, False
        queryset = queryset.filter(matching(fields, search_term))
        duplicates = any(lookup_spawns_duplicates(self.opts, path) for path in fields)
        return queryset, duplicates
