"""Review and consent web app (``tokumei serve``): an adviser anonymizes a case study, the client
business reads it through a private link, confirms or disputes each claim and approves it; the
approval is bound to the SHA-256 of that exact text and every step lands in a hash-chained log.

例::

    >>> from tokumei.review.app import create_app
    >>> from tokumei.review.settings import Settings
    >>> app = create_app(Settings(data_dir="/tmp/tokumei-demo"))  # doctest: +SKIP
"""
