"""One article as text: the page read (plain text or HTML), its chrome set aside (menus,
polls, share links, "Tin khác" lists), its metadata found (headline, date, publisher,
byline), and its body cut into sentences and clauses with their offsets in the text, so
that every quote the extractor makes is a verbatim slice of the stored text."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from loaders import yamlfile

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}

# Headings after which a news page lists other stories, never the article's own facts.
_TAIL_RE = re.compile(r"^(?:các\s+)?(?:tin|bài)\s+(?:khác|liên quan|cùng chuyên mục|đã đưa)"
                      r"|^xem thêm|^tin mới|^đọc thêm|^bình luận", re.I)
_POLL_RE = re.compile(r"^(?:thăm dò ý kiến|bình chọn)", re.I)
# The labels and weekdays a date line may start with, on the Vietnamese and English pages
_DATE_LABEL = (r"(?:(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản|updated|published|posted|"
               r"last updated|posted date|post date|date posted|publish date|date|update|"
               r"created)(?:\s+(?:lúc|on|at))?\s*:?\s*)?")
_WEEKDAY = (r"(?:(?:thứ\s+\S+|chủ\s+nhật|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
            r"[,\s]+)?")
# "Posted: 2023-11-08 | Department of Foreign Affairs of Ha Giang province": the site or
# its section after the date, set off by a bar or a dot
# (not a view count: "Đăng ngày: 12/03/2024 | Lượt xem: 250")
_SOURCE_AFTER = (r"(?:\s*[|·•]\s*(?P<source>(?!(?:lượt xem|lượt đọc|views?)\b)"
                 r"[^\W\d][^|·•]{1,100}))?")
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# "16/03/2023", "16-03-2023", "16.03.2023"; "March 16, 2023", "16 March 2023"
_DAY = (rf"(?:ngày\s+)?\d{{1,2}}([/.-])\d{{1,2}}\1\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}"
        rf"|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}")
_NUMERIC_DATE_RE = re.compile(
    _DATE_LABEL + _WEEKDAY
    # the time may come first: "Cập nhật: 10:20 16/03/2023", "10:20 | 16/03/2023"
    + rf"(?:(?:lúc\s+)?{_CLOCK}(?:[,\s]+|\s*[-–|]\s*))?(?:{_DAY})"
    + rf"(?:(?:[,\s]+|\s*[-–|]\s*)(?:lúc\s+|at\s+)?{_CLOCK})?"
    r"(?:\s*(?:GMT|\(GMT|ICT|\(ICT)[^)]*\)?)?" + _SOURCE_AFTER + "$", re.I)
_TIME_RE = re.compile(r"\d{1,2}[:h]\d{2}")
_WORDY_DATE_RE = re.compile(r"^(?:(?:thứ\s+\S+|chủ\s+nhật)[,\s]+)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
                            r"(?:,?\s+năm\s+\d{4})$", re.I)
# The English pages' date lines: "March 14, 2024", "14 March 2024 10:15", "Mar 14, 2024",
# "2024-03-14 10:15"
_EN_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_EN_DAY = (rf"(?:{_EN_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_EN_MONTHS},?"
           rf"\s+\d{{4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}})")
_EN_DATE_RE = re.compile(_DATE_LABEL + _WEEKDAY + _EN_DAY
                         + r"(?:(?:[,\s]+|\s*[-–|]\s*)(?:at\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?"
                           r"(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:GMT|\(GMT)[^)]*\)?)?"
                         + _SOURCE_AFTER + "$", re.I)
_DATE_CORE_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:(?:\s+|\s*[-–|]\s*)\d{1,2}[:h]\d{2})?|ngày\s+\d{1,2}\s+tháng"
                           r"\s+\d{1,2}(?:,?\s+năm\s+\d{4})?"
                           rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}})?|{_EN_DAY}", re.I)
# "BHG - …", "(QNO) - …", "(SNV Hà Giang) – …": who published the story, before it starts.
_DATELINE_RE = re.compile(r"^(?:(?P<pub>[A-ZĐ][A-ZĐ0-9.]{1,11})|\((?P<inside>[A-ZĐ][^()\n]{0,39})\))"
                          r"\s*[-–—]\s+(?=\S)")
_BYLINE_PREFIX_RE = re.compile(r"^(?:bài(?:\s+và\s+ảnh|,\s*ảnh)?|tin(?:,\s*ảnh)?|ảnh|nguồn|"
                               r"theo|tác giả)\s*:?\s*", re.I)
#: Python's re has no \p{Lu}: the capitals of Latin script, Vietnamese ones included.
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())
# Letters only Vietnamese spelling uses: text with none of them is written in another language
# ("Métropole de Lyon"), a page with almost none is English.
VIETNAMESE_ONLY = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323\u1EA0-\u1EF9]")
# A full stop ends a sentence only before a capital (or a quote, a digit) and not after
# the abbreviations of titles and places that Vietnamese news uses.
_SENTENCE_END_RE = re.compile(rf"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[{UPPER}0-9])")
ABBREVIATIONS = ("TP.", "Tp.", "TS.", "ThS.", "PGS.", "GS.", "BS.", "Q.", "P.", "St.", "Mr.",
                  "Ms.", "Dr.", "No.", "v.v.", "TT.", "Mrs.", "U.S.", "U.K.", "H.E.", "Co.",
                  "Ltd.", "Inc.", "Corp.", "Prof.",
                  # "Wasser für Kinder e.V. (Water for Children) handed over …": a German
                  # registered association's form
                  "e.V.")
MIN_WORDS = 5


@dataclass
class Span:
    """A slice of the document text: `text == document_text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass
class Sentence(Span):
    index: int = 0
    paragraph: int = 0
    clauses: list[Span] = field(default_factory=list)


@dataclass
class Page:
    text: str
    sha256: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    sentences: list[Sentence] = field(default_factory=list)


def read_page(path: Path) -> Page:
    raw = yamlfile.read_bytes(path)  # refused by its size before it is read
    digest = hashlib.sha256(raw).hexdigest()
    decoded = raw.decode("utf-8")
    if path.suffix.lower() in HTML_SUFFIXES:
        return parse_html(decoded, digest)
    return parse_text(decoded, digest)


def parse_text(text: str, sha256: str, meta: dict[str, str | None] | None = None) -> Page:
    text = unicodedata.normalize("NFC", text)
    meta = meta or {}
    lines = _lines(text)
    tail = next((i for i, ln in enumerate(lines) if _TAIL_RE.match(ln.text)), len(lines))
    lines = lines[:tail]
    date_at = _date_line(lines)
    page = Page(text=text, sha256=sha256, url=meta.get("url"))
    body_from = 0
    if date_at is not None:
        # "14/03/2024 - 10:20": the date and its time, as "14/03/2024 10:20"
        page.published = _published_as_written(lines[date_at].text)
        page.publisher = _source_after_date(lines[date_at].text)
        before = [ln for ln in lines[:date_at] if not _is_date(ln.text)]
        headline = before[-1] if before and _looks_like_headline(before[-1].text) else None
        if headline:
            page.title = headline.text
        body_from = date_at + 1
    body = [ln for ln in lines[body_from:] if not _POLL_RE.match(ln.text)]
    if (date_at is None or date_at == 0) and not page.title and len(body) > 1 \
            and _looks_like_headline(body[0].text) and not _DATELINE_RE.match(body[0].text):
        # a page with no date line opens with its headline; so does one whose date line
        # comes first ("Cập nhật: 09/01/2025", then the headline)
        page.title = body[0].text
    if body and (m := _DATELINE_RE.match(body[0].text)):
        page.publisher = m["pub"] or m["inside"]
        # the publisher's name ("SNV Hà Giang": the department, not the Dutch NGO SNV) is
        # no party to what the story tells
        first = body[0]
        body[0] = Span(first.start + m.end(), first.end, first.text[m.end():])
    if date_at is not None and headline:
        # a headline above the date line tells the facts as one below it does
        body.insert(0, headline)
    if date_at is None and len(body) > 1 and _is_date(body[-1].text):
        # "Nghệ An, 15/10/2024" closing the story: when it was written
        page.published = _published_as_written(body[-1].text)
        body = body[:-1]
    if body and _looks_like_byline(body[-1].text):
        page.author = _BYLINE_PREFIX_RE.sub("", body[-1].text).strip() or None
        body = body[:-1]
    page.title = meta.get("title") or page.title
    page.published = meta.get("published") or page.published
    page.publisher = meta.get("publisher") or page.publisher
    page.author = meta.get("author") or page.author
    page.sentences = _sentences(text, [ln for ln in body if _is_prose(ln.text)])
    return page


def _source_after_date(line: str) -> str | None:
    line = _without_place(line)
    m = _NUMERIC_DATE_RE.match(line) or _EN_DATE_RE.match(line)
    return m["source"].strip() if m and m["source"] else None


def _published_as_written(line: str) -> str:
    """The date line's date and time as "16/03/2023 10:20" (the numeric forms with "-" or
    "." too), or an English date as written ("March 16, 2023")."""
    numeric = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", line)
    clock = re.search(r"\d{1,2}[:h]\d{2}", line)
    if numeric:
        day = "/".join(numeric.groups())
        return f"{day} {clock[0]}" if clock else day
    core = _DATE_CORE_RE.search(line)
    if core:
        return re.sub(r"\s*[-–|]\s*(?=\d{1,2}[:h])", " ", core[0])
    english = re.search(rf"{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}",
                        line, re.I)
    return english[0] if english else line


def _lines(text: str) -> list[Span]:
    found = []
    for m in re.finditer(r"[^\n]+", text):
        stripped = m[0].strip()
        if stripped:
            start = m.start() + m[0].index(stripped)
            found.append(Span(start, start + len(stripped), stripped))
    return found


def _is_date(line: str) -> bool:
    line = _without_place(line)
    return bool(_NUMERIC_DATE_RE.match(line) or _WORDY_DATE_RE.match(line)
                or _EN_DATE_RE.match(line))


# "Sóc Trăng, ngày 12/9/2023", "Lao Cai, 18 August 2021": a date line may name the place
# the story was written in first.
_PLACE_PREFIX_RE = re.compile(rf"^(?:[{UPPER}][\w'.-]*\s+){{0,4}}[{UPPER}][\w'.-]*\s*,\s*(?=\S)")


def _without_place(line: str) -> str:
    m = _PLACE_PREFIX_RE.match(line)
    return line[m.end():] if m else line


def _date_line(lines: list[Span]) -> int | None:
    """The publication date line: a date standing alone near the top. One with a time wins,
    then a numeric one, then a spelled-out one: a site's header shows today's date without
    a time, an article its publication with one."""
    top = lines[:25]
    # a place before the date only at the head of the page: the same line closing the
    # story signs it off (see _sign_off)
    prose = next((i for i, ln in enumerate(top)
                  if _is_prose(ln.text) and ln.text.endswith((".", "!", "?", "…", '"', "”"))),
                 len(top))
    for pattern, timed in ((_NUMERIC_DATE_RE, True), (_EN_DATE_RE, True),
                           (_NUMERIC_DATE_RE, False), (_EN_DATE_RE, False),
                           (_WORDY_DATE_RE, False)):
        for i, ln in enumerate(top):
            text = _without_place(ln.text) if i < prose else ln.text
            if pattern.match(text) and (not timed or _TIME_RE.search(text)) \
                    and not _closes_story(lines, i, prose):
                return i
    # "Sở Ngoại vụ tỉnh Lào Cai - 10/04/2024", "Tác giả: Minh Anh | 12/03/2024", "(Cập nhật:
    # 10/04/2024 09:00)": a short line above the story whose date is most of what it says
    return next((i for i, ln in enumerate(top[:prose]) if _dated_short_line(ln.text)), None)


def _dated_short_line(line: str) -> bool:
    core = _DATE_CORE_RE.search(line)
    if not core or not re.search(r"(?:19|20)\d\d", core[0]) or line.endswith((".", "?", "!")):
        return False
    rest = _TIME_RE.sub(" ", line[:core.start()] + " " + line[core.end():])
    return len(re.findall(r"\w+", rest)) <= 6


def _closes_story(lines: list[Span], at: int, prose: int) -> bool:
    """"Updated: 25/10/2023" below the story's last paragraph (a short story puts it among
    the first 25 lines): it signs the story off, and the story above it is the body."""
    return at > prose and not any(_is_prose(ln.text) for ln in lines[at + 1:])


def _looks_like_headline(line: str) -> bool:
    words = len(line.split())
    return 4 <= words <= 40 and not line.endswith((".", ":", ";"))


def _looks_like_byline(line: str) -> bool:
    words = line.split()
    return (len(words) <= 8 and not line.endswith((".", ":", ";", "?"))
            and (bool(_BYLINE_PREFIX_RE.match(line)) or all(w[:1].isupper() or not w[:1].isalpha()
                                                            for w in words)))


def _is_prose(line: str) -> bool:
    return len(line.split()) >= MIN_WORDS and not _is_date(line)


# "bà Jennifer A. Collins": a middle initial in a person's name ends no sentence
_INITIAL_RE = re.compile(rf"(?<!\w)[{UPPER}][a-zà-ỹ]+\s+[A-Z]\.$")


def _sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    found: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        start = para.start
        cuts = [m.start() for m in _SENTENCE_END_RE.finditer(para.text)
                if not para.text[: m.start()].endswith(ABBREVIATIONS)
                and not _INITIAL_RE.search(para.text, 0, m.start())]
        for cut in [*cuts, len(para.text)]:
            piece = text[start : para.start + cut]
            stripped = piece.strip()
            if stripped:
                s = start + piece.index(stripped)
                sent = Sentence(s, s + len(stripped), stripped, len(found), p_index)
                sent.clauses = _clauses(sent)
                found.append(sent)
            start = para.start + cut
    return found


def _clauses(sentence: Sentence) -> list[Span]:
    """Parts of a sentence joined by ";": Vietnamese news lists parallel facts that way."""
    parts, offset = [], sentence.start
    for piece in sentence.text.split(";"):
        stripped = piece.strip().rstrip(".")
        if stripped:
            s = offset + piece.index(stripped)
            parts.append(Span(s, s + len(stripped), stripped))
        offset += len(piece) + 1
    return parts


# --- HTML ------------------------------------------------------------------------------

_CHROME_TAGS = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button"
_CHROME_HINT_RE = re.compile(r"menu|nav|footer|header|sidebar|poll|vote|related|tin-?khac|other|"
                             r"share|social|comment|breadcrumb|banner|\bads?\b|advert|widget", re.I)
_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, td, div"


def parse_html(html: str, sha256: str) -> Page:
    tree = HTMLParser(html)
    meta = {
        "title": _meta(tree, 'meta[property="og:title"]') or _text(tree, "h1"),
        "published": _published(tree),
        "publisher": _meta(tree, 'meta[property="og:site_name"]'),
        "author": _meta(tree, 'meta[name="author"]'),
        "url": (_meta(tree, 'meta[property="og:url"]')
                or _attr(tree, 'link[rel="canonical"]', "href")),
    }
    for node in tree.css(_CHROME_TAGS):
        node.decompose()
    for node in tree.css("[class], [id]"):
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _CHROME_HINT_RE.search(hint) and node.tag not in ("html", "body", "article", "main"):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    blocks = []
    for node in root.css(_BLOCKS) if root else []:
        if node.tag == "div" and node.css_first(_BLOCKS.replace(", div", "")):
            continue  # a wrapper: its blocks speak for themselves
        line = re.sub(r"\s+", " ", node.text(deep=True, separator=" ")).strip()
        if line and (not blocks or blocks[-1] != line):
            blocks.append(line)
    # the headline stays in the text, read for facts like a plain page's headline
    return parse_text("\n\n".join(blocks), sha256, meta)


def _meta(tree: HTMLParser, selector: str) -> str | None:
    return _attr(tree, selector, "content")


def _attr(tree: HTMLParser, selector: str, name: str) -> str | None:
    node = tree.css_first(selector)
    value = node.attributes.get(name) if node else None
    return value.strip() if value and value.strip() else None


def _text(tree: HTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    value = re.sub(r"\s+", " ", node.text()).strip() if node else ""
    return value or None


def _published(tree: HTMLParser) -> str | None:
    iso = _meta(tree, 'meta[property="article:published_time"]') or _attr(tree, "time[datetime]",
                                                                          "datetime")
    if iso and (m := re.match(r"(\d{4})-(\d{2})-(\d{2})", iso)):
        return f"{m[3]}/{m[2]}/{m[1]}"
    return None
