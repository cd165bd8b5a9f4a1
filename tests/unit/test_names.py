"""Names for search: folding and ranking (partnergraph.names)."""

import pytest

from partnergraph.names import best_matches, fold, keys


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Quảng Tây", "quang tay"),
        ("  Sở Ngoại vụ ", "so ngoai vu"),
        ("Đà Nẵng", "da nang"),
        ("ĐẶNG", "dang"),
        ("广西", "guangxi"),
        ("廣西", "guangxi"),
        ("富宁县", "funingxian"),
        ("云南", "yunnan"),
        ("GNI/Hàn Quốc", "gni han quoc"),
        ("Ngân hàng Thế giới (WB)", "ngan hang the gioi wb"),
        ("BCDF/Úc..", "bcdf uc"),
        ("Quảng Tây广西", "quang tay guangxi"),
        ("굿네이버스", "gusneibeoseu"),
        ("Москва", "moskva"),
        ("Zürich", "zurich"),
        ("Khu\u00a0tự trị\tdân tộc  Choang", "khu tu tri dan toc choang"),
        # Decomposed input (combining marks) folds like composed input.
        ("Qua\u0309ng Ta\u0302y", "quang tay"),
        ("!!!", ""),
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_keys_include_the_spaceless_variant_and_skip_empty_names():
    assert keys("Quảng Tây", "广西", None, "", "  ") == {"quang tay", "quangtay", "guangxi"}


def test_keys_of_nothing_is_empty():
    assert keys() == set()


CANDIDATES = {
    "guangxi": ["Khu tự trị dân tộc Choang Quảng Tây", "Quảng Tây", "广西",
                "Guangxi Zhuang Autonomous Region"],
    "yunnan": ["Vân Nam", "云南", "Yunnan"],
    "gni": ["Good Neighbors International", "GNI", "굿네이버스", None],
    "wb": ["Ngân hàng Thế giới", "World Bank", "WB"],
    "web": ["Web Foundation"],
    "wwf": ["World Wide Fund for Nature", "WWF"],
    "moriya": ["Thành phố Moriya", "Moriya"],
    "dofa": ["Sở Ngoại vụ Hà Giang", "Sở Ngoại vụ"],
    "ffi": ["Fauna & Flora International", "FFI"],
}


def top(query: str, **kw) -> str | None:
    ranked = best_matches(query, CANDIDATES, **kw)
    return ranked[0][0] if ranked else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Quảng Tây", "guangxi"),
        ("quang tay", "guangxi"),
        ("quangtay", "guangxi"),
        ("广西", "guangxi"),
        ("Guangxi", "guangxi"),
        ("Yunnan", "yunnan"),
        ("GNI", "gni"),
        ("WB", "wb"),
        ("wb", "wb"),
        ("FFI", "ffi"),
        ("World Bank", "wb"),
        ("sở ngoại vụ", "dofa"),
    ],
)
def test_exact_key_match_scores_100(query, expected):
    assert best_matches(query, CANDIDATES)[0] == (expected, 100.0)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("quang tai", "guangxi"),         # typo
        ("good neighbours", "gni"),       # British spelling of a longer name
        ("Good Neighbors", "gni"),        # prefix
        ("ngoai vu", "dofa"),             # words of the name
        ("moriyya", "moriya"),            # typo
        ("Van Nam", "yunnan"),
    ],
)
def test_best_match_forgives_missing_diacritics_typos_and_partial_names(query, expected):
    assert top(query) == expected


def test_tiers_exact_then_prefix_then_words_then_fuzzy():
    exact = dict(best_matches("moriya", CANDIDATES))["moriya"]
    prefix = dict(best_matches("good neighbors", CANDIDATES))["gni"]
    words = dict(best_matches("ngoai vu", CANDIDATES))["dofa"]
    fuzzy = dict(best_matches("quang tai", CANDIDATES))["guangxi"]
    assert exact == 100 > prefix >= 90 > words >= 80 >= fuzzy > 0


@pytest.mark.parametrize("query", ["WX", "wf", "GN", "Wb1", "xyz", "ab"])
def test_short_queries_match_only_exactly(query):
    assert best_matches(query, CANDIDATES) == []


def test_a_short_query_does_not_fuzzily_match_names_that_resemble_it():
    # "WB" is one edit away from "web" and from "wwf"; only the acronym itself may match.
    assert [cid for cid, _ in best_matches("WB", CANDIDATES)] == ["wb"]


def test_a_short_query_matches_a_whole_word_of_a_longer_name():
    ranked = best_matches("wb", {"a": ["Ngân hàng Thế giới (WB)"], "b": ["Webber"]})
    assert [cid for cid, _ in ranked] == ["a"]
    assert 80 <= ranked[0][1] < 90


def test_unrelated_query_matches_nothing():
    assert best_matches("zzzz qqqq", CANDIDATES) == []


def test_empty_query_matches_nothing():
    assert best_matches(" !! ", CANDIDATES) == []


def test_ordering_is_score_then_id_and_limit_applies():
    candidates = {"b": ["Hà Giang"], "a": ["Ha Giang"], "c": ["Hà Giang City"], "d": ["Lào Cai"]}
    assert best_matches("ha giang", candidates) == [("a", 100.0), ("b", 100.0),
                                                    ("c", 95.73)]
    assert best_matches("ha giang", candidates, limit=2) == [("a", 100.0), ("b", 100.0)]


def test_cutoff_drops_weak_matches():
    weak = best_matches("moriyya", CANDIDATES)
    assert weak and weak[0][1] < 90
    assert best_matches("moriyya", CANDIDATES, cutoff=90) == []
