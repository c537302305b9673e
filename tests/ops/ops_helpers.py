"""Helpers for the operations tests (faults, health, backups, storage)."""
import socket

VARIANTS = ("zh-hans", "zh-tw", "zh-hk")


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
