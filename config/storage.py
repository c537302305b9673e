"""Where uploaded media live: the local disk (default) or an S3-compatible object store, from the environment.

MEDIA_BUCKET turns the object store on (django-storages' S3 backend). Pages then link media straight to
the store (or to MEDIA_CUSTOM_DOMAIN, e.g. a CDN in front of it), so every app server sees and serves the
same uploads. Objects are uploaded public-read and linked without signatures: signed URLs change on every
render, which would defeat the page caches. Credentials come from the usual AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (read by boto3), never from settings files.
"""
import os
from urllib.parse import urlsplit

LOCAL = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def media_storage(environ=os.environ) -> tuple[dict, str | None]:
    """(STORAGES["default"], the origin media are served from when it is not the site, for the CSP)."""
    bucket = environ.get("MEDIA_BUCKET", "").strip()
    if not bucket:
        return LOCAL, None
    endpoint = environ.get("MEDIA_S3_ENDPOINT_URL", "").strip() or None
    domain = environ.get("MEDIA_CUSTOM_DOMAIN", "").strip() or None
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": environ.get("MEDIA_S3_REGION", "").strip() or None,
        "location": environ.get("MEDIA_S3_PREFIX", "media").strip("/"),
        "custom_domain": domain,
        "querystring_auth": False,
        "default_acl": "public-read",
        "file_overwrite": False,  # two uploads of the same name get two objects, as on disk
        "url_protocol": "https:" if not endpoint or endpoint.startswith("https") else "http:",
    }
    if domain:
        origin = f"{options['url_protocol']}//{domain.split('/')[0]}"
    elif endpoint:
        parts = urlsplit(endpoint)
        origin = f"{parts.scheme}://{parts.netloc}"
    else:
        origin = f"https://{bucket}.s3.amazonaws.com"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, origin
