"""Search hits carry a headline a reader can scan: the title, else the post's first line without its markdown (a
Telegram post's heading), not the snippet around the match."""

from __future__ import annotations

from pathlib import Path

from letopis.records import Article
from letopis.store import Store, ingest, search

POST = ("**Евросоюз ввёл новые санкции против Ирана**\n\nВ пакет вошли ограничения на поставки дронов. "
        "Как сообщает [агентство](https://t.me/example), санкции затронут десять компаний.")


def test_an_untitled_post_is_headed_by_its_first_line(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        ingest(store, [Article(id="p1", text=POST, outlet="ТАСС"),
                       Article(id="a1", title="Санкции против Ирана", text="Евросоюз ввёл санкции против Ирана.")])
        hits = {h.id: h for h in search(store, "санкции").items}
    assert hits["p1"].headline == "Евросоюз ввёл новые санкции против Ирана"
    assert hits["p1"].title is None and "агентство" in hits["p1"].snippet
    assert hits["a1"].headline == "Санкции против Ирана"
