"""A thing's name after 名前は, kinds of hamlet, and a district before its body (stop 33, fourth batch; invented
names, each case failed on 7e30f00d)."""
from __future__ import annotations

import pytest

from support import spans


@pytest.mark.parametrize("text", ["飼い猫の名前はカツオ。", "お店の名前は地名からですか。"])
def test_a_things_name_after_namae_wa_is_no_person(text):
    assert spans(text, "PERSON") == []


def test_a_persons_name_after_namae_wa_stays_labelled():
    assert "陽菜" in spans("娘の名前は陽菜です。", "PERSON")


def test_a_quoted_kiln_after_namae_wa_is_a_business():
    assert "周山窯" in spans("窯の名前は『周山窯』。", "ORGANIZATION")


@pytest.mark.parametrize("text", ["限界集落の問題を話し合った。", "山間集落を回る。"])
def test_kinds_of_hamlet_are_no_place(text):
    assert spans(text, "LOCATION") == []


@pytest.mark.parametrize("text, name", [
    ("「遊子地区青少年育成会だより」12月号", "遊子"),
    ("会場（山岸さん、高丘地区青年部）：若い人が", "高丘"),
])
def test_district_before_its_body_is_not_left(text, name):
    assert any(name in s for s in spans(text, "ORGANIZATION") + spans(text, "LOCATION"))
