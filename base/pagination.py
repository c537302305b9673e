"""Pages of a list, and what a later page tells search engines.

A list offers at most MAX_PAGES pages: deeper pages cost an ever longer index walk (page 5,000 of the news
read 50,001 rows) and nobody pages that far; the month archives and the sitemaps reach every article. The
page links are elided (1 … 4 5 [6] 7 8 … 200), so a page's size does not grow with the list.
"""
from functools import cached_property

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from base.prepared import prefetch
from base.seo import PageMeta

PAGE_SIZE = 10
MAX_PAGES = 200


class CappedPaginator(Paginator):
    """A paginator that offers no page past `max_pages` (the count stays the list's real size), and takes
    the count from the caller when it is known (kept in a cache: counting reads the whole list)."""

    def __init__(self, *args, max_pages=None, count=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_pages = max_pages or MAX_PAGES
        self.known_count = count

    @cached_property
    def count(self):
        return Paginator.count.func(self) if self.known_count is None else self.known_count

    @cached_property
    def num_pages(self):
        return min(super().num_pages, self.max_pages)


class Concatenated:
    """The rows of `first`, then those of `rest` (two disjoint, ordered QuerySets), as a list a Paginator
    pages: a page reads its own rows from one part, or at the seam from both, instead of one query that
    orders the whole list by which part a row is in (a sort of every row, whatever the page). `count`: a
    function giving the rows of both parts (one query over the list, not a count of each part);
    `prefetch`: lookups for base.prepared.prefetch (Prefetch objects built once), run once on a page's rows whichever part they
    came from (so a page at the seam costs one query more, not a second set of prefetches).

    Where the first part ends is known from a page that reads it short (or from the first page: an empty
    first part); only a later page past its end counts it (one more query)."""

    def __init__(self, first, rest, count, prefetch=()):
        self.first, self.rest, self._count, self.prefetch = first, rest, count, tuple(prefetch)

    @property
    def model(self):
        """The rows' model, as a queryset says it."""
        return self.first.model

    def count(self) -> int:
        return self._count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step not in (None, 1) or index.start is None or index.stop is None:
            raise TypeError("Concatenated takes a slice [start:stop], as Paginator asks")
        start, stop = index.start, index.stop
        rows = list(self.first[start:stop])
        if len(rows) < stop - start:
            first_total = start + len(rows) if rows or not start else self.first.count()
            rows += self.rest[max(0, start - first_total):stop - first_total]
        if self.prefetch:
            prefetch(rows, *self.prefetch)
        return rows


def requested_page(request) -> int:
    """The page number the request asks for, 1 if it asks for none or for nonsense (paginate() then
    answers 404): what a list reads before it picks its query plan (base.planner.walk_from)."""
    try:
        return max(1, int(request.GET.get("page", "1")))
    except (ValueError, TypeError, OverflowError):
        return 1


def paginate(request, queryset, per_page=PAGE_SIZE, max_pages=None, count=None):
    """A page of results; an out-of-range or malformed page number is a 404, not a silent first page.
    `count`: the list's size when the caller knows it (else the page counts the queryset).

    The page carries `elided_range`: the page numbers to link, with Paginator.ELLIPSIS for the gaps."""
    paginator = CappedPaginator(queryset, per_page, allow_empty_first_page=True, max_pages=max_pages, count=count)
    try:
        page = paginator.page(int(request.GET.get("page", "1")))
    except (ValueError, TypeError, OverflowError, EmptyPage) as exc:
        raise Http404(_("There is no such page.")) from exc
    page.elided_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page


def paginated_title(title, page) -> str:
    """The list's title, with "(page N)" after the first page."""
    if page.number > 1:
        return _("%(title)s (page %(number)d)") % {"title": title, "number": page.number}
    return str(title)


def listing_meta(title, description, page, noindex=False, jsonld=()) -> PageMeta:
    """Page meta of a list page. Later pages (and filtered lists: `noindex`) are not what a search
    should land on."""
    return PageMeta(
        title=paginated_title(title, page), description=str(description),
        noindex=noindex or page.number > 1, jsonld=list(jsonld),
    )
