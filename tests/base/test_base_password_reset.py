"""Editors reset a forgotten password by e-mail from the admin's sign-in page."""
import re

import pytest
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_sign_in_page_offers_the_reset_and_the_editor_gets_a_working_link(client, editor):
    editor.email = "editor@example.org"
    editor.save()
    assert reverse("admin_password_reset") in client.get(reverse("admin:login")).content.decode()
    response = client.post(reverse("admin_password_reset"), {"email": "editor@example.org"})
    assert response.status_code == 302 and len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/admin/reset/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    new = "another-Long-passphrase-77"
    response = client.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new)


def test_non_staff_and_unknown_addresses_get_no_mail_but_the_same_answer(client, django_user_model):
    django_user_model.objects.create_user("reader", email="reader@example.org", password="x-long-pass-12345")
    for email in ("reader@example.org", "nobody@example.org"):
        response = client.post(reverse("admin_password_reset"), {"email": email})
        assert response.status_code == 302
    assert mail.outbox == []
