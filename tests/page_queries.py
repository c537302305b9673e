"""What a page costs in queries once warm: shared by the tests of the article page's queries."""
from django.db import connection
from django.test.utils import CaptureQueriesContext


def warm_page(client, url):
    """(html, SQL of each query) of a GET of `url`, after a first GET (which builds the script-variant
    glossary once per process)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries]
