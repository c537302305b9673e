"""{% address 'news:list' %}: what {% url 'news:list' %} writes, reversed once per language (base.addresses),
for the links every page or every card writes again."""
from django import template

from base.addresses import address

register = template.Library()
register.simple_tag(address, name="address")
