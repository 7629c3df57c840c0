"""Evidence: each fact checked against its own quote, and each quote against its source.

- :mod:`~toolkit.evidence.checks`: the checks, fact by fact, as ``Problem`` records
  (the lint runs them: :mod:`toolkit.lint.evidence`);
- :mod:`~toolkit.evidence.quotes`: what a quote states (numbers, dates, hedges), built on
  :mod:`~toolkit.evidence.numbers` (with :mod:`~toolkit.evidence.digits`,
  :mod:`~toolkit.evidence.korean`, :mod:`~toolkit.evidence.arabic`),
  :mod:`~toolkit.evidence.dates` and :mod:`~toolkit.evidence.hedges`;
- :mod:`~toolkit.evidence.archives`: the organisation's copies of its sources, read once
  and normalised, and where a quote is (or nearly is) in them;
- :mod:`~toolkit.evidence.review`: the table of ``toolkit facts``.
"""
