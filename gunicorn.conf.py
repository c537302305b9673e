"""Read by gunicorn from the working directory (`gunicorn config.wsgi ...` in the project folder).

Only what the project needs everywhere: load-balancer probes (/healthz, /readyz, config.health) stay out
of the access log when they succeed. Workers, binding and timeouts are given on the command line (README).
"""
import logging

PROBE_PATHS = ("/healthz", "/readyz")


class QuietProbes(logging.Filter):
    """Drops access-log lines of successful probes (gunicorn passes the request's atoms as a dict)."""

    def filter(self, record):
        atoms = record.args if isinstance(record.args, dict) else {}
        return not (atoms.get("U") in PROBE_PATHS and str(atoms.get("s")) == "200")


def post_fork(server, worker):
    server.log.access_log.addFilter(QuietProbes())
