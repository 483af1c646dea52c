"""Database tables (SQLAlchemy 2 ORM). The schema itself is created by the Alembic migration in
``migrations/versions``; these classes must match it.

例::

    >>> Engagement(client_name="株式会社やまだ陶苑", policy="publication").client_name
    '株式会社やまだ陶苑'
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Current UTC time, timezone-aware. 例: ``utcnow().tzinfo is timezone.utc``"""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Adviser(Base):
    __tablename__ = "advisers"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Engagement(Base):
    __tablename__ = "engagements"
    id: Mapped[int] = mapped_column(primary_key=True)
    adviser_id: Mapped[int] = mapped_column(ForeignKey("advisers.id"))
    client_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    contacts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    people: Mapped[list[str]] = mapped_column(JSON, default=list)
    organizations: Mapped[list[str]] = mapped_column(JSON, default=list)
    allow: Mapped[list[str]] = mapped_column(JSON, default=list)
    policy: Mapped[str] = mapped_column(String(40), default="publication")
    publish_where: Mapped[str] = mapped_column(String(300), default="")
    publish_period: Mapped[str] = mapped_column(String(200), default="")
    last_seen_version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lock_version: Mapped[int] = mapped_column(Integer, default=1)
    versions: Mapped[list["Version"]] = relationship(back_populates="engagement", order_by="Version.number")
    __mapper_args__ = {"version_id_col": lock_version}


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("engagement_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id"))
    number: Mapped[int] = mapped_column(Integer)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    original: Mapped[str] = mapped_column(Text)
    #: detections and manual marks: [{id,start,end,label,original,replacement,reason,rule,accepted,manual}]
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    risks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lock_version: Mapped[int] = mapped_column(Integer, default=1)
    engagement: Mapped[Engagement] = relationship(back_populates="versions")
    __mapper_args__ = {"version_id_col": lock_version}


class Link(Base):
    __tablename__ = "links"
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    otp_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    #: the version the client had seen before this link's first view (for "what changed")
    base_version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    viewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    #: set when a newer version of the engagement was sent: the link then accepts nothing
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Comment(Base):
    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    link_id: Mapped[int] = mapped_column(ForeignKey("links.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Claim(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)  # confirmed | disputed
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    #: the version number whose answer was carried over (same sentence), else None
    carried_from: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Decision(Base):
    """The client's answer for one version: approved (bound to ``sha256``) or changes requested."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    link_id: Mapped[int] = mapped_column(ForeignKey("links.id"))
    kind: Mapped[str] = mapped_column(String(20))  # approved | declined
    sha256: Mapped[str] = mapped_column(String(64))
    person_name: Mapped[str] = mapped_column(String(200))
    consent_text: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    withdraw_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    #: the engagement's id while this approval is in force, else None. UNIQUE: the database
    #: refuses a second approval in force for the same engagement (see consent.approve)
    in_force_engagement_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ended_reason: Mapped[str | None] = mapped_column(String(20), nullable=True)  # edited | superseded
    #: what was approved, frozen at approval: claims and answers, comments, consent, hashes
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class Event(Base):
    """One audit event; rows are append-only (database triggers refuse UPDATE and DELETE)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    ts: Mapped[str] = mapped_column(String(40))  # ISO-8601 UTC, exactly as hashed
    engagement_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    ip: Mapped[str] = mapped_column(String(64), default="")
    user_agent: Mapped[str] = mapped_column(String(500), default="")
    data: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON, exactly as hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class ThrottleFailure(Base):
    """One failed attempt (sign-in, one-time code, code resend) under a throttle key; kept in
    the database so that every server process (``tokumei serve --workers N``) counts the same."""

    __tablename__ = "throttle_failures"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    at: Mapped[float] = mapped_column(Float)  # Unix time in seconds


class AdviserSession(Base):
    """A signed-in browser, kept on the server: the cookie carries a random id whose SHA-256 is
    ``sid_hash``; logout and a password change set ``ended_at``, after which a copied cookie is
    refused (issue #13)."""

    __tablename__ = "adviser_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    adviser_id: Mapped[int] = mapped_column(ForeignKey("advisers.id"))
    sid_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
