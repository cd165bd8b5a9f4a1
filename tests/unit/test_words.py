"""The analysts' words for partner kinds (partnergraph.words): both languages, with and
without diacritics, and near words for a word no kind has."""

import pytest

from partnergraph import words
from partnergraph.domain import PartnerKind


@pytest.mark.parametrize(("word", "kind"), [
    ("ngo", PartnerKind.foreign_ngo),
    ("NGOs", PartnerKind.foreign_ngo),
    ("phi chính phủ", PartnerKind.foreign_ngo),
    ("Phi Chinh Phu", PartnerKind.foreign_ngo),
    ("PCPNN", PartnerKind.foreign_ngo),
    ("tổ chức PCPNN", PartnerKind.foreign_ngo),
    ("foreign_ngo", PartnerKind.foreign_ngo),
    ("chính quyền địa phương", PartnerKind.local_government),
    ("chinh quyen dia phuong", PartnerKind.local_government),
    ("local government", PartnerKind.local_government),
    ("Đại sứ quán", PartnerKind.diplomatic_mission),
    ("dai su quan", PartnerKind.diplomatic_mission),
    ("consulate", PartnerKind.diplomatic_mission),
    ("tổ chức quốc tế", PartnerKind.multilateral),
    ("doanh nghiep", PartnerKind.company),
    ("đại học", PartnerKind.academic),
])
def test_a_word_analysts_use_names_its_kind(word, kind):
    assert words.partner_kind(word) is kind


def test_every_kind_has_a_vietnamese_and_an_english_name_and_no_word_names_two_kinds():
    """The vocabulary is built at import and refuses a word shared by two kinds."""
    assert set(words.KINDS) == set(PartnerKind)
    for kind in PartnerKind:
        assert words.partner_kind(words.KINDS[kind].vi) is kind
        assert words.partner_kind(words.KINDS[kind].en) is kind


def test_an_unknown_word_is_refused_with_the_nearest_words():
    with pytest.raises(words.UnknownWord) as caught:
        words.partner_kind("phi chin phu")

    assert caught.value.suggestions[0] == ("phi chính phủ", PartnerKind.foreign_ngo)
    assert "did you mean 'phi chính phủ' (foreign_ngo)" in str(caught.value)


def test_a_word_near_nothing_is_refused_without_a_guess():
    with pytest.raises(words.UnknownWord) as caught:
        words.partner_kind("qqqqqqqq")
    assert caught.value.suggestions == []
