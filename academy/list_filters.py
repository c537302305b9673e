"""The filter form of a list page (课程, 导师与人物, 实训基地, 活动): one <select> per filter (or a text
field for a filter over thousands of records, such as 导师), read from the query string, shown by
templates/academy/includes/filter_form.html."""
from dataclasses import dataclass, field
from urllib.parse import urlencode


@dataclass
class Filter:
    """One <select>: its query parameter, label, (value, label) options, the label of its "any" option
    (全部学院) and the value asked for.

    ``records`` maps each value to its record for filters over records (an academy, an honour), so a
    view can use the chosen record. ``strict``: a value that is not an option counts as not given
    (otherwise an unknown value stays, and finds nothing).
    """

    name: str
    label: str
    everything: str
    options: list
    records: dict = field(default_factory=dict)
    strict: bool = False
    value: str = ""
    kind: str = "select"   # or "search": a text field, with suggestions from suggest_url (academy.teacher_search)
    suggest_url: str = ""
    shown: str = ""        # what a search field shows for the value (a name for a slug)

    @classmethod
    def of_records(cls, name, label, everything, records):
        """Options from named records with their name and slug (academy.page_reads' lists)."""
        records = list(records)
        return cls(name, label, everything, [(r.slug, r.name) for r in records], records={r.slug: r for r in records})

    @property
    def selected(self):
        """The label of the chosen option (for a search field, what it shows), or None."""
        if self.kind == "search":
            return (self.shown or self.value) or None
        return dict(self.options).get(self.value)

    @property
    def record(self):
        """The chosen record, or None."""
        return self.records.get(self.value)


class Filters:
    """A list page's filters, read from the request: ``filters["academy"].value``, ``filters.filtered``."""

    def __init__(self, request, *filters):
        self.filters = filters
        for item in filters:
            item.value = request.GET.get(item.name, "").strip()
            if item.strict and item.selected is None:
                item.value = ""

    def __iter__(self):
        return iter(self.filters)

    def __getitem__(self, name):
        for item in self.filters:
            if item.name == name:
                return item
        raise KeyError(name)

    @property
    def values(self):
        """{name: value} of every filter, "" where none is given."""
        return {item.name: item.value for item in self.filters}

    @property
    def filtered(self):
        return any(item.value for item in self.filters)

    @property
    def query(self):
        """The filters as a query string, for pagination links."""
        return urlencode([(item.name, item.value) for item in self.filters if item.value])
