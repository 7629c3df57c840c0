"""Evidence: each fact checked against its own quote, and each quote against its source.

- :mod:`~toolkit.lint.evidence.checks`: the checks, fact by fact, as ``Problem`` records
  (the lint runs them: ``evidence`` in :mod:`toolkit.lint.factsheet`);
- :mod:`~toolkit.lint.evidence.quotes`: what a quote states (numbers, dates, hedges), built on
  :mod:`~toolkit.lint.evidence.numbers` (with :mod:`~toolkit.lint.evidence.digits`,
  :mod:`~toolkit.lint.evidence.korean`, :mod:`~toolkit.lint.evidence.arabic`),
  :mod:`~toolkit.lint.evidence.dates` and :mod:`~toolkit.lint.evidence.hedges`;
- :mod:`~toolkit.lint.evidence.archives`: the organisation's copies of its sources, read once
  and normalised, and where a quote is (or nearly is) in them.

The table of ``toolkit facts`` that shows all of it is :mod:`toolkit.facts`.
"""
