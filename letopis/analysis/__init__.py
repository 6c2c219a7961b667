"""Analysis of one article into a Doc: natasha underneath, our stages on top. Imports neither store nor web."""

from letopis.analysis.pipeline import STAGES, Context, Pipeline, Stage, clear_word_caches

__all__ = ["STAGES", "Context", "Pipeline", "Stage", "clear_word_caches"]
