"""{% fixed value ... %}…{% endfixed %}: a piece of every page rendered once per process for each set of
values it depends on, instead of on every request.

Every page repeats the same header, navigation and footer: some forty `{% translate %}`, `{% static %}` and
`{% address %}` tags that write the same HTML for every reader of one language. Rendering them cost about
a millisecond of each uncached page. This tag keeps what its body wrote, keyed by

- the values it names (`{% fixed request.resolver_match.view_name current_section %}`), compared by
  equality, or, for a model instance or any other object that is not a str, int, float, bool or None,
  by identity (`site_settings`: pages.models.current() hands out a new object whenever an editor saves);
- the active language, the URLconf and the script prefix (what `{% translate %}` and `{% address %}`
  read); the static files' addresses and the settings are fixed for the life of a process (a changed
  setting, which only tests make, empties the store).

So a body may read only the values it names, its language and the process's constants. Anything else
(the request's path, the user, a CSRF token, a form) would be served to the next reader: keep it
outside. Page content is never put in a fixed block; the page cache (config.pagecache) is for that.

The store is per process and bounded (KEEP keys, then it starts again): the keys are few (languages ×
sections × settings objects), so a full store means a body was given a value it should not vary on.
"""
from django import template
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

KEEP = 512
_kept: dict = {}
_PLAIN = (str, int, float, bool, type(None))


def _forget(**kwargs):
    """A changed setting (in tests: override_settings of SITE_NAME, STORAGES, …) may change any body."""
    _kept.clear()


setting_changed.connect(_forget)


def _part(value):
    return value if isinstance(value, _PLAIN) else ("object", id(value))


class FixedNode(template.Node):
    def __init__(self, nodelist, values):
        self.nodelist, self.values = nodelist, values

    def render(self, context):
        values = tuple(value.resolve(context) for value in self.values)
        key = (id(self), get_language(), get_urlconf(), get_script_prefix(), *map(_part, values))
        kept = _kept.get(key)
        # The node and the values are kept beside the HTML: what is keyed by identity stays alive while
        # its entry does, so its id cannot be reused by another object (a template parsed again).
        if kept is not None and kept[0] is self and all(a is b or a == b for a, b in zip(kept[1], values, strict=True)):
            return kept[2]
        html = mark_safe(self.nodelist.render(context))
        if len(_kept) >= KEEP:
            _kept.clear()
        _kept[key] = (self, values, html)
        return html


@register.tag
def fixed(parser, token):
    bits = token.split_contents()[1:]
    nodelist = parser.parse(("endfixed",))
    parser.delete_first_token()
    return FixedNode(nodelist, [parser.compile_filter(bit) for bit in bits])
