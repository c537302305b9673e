"""Reading an article from a file for the command-line tools (import_article, propose_records).

One place for the checks, so every command gives the same Chinese message instead of a traceback: a
missing file, a directory, a file too large, NUL bytes (Word, PDF, images), an undecodable or empty file.
Decoding is zhtext.decode's strict order (UTF-8, UTF-16 by BOM, GB18030, Big5).
"""
from pathlib import Path

from zhtext.decode import DecodeError, decode_reprint

MAX_FILE_BYTES = 5 * 1024 * 1024


class TextFileError(Exception):
    """A file that cannot be read as an article; the message is for the person who named it."""


def read_text_file(path: Path, max_chars: int) -> tuple[str, str]:
    """(text, encoding name) of an article file, or TextFileError with a Chinese message."""
    if not path.exists():
        raise TextFileError(f"找不到文件：{path}")
    if path.is_dir():
        raise TextFileError(f"这是一个目录，不是文件：{path}。请逐个指定要导入的文件。")
    if not path.is_file():
        raise TextFileError(f"不是普通文件：{path}")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TextFileError(f"文件太大：{path}（超过 5 MB），不像是一篇转载稿。")
        data = path.read_bytes()
    except PermissionError as exc:
        raise TextFileError(f"没有读取权限：{path}") from exc
    except OSError as exc:
        raise TextFileError(f"无法读取文件：{path}（{exc.strerror}）") from exc
    try:
        text, encoding = decode_reprint(data)
    except DecodeError as exc:
        raise TextFileError(f"{path}：{exc}") from exc
    if not text.strip():
        raise TextFileError(f"文件是空的：{path}")
    if len(text) > max_chars:
        raise TextFileError(f"文件有 {len(text):,} 字，超过导入上限 {max_chars:,} 字：{path}")
    return text, encoding
