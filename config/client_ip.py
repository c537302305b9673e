"""The client's address, taken correctly behind TRUSTED_PROXY_COUNT reverse proxies.

Each proxy appends the address it received the request from to X-Forwarded-For (nginx:
`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`), and the last proxy is REMOTE_ADDR. So
with n trusted proxies the client is the n-th address from the right of [X-Forwarded-For..., REMOTE_ADDR]
minus one: everything further left was written by the client and cannot be trusted. Without proxies
(n = 0) the header is ignored. django-ipware's proxy_count counts differently (it expects the proxies'
own addresses in the header), hence this small function for django-axes (AXES_CLIENT_IP_CALLABLE).
"""
import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    hops = [*forwarded, remote]
    # Fewer hops than proxies: a request that skipped a proxy; the left-most address is the best we know.
    candidate = hops[-(trusted + 1)] if len(hops) > trusted else hops[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
