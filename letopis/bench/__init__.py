"""``letopis bench``: accuracy on public Russian benchmarks and throughput, against natasha and PullEnti.

Modules: ``shared`` (where the data is), ``matching`` (assignment, fuzzy compare, scores), ``factrueval``
(gold layers and response formats), ``tracks`` (the three factRuEval-2016 tracks), ``convert`` (our JSON
contract to responses), ``bsnlp`` (base forms), ``anchors`` (natasha alone, PullEnti), ``speed``,
``report`` (BENCHMARKS.md) and ``run`` (the command). PullEnti is imported lazily and only here.
"""
