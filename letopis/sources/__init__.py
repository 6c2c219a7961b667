"""Reading input into ``Article`` records: plain-text pages (split into the reports they hold), JSON lines,
files and standard input, in UTF-8, cp1251 or koi8-r::

    for article in read_path("kazinform-belta-visit.txt"):
        print(article.title, article.outlet, article.cites)
"""

from letopis.sources.decode import decode_bytes
from letopis.sources.files import read_path
from letopis.sources.jsonl import read_jsonl
from letopis.sources.page import read_text

__all__ = ["decode_bytes", "read_jsonl", "read_path", "read_text"]
