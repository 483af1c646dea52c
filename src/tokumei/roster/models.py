"""Roster tables, in the review area's metadata (same database, same audit chain). The schema
is created by the Alembic migration ``r001_roster`` (branch label ``roster``); these classes
must match it.

例::

    >>> Roster(name="さくら小学校PTA 名簿", purpose="連絡網").name
    'さくら小学校PTA 名簿'
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tokumei.review.models import Base, utcnow


class Roster(Base):
    __tablename__ = "rosters"
    id: Mapped[int] = mapped_column(primary_key=True)
    adviser_id: Mapped[int] = mapped_column(ForeignKey("advisers.id"))
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    #: [{"key": "members", "label": "会員全員"}, …] widest audience first
    audiences: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    #: field keys from :data:`tokumei.roster.fields.FIELDS`, in print order
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    retention_until: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Member(Base):
    __tablename__ = "roster_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("rosters.id"), index=True)
    #: what the organiser holds: {field key: value}
    data: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: the member's current choice per field: {field key: audience key | "none"}; {} = not answered
    choices: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    source: Mapped[str] = mapped_column(String(300), default="")  # e.g. "import:名簿.xlsx 12行目"
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ConsentRecord(Base):
    """Every answer a member (or guardian, or the organiser from a paper form) gave, kept in full."""

    __tablename__ = "roster_consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_members.id"), index=True)
    choices: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(20))  # answer | withdrawal
    by: Mapped[str] = mapped_column(String(40))  # member | guardian | organiser(paper)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MemberLink(Base):
    __tablename__ = "roster_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_members.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Edition(Base):
    """One published edition for one audience: the printed rows and the consent state they came from."""

    __tablename__ = "roster_editions"
    __table_args__ = (UniqueConstraint("roster_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("rosters.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    audience: Mapped[str] = mapped_column(String(40))
    order: Mapped[str] = mapped_column(String(10))  # kana | class
    #: printed rows: [{"member": id, "values": {field: value}}] in print order (deferred: large)
    rows: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, deferred=True)
    #: the consent state it was made from: {member id: {field: choice}} (every member, answered or not)
    consent_state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, deferred=True)
    listed: Mapped[int] = mapped_column(Integer, default=0)
    consent_sha256: Mapped[str] = mapped_column(String(64))
    rows_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EditionEntry(Base):
    """Which fields of which member an edition printed (indexed by member: a member's history
    without reading whole editions)."""

    __tablename__ = "roster_edition_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("roster_editions.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_members.id"), index=True)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)


class Copy(Base):
    """One numbered copy of an edition and who received it (the distribution log)."""

    __tablename__ = "roster_copies"
    __table_args__ = (UniqueConstraint("edition_id", "copy_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("roster_editions.id"), index=True)
    copy_no: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(200))
    fmt: Mapped[str] = mapped_column(String(10))  # pdf | xlsx
    mark: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
