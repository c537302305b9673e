"""HTTP byte ranges for video: Safari and iOS play an MP4 only from a server that answers `Range`, and
every browser seeks with it. One range per request (what players ask for); anything else gets the whole
file, as RFC 9110 allows."""
import re

RANGE = re.compile(r"bytes=(\d*)-(\d*)")


class Unsatisfiable(Exception):
    """A well-formed range that lies outside the file: answered with 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) byte positions, inclusive, of a single-range `Range` header; None for no (or an
    unusable) header, meaning the whole file."""
    found = RANGE.fullmatch((header or "").strip())
    if not found or found.groups() == ("", ""):
        return None
    first, last = found.groups()
    if first == "":  # a suffix: the last N bytes
        length = int(last)
        if length == 0:
            raise Unsatisfiable
        return max(size - length, 0), size - 1
    first = int(first)
    if last != "" and int(last) < first:
        return None  # last before first: invalid, so ignored
    if first >= size:
        raise Unsatisfiable
    return first, size - 1 if last == "" else min(int(last), size - 1)


def read_slice(stream, first: int, last: int, chunk: int = 64 * 1024):
    """The bytes first..last of an open file, in chunks; closes it when done or abandoned."""
    try:
        stream.seek(first)
        left = last - first + 1
        while left > 0:
            data = stream.read(min(chunk, left))
            if not data:
                break
            left -= len(data)
            yield data
    finally:
        stream.close()
