"""Vietnamese words and their parts of speech, from underthesea's CRF models (trained on
VLSP 2013, shipped inside the package: nothing is downloaded, the same text always gives the
same words). The extractor uses them where capitals say nothing: Vietnamese writes an
organisation's name in lower case after its first syllable ("Hội Chữ thập đỏ tỉnh Điện
Biên", "Tổ chức Tầm nhìn Thế giới"), so a name runs on through the nouns that follow its
head, not through its capitals."""

import re
from functools import lru_cache

# Parts of speech a name is made of: nouns (common, proper, classifier, unit, abbreviation)
# and adjectives ("đỏ" in "Chữ thập đỏ").
_NAME_POS = {"N", "Np", "Nc", "Nu", "Ny", "A"}
# Lower-case words that end a name whatever their tag: what follows a name in a sentence.
_SCHOOL_LEVELS = {"THCS", "THPT"}
_STOP = {"cho", "của", "và", "với", "đã", "sẽ", "để", "trong", "năm", "ngày", "tháng", "số",
         "các", "những", "nhằm", "về", "do", "từ", "tới", "đến", "là", "tổ chức", "hội", "quỹ",
         "dự án", "chương trình", "đoàn", "lễ", "buổi", "công trình", "trị giá", "tổng",
         "tiền", "kinh phí", "nguồn", "hộ", "người", "trẻ em", "học sinh", "bà con",
         # the channel a gift went through is another name: "của X thông qua Y"
         "thông qua", "qua", "được",
         # the body a name belongs to is another name: "Quỹ X thuộc Tập đoàn Y"
         "thuộc", "trực thuộc",
         # the verb after a giver, whatever capital follows it ("… tại Đà Nẵng trao tặng
         # Bệnh viện …")
         "trao tặng", "tặng", "trao", "tài trợ", "viện trợ", "ủng hộ", "bàn giao",
         # ("Quỹ Toàn cầu hỗ trợ Lạng Sơn 3 máy X-quang": the fund, then what it gave)
         "hỗ trợ", "tiếp nhận", "nhận", "ký kết", "ký", "tiếp", "thăm",
         # givers together: "do GNI và Công ty Hyosung Quảng Nam cùng tài trợ"; a body and
         # the department it worked with ("Hiệp hội X phối hợp Sở Giáo dục …")
         "cùng", "phối hợp", "phối",
         # ("do AVEF và Câu lạc bộ Lions Perth đồng tài trợ": co-funded)
         "đồng",
         # what is given, after a recipient named right after the verb ("trao tặng Bệnh viện
         # Nhi Trung ương thiết bị y tế …")
         "thiết bị", "trang thiết bị", "vật tư", "hàng hóa", "quà", "suất", "học bổng",
         # ("trao tặng Bệnh viện Trung ương Huế hệ thống nội soi …": a system of equipment)
         "hệ thống",
         # ("trao tặng Trung tâm Festival Huế bộ sưu tập …": a set of things)
         "bộ",
         # ("do ông X, Giám đốc Sở Ngoại vụ dẫn đầu", "… Sở Ngoại vụ làm Trưởng đoàn": who
         # led the delegation)
         "dẫn đầu", "làm"}

# Lower-case words the segmenter may join to a name's last syllable that end the name ("Tân
# nhận"); not "và" or "hội", which names hold ("Thương binh và", "Xã hội").
# ("Trường THPT Lý Nhân bày tỏ xúc động": what someone of it said, joined the same way)
_JOINED = {"nhận", "tiếp", "trao", "tặng", "thăm", "ký", "cho", "của", "đã", "sẽ", "được",
           "bày", "cảm", "khẳng", "nhấn", "hứa", "xúc"}


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, word, part of speech) for each word of `text`, offsets in `text`."""
    from underthesea import pos_tag  # its models load on first use, not at import

    out, at = [], 0
    for word, pos in pos_tag(text):
        pattern = r"\s*".join(map(re.escape, word.split()))
        m = re.compile(pattern).search(text, at) if pattern else None
        if m is None:
            continue
        out.append((m.start(), m.end(), m[0], pos))
        at = m.end()
    return tuple(out)


# Words that start a name of their own: "và" before one of them joins two names, not
# two halves of one ("Sở Tài nguyên và Môi trường" is one).
_HEADS = {"tổ chức", "hội", "hiệp hội", "quỹ", "ubnd", "ủy ban", "sở", "đại sứ quán",
          "lãnh sự quán", "tổng lãnh sự quán", "bệnh viện", "trường", "trung tâm", "công ty",
          "tập đoàn", "ngân hàng", "văn phòng", "chính quyền", "tỉnh", "thành phố", "huyện",
          "cơ quan", "bộ", "đoàn", "đại học", "học viện", "viện", "liên hiệp", "liên đoàn",
          "hợp tác xã",
          "htx", "câu lạc bộ", "clb"}


# Stop words that name people, which a body's own name may hold when its name goes on to a
# capitalised word ("Hội Cứu trợ trẻ em tàn tật Việt Nam - Nhật Bản").
_PEOPLE = {"trẻ em", "người", "học sinh", "bà con"}


def _capital_ahead(tagged: tuple[tuple[int, int, str, str], ...], at: int) -> bool:
    """A capitalised word comes after `at` through lower-case nouns and adjectives only."""
    for _, _, word, pos in tagged[at:]:
        if word[:1].isupper():
            return True
        if word.lower() in _STOP or pos not in _NAME_POS:
            return False
    return False


# "Châu tự trị dân tộc …", "Khu tự trị …": an autonomous prefecture or region, its kind in
# lower case inside a name
_AUTONOMOUS_RE = re.compile(r"(?:Châu|Khu|Huyện)(?:\s+tự\s*trị)?(?:\s+dân)?(?:\s+tộc)?\s*$")
_AUTONOMOUS_WORDS = {"tự trị", "tự", "trị", "dân tộc", "dân", "tộc", "tự trị dân tộc"}


def _opens_a_name(word: str) -> bool:
    """"Quỹ", or "Quỹ Quốc tế" as the segmenter joins it: a head word opens a name of its
    own ("Trung tâm … Huế và Quỹ Quốc tế thành phố Kyoto" are two bodies)."""
    syllables = word.lower().split()
    return any(" ".join(syllables[:n]) in _HEADS for n in (1, 2, 3))


def name_end(text: str, start: int, limit: int) -> int:
    """Where an organisation's name that starts at `start` (right after its head word)
    ends: through capitalised words, nouns and adjectives, "tại" + a capitalised place
    ("… tại Việt Nam"), and a verb-like word inside a name ("Tầm nhìn Thế giới") when a
    capitalised word follows it."""
    tagged = words(text[start:limit])
    end = start
    for i, (b, e, word, pos) in enumerate(tagged):
        nxt = tagged[i + 1][2] if i + 1 < len(tagged) else ""
        lower = word.lower()
        if word[:1].isupper():
            # "Trường Mầm non Sơn Tân nhận bộ …": the verb after a name, joined by the
            # segmenter to its last syllable ("Tân nhận"), ends it
            joined = next((m for m in re.finditer(r"\s+(\S+)", word) if m[1] in _JOINED), None)
            if joined:
                return start + b + joined.start()
        elif i > 0 and word in ("-", "–", "và") and nxt[:1].isupper() \
                and not _opens_a_name(nxt) and not (word == "và" and nxt.isupper()
                                                    and nxt not in _SCHOOL_LEVELS):
            # "Sở Lao động - Thương binh và Xã hội" (not "Sở Y tế tỉnh và ILO"); "Trường Tiểu
            # học và THCS Hướng Phùng": a school of two levels
            pass
        elif i > 0 and word in ("-", "–") and re.fullmatch(r"châu [ÁÂÚ]\w*", nxt):
            pass  # "Tổ chức Hỗ trợ Trẻ em Đức – châu Á": a continent after the dash
        elif i > 0 and lower.startswith("và ") and word[3:4].isupper() \
                and not _opens_a_name(word[3:]):
            pass  # "Sở Nông nghiệp và Phát triển nông thôn", "và" joined to the next field
        elif _AUTONOMOUS_RE.search(text, start, start + b) and lower in _AUTONOMOUS_WORDS:
            pass  # "Chính quyền Nhân dân Châu tự trị dân tộc Choang - Miêu Văn Sơn"
        elif lower in _PEOPLE and i > 0 and _capital_ahead(tagged, i + 1):
            pass  # "Hội Cứu trợ trẻ em tàn tật Việt Nam": the people a body is for
        elif i > 0 and lower == "vì" and nxt[:1].isupper() and not _opens_a_name(nxt):
            pass  # "Tổ chức Cựu chiến binh Hoa Kỳ vì Hòa bình": what the body stands for
        elif i == 0 or lower in _STOP:
            break
        elif lower == "tại" and nxt[:1].isupper():
            pass
        elif pos in _NAME_POS or (pos == "V" and nxt[:1].isupper()):
            pass
        else:
            break
        end = start + e
    return end
