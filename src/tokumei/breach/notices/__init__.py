"""Notices to the people affected (施行規則第10条), a public announcement and a call-centre FAQ.

Every notice states both what may have leaked and what did not. Files are written only under
the output folder given on the command line; nothing personal is printed or logged.
"""
