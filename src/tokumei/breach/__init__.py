"""Breach response (issue #7): APPI / 番号法 assessment, deadlines, report draft and notices.

Pure core: :func:`tokumei.breach.assess.assess` is a function of the incident, the rule set in
force on the discovery date (``rules/<effective-date>/``) and nothing else. I/O (incident file,
inventory, affected list, notices) lives at the edges (``incident.py``, ``inventory.py``,
``notices/``, ``commands.py``).
"""
