import pytest
from django.core.management import call_command


@pytest.fixture
def site(db):
    """The real seed content: both articles, everything the academy fixtures name, the glossary."""
    call_command("load_site_content", verbosity=0)
