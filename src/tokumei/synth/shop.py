"""A fake EC shop database modelled on the conventions of widely used Japanese open-source shop
software (issue #15): split columns, integer prefecture codes, salted SHA-256 passwords, free-text
notes with sensitive remarks, random keys, JAN codes and tracking numbers. Every value is invented
(names and towns from :mod:`tokumei.synth.pools`); nothing is a real person or product.

Tables (SQLAlchemy Core, so the same builder fills SQLite and PostgreSQL):

* ``dtb_customer``: customer_id, name01/name02, kana01/kana02, zip01/zip02, pref (JIS X 0401
  code), addr01 (市区町村+町域)/addr02 (番地・建物), email, tel01/tel02/tel03, sex (1/2), birth,
  password (HMAC-SHA256 hex with a per-member ``salt``), salt, secret_key (random 32), point,
  birth_point, reminder_answer, note (about 3 in 10 mention illness, disability or belief);
* ``dtb_order``: order_id, customer_id, pre_order_id (SHA-1 hex), order_name01/02, order_kana01/02,
  order_email, order_tel01/02/03, order_zip01/02, order_pref, order_addr01/02, payment_total;
* ``dtb_shipping``: shipping_id, order_id, name01/02, tel01/02/03, zip01/02, pref, addr01/02;
* ``dtb_product``: product_id, name, product_code (JAN-13), price;
* ``plg_tracking``: id, order_id, tracking_no (random 12 digits: ~1 in 10 passes the My Number
  check by chance), secret_key, api_token.

例::

    >>> write_shop(sa.create_engine("sqlite:///shop.sqlite"), members=200)   # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import hmac
import random
import string

import sqlalchemy as sa

from tokumei.synth import pools

SENSITIVE_NOTES = ("腎臓病で透析中のため午前配達希望", "乳がんの治療中", "車いす利用のため玄関先まで", "〇〇の信者のため土曜は受取不可",
                   "持病の糖尿病で食事制限あり", "聴覚障害があるため連絡はメールで", "うつ病で通院中、電話は控えて",
                   "健康診断で再検査になったと話していた")
PLAIN_NOTES = ("置き配希望", "不在時は宅配ボックスへ", "ギフト包装", "領収書不要", "午前中配達", "", "", "", "特になし",
               "前回の梱包が丁寧だったとのこと")
PRODUCTS = ("有機緑茶 100g", "ほうじ茶ティーバッグ", "抹茶ラテの素", "玄米茶 200g", "湯のみ（藍）", "急須 300ml",
            "和菓子詰め合わせ", "煎茶ギフトセット")
AUTH_MAGIC = "tokumei-demo-magic"  # stands in for the shop's configured auth magic


def _pref_code(name: str) -> int:
    from tokumei.scan.groups import PREFECTURES

    return PREFECTURES.index(name) + 1


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _jan(rng: random.Random) -> str:
    body = "45" + "".join(rng.choice(string.digits) for _ in range(10))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _tel(rng: random.Random) -> tuple[str, str, str]:
    return tuple(pools.mobile(rng).split("-"))  # type: ignore[return-value]


def tables(meta: sa.MetaData) -> dict[str, sa.Table]:
    """The table definitions (all text columns except keys, pref, sex and amounts)."""
    T, I = sa.Text, sa.Integer  # noqa: N806

    def cols(*names: str, kind=T):
        return [sa.Column(n, kind) for n in names]

    person = ("name01", "name02", "kana01", "kana02")
    place = ("zip01", "zip02")
    return {
        "dtb_customer": sa.Table("dtb_customer", meta, sa.Column("customer_id", I, primary_key=True),
                                 *cols(*person, *place), sa.Column("pref", I), *cols("addr01", "addr02", "email",
                                 "tel01", "tel02", "tel03"), sa.Column("sex", I), sa.Column("birth", sa.Date),
                                 *cols("password", "salt", "secret_key"), sa.Column("point", I),
                                 sa.Column("birth_point", I), *cols("reminder_answer", "note")),
        "dtb_order": sa.Table("dtb_order", meta, sa.Column("order_id", I, primary_key=True), sa.Column("customer_id", I),
                              *cols("pre_order_id", *(f"order_{x}" for x in person), "order_email", "order_tel01",
                                    "order_tel02", "order_tel03", "order_zip01", "order_zip02"),
                              sa.Column("order_pref", I), *cols("order_addr01", "order_addr02"),
                              sa.Column("payment_total", I)),
        "dtb_shipping": sa.Table("dtb_shipping", meta, sa.Column("shipping_id", I, primary_key=True),
                                 sa.Column("order_id", I), *cols("name01", "name02", "tel01", "tel02", "tel03", *place),
                                 sa.Column("pref", I), *cols("addr01", "addr02")),
        "dtb_product": sa.Table("dtb_product", meta, sa.Column("product_id", I, primary_key=True),
                                *cols("name", "product_code"), sa.Column("price", I)),
        "plg_tracking": sa.Table("plg_tracking", meta, sa.Column("id", I, primary_key=True), sa.Column("order_id", I),
                                 *cols("tracking_no", "secret_key", "api_token")),
    }


def shop_rows(members: int, seed: int = 1) -> dict[str, list[dict]]:
    """Rows per table (deterministic for a seed). Notes: 3 in 10 members have a sensitive one."""
    rng = random.Random(seed)
    out: dict[str, list[dict]] = {k: [] for k in ("dtb_customer", "dtb_order", "dtb_shipping", "dtb_product", "plg_tracking")}
    for i in range(1, members + 1):
        p, a = pools.person(rng), pools.address(rng)
        salt = _alnum(rng, 10)
        t = _tel(rng)
        out["dtb_customer"].append({
            "customer_id": i, "name01": p.family, "name02": p.given, "kana01": p.family_kana, "kana02": p.given_kana,
            "zip01": a.postal_code[:3], "zip02": a.postal_code[4:], "pref": _pref_code(a.prefecture),
            "addr01": a.municipality + a.town, "addr02": (a.block + a.building).strip(),
            "email": pools.email(rng), "tel01": t[0], "tel02": t[1], "tel03": t[2],
            "sex": 1 if p.gender == "男性" else 2, "birth": pools.birth_date(rng),
            "password": hmac.new(f"{AUTH_MAGIC}{salt}".encode(), _alnum(rng, 8).encode(), hashlib.sha256).hexdigest(),
            "salt": salt, "secret_key": _alnum(rng, 32), "point": rng.randint(0, 3000),
            "birth_point": rng.choice([0, 0, 100, 300]), "reminder_answer": rng.choice(["ポチ", "たま", "さくら小学校", "カレー"]),
            "note": rng.choice(SENSITIVE_NOTES) if i % 10 < 3 else rng.choice(PLAIN_NOTES),
        })
        c = out["dtb_customer"][-1]
        for _ in range(rng.choice([0, 1, 1, 2])):
            oid = len(out["dtb_order"]) + 1
            out["dtb_order"].append({
                "order_id": oid, "customer_id": i, "pre_order_id": hashlib.sha1(_alnum(rng, 12).encode()).hexdigest(),
                **{f"order_{k}": c[k] for k in ("name01", "name02", "kana01", "kana02", "email", "tel01", "tel02",
                                                "tel03", "zip01", "zip02", "pref", "addr01", "addr02")},
                "payment_total": rng.randint(800, 20000)})
            out["dtb_shipping"].append({"shipping_id": oid, "order_id": oid,
                                        **{k: c[k] for k in ("name01", "name02", "tel01", "tel02", "tel03", "zip01",
                                                             "zip02", "pref", "addr01", "addr02")}})
            out["plg_tracking"].append({"id": oid, "order_id": oid, "tracking_no": "".join(rng.choice(string.digits) for _ in range(12)),
                                        "secret_key": _alnum(rng, 32), "api_token": hashlib.sha1(_alnum(rng, 8).encode()).hexdigest()})
    for j in range(1, max(40, members // 5) + 1):
        out["dtb_product"].append({"product_id": j, "name": f"{rng.choice(PRODUCTS)} {j}", "product_code": _jan(rng),
                                   "price": rng.randint(300, 5000)})
    return out


def write_shop(engine: sa.engine.Engine, members: int = 200, seed: int = 1, schema: str | None = None) -> dict[str, int]:
    """Create the tables (dropping old ones) and fill them; returns rows per table."""
    meta = sa.MetaData(schema=schema)
    defs = tables(meta)
    rows = shop_rows(members, seed)
    meta.drop_all(engine)
    meta.create_all(engine)
    with engine.begin() as conn:
        for name, t in defs.items():
            if rows[name]:
                conn.execute(t.insert(), rows[name])
    return {k: len(v) for k, v in rows.items()}


def note_is_sensitive(note: str) -> bool:
    """True for the notes this builder draws from :data:`SENSITIVE_NOTES` (test oracle)."""
    return note in SENSITIVE_NOTES

