"""The demo corpus that ``make run`` serves: the sample page and a selection of telegram-news-2024 posts.

The posts are those whose ``category`` is political, business or finances. That field was labelled by a
language model (Qwen 2.5) when the dataset was made, not by people, so some posts are off topic and some
political ones are missing. The file is built once, by hand, and shipped in ``letopis/data/demo/``::

    python -m letopis.web.demo ../shared/benchmarks/telegram-news-2024/data/raw

Dataset of Telegram News Posts (NKTKLN/telegram-news-classifier), CC BY 4.0; the posts belong to their
channels. See NOTICE.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from letopis.records import Article

DEMO_DIR = Path(__file__).resolve().parents[1] / "data" / "demo"
SAMPLE = DEMO_DIR / "kazinform-belta-visit.txt"
POSTS = DEMO_DIR / "telegram-news-2024.jsonl"
CATEGORIES = frozenset({"political", "business", "finances"})
# How many posts ship: the demo must ingest in a few minutes on 2 cores. Measured with
# `time letopis ingest --workers 2 --db /tmp/demo.db <demo files>` on a 2-core machine (busy with other jobs):
# 2,002 articles in 132 s, 15 articles/s. Re-measure after changing it.
DEMO_POSTS = 2000
# Posts shorter than this are mostly a headline and a link; the longest ones are digests of many stories.
MIN_CHARS, MAX_CHARS = 80, 2500


def demo_files() -> list[Path]:
    """The files ``make run`` ingests, in order."""
    return [SAMPLE, POSTS]


def demo_articles(limit: int | None = None, keywords: tuple[str, ...] = ()) -> list[Article]:
    """The demo corpus as articles: the sample page's reports, then the posts (the first ``limit`` of those
    holding any of ``keywords``, when given). Tests use a small slice; ``make run`` ingests the files."""
    from letopis.sources import read_jsonl, read_path

    articles = list(read_path(SAMPLE))
    lowered = tuple(k.lower() for k in keywords)
    with POSTS.open(encoding="utf-8") as lines:
        posts = read_jsonl(lines, str(POSTS), on_error=lambda error: None)
        chosen = [a for a in posts if not lowered or any(k in a.text.lower() for k in lowered)]
    return articles + chosen[:limit]


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    text: str
    outlet: str
    published: str

    def line(self) -> str:
        return json.dumps({"id": self.id, "text": self.text, "outlet": self.outlet, "published": self.published},
                          ensure_ascii=False)


def read_posts(raw: Path) -> Iterator[Post]:
    """Political and economic posts of the dataset's per-channel files, each text once."""
    seen: set[str] = set()
    for path in sorted(raw.glob("*_messages.json")):
        for post in json.loads(path.read_text(encoding="utf-8")):
            text = (post.get("text") or "").strip()
            if post.get("category") not in CATEGORIES or not MIN_CHARS <= len(text) <= MAX_CHARS:
                continue
            if text in seen:
                continue
            seen.add(text)
            # The channel's number, not its name: some names are long, and the store keeps ids to 64 characters.
            yield Post(id=f"tg-{abs(int(post['sender_id']))}-{post['message_id']}", text=text,
                       outlet=post["channel"], published=post["date"])


def select_posts(posts: list[Post], count: int) -> list[Post]:
    """Three quarters of ``count`` are the newest posts: the dataset's last days are when most channels overlap,
    so stories there are told by several outlets. The rest are spread evenly over the older months, so a pair of
    countries has a history to chart. Written oldest first."""
    ordered = sorted(posts, key=lambda p: (p.published, p.id))
    recent = count * 3 // 4
    newest, older = ordered[-recent:], ordered[:-recent]
    step = max(1, len(older) // max(1, count - recent))
    chosen = older[::step][: count - recent] + newest
    return sorted(chosen, key=lambda p: (p.published, p.id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m letopis.web.demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("raw", type=Path, help="telegram-news-2024/data/raw")
    parser.add_argument("--count", type=int, default=DEMO_POSTS, help=f"posts to keep (default {DEMO_POSTS})")
    parser.add_argument("-o", "--output", type=Path, default=POSTS)
    args = parser.parse_args(argv)
    chosen = select_posts(list(read_posts(args.raw)), args.count)
    with args.output.open("w", encoding="utf-8") as out:
        for post in chosen:
            out.write(post.line() + "\n")
    size = args.output.stat().st_size
    print(f"{args.output}: {len(chosen)} posts, {size / 1e6:.2f} MB, "
          f"{chosen[0].published[:10]} .. {chosen[-1].published[:10]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
