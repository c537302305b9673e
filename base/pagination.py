"""Pages of a list, and what a later page tells search engines."""
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from base.seo import PageMeta

PAGE_SIZE = 10


def paginate(request, queryset, per_page=PAGE_SIZE):
    """A page of results; an out-of-range or malformed page number is a 404, not a silent first page."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    try:
        return paginator.page(int(request.GET.get("page", "1")))
    except (ValueError, TypeError, EmptyPage) as exc:
        raise Http404(_("There is no such page.")) from exc


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
