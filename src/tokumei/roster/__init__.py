"""Rosters (名簿) where every member decides, field by field, what is printed and for whom.

The organiser (a PTA officer, a 同窓会 secretary, an adviser helping a client) creates a roster
with its purpose (利用目的), audiences (会員全員 / 役員のみ …), fields and retention date; imports
an existing list (columns recognised by the scan classifier, risky columns refused with the
reason); each member answers through a personal link, field by field; editions for one
audience hold only what was consented for that audience, every copy carries its own number,
and every step lands in the same hash-chained audit log as the review area.

例::

    >>> from tokumei.roster.fields import included
    >>> included("officers", "members", ["members", "officers"])  # 会員全員に掲載可 → 役員版にも載る
    True
"""
