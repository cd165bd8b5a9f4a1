"""The English pages of the same sites ("Oxfam supports Yen Bai farmers …"): the same kinds
of facts through the same gazetteer, figures and events, with English wording.

Partners are the gazetteer's (English names, and Vietnamese ones without diacritics, "Quang
Nam province") and, for one it does not know, a run of capitalised words that says what
kind of body it is ("Thanh Hoa General Hospital", "Ha Nam College of Technology"). A place's
government ("Yen Bai Provincial People's Committee", "the Administration of Phongsaly
Province") is that place, as the Vietnamese pages' "UBND tỉnh" is read."""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import pycountry

from loaders.article import english_roles
from loaders.article.gazetteer import Gazetteer
from loaders.article.mentions import (PLACE_KINDS, UNIT_NAMED_AFTER_RE, PartnerMention, Proposal,
                                      slug)
from loaders.article.page import ABBREVIATIONS, VIETNAMESE_ONLY, Span
from loaders.article.receivers import units_where
from loaders.article.things import AmountHit, ItemHit

# ("Besides NGO aid, …", "Meanwhile, …": a sentence's opening word names no one)
_NAME = (r"(?!(?:Besides|Meanwhile|Moreover|Furthermore|Additionally|However|January|February|"
         r"March|April|May|June|July|August|September|October|November|December)\b)"
         r"(?:[Tt]he\s+)?[A-ZĐ][\w'’.&-]*"
         # ("Wageningen University & Research": "&" joins like "and")
         # (a name ends with its sentence: "… of Finland. The two sides …")
         r"(?:(?<![a-z]{3}\.)(?:\s+(?:of|and|&|for|the|in|on|for the|of the)\s+[A-ZĐ][\w'’.&-]*"
         # "Help - Hilfe zur Selbsthilfe", "Aide et Action", "Hoshi no Kai",
         # "Comunità di Sant'Egidio": a foreign name's own small words
         r"|\s+(?:zur|zum|für|der|des|du|de la|de|et|pour|van|von|voor|no|di|del|"
         # ("Fondazione Aiutare i Bambini")
         r"della|per|i)\s+"
         r"[A-ZĐ][\w'’.&-]*"
         r"|\s+\d{1,3}%(?=\s+[A-ZĐ])"  # "AEON 1% Club"
         # "Association for People with Disabilities": whom the body is for
         r"|\s+with\s+Disabilit(?:y|ies)\b"
         # "Children's Hospital 2", "District 8": a unit's number is its name's
         r"|(?:(?<=Hospital)|(?<=District)|(?<=Ward)|(?<=School)|(?<=Clinic))"
         r"\s+\d{1,3}(?![\d.,:/%-]\d?)(?!\s+(?:beds?|rooms?|storeys?|floors?)\b)"
         # "Son Kim 1 Primary School": a commune's number, then the school
         r"|\s+\d{1,2}(?=\s+(?:Primary|Secondary|High|Junior|Kindergarten|"
         r"Preschool|School|Commune|Health|Clinic)\b)"
         r"|\s+[A-ZĐ][\w'’.&-]*"
         # "the Quang Ninh provincial People's Committee": one name
         r"|(?<=[a-z])\s+(?:provincial|city|district|municipal)\s+(?=People)"
         r"[A-ZĐ][\w'’.&-]*"
         # "Ba Ria - Vung Tau Provincial People's Committee", "the Ba Ria – Vung Tau Union of
         # Friendship Organizations": one name
         r"|(?<=[a-z])\s+[-–]\s+[A-ZĐ][\w'’.&-]*"
         # "the Uruguay–Viet Nam Friendship Association": one name; so are "Victims of Agent
         # Orange/Dioxin" and "Committee for Solidarity with Viet Nam"
         r"|(?<=[a-z])[–—/][A-ZĐ][\w'’.&-]*"
         r"|(?:(?<=Solidarity)|(?<=Friendship))\s+with\s+(?:Viet\s+Nam|Vietnam)\b"
         # "Department of Labour, Invalids and Social Affairs", "Department of Culture,
         # Sports and Tourism": the comma between the fields is the department's own
         r"|(?:(?<=Labour)|(?<=Labor)),\s+(?:War\s+)?Invalids(?=\s+and\s+Social)"
         r"|(?:(?<=Culture)|(?<=Information)|(?<=Science)),\s+(?:Sports?|Culture|"
         r"Technology|Communications)(?=\s+and\s+(?:Tourism|Environment|Information)\b)))*"
         # "Nagasaki prefecture", "Gimhae city", "the Nouvelle-Aquitaine region":
         # the English pages write the kind in lower case too
         # ("a US state": what kind of partner, not which)
         r"(?:(?<!\bThe)(?<!\bUS)(?<!U\.S\.)\s+(?:province|prefecture|district|"
         r"commune|city|region|county|"
         r"state)\b"
         # "the Gaza provincial government": that place's government
         r"|\s+(?:provincial|city|district|municipal)\s+(?:government|"
         r"administration|authorities)\b)?")
# a name never runs over a line's end ("… Lions Club Amsterdam.\n\nPreviously, on 27 August")
_NAME_RE = re.compile(_NAME.replace(r"\s+", r"[^\S\n]+"))
# The word that says what an unknown body is → its kind.
_KINDS = [(r"Embassy|Consulate", "diplomatic_mission"),
          # "the Brazilian Committee for Solidarity with Viet Nam": a movement, no office
          (r"Committee for (?:Solidarity|Friendship|Peace)", "association"),
          (r"Hospital|College|University|School|Kindergarten|Preschool|Institute|Centre|Center|"
           r"Health Station|Medical Station",
           "domestic_organisation"),
          (r"Society|Association|Union|Federation|Clubs|Club|Red Cross|Red Crescent|Chamber|"
           # "Hanbit Church of Busan", "the Fo Guang Shan Buddhist Order": religious bodies
           r"Church|Pagoda|Monastery|Diocese|Parish|Buddhist Order",
           "association"),
          (r"Foundation|Fund|NGO|International|Organisation|Organization|Alliance|Trust|"
           r"Charities|Charity|Network|Fondazione|Fondation|Fundación|Stiftung",
           "foreign_ngo"),
          # ("the Quang Binh Provincial Military Command", "the Border Guard Command")
          (r"Committee|Administration|Government|Authority|Department|Ministry|Office|Command|"
           # ("the Shizuoka Prefectural Assembly"; "the Netherlands Enterprise Agency")
           # ("the Thanh Hoa Provincial Police")
           r"Border Guards?|Agency|Police", "government_office"),
          (r"provincial government|provincial administration|provincial authorities|"
           r"city government|district authorities|municipal government", "local_government"),
          # ("the Hauts-de-France Regional Council": a region's elected government)
          (r"(?:Regional|County|City|Departmental|Provincial|Municipal|District) Council",
           "local_government"),
          (r"Company|Corporation|Group|Ltd|Inc", "company"),
          (r"City|Province|Prefecture|County|District|Region|State|province|prefecture|city|state|"
           r"county|"
           # "Toulouse Métropole", "Tokyo Metropolis": a city's own government
           r"region|Métropole|Metropole|Metropolis|Municipality|"
           # "Ulyanovsk Oblast", "Primorsky Krai", "Vientiane Capital"
           r"Oblast|oblast|Krai|krai|Voivodeship|voivodeship|Capital",
           "local_government")]
# "Seoul Metropolitan Government", "Aichi Prefectural Government": no Vietnamese body's name
_FOREIGN_GOVERNMENT_RE = re.compile(r"\b(?:Metropolitan|Prefectural)\s+Government\b")
_GOVERNMENT = re.compile(r"Committee|Administration|Government|Authority|"
                         r"(?:provincial|city|district|municipal) (?:government|administration|"
                         r"authorities)")
GIVE_RE = re.compile(r"\b(?:presented|handed over|donated|granted|gave|provided|contributed|"
                     r"supported|supports|allocated|awarded|award|financed|"
                     # "Misereor … committed USD 45,000 to …"; not "a total committed value"
                     r"committed(?=\s+(?:[a-z]+\s+)?(?:USD|US\$|VND|EUR|€|\$|¥|£|\d))|"
                     r"offered|funded|sponsored|presents|hands over|donates|grants|gives|"
                     r"provides|contributes|offers|funds|sponsors|present|hand over|donate|"
                     r"grant|give|provide|contribute|offer|fund|sponsor|"
                     # "Oxfam … distributed 1,000 hygiene kits and cash assistance to …"
                     r"distributed|distributes|distribute|"
                     # "Tzu Chi sent 20 tonnes of rice … to Van Don district"; not a letter
                     r"sent(?=\s+(?:USD|US\$|VND|EUR|\d))|"
                     # "delivered 1,000 relief packages …"; not a speech
                     r"deliver(?:ed|s)?(?=\s+(?:USD|US\$|VND|EUR|\d))|"
                     # "Operation Smile performed free surgeries for 110 children …"
                     r"performed(?=\s+(?:free\s+)?(?:\d[\d,.]*\s+)?(?:free\s+)?(?:surger|operation|"
                     r"cataract|cleft|heart|eye))|"
                     # "GIZ is providing EUR 1.8 million in non-refundable aid for …"
                     r"(?<=is )providing|(?<=are )providing|(?<=is )funding|(?<=are )funding|"
                     # "…; the Lien Foundation (Singapore) providing three sets of …"
                     r"(?<=\) )(?:providing|donating|funding|granting)|"
                     # "…; PETRONAS Carigali Vietnam presenting 350 bicycles to …": a summary's
                     # line, its count or sum right after the verb
                     r"(?<=[A-Za-z] )(?:presenting|donating|providing)(?=\s+(?:USD|US\$|VND|"
                     r"EUR|\d))|"
                     # "World Vision remained the largest donor, with nearly VND12 billion
                     # for …", "…, funding nearly VND19 billion for …"
                     r"(?<=donor, )(?:with|funding|providing|contributing|granting))\b",
                     re.I)
# "Among the notable grants, X provided …": a give word used as a noun gives nothing
_NOUN_BEFORE_RE = re.compile(r"\b(?:the|these|those|its|their|of|notable|major|new|such|other|"
                             # ("The charity fund of Changshin Vietnam Co., Ltd. built …")
                             # ("14 programmes, projects and non-project grants with a total
                             # value of …": a kind of aid counted, no verb)
                             r"many|several|charity|non-project|small)\s+$", re.I)


_INSIDE_A_CLAUSE_RE = re.compile(r"[\w'’]\s$")


# "Habitat for Humanity Vietnam built 12 houses for poor households": works built for
# someone are given to them
# ("Saigon Children's Charity built 2 kindergarten classrooms in Thoi Lai district worth
# about VND 1.1 billion": the works a charity builds somewhere are given there)
_BUILT_FOR_RE = re.compile(r"\b(?:built|constructed|completed)"
                           r"(?=\s+(?:[\w,-]+\s+){0,5}?for\b|"
                           r"\s+(?:\d+|[a-z]+)\s+(?:[a-z-]+\s+){0,2}(?:classrooms|houses|"
                           r"homes|schools|kindergartens|toilets|wells|bridges|libraries|"
                           r"playgrounds|clinics)\s+(?:in|at)\b)")


def give_verb(text: str, start: int, end: int) -> re.Match | None:
    # ("Under Japan's Grant Assistance for Grassroots …, the Embassy funded …": a give word
    # capitalised inside a clause is part of a programme's name)
    return next((m for m in GIVE_RE.finditer(text, start, end)
                 if not (m[0][:1].isupper() and _INSIDE_A_CLAUSE_RE.search(
                     text, max(start, m.start() - 3), m.start()))
                 and not _NOUN_BEFORE_RE.search(text, max(start, m.start() - 12), m.start())
                 and not _KNOW_HOW_RE.match(text, m.end(), end)),
                None) or _BUILT_FOR_RE.search(text, start, end)


# "Can Tho University and the University of Adelaide will provide technical support": help
# given in know-how, no gift
_KNOW_HOW_RE = re.compile(r"\s+(?:technical|professional|expert)\s+(?:support|assistance|advice|"
                          r"guidance|expertise)\b|\s+(?:expertise|guidance|consultancy)\b")


_RECEIVED_RE = re.compile(r"\breceived\b(?P<what>.+?)\bfrom\b(?P<by>.+?)"
                          # "from Korea Food for the Hungry International": "for the" and a
                          # capital go on with the name
                          r"(?=\s+(?:to|on|through|via)\b|\s+for\b(?!\s+the\s+[A-Z])|[,.;]|$)")
_FUNDED_BY_RE = re.compile(r"\b[Ff]unded(?:\s+with\s+[^;]{1,60}?)?\s+by\b"
                           # (a sum's point or thousands comma ends nothing: "by a grant of
                           # USD 2.8 million from the World Bank")
                           r"(?P<by>.+?)(?=\s+(?:with|for|to|through|via)\b|,(?!\d)|\.(?!\d)|;|$)")
_APPOSITION_EN_RE = re.compile(r",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}")
# "Fulin Textile, a Taiwanese-invested enterprise in Thuy Van Industrial Park, Viet Tri
# city, handed over …": where the giver is, inside the words saying what it is
_WHERE_IN_APPOSITION_RE = re.compile(r",\s+(?:the|an?)\s+[^,;()]{0,60}?\b(?:in|based in|"
                                     r"located in)\s+[^;()]{0,60}?(?<!\band)\s*$")
_FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?")
_GRANT_FROM_RE = re.compile(r"\b(?:grants?|funding|aid|assistance|contributions?|sponsorship)\s+"
                            r"(?:worth\s+|of\s+)[^.;]{0,40}?\bfrom\b(?P<by>.+?)"
                            r"(?=\s+(?:to|for|on|through|via)\b|,(?!\d)|\.(?!\d)|;|$)"
                            # "Funded with US$1.2 million in non-refundable aid from JICA, …"
                            r"|\b(?:[Ff]unded|[Ff]inanced|[Ss]ponsored|[Ss]upported)\s+with\s+"
                            r"[^,;]{0,80}?\bfrom\b(?P<by2>[^,;]+?)(?=[,;]|$)"
                            # "with a total JICA contribution of about US$3.2 million"
                            r"|\b(?:a|the)\s+(?:total\s+)?(?P<by3>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)"
                            r"{0,4}?)(?:'s|’s)?\s+(?:contribution|grant|funding)\s+(?:of|is|was)\b"
                            # "…; and 100 gift packages from the Kazakhstan–Viet Nam Friendship
                            # Association to flood-affected households in …": things counted
                            # in a list of contributions, and who they came from
                            r"|(?<=\band )\d[\d,]*\s+(?:[a-z-]+\s+){1,3}from\s+(?:the\s+)?"
                            r"(?P<by4>[A-Z].+?)"
                            r"(?=\s+(?:to|for)\b|[,;]|\.(?!\d)|$)")
_TO_ANY_RE = re.compile(r"\bto\s+")
_TO_THE_KIND_RE = re.compile(r"\bto\s+the\s+(?P<kind>association|school|hospital|centre|center|"
                             r"club|foundation|church|pagoda)\b(?!\s+(?:of|in)\b)")
_PARTY_PEOPLE_OF_RE = re.compile(r",\s+(?:the\s+)?(?:authorities|government|administration)"
                                 r",?\s+and\s+(?:the\s+)?people\s+of\b")
_COMMUNITY_EN_RE = re.compile(r"(?P<name>(?:[Oo]verseas\s+)?Vietnamese\s+(?:community|communities|"
                              r"people|expatriates|diaspora)\s+(?:living\s+)?in\s+(?:the\s+)?"
                              r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*))")
# ("VND1.2 billion to build a Cambodia-Viet Nam friendship school": what for, not to whom)
_TO_RE = re.compile(r"\bto\s+(?!(?:build|buy|support|help|repair|construct|purchase|provide|"
                    r"improve|upgrade|renovate|equip|install|assist|develop|implement|carry|"
                    r"cover|pay|fund|finance)\b)(?:the\s+)?")
_WITH_SUM_RE = re.compile(r"(?<=\w)(?<!built)(?<!constructed)(?<!upgraded)(?<!renovated)"
                          r"(?<!equipped),?\s+with\s+(?:about |over |more than |nearly )?"
                          r"(?:US\$|A\$|\$|€)?\s*\d")
# "signed …", and a headline's "Hue and Kyoto sign MoU …" (not "plans to sign")
_VISITS_BEFORE_RE = re.compile(r"\b(?:visits|visited|visiting|visit to)\s+(?:the\s+)?$")
_SIGN_RE = re.compile(r"\b(?:signed|inked|exchanged|(?<!to )(?<!will )(?:signs?|inks?))\s+"
                      # ("signed a renewed MOU", "signed a new cooperation agreement")
                      r"(?:a|an|the)?\s*(?:(?:renewed|new|revised)\s+)?"
                      r"(?P<what>memorandum of understanding|MOU|MoU|"
                      r"record of discussions?|minutes of discussions?|letter of intent|"
                      # ("the two universities signed the minutes of the meeting")
                      r"minutes of the (?:meeting|talks|working session)|"
                      # "signed the Cooperation Program between Hanoi People's Committee and …"
                      r"(?:friendship and )?cooperation (?:agreement|program(?:me)?)|agreement)",
                      re.I)
_SIGNING_BETWEEN_RE = re.compile(
    r"\bsigning(?: ceremony)? (?:of|for) (?:a|an|the) (?P<what>memorandum of understanding|MOU|MoU|"
    r"letter of intent|(?:friendship and )?cooperation agreement|agreement) between\s+(?:the\s+)?",
    re.I)
# "An agreement on establishing friendly relations between X and Y … was signed on …"
_PASSIVE_BETWEEN_RE = re.compile(
    r"\b(?P<what>memorandum of understanding|MOU|MoU|letter of intent|(?:friendship and )?"
    r"cooperation agreement|agreement)\b[^.;]{0,90}?\bbetween\s+(?:the\s+)?"
    r"(?=[^.;]{0,160}?\b(?:was|were|has been|have been)\s+signed\b)", re.I)
_NOT_YET_EN = re.compile(r"\b(?:promote|towards?|plans?|planned|will|would|expected|prepare|"
                         r"preparing|propose|proposed|agreed to|work on|soon)\b", re.I)
_AGREEMENT_KINDS = {"memorandum of understanding": "memorandum_of_understanding",
                    "mou": "memorandum_of_understanding"}
_COUNT_RE = re.compile(r"(?<![\w.,-])(?!(?:19|20)\d\d\b)(\d{1,3}(?:,\d{3})+|\d+|" + english_roles.NUMBER_WORDS
                       # ("2 LED phototherapy units", "1 breathing support (CPAP) machine")
                       # ('12 "great solidarity" houses': the kind of house in quotes)
                       # ("5,000 GeneXpert test cartridges", "2 portable digital X-ray
                       # machines": a capital inside a word of the thing's name)
                       # ("EUR 30,000 to build two classrooms": a sum's figure counts nothing)
                       # ("500 Mid-Autumn gift packages": a festival's name, hyphened)
                       + r")\s+(?!to\s)((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[A-Za-z]*\s+|[A-Z]{2,5}\s+|"
                       r"[\"“][^\"”]{1,30}[\"”]\s+)?"
                       r"[a-z](?:[a-z -]|[A-Z](?=-)|(?<=[a-z])[A-Z]){2,60}?)"
                       r"(?=\s+(?:(?:to|for|from|worth|with|in|at|" + english_roles.ITEM_ENDS
                       # ("4 infusion pumps and emergency care supplies")
                       + r")\b|and\b)|\s+\([A-Z]{2,6}\)\s+[a-z]|[,.;]|$)")
_ONE_LISTED_RE = re.compile(r"\b(?:include|includes|included|including|comprising|comprise|"
                            r"comprised)\s+(one\s+([a-z][A-Za-z -]{2,40}?))(?=,|\s+and\b)"
                            # "donated one ambulance to …": "one" right after the verb
                            r"|\b(?:donated|presented|handed over|gave|granted|offered|provided|"
                            r"delivered)\s+(one\s+(?!of\b|more\b|hundred\b|thousand\b)"
                            r"([a-z][A-Za-z -]{2,40}?))"
                            r"(?=[,.;]|\s+(?:to|for|worth|valued|and|at|with)\b)")
_AN_LISTED_RE = re.compile(r"\b(?:include|includes|included|including|comprising|comprise|"
                           r"comprised)\s+(an?\s+([a-z][A-Za-z -]{2,40}?))(?=,|\s+and\b)")
# "… four patient monitors and one portable ultrasound system", "two monitors, one portable
# ultrasound machine and 20 beds": "one" inside or closing a list
_ONE_LAST_RE = re.compile(r"(?:,|\s+and)\s+(one\s+(?!of\b)([a-z][A-Za-z -]{2,40}?))(?=[,.;]|"
                          r"\s+and\b|\s+(?:will|was|were|worth|to|for|from)\b)")
# Counts of people, places and time, not of things given ("1,200 households", "4 poor
# communes"), as the whole noun: "500 household water filters" are filters.
_NOT_ITEMS = re.compile(r"(?:\w+\s+)?(?:households?|people|children|students|pupils|years?|"
                        r"months?|days?|districts?|communes?|provinces?|villages?|schools?|"
                        r"localities|countries|sides|times|members|delegations?|participants|"
                        # ("has provided two rounds of emergency relief …": how often)
                        r"rounds?|phases?|"
                        r"families|patients|women|farmers|technicians|staff|officials|workers|"
                        r"teachers|nurses|doctors|volunteers|experts|trainees|beneficiaries|"
                        r"million|billion|thousand|percent|hectares?|km|usd|vnd|eur)"
                        # "two localities hit hard by floods": what follows is no thing either
                        r"(?:\s+(?:hit|in|of|from|who|which|that|with|living|affected|across|"
                        r"where)\b.*)?", re.S)

# "each with a capacity of 20 cubic metres", "weighing 10 kg": how big each thing is, not
# how many
_MEASURE_BEFORE = re.compile(r"\b(?:capacity|area|length|volume|size|height|depth|weight)\s+of\s+"
                             r"(?:about\s+|some\s+|up to\s+)?$|\b(?:weighing|measuring|covering)\s+"
                             r"(?:about\s+|some\s+)?$")


@dataclass
class Found:
    section: str
    fields: dict
    quote: Span
    confidence: float
    gift_items: list[ItemHit] | None = None
    implied_recipient: bool = False  # the province, as the clause names no one who received


# "X, which provided …, and Y, which granted …": one gift on each side of ", and".
_AND_RE = re.compile(r",\s+(?:and|while|whereas)\s+(?=(?:the\s+)?[A-Z])")
# "a project funded by X with 120,000 USD and training courses funded by Y with …": the
# second "funded by" after "and" is a second gift when the first part had its own.
_AND_FUNDED_RE = re.compile(r"\s+and\s+(?=(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?\bfunded by\b)")
_FUNDED = re.compile(r"\bfunded by\b")
# "provided VND 1.5 billion to Kratie Province to build a school and VND 1 billion to Tbong
# Khmum Province for …": a second sum to a second receiver, the verb and giver shared
# ("… and KHR 40 million to the Khmer-Vietnamese Association …": any code the pages write)
_CODE = r"(?:VND|USD|EUR|AUD|JPY|KRW|CNY|RMB|GBP|CHF|CAD|NZD|SGD|THB|LAK|KHR|US\$|\$|€|¥)"
_SUM_TO = (_CODE + r"\s?\d(?:[^;,]|(?<=\d),(?=\d)){0,40}?\b(?:to\s+(?:the\s+)?[A-Z]"
           # "US$50,000 for Phuoc Ha Kindergarten … and US$48,000 for a clean water system in
           # Phuoc Binh commune": a sum for a named body, or for a thing in a named place
           r"|for\s+(?:the\s+)?[A-Z]|for\s+an?\s+[^;,]{0,60}?\b(?:in|at)\s+[A-Z])")
_SUM_TO_RE = re.compile(_SUM_TO)
_SUM_CODE_RE = re.compile(_CODE + r"\s?\d")
SECOND_SUM_RE = re.compile(rf"and\s+(?={_SUM_TO})")
# "… included USD 45,000 from The Fred Hollows Foundation for …, and a grant of AUD 28,000
# from the Australian Embassy's Direct Aid Program to …": a second sum from a second giver
_SUM_FROM = _CODE + r"\s?\d(?:[^;,]|(?<=\d),(?=\d)){0,40}?\bfrom\s+(?:the\s+|The\s+)?[A-Z]"
_SUM_FROM_RE = re.compile(_SUM_FROM)
_AND_SUM_FROM_RE = re.compile(r",\s+and\s+(?=(?:an?\s+(?:[a-z]+\s+){0,2}(?:grant|contribution|"
                              rf"donation|sum)\s+of\s+)?{_SUM_FROM})")

# "presented 200 bicycles to poor pupils of X and handed over VND 500 million to Y Hospital":
# a second gift to a second receiver, the giver shared
AND_GAVE_RE = re.compile(r"(?<=\s)and\s+(?:also\s+)?(?=(?:handed over|presented|donated|gave)\s)")
# "Habitat … handed over 60 houses … to poor households in Phu Vang district, East Meets West
# Foundation (EMW) provided VND 1.2 billion for …": a list of givers, each with its own gift
_LOWER_WORD_END_RE = re.compile(r"\b[a-z][\w-]*\)?$")
_COMMA_GIVER_RE = re.compile(r",\s+(?=(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|"
                             r"and|\([A-Z][\w&.-]{1,9}\)))*\s+(?:handed over|presented|"
                             r"donated|gave|provided|funded|sponsored|granted|built|performed)"
                             r"\s(?!by\b))")
_TO_A_NAME_RE = re.compile(r"\bto\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z]")


def parts_of(text: str, clause: Span) -> list[Span]:
    cuts = [clause.start, *(m.start() + 1 for m in _AND_RE.finditer(text, clause.start,
                                                                     clause.end)), clause.end]

    def second_sum(before: int, at: int) -> bool:
        # (the first sum's purpose told instead of its receiver: "presented VND 1.2 billion
        # to support the construction of a school … and KHR 40 million to …")
        return bool(_SUM_TO_RE.search(text, before, at) or (
            _SUM_CODE_RE.search(text, before, at) and give_verb(text, before, at)))

    # each joint, what the part before it must hold for a second gift to start there, and
    # where the cut falls (after the comma or space the joint opens with, or at "and")
    joints = [
        (_AND_FUNDED_RE, lambda before, at: bool(_FUNDED.search(text, before, at)), 1),
        (SECOND_SUM_RE, second_sum, 0),
        (_AND_SUM_FROM_RE, lambda before, at: bool(_SUM_FROM_RE.search(text, before, at)), 1),
        # ("provided Phongsaly province with VND 1.8 billion …, and presented …": a giver
        # with a sum names its receiver before it)
        (AND_GAVE_RE, lambda before, at: bool(give_verb(text, before, at) and (
            _TO_A_NAME_RE.search(text, before, at) or _SUM_CODE_RE.search(text, before, at))),
         0),
        # (not "The Global Fund to Fight AIDS, Tuberculosis and Malaria provided …": a
        # name's own comma follows a capital)
        (_COMMA_GIVER_RE, lambda before, at: bool(give_verb(text, before, at)
                                                  and _LOWER_WORD_END_RE.search(text, before, at)),
         1),
    ]
    for joint, opens_a_gift, shift in joints:
        for m in joint.finditer(text, clause.start, clause.end):
            before = max(c for c in cuts if c <= m.start())
            if opens_a_gift(before, m.start()):
                cuts.append(m.start() + shift)
    cuts.sort()
    return [Span(a, b, text[a:b]) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


# The small words each language cannot write without. An English page may spell every
# Vietnamese name with its accents ("Ms. Đỗ Thanh Xuân, Vice Chairwoman of the Kiên Giang
# Provincial People's Committee"), so its letters alone do not tell its language.
_EN_WORDS_RE = re.compile(r"\b(?:the|of|and|to|in|on|with|for|was|were|is|are|by|from|has|"
                          r"have|its|their|this|that|which|will)\b", re.I)
_VI_WORDS_RE = re.compile(r"(?<!\w)(?:của|và|các|được|cho|với|những|này|trong|đã|là|có|"
                          r"người|cùng|để|về)(?!\w)", re.I)


def is_english(text: str) -> bool:
    english_words = len(_EN_WORDS_RE.findall(text))
    vietnamese_words = len(_VI_WORDS_RE.findall(text))
    if english_words + vietnamese_words >= 8:
        return english_words > 2 * vietnamese_words
    letters = sum(c.isalpha() for c in text) or 1
    return len(VIETNAMESE_ONLY.findall(text)) / letters < 0.01


_PLACE_GOVERNMENT_RE = re.compile(r"(.+?)\s+((?i:provincial|city|district|municipal|"
                                  r"prefectural))\s+(?i:government|administration|authorities)")
_PLACE_OF_GOVERNMENT = {"provincial": "province", "city": "city", "district": "district",
                        "municipal": "city", "prefectural": "prefecture"}
# A holder's title after the body it speaks for: "World Bank Country Director for Viet Nam".
_HOLDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:Country\s+|Resident\s+|Chief\s+|Regional\s+)?"
                           r"(?:Director|Representative|Coordinator|Manager)\b")
_IN_OR_AT = re.compile(r"\b(?:in|at)\s+$")
_NATIONALITY_KIND = re.compile(r"(?:" + "|".join(map(re.escape, english_roles.NATIONALITIES))
                               + r")\s+(?:city|region|province|prefecture)")
# "Japan's Nipro Corporation", "Cambodia's Kratie province", "Laos' Houaphanh province": a
# country owns the name after it.
_COUNTRY_OWNS_RE = re.compile(r"([A-Z][\w ]{1,30}?)(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")


# A name with an acronym in it that gives or launches is a body, its kind unwritten: "FIDR
# launched a … project", "Stichting HVO (the Netherlands) funded …"; a person's name has no
# acronym.
_ACRONYM_WORD_RE = re.compile(r"\b(?!(?:VND|USD|EUR|AUD|JPY|KRW|CNY|RMB|GBP|SGD|THB|LAK|KHR|NZD|CAD|"
                             r"CHF|US)\b)[A-Z]{2,8}\b")  # a currency is no body
# "the Government of Japan's Grant Assistance for Grassroots Human Security Projects": a
# body's grant scheme named after it, paid from its funds
_PROGRAMME_OF_RE = re.compile(r"['’]s\s+(?:Grants?|Grassroots|Assistance|Programme|Program|"
                              r"Projects?|Initiative|Scheme)\b")
_GIVES_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:has\s+|have\s+|also\s+)?"
                             r"(?:funded|donated|granted|sponsored|presented|handed over|"
                             r"launched|provided|gave)\b")


def _owners(gaz: Gazetteer, text: str, start: int, end: int) -> set[int]:
    """Where a country owning the name after it starts ("China's Chongzuo City"): after
    "and", a name of its own ("Lang Son and China's Chongzuo City hold talks")."""
    return {c.start for c in gaz.find("places", text, start, end)
            if gaz.places[c.id].kind == "country" and text.startswith(("'s ", "’s "), c.end)}


def _a_country(gaz: Gazetteer, name: str) -> bool:
    """Whether `name` is a country's whole name: one the gazetteer lists, or any ISO 3166
    country's name (not its code)."""
    if any(gaz.places[c.id].kind == "country" and c.start == 0 and c.end == len(name)
           for c in gaz.find("places", name, 0, len(name))):
        return True
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return False
    return name in {getattr(country, f, None) for f in ("name", "common_name", "official_name")}


def _owned(gaz: Gazetteer, text: str, s: int, e: int) -> tuple[int, str | None]:
    """Where the name in text[s:e] starts past a country owning it, and that country."""
    if (of := _COUNTRY_OWNS_RE.match(text, s, e)) and (owner := next(
            (c.id for c in gaz.find("places", text, s, of.end(1))
             if gaz.places[c.id].kind == "country" and c.start == s
             and c.end == of.end(1)), None)):
        return of.end(), owner
    return s, None


_COMMITTEE_AFTER_RE = re.compile(r"\s+(?:Provincial|City|Municipal)\s+People['’]s Committee\b")


_BRANCH_AFTER_RE = re.compile(r"\s+(?:[Pp]rovincial\s+)?(?:branch|[Cc]hapter)\b")
_BRANCH_END_RE = re.compile(r"\s(?:branch|[Cc]hapter)$")


_SCHEME_NAME_RE = re.compile(r"\b(?:Projects?|Programmes?|Programs?|Scheme|Initiative|Grants?)$")
_NATIONAL_GOVERNMENT_RE = re.compile(r"(" + "|".join(map(re.escape, english_roles.NATIONALITIES))
                                     + r")\s+Government")


def _government_of(gaz: Gazetteer, text: str, nationality: str, s: int, e: int,
                   proposals: dict[str, Proposal]) -> PartnerMention | None:
    """The government a nationality names ("the Japanese Government"), as written."""
    country = english_roles.NATIONALITIES[nationality]
    if country not in gaz.places:
        return None
    name = text[s:e]
    id_ = "extracted-" + slug(name)
    proposals.setdefault(id_, Proposal(id_, name, "national_government", country, None, s, e))
    return PartnerMention(s, e, id_, text[s:e], 0.6)


def partners_in(gaz: Gazetteer, text: str, start: int, end: int,
                proposals: dict[str, Proposal], home: str | None = None,
                full_names: bool = True) -> list[PartnerMention]:
    # "Quang Ninh District People's Committee", "Quang Ninh district": a district named as
    # a province is, not that province
    known = [k for k in gaz.find("partners", text, start, end)
             if not (UNIT_NAMED_AFTER_RE.match(text, k.end) and gaz.partners[k.id].kind
                     == "local_government" and gaz.partners[k.id].country == "vietnam")]
    found: list[PartnerMention] = []
    described: str | None = None  # the kind "A Japan-based NGO," gives the name after it
    starts = {k.start for k in known} | _owners(gaz, text, start, end)
    other_names: list[tuple[int, int]] = []
    for s, e in _chunks(text, start, end, starts, {(k.start, k.end) for k in known}):
        if text[s - 2:s] == " (" and text[e:e + 1] == ")" and (
                any(f.end == s - 2 for f in found) or any(b == s - 2 for _, b in other_names)):
            # "the American Chamber of Commerce in Vietnam (AmCham Vietnam)": its other name
            other_names.append((s, e))
            continue
        if (dash := re.search(r"\s[-–]\s[^-–]+$", text[s:e])) and _BRANCH_AFTER_RE.match(text, e):
            # "Shinhan Bank Vietnam - Binh Duong branch": the bank; where its branch is
            other_names.append((s + dash.end(), e))
            e = s + dash.start()
        if text[s:s + 4].lower() == "the ":
            s += 4
        if storm := _STORM_RE.match(text, s, e):
            # "the floods that followed Typhoon Trami in Quảng Bình province": a storm's
            # name, then where it struck
            if not (where := _IN_PLACES_RE.search(text, storm.end(), e)):
                continue
            s = where.end()
        if _SCHEME_NAME_RE.search(text, s, e) and english_roles.SCHEME_OF_RE.match(text, e):
            # "the Quick Impact Projects (QIP) scheme of the Government of India": a scheme,
            # whose owner gives
            other_names.append((s, e))
            continue
        if (government := _NATIONAL_GOVERNMENT_RE.fullmatch(text, s, e)) \
                and (own := _government_of(gaz, text, government[1], s, e, proposals)):
            found.append(own)  # "the Japanese Government": a government, as written
            continue
        # "the Japan-based Asian Rural Children Support Network"; not "a Japan-based NGO, X"
        if not _INDEFINITE.search(text[max(start, s - 3):s]) and (based := re.match(
                r"(?!(?:A|An|The)\s)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+(?=[A-Z])", text[s:e])):
            s += based.end()
        if country_first := _COUNTRY_BEFORE_KIND_RE.match(text, s, e):
            s = country_first.end()  # "the US State of Oregon": the state of Oregon
        described_as = _DESCRIBED_RE.match(text, s, e)
        if described_as:
            s = described_as.end()  # "The German NGO HueHelp": the kind, then the name
        if programme := _PROGRAMME_OF_RE.search(text, s, e):
            e = programme.start()  # the government whose grant programme paid gives
        if (tail := _LOCAL_BODY_OF_COUNTRY_RE.search(text, s, e)) \
                and _a_country(gaz, tail["country"]):
            e = tail.start("of")  # "the Minsk Oblast Executive Committee of Belarus"
        # "Japan's Nipro Corporation": the company, of Japan; not a name the gazetteer lists
        # with its country's possessive ("Israel's Agency for International Development …")
        listed = any(k.start == s for k in known)
        s, owner = (s, None) if listed else _owned(gaz, text, s, e)
        if _MEMBER_OF_RE.search(text, max(start, s - 40), s):
            # "C.P. Vietnam Corporation, a member of the Charoen Pokphand Group": whose; nor
            # is the place in "…, a member of Thai Nguyen University" anyone
            other_names.append((s, e))
            continue
        if _TITLE_BEFORE.search(text[max(start, s - 40):s]):
            continue  # "Vice Chairman of the Provincial People's Committee Hoang Nam": a person
        if _POST_FIELD_RE.search(text, max(start, s - 30), s) and text.startswith(")", e):
            continue  # "Associate Dean (International)": the field of a post, no body
        if _TITLED_PERSON_RE.fullmatch(text, s, e) or _A_DAY_RE.search(text, s, e):
            # "State Secretary Jens Albrecht": a person by the post; "the International Day
            # of Persons with Disabilities", "World Water Day": a day, no body
            continue
        if text[s:e].endswith((" city", " region", " City")) \
                and _IN_OR_AT.search(text, max(start, s - 4), s):
            continue  # "held talks in Tam Ky city", "… in Quy Nhon City": where, not who
        if found and ((_BRANCH_AFTER_RE.match(text, e) or _BRANCH_END_RE.search(text, s, e))
                      and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?", text[found[-1].end:s])
                      or re.fullmatch(r"\s+delegation\s+from\s+", text[found[-1].end:s])):
            # "the Cambodian Red Cross (CRC) Svay Rieng branch", "receives Cambodian Red Cross
            # delegation from Svay Rieng": where the body's branch is
            other_names.append((s, e))
            continue
        if _NATIONALITY_KIND.fullmatch(text, s, e):
            continue  # "a French region": what kind of partner, not which
        # "Governor of Svay Rieng province", "Chairman of the Binh Duong Provincial People's
        # Committee Vo Van Minh": the body, without its holder's title and name
        if (_LED_BY_POST_RE.search(text, max(start, s - 90), s) or _LED_BY_RE.search(
                text, max(start, s - 60), s) and _POST_OF_RE.match(text, s, e)
                or _LED_BY_TITLE_RE.search(text, max(start, s - 10), s)
                and _HOLDER_TITLE_RE.match(text, s, e)) and any(
                f.id != home and (f.start > text.rfind("delegation", start, s) >= 0
                                  # ("a World Bank (WB) delegation led by …")
                                  or _DELEGATION_AFTER_RE.match(text, f.end))
                for f in found):
            # "a delegation from Terengganu state, led by Mr. X, Member of the Terengganu
            # State Executive Council": the leader's own body, of the side named before;
            # so are "… led by Ms. Sarah Collins, Acting Country Director for Viet Nam" and
            # "… led by Director General for International Cooperation Choi Min-seok"
            continue
        if _PARTY_PEOPLE_OF_RE.match(text, e) and re.search(r"Party Committee$", text[s:e]):
            continue  # "on behalf of the Party Committee, authorities and people of X": X
        if re.search(r"(?<!\w)(?:of\s+)?its\s+$", text[max(start, s - 8):s]) \
                or _ITS_KINDS_RE.search(text, max(start, s - 24), s):
            continue  # "led by Director of its Southeast Asia Regional Office": its own office
            # ("Director of the province's International Cooperation Division")
        if _POST_AT_RE.match(text, s, e) and text.startswith(" at ", e):
            continue  # "Director of International Trade at Business Oregon": a post's field
        s, e = english_roles.held_body(text, s, e, _ENDS_A_NAME.pattern)
        if owner is None and not listed:
            # "Governor of Thailand's Nakhon Phanom province": the country after the post
            s, owner = _owned(gaz, text, s, e)
        bare = english_roles.bare_kind(text[s:e])
        if full_names and (bare or text[max(start, s - 4):s].lower() == "the ") and (
                full := _full_name(gaz, text, s, e, proposals, home)) and (
                # "thanked the Rotary Club" after "Rotary Club Luxembourg": a body's short
                # name ("the Phan Thiet fishing port" names no city)
                bare or getattr(proposals.get(full) or gaz.partners.get(full), "kind", None)
                not in (None, "local_government", "national_government")):
            # "US Consulate General" in a headline, "the US Consulate General in Ho Chi Minh
            # City" in the body: the short form of a name the article gives in full
            found.append(PartnerMention(s, e, full, text[s:e]))
            continue
        if _HOLDER_OF_KIND_RE.match(text, s, e):
            continue  # "County Governor Shin Young-jae": the head of a body named before
        if _KINDS_OWN_RE.match(text, s, e):
            continue  # "the Prefecture's Department of International Affairs": a part of a
            # body named before, by its kind alone
        if english_roles.home_body(text, s, e) or english_roles.bare_kind(text[s:e]) \
                or _UNITS_OWN_BODY.fullmatch(text[s:e]) and _UNIT_BEFORE.search(
                    text, max(start, s - 12), s):
            # "the Provincial People's Committee", "the Fund's", "the district People's
            # Committee": named elsewhere
            continue
        if any(c.start == s and c.end == e and gaz.places[c.id].kind == "country"
               for c in gaz.find("places", text, s, e)):
            continue  # "Nakhodka city, Russian Federation": a country, no federation of bodies
        inner = [k for k in known if s <= k.start and k.end <= e]
        lead = next((k for k in known if k.start <= s < k.end), None)
        if (acr := re.match(r"[A-Z][A-Za-z&-]{1,9}\b", text[s:e])) \
                and f"({acr[0]})" in text and _HOLDER_AFTER.match(text, s + acr.end(), e):
            # "HSF Resident Representative in Viet Nam": a post in the body the article gave
            # that acronym, found as the acronym (below)
            continue
        if lead and lead.start == s and lead.end >= e:
            # "the Ambassador and Head of the Delegation of the European Union to Viet Nam":
            # after the holder's titles, a body the gazetteer knows by a longer name
            found.append(PartnerMention(lead.start, lead.end, lead.id, lead.surface))
            continue
        if lead and lead.start < s and gaz.partners[lead.id].kind == "local_government" \
                and _COMMITTEE_AFTER_RE.match(text, lead.end, e):
            # "the Ba Ria – Vung Tau Provincial People's Committee": the province the
            # gazetteer knows, whose name the dash cut, and its committee
            continue
        if lead and lead.start < s and _LOCAL_ARM_EN_RE.fullmatch(text, lead.end, e):
            # "Room to Read Viet Nam": the body the gazetteer knows, "to" cut from its name,
            # and the country of its office
            found.append(PartnerMention(lead.start, lead.end, lead.id, lead.surface))
            continue
        if lead and _HOLDER_AFTER.match(text, lead.end, e):
            # "the World Bank Country Director for Viet Nam": the body the holder speaks for
            found.append(PartnerMention(lead.start, lead.end, lead.id, lead.surface))
            continue
        kind = next((k for pat, k in _KINDS if re.search(rf"\b(?:{pat})\b", text[s:e])), None)
        if kind is None and (described_as or _KIND_WRITTEN_BEFORE.search(
                text, max(start, s - 45), s)):
            # "the German non-governmental organisation Help - Hilfe zur Selbsthilfe"
            kind = "foreign_ngo"
        if _INDEFINITE.search(text[max(start, s - 3):s]) or _INDEFINITE.match(text, s, e):
            # "GNI, a Korean NGO, …", "A Japan-based NGO, Asia Kids Link, …": what a body
            # is, not which; the name written beside it is the body
            described = kind if not inner and text[e:e + 2] == ", " else None
            continue
        if kind is None and not inner and described and text[max(start, s - 2):s] == ", ":
            kind = described
        if kind is None and not inner and _ACRONYM_WORD_RE.search(text, s, e) \
                and _GIVES_AFTER_RE.match(text, e) and f"({text[s:e]})" not in text:
            # (an acronym the article gave in brackets is the name before them, found later)
            kind = "foreign_ngo"  # "FIDR launched …", "Stichting HVO (the Netherlands) funded …"
        if kind is None and not inner and (longer := next((
                p for p in proposals.values() if p.start < s and p.kind == "company"
                and _LEGAL_TAIL_RE.fullmatch(p.name[len(text[s:e]):])
                and p.name.startswith(text[s:e])), None)):
            # "Hokuriku Agri Co., Ltd." named before, "Hokuriku Agri presented …" now
            found.append(PartnerMention(s, e, longer.id, text[s:e], 0.6))
            continue
        if kind is None and not inner and (dashed := next((
                p for p in proposals.values() if p.start < s
                and re.match(re.escape(text[s:e]) + r"\s+[-–]\s+[A-Z]", p.name)), None)):
            # "Help – Hilfe zur Selbsthilfe" named before, "In 2021, Help funded …" now: the
            # body by the short name its whole name opens with
            found.append(PartnerMention(s, e, dashed.id, text[s:e], 0.6))
            continue
        if kind is None and not inner and (place := next((
                p for p in proposals.values() if p.start < s and p.kind == "local_government"
                and p.name.lower() == text[s:e].lower() + " province"), None)):
            # "Kampong Chhnang Province" named before, "… households in Kampong Chhnang" now
            found.append(PartnerMention(s, e, place.id, text[s:e], 0.6))
            continue
        if kind is None and not inner and (told := proposals.get("extracted-" + slug(
                text[s:e]))) and told.start < s and f"({text[s:e]})" not in text:
            kind = told.kind  # a body the article said what it is of before, named again
        if kind is None and not inner and _GIVEN_BY_BEFORE_RE.search(
                text, max(start, s - 30), s) and (country := _COUNTRY_IN_BRACKETS_RE.match(
                    text, e)) and any(c.start == e + 2 and gaz.places[c.id].kind == "country"
                                      for c in gaz.find("places", text, e, country.end())):
            # "donated by Asian Medical Friendship (Japan)": a body of that country, whose
            # name has no kind word
            kind = "foreign_ngo"
        if kind is None and _initials_in_brackets(text, s, e):
            # "the Veterans Vietnam Restoration Project (VVRP)": the letters in brackets are
            # the name's, whatever it holds
            kind, inner = "foreign_ngo", []
        if kind is None and (what := _WHAT_IT_IS_RE.match(text, e, end)) and not any(
                k.start == s and k.end == e or gaz.partners[k.id].kind != "local_government"
                for k in inner):
            # "CJ Vina Agri, a South Korean-invested animal feed company based in …": a name
            # with no kind word of its own, and the words after it saying what it is; a
            # place inside it is the body's ("Friends of Phu Tho Children, an Australian
            # charity")
            kind = "company" if what["kind"] in _COMPANY_WORDS else _WHAT_KIND.get(
                what["kind"], "foreign_ngo")
            inner = []
        described = None
        places = [k for k in inner if (gaz.partners[k.id].kind == "local_government")]
        with_country = kind is None and len(inner) == 1 and inner[0].end == e \
            and inner[0].start > s and gaz.partners[inner[0].id].kind == "national_government"
        if with_country:
            kind, inner = "foreign_ngo", []  # "PeaceTrees Vietnam": a body named with its country
        if _OFFICE_OF.match(text, s, e) and len(places) == 1:
            # "Governor of Kampot Province Mao Thonin": the holder speaks for the place
            found.append(PartnerMention(places[0].start, places[0].end, places[0].id,
                                        places[0].surface))
            continue
        if kind is None or (inner and inner[0].start == s and inner[0].end == e):
            found += [PartnerMention(k.start, k.end, k.id, k.surface) for k in inner]
        elif len(places) == 1 and (_GOVERNMENT.search(text[s:e]) or english_roles.place_named(
                text, s, e, places[0])):  # "Baise City" is the Baise the gazetteer knows
            found.append(PartnerMention(s, e, places[0].id, text[s:e]))
        elif any(gaz.partners[k.id].kind not in ("local_government", "national_government")
                 for k in inner) and not _LONGER_NAME_RE.fullmatch(text, s, inner[0].start):
            # ("Children of Asia Foundation" is a body of its own, not The Asia Foundation)
            found += [PartnerMention(k.start, k.end, k.id, k.surface) for k in inner]
        else:
            name = text[s:e]
            if gov := _PLACE_GOVERNMENT_RE.fullmatch(name):
                # "the Gaza provincial government" is Gaza province, named by its government
                kind_word = _PLACE_OF_GOVERNMENT[gov[2].lower()]
                name = f"{gov[1]} {kind_word if gov[2].islower() else kind_word.title()}"
            id_ = "extracted-" + slug(_place_first(name, places))
            country = "vietnam" if places and all(
                gaz.partners[p.id].country == "vietnam" for p in places) else None
            if (seat := re.search(r"\sin\s+(?:the\s+)?(\S.*)$", name)) and (where := next(
                    (c.id for c in gaz.find("places", seat[1], 0, len(seat[1]))
                     if gaz.places[c.id].kind == "country" and c.id != "vietnam"), None)):
                # "the Ha Tinh Fellow Countrymen Association in the Republic of Korea": a body
                # of the country it is in, whatever home place its name holds
                country = where
            elif lead := next((c.id for c in gaz.find("places", name, 0, len(name))
                               if c.start == 0 and gaz.places[c.id].kind == "country"
                               and c.id != "vietnam"), None):
                # "the Taiwan Business Association in Ho Chi Minh City": a body of the
                # country its name opens with, wherever it sits
                country = lead
            elif (nation := english_roles.NATIONALITIES.get(name.split()[0])) \
                    and nation != "vietnam" and not any(k.start == s for k in places):
                # "the Brazilian Committee for Solidarity with Viet Nam": a body of the
                # country its name's first word says
                country = nation
            state = next((c.id for c in gaz.find("places", name, 0, len(name))
                          if gaz.places[c.id].kind == "country"), None) \
                if re.fullmatch(r"(?:Government of (?:the )?.+|.+ Government)", name) else None
            if state and state != "vietnam":
                kind, country = "national_government", state  # "the Government of Japan"
            elif not inner and kind == "government_office" \
                    and not _FOREIGN_GOVERNMENT_RE.search(name):
                country = "vietnam"  # "People's Committee of Binh Lieu": a home page's own
            country = country or owner or _country_after(gaz, text, e, end)
            if short := next((p for p in proposals.values() if p.start < s
                              and name.startswith(p.name) and p.name != name
                              and _LEGAL_TAIL_RE.fullmatch(name[len(p.name):])), None):
                # "C.P. Vietnam delegation" in the headline, "C.P. Vietnam Corporation" in the
                # body: one company, by its whole name
                proposals[short.id] = replace(short, name=name, kind="company")
                found.append(PartnerMention(s, e, short.id, name, 0.6))
                continue
            proposals.setdefault(id_, Proposal(id_, name, kind, country, None, s, e))
            found.append(PartnerMention(s, e, id_, name, 0.6))
    # "the Food and Agriculture Organization of the United Nations (FAO)": a name the
    # gazetteer knows by the acronym after it is that partner, not a new one
    for i, f in enumerate(found):
        # ("the Association for Aid and Relief, Japan (AAR Japan)": its country, then the
        # acronym with it)
        bracket = re.match(r"(?:\s+of\s+the\s+[A-Z][\w ]{0,40}?|,\s+[A-Z][a-z]+)?\s*"
                           r"\(([A-Z][A-Za-z&-]{1,9}(?:\s+[A-Z][a-z]+)?)\)", text[f.end:end])
        twin = bracket and next((k for k in known if k.start == f.end + bracket.start(1)), None)
        if twin and f.id.startswith("extracted-"):
            proposals.pop(f.id, None)
            found[i] = PartnerMention(f.start, f.end, twin.id, f.surface)
    # Known names that run past a run of capitals ("Svay Rieng province") count as well.
    found += [PartnerMention(k.start, k.end, k.id, k.surface) for k in known
              if not any(f.start < k.end and k.start < f.end or f.id == k.id for f in found)
              and not any(a <= k.start and k.end <= b for a, b in other_names)]
    for i, f in enumerate(found):
        # "Aiutare i Bambini in Viet Nam" after "the Fondazione Aiutare i Bambini": the
        # office in the country of the body the article named before
        office = _IN_THE_COUNTRY_RE.fullmatch(f.surface)
        body = office and f.id.startswith("extracted-") and next(
            (q for q in proposals.values() if q.id != f.id and q.start < f.start
             and (q.name == office[1] or q.name.endswith(" " + office[1]))), None)
        if body:
            proposals.pop(f.id, None)
            found[i] = PartnerMention(f.start, f.end, body.id, f.surface)
    # "Operation Smile Vietnam": the country written at the end of a known name is part of
    # it; "World Vision International in Vietnam" names the body's office in the country
    found = [f for f in found if f.id not in gaz.partners
             or gaz.partners[f.id].kind != "national_government"
             or not any(g.end < f.start and re.fullmatch(r"\s+(?:in\s+)?", text[g.end:f.start])
                        for g in found)]
    found += english_roles.more_partners(  # acronyms the article gave, "the PPC"
        gaz, text, start, end, found, home,
        lambda s, e: partners_in(gaz, text, s, e, proposals, home), proposals)
    # "Dak Lak DARD": the province's own department by its acronym, not the province too
    found = [f for f in found if not (
        f.id in gaz.partners and gaz.partners[f.id].kind == "local_government"
        and any(g.start == f.end + 1 and re.fullmatch(r"[A-Z]{2,6}", g.surface)
                and getattr(proposals.get(g.id) or gaz.partners.get(g.id), "kind", None)
                == "government_office" for g in found))]
    for m in _COMMUNITY_EN_RE.finditer(text, start, end):
        # "the Vietnamese community in Germany presented …": Vietnamese abroad, named by
        # where they live, as the Vietnamese pages' "cộng đồng người Việt Nam tại Đức"
        if any(f.start < m.end() and m.start("name") < f.end and f.id not in gaz.places
               and not (gaz.partners.get(f.id) and gaz.partners[f.id].kind in PLACE_KINDS)
               for f in found):
            continue
        name = m["name"]
        country = next((c.id for c in gaz.find("places", text, m.start("place"), m.end())
                        if gaz.places[c.id].kind == "country"), None)
        id_ = "extracted-" + slug(name)
        proposals.setdefault(id_, Proposal(id_, name, "association", country, None,
                                           m.start("name"), m.end()))
        found = [f for f in found if not m.start("name") <= f.start < m.end()]
        found.append(PartnerMention(m.start("name"), m.end(), id_, name, 0.6))
    # "Japan's Okayama-based non-profit organisation Smile Bridge": where the body sits
    found = [f for f in found if not _BASED_AFTER_RE.match(text, f.end)]
    # "Busan foundation awards 120 scholarships …": a body of that place, not the place
    found = [f for f in found if not (f.id in gaz.partners and gaz.partners[f.id].kind
                                      in PLACE_KINDS and _BODY_OF_PLACE_RE.match(text, f.end))]
    # "under the Quick Impact Projects (QIP) programme": a programme's name, no body
    found = [f for f in found if not (f.id.startswith("extracted-")
                                      and _UNDER_THE_RE.search(text, max(0, f.start - 12), f.start)
                                      and _PROGRAMME_AFTER_RE.match(text, f.end))]
    return sorted({p.start: p for p in found}.values(), key=lambda p: p.start)


_BODY_OF_PLACE_RE = re.compile(r"\s+(?:foundation|association|charity|fund|hospital|university|"
                               r"company|firm|group|organi[sz]ation|club|church|NGO)\b")
_HOLDER_OF_KIND_RE = re.compile(r"(?:County|Provincial|Prefectural|City|District|Municipal)\s+"
                                r"(?:Governor|Mayor|Chairman|Chairwoman|Chief|Head)\s+[A-Z]")
_BASED_AFTER_RE = re.compile(r"(?:-|\s+)based\b(?!\s+(?:in|on|at)\b)")


def _country_after(gaz: Gazetteer, text: str, at: int, end: int) -> str | None:
    """"the Nouvelle-Aquitaine region of France": the country written after a name (or after
    its acronym and a comma: "the University of Queensland (UQ), Australia")."""
    return next((c.id for c in gaz.find("places", text, at, min(end, at + 40))
                 if gaz.places[c.id].kind == "country"
                 and re.fullmatch(r"\s+of\s+(?:the\s+)?|\s*\([A-Z][A-Za-z&-]{1,9}\),\s+",
                                  text[at:c.start])), None)


def _place_first(name: str, places: list) -> str:
    """"Department of Foreign Affairs of Thua Thien Hue province" is the "Thua Thien Hue
    Department of Foreign Affairs": one body, whichever way the article writes it."""
    m = re.fullmatch(r"(.+)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:[Pp]rovince|City|city))?", name)
    bare = {re.sub(r"\s+(?:province|city)$", "", p.surface.lower()) for p in places}
    if m and " of " not in m[2] and m[2].lower() in bare:
        return f"{m[2]} {m[1]}"
    return name


def _full_name(gaz: Gazetteer, text: str, start: int, end: int,
               proposals: dict[str, Proposal], home: str | None) -> str | None:
    """The partner a described body ("US Consulate General") names when the article gives
    a name that starts with it elsewhere ("the US Consulate General in Ho Chi Minh City")."""
    short = text[start:end] + " "
    for s, e in _chunks(text, 0, len(text)):
        if text[s:s + 4].lower() == "the ":
            s += 4
        # "the Japan-based Asian Rural Children Support Network"; not "a Japan-based NGO, X"
        if not _INDEFINITE.search(text[max(start, s - 3):s]) and (based := re.match(
                r"(?!(?:A|An|The)\s)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+(?=[A-Z])", text[s:e])):
            s += based.end()
        if s != start and text.startswith(short, s):
            named = [p for p in partners_in(gaz, text, s, e, proposals, home, full_names=False)
                     if p.start == s]
            if named:
                return named[0].id
    return None


def _initials_in_brackets(text: str, start: int, end: int) -> bool:
    """The acronym in brackets right after a name is made of its words' first letters (or
    begins with them: "Japan Platform (JPF)")."""
    m = re.match(r"\s*\(([A-Z]{3,8})\)", text[end:end + 12])
    initials = "".join(w[0] for w in text[start:end].split() if w[:1].isupper())
    return bool(m) and (initials == m[1] or len(initials) >= 2 and m[1].startswith(initials))


# ("VNHELP, a U.S.-based charity": points inside a word of the description)
_WHAT_IT_IS_RE = re.compile(r",\s+an?\s+(?:[\w.-]+\s+){0,5}?(?P<kind>company|corporation|firm|"
                            r"enterprise|NGO|non-governmental organi[sz]ation|charity|"
                            # "Water for Mekong, a small Belgian non-profit organisation"
                            r"(?:non-?profit|not-for-profit|charitable) organi[sz]ation|"
                            r"foundation|"
                            # "Waterschap Hollandse Delta, a regional water authority of the
                            # Netherlands"
                            r"authority|agency|board|association|university|institute)\b")
_COMPANY_WORDS = ("company", "corporation", "firm", "enterprise")
_WHAT_KIND = {"authority": "government_office", "agency": "government_office",
              "board": "government_office", "association": "association",
              "university": "academic", "institute": "academic"}
# Capitalised words and "of" before a known name, in one run: a longer name that holds it
# ("Representatives of the Embassy of Japan" are its people, not a body)
_LONGER_NAME_RE = re.compile(r"(?!(?:Representatives?|Leaders?|Members?|Officials?|Staff|"
                             r"Delegations?|Delegates?|Heads?|Directors?|Chairman|President|"
                             r"Secretary|Deputy|Vice|Photo|Friends)\b)"
                             # "Senior Urban Development Specialist of the ADB …": a
                             # person's post in the body, not a longer name
                             r"(?:[A-Z][\w'’-]*\s+)*(?!(?:Specialist|Officer|Expert|Advis[eo]r|"
                             r"Consultant|Coordinator|Manager|Director|Representative|Chief|"
                             r"(?:Minister-)?Counsell?or)\s)[A-Z][\w'’-]*\s+of\s+(?:the\s+)?")
# A body's own part by its kind: "the Prefecture's Department …", "the province's Division …"
_OWNING_KINDS = (r"(?:Prefecture|Province|City|County|State|Region|Municipality|Ministry|"
                 r"Embassy|Foundation|Fund|Organi[sz]ation|Association)")
_ITS_KINDS_RE = re.compile(rf"\bthe\s+(?i:{_OWNING_KINDS})['’]s\s+$")
_KINDS_OWN_RE = re.compile(rf"{_OWNING_KINDS}['’]s\s")
_ENVOYS_OF_RE = re.compile(r"(?:Representatives?|Leaders?|Members?|Officials?|Delegates?|"
                           r"Volunteers?)\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
_INDEFINITE = re.compile(r"(?:\b[Aa]n?\s+$)|(?:[Aa]n?\s+(?=\S))")
_OFFICE_OF = re.compile(r"(?:Vice |Deputy )?(?:Governor|Chairman|Chairwoman|Mayor|President|"
                        r"Chief|Head)\s+of\s+")
# A run of capitals after an office's title names the person who holds it.
_TITLE_BEFORE = re.compile(r"\b(?:Chairman|Chairwoman|Chair|President|Director|Secretary|Governor|"
                           r"Head|Mayor)\s+of\s+(?:the\s+)?(?:provincial\s+|city\s+)?$")
_ENDS_A_NAME = re.compile("|".join(pat for pat, _ in _KINDS))
_TITLED_PERSON_RE = re.compile(r"(?:State |Deputy |Vice |Permanent |Parliamentary )?"
                               r"(?:Secretary|Minister|Chairman|Chairwoman|Governor|Mayor|"
                               r"Ambassador|Consul General)(?:\s+[A-Z][\w'’-]*){0,4}")
_A_DAY_RE = re.compile(r"^(?:International|National|World|Vietnamese|Children's|Women's)\b"
                       r".*\bDay\b|\bDay of\b")


_UNDER_THE_RE = re.compile(r"\bunder\s+(?:the\s+)?$")
_PROGRAMME_AFTER_RE = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,8}\))?\s+(?:programme|program|scheme|"
                                 r"initiative)\b")
_IN_THE_COUNTRY_RE = re.compile(r"(?:[Tt]he\s+)?(.+?)\s+in\s+Viet\s?[Nn]am")
_AUTONOMOUS_RE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Autonomous\s+(?:Prefecture|County|Region)\b")
_OF_FOREIGN_AFFAIRS_RE = re.compile(r"\b(?:Department|Ministry) of Foreign Affairs$")
# The bodies named with where they are: "the X Association in the Republic of Korea".
_BODY_IN_PLACE = r"(?:Association|Society|Club|Union|Community|Federation)"
_BODY_IN_PLACE_RE = re.compile(rf"\b{_BODY_IN_PLACE}\s+in\s+(?:the\s+)?$")


_POST_FIELD_RE = re.compile(r"\b(?:Dean|Director|Officer|Manager|Head|Coordinator|Advis[eo]r|"
                            r"Specialist|Secretary|Counsellor|Counselor|Attaché)\s*\($")
_IN_PLACES_RE = re.compile(r"\s+in\s+(?=[A-Z])")
_STORM_RE = re.compile(r"(?:Super\s+)?(?:Typhoon|Tropical\s+Storm|Tropical\s+Depression|Storm|"
                       r"Cyclone|Hurricane)\s+(?:No\.\s*\d+\s*)?(?:\([^)]*\)\s*)?[A-Z][\w-]*")
_BOARD_END_RE = re.compile(r"\b(?:Committee|Board|Bureau)$")
_PLACE_KIND_END_RE = re.compile(r"\b(?:County|City|Province|Prefecture|District|Region|Town)$")
_COMPANY_END_RE = re.compile(r"\b(?:Corporation|Company|Co\.,?\s+Ltd\.?|Ltd\.?|Inc\.?|JSC|"
                             r"Group)$")
_UNIT_ENDS_RE = re.compile(r"\s+(?:district|commune|province|town)\b(?!\s+[A-Z])")
_FACILITY_RE = re.compile(r"\b(?:School|Kindergarten|Hospital|College|Clinic)\b")
_ON_ISLAND_RE = re.compile(r"\s+on\s+(?=[A-Z]\w*(?:\s+[A-Z]\w*){0,2}\s+Island\b)")
_PLURAL_KIND_RE = re.compile(r"\s+(?:cities|districts|provinces|communes|towns|prefectures)\b")


def _chunks(text: str, start: int, end: int, known_starts: set[int] = frozenset(),
            known: set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """Runs of capitalised words; "Da Nang City People's Committee and Sakai City" is two
    names (the first is complete before "and"), "Obstetrics and Paediatrics Hospital" one;
    so are "Thai Binh Department of Health and Operation Smile", a known name after "and",
    and "Kien Giang and Kep province", a known name before it."""
    out = []
    for m in _NAME_RE.finditer(text, start, end):
        s = m.start()
        if people := _ENVOYS_OF_RE.match(text, s, m.end()):
            s = people.end()  # "Representatives of the X Association hand over …": X gives
        if works := _WORKS_OF_RE.match(text, s, m.end()):
            s = works.end()  # "Construction of Phong My Commune Health Station": the station
        for join in re.finditer(r"\s+and\s+(?:the\s+)?", text[m.start():m.end()]):
            left = text[s:m.start() + join.start()].split()
            right = text[m.start() + join.end():m.end()]
            if _AUTONOMOUS_RE.match(right):
                continue  # "Honghe Hani and Yi Autonomous Prefecture": the peoples it is of
            if left and (_ENDS_A_NAME.fullmatch(left[-1])
                         # ("Dak Lak DARD and Key Coffee signed …": an acronym the article
                         # gave in brackets ends a name)
                         or re.fullmatch(r"[A-Z]{2,6}", left[-1]) and f"({left[-1]})" in text
                         or m.start() + join.end() in known_starts
                         or (s, m.start() + join.start()) in known
                         # "the Ninh Thuan Department of Foreign Affairs and Mercy Malaysia";
                         # not "… of Foreign Affairs and Trade"
                         or _OF_FOREIGN_AFFAIRS_RE.search(" ".join(left))
                         and not right.startswith("Trade")
                         # "the Ha Tinh Fellow Countrymen Association in the Republic of Korea
                         # and Daewon Steel Vina": a body named with where it is, then another
                         or _BODY_IN_PLACE_RE.search(text, max(0, s - 60), s)) \
                    or english_roles.two_names(
                    " ".join(left), right, _ENDS_A_NAME.pattern):
                out.append((s, m.start() + join.start()))
                s = m.start() + join.end()
        where = _IN_PLACES_RE.search(text, s, m.end())
        if where and (_UNIT_ENDS_RE.match(text, m.end()) or _UNIT_ENDS_RE.search(
                text, m.end() - 10, m.end())) and _FACILITY_RE.search(
                text, s, where.start()):
            # "Che Tao Primary School for Ethnic Minorities in Mu Cang Chai district": the
            # school, then where it is
            out.append((s, where.start()))
            continue
        if (island := _ON_ISLAND_RE.search(text, s, m.end())) \
                and _FACILITY_RE.search(text, s, island.start()):
            # "Ngu Phung Secondary School on Phu Quy Island": the school, then where it is
            out.append((s, island.start()))
            continue
        if where and (_COMPANY_END_RE.search(text, s, where.start()) or _BOARD_END_RE.search(
                text, s, where.start()) and _PLACE_KIND_END_RE.search(text, where.end(), m.end())):
            # "Suzuki Motor Corporation in Hamamatsu City", "the Hekou Border Gate Management
            # Committee in Hekou Yao Autonomous County": the body, then where it is
            out.append((s, where.start()))
            continue
        places = where
        if places and _PLURAL_KIND_RE.match(text, m.end()):
            # "Blue Dragon Children's Foundation in Ha Long and Cam Pha cities": where it
            # works, named after the body
            out.append((s, places.start()))
            continue
        out.append((s, m.end()))
    spans: list[tuple[int, int]] = []
    for s, e in out:
        if spans and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[spans[-1][1]:s]) \
                and re.search(_BODY_IN_PLACE + "$", text[spans[-1][0]:spans[-1][1]]) \
                and len(text[s:e].split()) <= 5:
            # "the Ha Tinh Fellow Countrymen Association in the Republic of Korea": one name
            spans[-1] = (spans[-1][0], s + len(_trimmed(text[s:e])))
            continue
        s, e = english_roles.with_kind_after(text, s, s + len(_trimmed(text[s:e])))
        if text[e - 1:e] == "." and not text[s:e].endswith(ABBREVIATIONS):
            # "… of Shizuoka Prefecture.": the sentence's stop, not the name's ("Hsin Yeh Food
            # Co., Ltd." keeps its own)
            e -= 1
        if not (spans and s < spans[-1][1]):  # "Hsin Yeh Food Co., Ltd.": one name, not two
            spans.append((s, e))
    return spans


# "German NGO HueHelp": where a body is from and what kind it is, before its name.
_DESCRIBED_RE = re.compile(r"(?:" + "|".join(map(re.escape, english_roles.NATIONALITIES))
                           + r")\s+(?:NGO|non-governmental organi[sz]ation|charity|foundation)"
                           r"\s+(?=[A-Z])")


# A local government's body, then the country it is in: "… Oblast Executive Committee of
# Belarus", "… Prefectural Assembly of Japan"
_LOCAL_BODY_OF_COUNTRY_RE = re.compile(
    r"\b(?:Oblast|Province|Provincial|Prefecture|Prefectural|Region|Regional|County|Krai|"
    r"State|City|Municipal)(?:\s+[A-Z][\w'’-]*){1,3}(?P<of>\s+of\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))$")

# "led by Mr. X, ", "led by Professor Y, ": the leader, whose post follows
_LED_BY = (r"\bled by (?:Mr|Ms|Mrs|Madam|Dr|Professor|Prof|Assoc\. Prof|H\.E)\.?"
           r"\s+[^,;()]{2,40},\s+")
_LED_BY_POST_RE = re.compile(_LED_BY + r"(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?$")
_LED_BY_RE = re.compile(_LED_BY + "$")
_LED_BY_TITLE_RE = re.compile(r"\bled by\s+$")
_HOLDER_TITLE_RE = re.compile(r"(?:Acting\s+|Deputy\s+|Vice\s+)?(?:Director|Head|Chairman|"
                              r"Chairwoman|President|Governor|Mayor|Secretary|Minister)\b")
_DELEGATION_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+delegation\b")
# "Dean of the College of …", "Member of the … Council": a person's post in a body
# ("Vice President for International Affairs": a post in the body, by its field)
_POST_OF_RE = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?[A-Z]")
_LOCAL_ARM_EN_RE = re.compile(r"\s+(?:Viet\s*Nam|Vietnam)")
_POST_AT_RE = re.compile(r"(?:Deputy |Vice |Assistant )?(?:Director|Head|Chief|Manager)"
                         r"(?: General)? of ")
_COUNTRY_BEFORE_KIND_RE = re.compile(r"(?:US|U\.S\.|(?:" + "|".join(
    map(re.escape, english_roles.NATIONALITIES)) + r"))\s+(?=(?:State|Province|Prefecture|"
    r"Region|County)\s+of\s+[A-Z])")
_UNITS_OWN_BODY = re.compile(r"People['’]s Committee")
_UNIT_BEFORE = re.compile(r"\b(?:district|commune|town|ward)\s+$")
# The same written in lower case, before the name: no part of the capitals' run.
_KIND_WRITTEN_BEFORE = re.compile(r"\b(?:(?:non-governmental|non-profit|charitable|humanitarian)\s+"
                                  r"(?:organi[sz]ation|group)|foundation|charity)\s+$")


_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December)")
_MONTH_AFTER = re.compile(r"\s+(?:in|on|since|from)\s+" + _MONTHS + r"\b.*$")
# ("the Province of Zeeland" is named by the words after its kind: nothing is cut)
_WHERE_AFTER = re.compile(r"(?<=\w\s)(?<![Tt]he\s)\b(Province|City|Prefecture|County|District)"
                          r"\s+(?:of|in)\s+"
                          r"(?:the\s+)?[A-Z].*$")


def _trimmed(name: str) -> str:
    """"Kampot Province of Cambodia in November": the province, not its country or month."""
    return _WHERE_AFTER.sub(r"\1", _MONTH_AFTER.sub("", name))


def refers_back(text: str, clause: Span) -> bool:
    """"The foundation …", "This organisation …": a body named before."""
    return bool(_EN_ANAPHORA.search(text, clause.start, clause.end))


_EACH_OPENS_RE = re.compile(r"(?:Each|Every)\s+[a-z]")
# "Specifically, Muong Lan Primary School received a water tank …, worth VND 280 million;
# Sam Kha Primary School received …": the shares of a gift told just before, each its own
# gift from the giver named before
SHARES_OPEN_RE = re.compile(r"(?:Specifically|In particular|In detail|Of (?:this|these|which|"
                            r"the total)|Accordingly),\s")
_SHARE_RECEIVED_RE = re.compile(r"\b(?:received|got|was given|were given)\b")
# "from the foundation", "by KOICA"; not "bringing water from an upstream source"
_FROM_SOMEONE_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?[A-Z]")


def shares_out(text: str, sentence: Span, clause: Span) -> bool:
    """A clause of a sentence that shares out a gift told before (SHARES_OPEN_RE) and says
    who received a share without a giver."""
    got = _SHARE_RECEIVED_RE.search(text, clause.start, clause.end)
    return bool(SHARES_OPEN_RE.match(text, sentence.start) and got
                and not _FROM_SOMEONE_RE.search(text, got.end(), clause.end))


# "On this occasion, the project handed over 3 community houses …": the project gives as
# the one the article said funded it
# ("Over four years, the project, with total funding of nearly USD 1.3 million, supported
# 1,200 female students …": the project of the body the article named)
_PROJECT_GIVES_RE = re.compile(r"\b[Tt]he\s+project(?:,[^,;]{1,80},)?\s+(?:also\s+|has\s+|had\s+)*"
                               r"(?:handed over|presented|donated|provided|gave|supported)\b")
_PROJECT_FUNDER_RE = re.compile(r"\b(?:funded|sponsored|financed)\s+by\s+")


def project_funder_at(text: str, clause: Span) -> int | None:
    """Where the funder of the project a clause says gave is named ("funded by …"): -1
    when the article named none, None when the clause tells no project that gave."""
    if not _PROJECT_GIVES_RE.search(text, clause.start, clause.end):
        return None
    by = _PROJECT_FUNDER_RE.search(text, 0, clause.start)
    return by.end() if by else -1


def envoy_gives(text: str, clause: Span) -> bool:
    """"On this occasion, the Ambassador presented …": a giver named by the title alone."""
    give = give_verb(text, clause.start, clause.end)
    return bool(give and _ENVOY_RE.search(text, clause.start, give.start()))


# The rooms a building is named by ("an eight-classroom building", "a 20-bed clinic") are
# what it gives; its storeys are its size.
_ROOMS_RE = re.compile(r"(?<![\w.,])(\d{1,3}|" + english_roles.NUMBER_WORDS
                       + r")-(classroom|room|bed)\b")


_MONTH_BEFORE = re.compile(r"\b" + _MONTHS + r"\s+$")
_MONTH_NEXT = re.compile(_MONTHS + r"\b")


_CURRENCY_BEFORE = re.compile(r"\b(?:USD|VND|EUR|AUD|JPY|KRW|US)\$?\s*$|[$€£¥]\s*$")


def items_in(text: str, start: int, end: int) -> list[ItemHit]:
    hits = []
    for m in _COUNT_RE.finditer(text, start, end):
        noun = m[2].strip()
        if _NOT_ITEMS.fullmatch(noun) or _MEASURE_BEFORE.search(text, max(start, m.start() - 30),
                                                                  m.start()) \
                or _MONTH_BEFORE.search(text, max(start, m.start() - 12), m.start()) \
                or _MONTH_NEXT.match(noun) \
                or _CURRENCY_BEFORE.search(text, max(start, m.start() - 5), m.start()):
            continue  # "on June 5 received …": a day, no count; "USD 780,000 is …": a sum
            # (nor "… district on 26 June held a ceremony …")
        hits.append(ItemHit(m.start(), m.end(), noun, None,
                            english_roles.count_of(m[1]).replace(",", "")))
    for m in _ONE_LISTED_RE.finditer(text, start, end):
        # "The items include one neonatal ventilator, two incubators …": "one" in a list of
        # counted things is a count
        one, noun = (1, 2) if m[1] else (3, 4)
        if not _NOT_ITEMS.fullmatch(m[noun].strip()):
            hits.append(ItemHit(m.start(one), m.end(), m[noun].strip(), None, "1"))
    counted = list(hits)
    for m in _AN_LISTED_RE.finditer(text, start, end) if counted else []:
        # "including an ultrasound machine and 10 infusion pumps": "an" before counted things
        # is a count of one
        if not _NOT_ITEMS.fullmatch(m[2].strip()) and any(h.start >= m.end() for h in counted):
            hits.append(ItemHit(m.start(1), m.end(), m[2].strip(), None, "1"))
    for m in _ONE_LAST_RE.finditer(text, start, end) if hits else []:
        if not _NOT_ITEMS.fullmatch(m[2].strip()) and any(h.end <= m.start() for h in hits):
            hits.append(ItemHit(m.start(1), m.end(), m[2].strip(), None, "1"))
    for m in _ROOMS_RE.finditer(text, start, end):  # "a new eight-classroom building"
        hits.append(ItemHit(m.start(), m.end(), m[2] + "s", None, english_roles.count_of(m[1])))
    return hits or english_roles.one_each(text, start, end)  # "scholarships to 40 students"


def facts_in(text: str, clause: Span, partners: list[PartnerMention], amounts: list[AmountHit],
             home: str | None, periods: list[tuple[int, dict]],
             ctx: english_roles.Context | None = None,
             local: Callable[[str], bool] = lambda _: False,
             anaphor: str | None = None) -> list[Found]:
    out = []
    if between := _SIGNING_BETWEEN_RE.search(text, clause.start, clause.end) \
            or _PASSIVE_BETWEEN_RE.search(text, clause.start, clause.end):
        # "a signing ceremony of a cooperation agreement between X and Y took place"; not
        # "agreed to promote the signing of …", which is not signed yet
        parties = [p.id for p in partners if p.start >= between.end()][:2]
        if len(parties) == 2 and not _NOT_YET_EN.search(
                text, max(clause.start, between.start() - 40), between.start()):
            kind = _AGREEMENT_KINDS.get(between["what"].lower(), "cooperation_agreement")
            out.append(Found("agreements", {"kind": kind, "title_en": between["what"],
                                            "parties": parties}, clause, 0.7))
    elif sign := _SIGN_RE.search(text, clause.start, clause.end) or english_roles.signing(
            text, clause):
        # "On October 10, in Gifu City, X and Y signed …": where, not who
        parties = [p.id for p in partners if p.start < sign.start()
                   and not _VENUE_EN.search(text, max(clause.start, p.start - 8), p.start)]
        if not parties:  # "… was signed between X and Y"
            parties = english_roles.signers_after(text, clause, partners, home)
        if not parties and home and english_roles.TWO_SIDES_RE.search(text, clause.start,
                                                                      sign.start()):
            parties = [home]  # "the two sides signed …": the partner is found further back
        if len(set(parties)) < 2 and (between := re.match(
                r"(?:\s+[\w-]+){0,8}?\s+between\s+", text[sign.end():clause.end])):
            # "signed the Cooperation Program between Hanoi People's Committee and the Moscow
            # City Government", "signed the Minutes of Talks on cooperation between X and Y"
            # (the signers named as people): the two it names
            parties += [p.id for p in partners if p.start >= sign.end() + between.end()][:2]
        with_ = re.search(r"\bwith\s+", text[sign.end():clause.end])
        if with_:  # "The province also signed a cooperation agreement with Kampot Province"
            # ("X delegation visits Thua Thien Hue, signs MOU with Hue University": the place
            # visited signs nothing)
            parties = [d for d in parties if not any(
                p.id == d and _VISITS_BEFORE_RE.search(text, max(clause.start, p.start - 20),
                                                       p.start) for p in partners)]
            after = sign.end() + with_.end()
            parties += [p.id for p in partners if p.start >= after][:1]
            if len(parties) == 1 and home and home not in parties:
                parties.insert(0, home)
        if parties:
            kind = _AGREEMENT_KINDS.get(sign["what"].lower(), "cooperation_agreement")
            fields = {"kind": kind, "title_en": sign["what"],
                      "parties": list(dict.fromkeys(parties))}
            for _, period in periods:
                spans = bool(re.search(r"\d{4}\s*[-–]\s*\d{4}", period["raw"]))
                fields.setdefault("period" if spans else "signed", period)
            out.append(Found("agreements", fields, clause, 0.75))
    if home and (listed := english_roles.listed_gifts(text, clause, partners, amounts, home)):
        # "The largest donors were World Vision (US$2.1 million), Plan International (…)"
        return out + [Found("donations", {"donors": [d], "recipients": [home], "value": v},
                            clause, 0.6) for d, v in listed]
    if shares := _respectively(text, clause, partners, amounts, home, local):
        # "funded by X and Y, which contributed AUD 120,000 and US$35,000 respectively"
        return out + shares
    amounts = english_roles.share_first(text, amounts)  # "…, of which X funded USD 300,000"
    roles = ctx and english_roles.gift_roles(
        text, clause, partners, ctx,
        lambda s, e: partners_in(ctx.gaz, text, s, e, ctx.proposals, ctx.home), amounts)
    if people := ctx and _people_of(text, clause, partners, ctx):
        partners = sorted([*partners, people], key=lambda p: p.start)
    gift = None if english_roles.no_gift(text, clause) else _launched_with_budget(
        text, clause, partners, amounts, home, local) or _gift(
        text, clause, partners, amounts, home, roles, local, anaphor, ctx and ctx.abroad,
        read=ctx and (lambda s, e: partners_in(ctx.gaz, text, s, e, ctx.proposals, ctx.home)))
    if gift and people and (at := _STUDYING_AT_RE.match(text, people.end)):
        # ("to Lao students studying at Ha Tinh University": the students, not the school)
        gift.fields["recipients"] = [people.id if any(p.id == r and p.start == at.end()
                                                      for p in partners) else r
                                     for r in gift.fields["recipients"]]
    if gift and ctx and (facility := _facility_told_before(text, clause, gift, ctx)):
        gift.fields["recipients"] = [facility]
        gift.implied_recipient = False
    if gift:
        out.append(gift)
    return out


# "… also presented medical supplies worth ¥2 million to the health station": the station
# the article named before ("50 bicycles to pupils of the school": its pupils, the same)
_TO_THE_FACILITY_RE = re.compile(r"\bto\s+(?:(?:[a-z]+\s+){0,2}(?:pupils|students|children)\s+"
                                 r"(?:of|at|from)\s+)?the\s+(?:new\s+)?(?P<kind>health station|"
                                 r"station|school|hospital|kindergarten|clinic|health centre|"
                                 r"centre|college)\b")


def _facility_told_before(text: str, clause: Span, gift: Found,
                          ctx: english_roles.Context) -> str | None:
    if gift.fields.get("recipients") not in ([], [ctx.home]) or not (
            m := _TO_THE_FACILITY_RE.search(text, clause.start, clause.end)):
        return None
    kind = m["kind"].lower()
    named = [p for p in partners_in(ctx.gaz, text, 0, clause.start, ctx.proposals, ctx.home)
             if p.surface.lower().endswith(kind)]
    return named[-1].id if named else None


# "On October 10, in Gifu City, …", "at the Provincial Political-Administrative Centre in
# Thu Dau Mot City, X and Y signed …": where, not who
_VENUE_EN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_MEMBER_OF_RE = re.compile(r",\s+(?:a|an|the)\s+(?:member|subsidiary|unit|part|affiliate)\s+of\s+"
                           r"(?:the\s+)?$")
_BUILT_AT_RE = re.compile(r"(?:\b(?:construction|building|renovation|upgrading|repair)\s+of\s+"
                          r"[^.;]{1,60}?|\b(?:block|building|classrooms?|toilets?|kitchen|"
                          r"library|wells?))\s+at\s+(?:the\s+)?")
_BUILT_TITLE_RE = re.compile(r"[\"“](?:Construction of|Building of|Construction)\s+(?:the\s+)?")
_WORKS_OF_RE = re.compile(r"(?:Construction|Building|Renovation|Upgrading|Repair) of\s+(?:the\s+)?"
                          r"(?=[A-Z])")
_TO_BUILD_FOR_RE = re.compile(r"\bto\s+(?:build|construct|upgrade|renovate|repair|equip|"
                              r"furnish)\b[^;:]{1,80}?\bfor\s+(?:the\s+)?")
_PUPILS_RE = re.compile(r"(?:(?:the|its|\d+)\s+)?(?:[a-z]+\s+){0,2}(?:students|pupils)\b")
_FACILITY_KIND_RE = re.compile(r"\b(?:School|Kindergarten|Hospital|Clinic|Station|Centre|Center|"
                               r"College|University|Pagoda)\b")
_RECEIVED_VERB_RE = re.compile(r"\b(?:received|receives|receive)\b")
_COORDINATING = re.compile(r"\b(?:in (?:coordination|cooperation|collaboration) with|together "
                           r"with|with the support of)\s+(?:the\s+)?"
                           # "in coordination with the Department of Foreign Affairs and the
                           # provincial Red Cross Society": each body of the list
                           r"(?:[^,;()]{0,80}?\s+and\s+(?:the\s+)?)?(?P<own>(?:provincial|city|"
                           r"district)\s+)?$")
_ON_BEHALF_RE = re.compile(r"\bon behalf of\s+(?:the\s+)?(?:(?:" + "|".join(
    map(re.escape, english_roles.NATIONALITIES)) + r")\s+)?")
_COORDINATED = re.compile(r"\s+(?:coordinated|cooperated|collaborated|worked|partnered)\s+with\b")
# ("Quang Binh delegation works with Savannakhet, presents …": a headline's present tense)
_VISITED_AND_RE = re.compile(r"\b(?:visits|meets(?: with)?|works with|calls on|pays (?:an? )?"
                             r"(?:\w+\s+)?visit to)\b[^;,]{0,80}?,\s+$"
                             r"|\b(?:visited|met(?: with)?|worked with|called on|paid a "
                             r"(?:\w+\s+)?visit to)\b[^;]{0,120}?(?:,?\s+and\s+(?:also\s+)?|"
                             r",\s+(?:where|during which)\s+(?:it|they|the\s+delegation)\s+"
                             r"(?:also\s+)?)$")
_REMAINS_RE = re.compile(r"\bremains of\b")
_RECEIVED_FUNDED_RE = re.compile(r"\breceived\b[^.;]{1,120}?\b(?:funded|donated|sponsored|built)"
                                 r"\s+by\s+(?:the\s+)?")
_LEGAL_TAIL_RE = re.compile(r",?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|Inc\.?|Corporation|Corp\.?|"
                            r"Company(?:\s+Limited)?|JSC|LLC)")
_GIVEN_BY_BEFORE_RE = re.compile(r"\b(?:donated|funded|sponsored|provided|presented|granted|"
                                 r"financed|given)\s+by\s+(?:the\s+)?$")
_COUNTRY_IN_BRACKETS_RE = re.compile(r"\s\([A-Z][\w .]{1,30}\)")
_THROUGH_RE = re.compile(r"\s+(?:through|via)\s+(?:the\s+)?")
_AT_OR_THROUGH = re.compile(r"\b(?:at|through|via)\s+(?!which\b|whom\b)(?:the\s+)?[^,;]{0,40}$"
                            # "During a working visit to Attapeu province, …, a delegation of
                            # Kon Tum province … presented": where the givers went
                            r"|\b(?:visit|trip|mission)\s+to\s+(?:the\s+)?[^,;]{0,40}$"
                            # "held a ceremony in Boualapha district, Khammouane province,
                            # to hand over …": where the hosts went, not a giver
                            # (the body after that address's comma, with its article, is
                            # no address: "in Kampong Trach district, the Kien Giang
                            # delegation handed over …")
                            # ("held a ceremony on 10 June in Long My District, …")
                            r"|\bceremony\s+(?:held\s+)?(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+"
                            r"|on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?in\s+(?:the\s+)?$"
                            r"|\bceremony\s+(?:held\s+)?(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+"
                            r"|on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?in\s+"
                            r"(?:(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+"
                            r"(?:district|commune|town|city|province|village),\s+)+$")
# "On November 27, in Bavet City, Svay Rieng Province, Cambodia, a delegation of Long An
# Province … handed over": a province in the address where it happened
_IN_ADDRESS_RE = re.compile(r"(?:^|,\s+)in\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:City|District|Town|"
                            r"city|district|town),\s+$")
_PLACE_WORD_END_RE = re.compile(r"\s(?:Province|province)$")
_A_DEPARTMENT_RE = re.compile(r"\b(?:Department|DARD|DOST|DONRE|Management Board)\b")
_OPENS_PROJECT_RE = re.compile(r"\b(?:launched|closed|held\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
                               r"(?:workshop|ceremony|conference)\s+to\s+(?:launch|close|review))"
                               r"\s+(?:the\s+)?(?:project|programme)\b")
# "a delegation of Long An Province led by Ms. Vo Thi Kim Loan, Director of the Department of
# Foreign Affairs (DOFA), handed over …": the office of the one who led, not a giver
_LEADERS_OFFICE_RE = re.compile(r"\bled by\s+[^;]{0,50}?,\s+(?:[A-Z][\w-]*\s+){1,3}of\s+"
                                r"(?:the\s+)?$")
# "During a meeting with Governor of Kampong Speu province on December 13, Vice Chairman X
# presented …": whom the giver met, and gave to
_MET_WITH_RE = re.compile(r"\b(?:meeting|talks|session)\s+with\s+[^,;]{0,40}$")
# "Vice Chairman Nguyen Dinh Long presented …": the province's own official, by title and
# name with no body after it, gives for the province
_OFFICIAL_GIVES_RE = re.compile(r"(?:^|,\s+)(?:(?:Vice|Deputy|Standing|Permanent)\s+)?"
                                r"(?:Chairman|Chairwoman|Chair|Secretary)\s+"
                                r"(?:[A-Z][\w'’-]*\s+){2,4}(?:also\s+)?$")
_EN_ANAPHORA = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:foundation|organi[sz]ation|"
                          r"NGO|agency|embassy|consulate|fund|donor)\b")
# "the Ambassador", "the Consul General" with no name after: the envoy the article named
# before ("Ambassador of New Zealand to Viet Nam"), who gives as the mission.
_ENVOY_RE = re.compile(r"\b[Tt]he\s+(?:Ambassador|Consul General)\b(?!\s+(?:of\b|[A-Z]))")
_TO_HELP_PEOPLE_IN_RE = re.compile(r"\bto\s+(?:support|help|assist)\s+(?:the\s+)?"
                                   r"(?:[\w-]+\s+){0,3}?"
                                   r"(?:people|victims|residents|families|households|"
                                   r"communities)\s+(?:in|of)\s+(?:the\s+)?")
_THE_DELEGATION_RE = re.compile(r"\b[Tt]he\s+delegation\b")
_OURS_RE = re.compile(r"\b(?:[Tt]he|[Oo]ur) (?:delegation|province)\b")
_PROMISED_RE = re.compile(r"\b(?:would|plans? to|is expected to|intends? to|is to)\s+"
                          r"(?:\w+\s+)?(?:also\s+)?$")


_COUNTERPART_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:in|as)\s+(?:the\s+|its\s+)?"
                             r"counterpart\b", re.I)
_COUNTERPART_BEFORE_RE = re.compile(r"\bcounterpart\s+(?:fund(?:s|ing)?|capital|contribution)"
                                    r"\s+(?:of\s+)?$", re.I)


# "FIDR launched a child nutrition project in Dam Rong District with a budget of USD
# 250,000": a foreign body that starts a project with its budget funds it, a grant to where
# the project is. A project launched with no budget is a project only.
_LAUNCHED_RE = re.compile(r"\b(?:launched|started|began|implemented|rolled out|is implementing|"
                          r"has launched|kicked off)\s+(?:a|an|the|its)\s+[^;]*?\b(?:project|"
                          r"programme|program)\b[^;]*?\b(?:with\s+(?:a|an)\s+(?:total\s+)?"
                          r"(?:budget|funding|investment|cost)\s+of|worth|valued at)\s+"
                          # "implemented a … project in Lam Binh district worth VND 8.4 billion"
                          r"(?:about |nearly |over |more than |around |some )?(?=\S)")


_RUN_BY_RE = re.compile(r"\b(?:project|programme|program)\s+(?:(?:implemented|carried out|run)\s+"
                        # "the area programme of World Vision in Ky Son district, with funding
                        # of VND 12.5 billion": the body whose programme it is
                        r"by|of)\s+(?:the\s+)?")
_BY_RE = re.compile(r"\bby\s+(?:the\s+)?")
_WORTH_NEXT_RE = re.compile(r"(?:\s+Viet\s?[Nn]am)?(?:\s*\([^()]{1,40}\))?,?\s+"
                            r"(?:worth|valued at)\s")
_WORTH_RE = re.compile(r"\b(?:worth|valued at|with\s+(?:(?:a|an)\s+(?:total\s+)?)?"
                       r"(?:non-refundable\s+)?(?:budget|funding|contribution|grant|value)\s+of)\s+"
                       r"(?:about |nearly |over |more than |around |some )?(?=\S)")
# "a KOICA project to improve … in Luong Tai district, with a non-refundable contribution of
# US$1.1 million": the body the project is named by funds it
_OWNERS_PROJECT_RE = re.compile(r"\s+(?:project|programme|program)\b")
# "World Vision's area development programmes in … worth …", "Habitat for Humanity Vietnam's
# construction of 40 houses …": the body whose works a summary lists
_OWNS_WORKS_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:projects?|programmes?|programs?|"
                            r"construction|renovation)\b")


def _launched_with_budget(text: str, clause: Span, partners: list[PartnerMention],
                          amounts: list[AmountHit], home: str | None,
                          local: Callable[[str], bool]) -> Found | None:
    """The grant of a project a foreign body alone launched with a budget: the body is the
    subject of the verb, the province receives (the district, once the clause names one)."""
    m = _LAUNCHED_RE.search(text, clause.start, clause.end)
    owner = next((p for p in partners if _OWNERS_PROJECT_RE.match(text, p.end)
                  and re.search(r"\b(?:a|an|the)\s+$", text[max(clause.start, p.start - 5):
                                                           p.start])
                  or _OWNS_WORKS_RE.match(text, p.end)), None)
    if not m and home and owner and owner.id != home and not local(owner.id) and (
            worth := _WORTH_RE.search(text, owner.end, clause.end)) and (
            budget := next((a for a in amounts if a.start <= worth.end() < a.end), None)):
        # ("Habitat for Humanity Vietnam's construction of 40 houses …": what it counts)
        return Found("donations", {"donors": [owner.id], "recipients": [home],
                                   "value": budget.raw}, clause, 0.65,
                     gift_items=items_in(text, owner.end, worth.start()),
                     implied_recipient=True)
    if not m and home and (by := _RUN_BY_RE.search(text, clause.start, clause.end) or next(
            (b for b in _BY_RE.finditer(text, clause.start, clause.end) if any(
                p.start == b.end() and _WORTH_NEXT_RE.match(text, p.end) for p in partners)),
            None)):
        # ("free cleft lip and palate surgeries for 52 children by Operation Smile Vietnam,
        # worth about VND 1.1 billion": the works a body did, priced right after its name)
        # "a child protection project implemented by Blue Dragon in Ha Long city, worth USD
        # 145,000": the body that runs it, named right after "by", funds it
        runner = next((p for p in partners if p.start == by.end()), None)
        if give_verb(text, clause.start, by.start()):
            # ("Ms. Collins handed over a board of funding from the Direct Aid Program,
            # managed by the Consulate-General, worth … to …": the hand-over tells the gift)
            return None
        worth = _WORTH_RE.search(text, by.end(), clause.end)
        budget = worth and next((a for a in amounts if a.start <= worth.end() < a.end), None)
        if runner is None or runner.id == home or local(runner.id) or budget is None:
            return None
        return Found("donations", {"donors": [runner.id], "recipients": [home],
                                   "value": budget.raw}, clause, 0.65, implied_recipient=True)
    if not m or not home:
        return None
    subject = [p for p in partners if clause.start <= p.start < m.start()]
    # "the province and X launched …": a joint launch names no giver
    if len(subject) != 1 or subject[0].id == home or local(subject[0].id) \
            or not re.fullmatch(r"(?:\s*\([^()]{1,40}\))?\s*(?:has\s+|have\s+|also\s+)?",
                                text[subject[0].end:m.start()]):
        return None
    # ("with a budget of nearly USD 250,000": the sum read from its bound's word on)
    budget = next((a for a in amounts if a.start <= m.end() < a.end), None)
    if budget is None:
        return None
    return Found("donations", {"donors": [subject[0].id], "recipients": [home],
                               "value": budget.raw}, clause, 0.65, implied_recipient=True)


def _not_coordinating(text: str, clause: Span, partners: list[PartnerMention],
                      donors: list[str], local: Callable[[str], bool]) -> list[str]:
    """"the Consulate General …, in coordination with the Da Nang Association of Victims
    of Agent Orange/Dioxin (DAVA), presented …": the Vietnamese body that helped hand it
    out did not give (nor "the provincial Red Cross Society" after "… and")."""
    return [d for d in donors if not any(
        p.id == d and ((coordinating := _COORDINATING.search(
            text, max(clause.start, p.start - 140), p.start))
            and (local(d) or coordinating["own"])
            # ("coordinated with the Provincial Union of Friendship Organisations to present
            # …": the province's body by its name; a district's committee "coordinated with"
            # may be where the gift went)
            or _COORDINATED_WITH_RE.search(text, max(clause.start, p.start - 30), p.start)
            and _OURS_BY_NAME_RE.match(p.surface))
        for p in partners)] or donors


_COORDINATED_WITH_RE = re.compile(r"\bcoordinated with\s+(?:the\s+)?$")
_OURS_BY_NAME_RE = re.compile(r"(?:Provincial|City|District)\s")


_WITH_AFTER_RE = re.compile(r"\s+with\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:gifts?|\d|USD|"
                            r"US\$|VND|EUR|€|\$)")


_OWN_PROGRAMME_RE = re.compile(r"\s*(?:the\s+)?(?:Embassy|Consulate|Foundation|Fund|Government|"
                               r"Agency)['’]s\s+[A-Z]")


def _by_group(funded: re.Match) -> str:
    """The group of a "funded by"/"grant … from" match that names the giver."""
    return next((g for g in ("by2", "by3", "by4") if g in funded.re.groupindex and funded[g]),
                "by")


def unpriced_gift(text: str, clause: Span, partners: list[PartnerMention], home: str | None,
                  local: Callable[[str], bool]) -> Found | None:
    """A gift told with no count or sum ("… received emergency relief goods from the
    Government of Japan"), whose things a later sentence lists."""
    if not (_RECEIVED_RE.search(text, clause.start, clause.end)
            or give_verb(text, clause.start, clause.end)) or english_roles.no_gift(text, clause):
        return None
    return _gift(text, clause, partners, [], home, local=local, unpriced=True)


_CHAPTER_OF_RE = re.compile(r"\b(?:chapter|branch)\s+of\s+(?:the\s+)?$")


def _gift(text: str, clause: Span, partners: list[PartnerMention], amounts: list[AmountHit],
          home: str | None, roles: tuple[list[str], list[str]] | None = None,
          local: Callable[[str], bool] = lambda _: False,
          anaphor: str | None = None, abroad: str | None = None,
          unpriced: bool = False,
          read: Callable[[int, int], list[PartnerMention]] | None = None) -> Found | None:
    # "The province will provide VND 6 billion in counterpart funds": its own share of a
    # project, no gift
    own = [a for a in amounts if _COUNTERPART_RE.match(text, a.end)
           or _COUNTERPART_BEFORE_RE.search(text, max(clause.start, a.start - 40), a.start)]
    if own and len(own) == len(amounts):
        return None
    amounts = [a for a in amounts if a not in own]
    if _EACH_OPENS_RE.match(text, clause.start):
        amounts = []  # "Each house … was built with VND 60 million from X": a price each
    items = items_in(text, clause.start, clause.end)
    taken = [(a.start, a.end) for a in amounts]
    items = [i for i in items if not any(s <= i.start < e for s, e in taken)]
    value = amounts[0].raw if amounts else None
    if not value and _REMAINS_RE.search(text, clause.start, clause.end):
        return None  # "a ceremony to receive the remains of 12 volunteer soldiers": no gift
    got_funded = _RECEIVED_FUNDED_RE.search(text, clause.start, clause.end)
    if not (value or items or roles or got_funded or unpriced
            or english_roles.given_to_someone(text, clause, partners)):
        return None  # a giver named in so many words, or a named receiver, needs no figure
    donors: list[str] = []
    recipients: list[str] = []
    met: list[str] = []
    give = None
    if roles:  # read by english_roles: passives, funders named after the gift, referents
        donors, recipients = roles
        # "at Tran Van Thoi district Secondary School, X, …", "…, through Y, handed over":
        # where and through whom, not who gave
        venues = {p.id for p in partners if _AT_OR_THROUGH.search(
            text[max(clause.start, p.start - 60):p.start])}
        donors = [d for d in donors if d not in venues] or donors
        donors = _not_coordinating(text, clause, partners, donors, local)
    elif anaphor and (got := _SHARE_RECEIVED_RE.search(text, clause.start, clause.end)) \
            and not _FROM_SOMEONE_RE.search(text, got.end(), clause.end) \
            and (takers := [p.id for p in partners if p.end <= got.start()]):
        # "Specifically, X received …, worth …; Y received …": a share of the gift just told
        donors, recipients = [anaphor], takers[-1:]
    elif got_funded and (takers := [p.id for p in partners if p.end <= got_funded.start()]) \
            and any(p.start >= got_funded.end() for p in partners):
        # "X School … received a new kitchen funded by Y, …": Y gives, the first named takes
        donors = [p.id for p in partners if p.start >= got_funded.end()][:1]
        recipients = takers[:1]
    elif received := _RECEIVED_RE.search(text, clause.start, clause.end):
        donors = [p.id for p in partners if received.start("by") <= p.start < received.end("by")]
        recipients = [p.id for p in partners if p.start < received.start()]
    elif (funded := _FUNDED_BY_RE.search(text, clause.start, clause.end)
          or _GRANT_FROM_RE.search(text, clause.start, clause.end)) \
            and not _OWN_PROGRAMME_RE.match(text, funded.start(_by_group(funded))):
        # (not "handed over a grant of EUR 20,000 from the Embassy's Small Grants Programme":
        # the programme of the giver named before, which the verb reads)
        # "funded by X", "a total grant of 850,000 EUR from X"
        by = _by_group(funded)
        donors = [p.id for p in partners if funded.start(by) <= p.start < funded.end(by)]
        if not donors and (through := _THROUGH_RE.match(text, funded.end(by))):
            # "funded by the Grand Duchy of Luxembourg through LuxDev": the agency the state
            # named by no partner paid through gives
            donors = [p.id for p in partners if p.start == through.end()]
    elif (with_ := _WITH_SUM_RE.search(text, clause.start, clause.end)) \
            and any(p.end <= with_.start() for p in partners) \
            and not GIVE_RE.search(text, clause.start, with_.start()):
        # (a verb before "with" says who gave: "JICA supported Dien Bien province with …")
        # "contributions came from Plan International, with 4.3 billion VND for …"
        donors = [p.id for p in partners if p.end <= with_.start()][-1:]
    elif give := give_verb(text, clause.start, clause.end):
        if _PROMISED_RE.search(text[max(clause.start, give.start() - 40):give.start()]):
            return None  # "said that it would grant …": a promise told, not a gift
        # "at Tran Van Thoi district Secondary School, X, through Y, handed over": where
        # and through whom, not who gave
        met = [p.id for p in partners if p.start < give.start()
               and _MET_WITH_RE.search(text[max(clause.start, p.start - 60):p.start])]
        donors = [p.id for p in partners if p.start < give.start() and p.id not in met
                  and not _AT_OR_THROUGH.search(text[max(clause.start, p.start - 60):p.start])
                  and not (_IN_ADDRESS_RE.search(text[max(clause.start, p.start - 40):p.start])
                           and _PLACE_WORD_END_RE.search(p.surface))]
        # (not when it is the one body named: "The Association's delegation, led by Mr.
        # Long, Vice President of the Association, presented …")
        donors = [d for d in donors if not any(
            p.id == d and _LEADERS_OFFICE_RE.search(text[max(clause.start, p.start - 90):p.start])
            for p in partners)] or donors
        # "Misereor, the German Catholic Bishops' Organisation for Development Cooperation,
        # committed …": the words between commas after a giver say what it is
        donors = [d for i, d in enumerate(donors) if not (i and any(
            p.id == d and (_APPOSITION_EN_RE.fullmatch(text, q.end, p.start)
                           or _WHERE_IN_APPOSITION_RE.fullmatch(text, q.end, p.start))
            and text[p.end:p.end + 1] == "," for p in partners for q in partners
            if q.id == donors[i - 1]))]
        donors = _not_coordinating(text, clause, partners, donors, local)
        if behalf := _ON_BEHALF_RE.search(text, give.end(), clause.end):
            # "GIZ is providing EUR 1.8 million … on behalf of the German Federal Ministry for
            # Economic Cooperation and Development (BMZ)": the ministry gives through GIZ
            donors += [p.id for p in partners if p.start == behalf.end() and p.id not in donors]
        if not donors and anaphor and (_EN_ANAPHORA.search(text, clause.start, give.start())
                                       or _ENVOY_RE.search(text, clause.start, give.start())
                                       # ("the delegation presented …": of the body whose
                                       # delegation was named, when it came from abroad)
                                       or _THE_DELEGATION_RE.search(text, clause.start,
                                                                    give.start())
                                       or _PROJECT_GIVES_RE.search(text, clause.start,
                                                                   give.end())):
            # "The Australian foundation will fund …", "the Ambassador presented …": the
            # one just named, an envoy as the mission
            donors = [anaphor]
        if not donors and home and (_OURS_RE.search(text, clause.start, give.start())
                                    or _OFFICIAL_GIVES_RE.search(text, clause.start,
                                                                 give.start())):
            donors = [home]  # "the delegation also handed over …": the province's delegation
        # (before "to": "scholarships to 40 students from Ratanakiri province" are where the
        # students are from)
        before_to = _TO_RE.search(text, give.end(), clause.end)
        source = next((p for m in _FROM_RE.finditer(
                           text, give.end(), before_to.start() if before_to else clause.end)
                       for p in partners if p.start == m.end() and not local(p.id)
                       and p.id != home), None)
        if source is not None and all(local(d) or d == home for d in donors):
            # "… held a ceremony to present 300 scholarships from the X Fund (Australia) to
            # students": the hosts hand out what the fund gives
            donors = [source.id]
        to = _TO_RE.search(text, give.end(), clause.end)
        after = [p for p in partners if to and p.start >= to.start()]
        # "presented Houaphanh province with a gift worth …": the one presented with it
        presented = next((p for p in partners if re.fullmatch(r"\s+(?:the\s+)?", text[
            give.end():p.start]) and _WITH_AFTER_RE.match(text, p.end)), None)
        if presented:
            recipients = [presented.id]
        elif after:  # "… to Xiengkhouang and Houaphanh provinces": each of the list
            recipients = [q.id for q in english_roles.listed_from(text, after)]
        else:
            recipients = english_roles.received_for(
                text, Span(give.end(), clause.end, text[give.end():clause.end]), partners,
                donors)
        if (visit := _VISITED_AND_RE.search(text, clause.start, give.start())) and donors:
            # "a delegation of An Giang province visited Takeo province and presented 150
            # gifts to policy families there", "paid a working visit to Houaphanh province,
            # where (during which) it presented …": the visitor gives, to whom it visited
            visited = [p.id for p in partners if visit.start() < p.start < give.start()]
            # ("the delegation visited the Vietnamese Association in Xieng Khouang province and
            # presented …": the province's delegation, the one it visited named alone)
            donors = [d for d in donors if d not in visited][:1] or (
                [home] if home and _OURS_RE.search(text, clause.start, visit.start()) else [])
            recipients = recipients or visited[:1]
    # "the Soc Trang DOFA, in coordination with the Provincial Vietnam Fatherland Front
    # Committee, received …": the body that helped receive is no receiver
    helped = [r for r in recipients if any(p.id == r and _COORDINATING.search(
        text, max(clause.start, p.start - 140), p.start) for p in partners)]
    if helped and home and _RECEIVED_VERB_RE.search(text, clause.start, clause.end):
        recipients = [r for r in recipients if r not in helped] or [home]
    donors = list(dict.fromkeys(d for d in donors if d not in recipients))
    # "The Incheon Red Cross chapter of the Korean Red Cross funded …": the chapter gives;
    # the body it is a chapter of names it
    parents = {p.id for p in partners if _CHAPTER_OF_RE.search(text, max(0, p.start - 24),
                                                               p.start)}
    donors = [d for d in donors if d not in parents] or donors
    if any(local(d) for d in donors) and not all(local(d) for d in donors):
        # "the Embassy of Japan and the People's Committee of Binh Lieu district held a
        # ceremony to hand over …": the Vietnamese side receives what the foreign side gives
        ours = [p for p in partners if local(p.id) and p.id in donors]
        donors = [d for d in donors if not local(d)]
        # one "in coordination with" arranges the gift for the province, it does not get it
        # (nor one that "coordinated with" the giver to hand it over); the province, or
        # the unit the clause says, receives it then
        # nor does the foreign-affairs department that handed it over beside the giver
        hosts = [p.id for p in ours if p.id != home and not _COORDINATING.search(
            text, max(clause.start, p.start - 30), p.start)
            and not _COORDINATED.match(text, p.end)
            and not english_roles.FOREIGN_AFFAIRS_RE.search(p.surface)]
        # ("… handed over 50 wheelchairs to people with disabilities in Ba Be district": the
        # district the clause says, named later, not the hosts)
        recipients = recipients or ([] if units_where(text, clause.start, clause.end)
                                    else hosts[:1])
    if not donors:
        return None
    owner: list[str] = []
    if not recipients and (funded := _FUNDED_BY_RE.search(text, clause.start, clause.end)):
        # "the Ca Mau Department of Agriculture … launched the project "…", funded by the
        # Mekong-Korea Cooperation Fund": the department that opens or closes it owns it
        # (a receiver the words imply, as the province would be: with no figure, no gift;
        # not the foreign-affairs department, which arranges)
        recipients = owner = [p.id for p in partners if p.start < funded.start()
                              and local(p.id) and _A_DEPARTMENT_RE.search(p.surface)
                              and not english_roles.FOREIGN_AFFAIRS_RE.search(p.surface)
                              and _OPENS_PROJECT_RE.search(text, p.end, funded.start())][:1]
    if not recipients and (built := _BUILT_AT_RE.search(text, clause.start, clause.end)):
        # "DAP funded the construction of 2 classrooms at Lam Hoa Kindergarten in Tuyen Hoa
        # district": the school the rooms were built at
        recipients = [p.id for p in partners if p.start == built.end()
                      and _FACILITY_KIND_RE.search(p.surface)][:1]
    if not recipients and (title := _BUILT_TITLE_RE.search(text, clause.start, clause.end)):
        # "a handover ceremony of the project "Construction of Phong My Commune Health
        # Station", funded by …": the station the project built
        recipients = [p.id for p in partners if p.start == title.end()
                      and _FACILITY_KIND_RE.search(p.surface)][:1]
    if not recipients and (works := _TO_BUILD_FOR_RE.search(text, clause.start, clause.end)):
        # "a VND 1.2 billion grant from TIKA to build a semi-boarding house for the Dak Glei
        # Boarding Secondary School": the school it was built for
        recipients = [p.id for p in partners if p.start == works.end() and p.id not in donors
                      and _FACILITY_KIND_RE.search(p.surface)][:1]
    # (the verb the roles were read by: "in coordination with …, the delegation handed …")
    give = give or give_verb(text, clause.start, clause.end)
    if not recipients and give and (to := _TO_RE.search(text, give.end(), clause.end)) \
            and _PUPILS_RE.match(text, to.end()):
        # "On 24 August, at Hai Phong University of Medicine and Pharmacy, X presented 40
        # scholarships to students …": the students of the school it happened at
        recipients = [p.id for p in partners if p.start < give.start()
                      and _FACILITY_KIND_RE.search(p.surface) and p.id not in donors
                      and re.search(r"\bat\s+(?:the\s+)?$", text[max(0, p.start - 8):p.start])][:1]
    implied = not recipients or recipients == owner
    if not recipients and home and home not in donors:
        recipients = [home]
    if not recipients and donors == [home] and met:
        recipients = met[:1]
    if not recipients and give and read and (
            to := _TO_THE_KIND_RE.search(text, give.end(), clause.end)):
        # "the delegation handed over VND 200 million to the association for …": the body of
        # that kind the article named last
        named = [p for p in read(0, clause.start) if to["kind"] in p.surface.lower()
                 and p.id not in donors]
        recipients = named[-1:] and [named[-1].id]
    if not recipients and abroad and donors == [home] and give and _TO_ANY_RE.search(
            text, give.end(), clause.end):
        # "the An Giang delegation presented 500 gift packages … to poor households in Koh
        # Thom district": the province's gift to people of the province abroad
        recipients = [abroad]
    if not recipients and give and (helped := _TO_HELP_PEOPLE_IN_RE.search(
            text, give.end(), clause.end)):
        # "… presented VND 300 million to support people in the Valparaíso region who
        # suffered …": the place the people helped live in
        recipients = [p.id for p in partners if p.start == helped.end() and p.id != home
                      and p.id not in donors][:1]
    if not recipients or not (value or items) and recipients == ["vietnam"]:
        # ("has for years raised funds to support Agent Orange victims in Vietnam": what a
        # body does, not a gift)
        return None
    fields = {"donors": donors, "recipients": recipients, "value": value}
    return Found("donations", fields, clause, 0.7, items, implied_recipient=implied)


# "The Nguyen Dinh Chieu General Hospital last week took delivery of eight machines …": who
# received, from givers the article names afterwards.
TOOK_DELIVERY_RE = re.compile(r"\b(?:took delivery of|has received|have received|received)\b")
_RECEIVER_GAP_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+in [A-Z][\w ]{0,40}?)?"
                              r"(?:\s+(?:last|this|on|earlier)\s+\w+)?\s*")


def receiver_of_unnamed(text: str, clause: Span, partners: list[PartnerMention],
                        home: str | None) -> str | None:
    """The one who received in a clause that names no giver."""
    m = TOOK_DELIVERY_RE.search(text, clause.start, clause.end)
    if not m or re.search(r"\b(?:from|by|of the)\b", text[m.end():clause.end]) and any(
            p.start > m.end() for p in partners):
        return None
    subject = [p for p in partners if p.end <= m.start() and p.id != home
               and _RECEIVER_GAP_RE.fullmatch(text, p.end, m.start())]
    return subject[-1].id if subject else None


_RESPECTIVELY_EN = re.compile(r"\brespectively\b")


def _respectively(text: str, clause: Span, partners: list[PartnerMention],
                  amounts: list[AmountHit], home: str | None,
                  local: Callable[[str], bool]) -> list[Found]:
    """As many foreign givers as sums before "respectively": each gave its sum, in order,
    to the province. Counts that differ are no such list."""
    resp = _RESPECTIVELY_EN.search(text, clause.start, clause.end)
    if not resp or not home:
        return []
    sums = [a for a in amounts if a.end <= resp.start()]
    first = sums[0].start if sums else clause.start
    givers = list(dict.fromkeys(p.id for p in partners if p.end <= first and p.id != home
                                and not local(p.id)))
    if len(givers) < 2 or len(givers) != len(sums):
        return []
    return [Found("donations", {"donors": [g], "recipients": [home], "value": a.raw}, clause,
                  0.65, implied_recipient=True) for g, a in zip(givers, sums, strict=True)]


# "… presented 100 tonnes of rice to the people of Cuba": a country's people receive.
_PEOPLE_OF_RE = re.compile(r"\bto\s+the\s+(?:people|citizens)\s+of\s+(?:the\s+)?"
                           r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


# "… granted 120 scholarships, worth VND 960 million, to Lao students studying at Ha Tinh
# University": students named by their country, not the school they study at
_STUDENTS_OF_RE = re.compile(r"\bto\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?P<adj>"
                             + "|".join(map(re.escape, english_roles.NATIONALITIES))
                             + r")\s+(?:students|pupils|trainees)\b")

_STUDYING_AT_RE = re.compile(r"\s+(?:who\s+are\s+)?(?:studying|enrolled|training)\s+(?:at|in)\s+"
                             r"(?:the\s+)?")


def _people_of(text: str, clause: Span, partners: list[PartnerMention],
               ctx: english_roles.Context) -> PartnerMention | None:
    """The people of a country a gift goes to, as a partner of that country, when no
    partner stands there; students named by their country."""
    if m := _STUDENTS_OF_RE.search(text, clause.start, clause.end):
        name = text[m.start("adj"):m.end()]
        id_ = "extracted-" + slug(name)
        ctx.proposals.setdefault(id_, Proposal(id_, name, "other",
                                               english_roles.NATIONALITIES[m["adj"]], None,
                                               m.start("adj"), m.end()))
        return PartnerMention(m.start("adj"), m.end(), id_, name, 0.6)
    m = _PEOPLE_OF_RE.search(text, clause.start, clause.end)
    if not m or any(m.start("place") <= p.start < m.end("place") and p.id in ctx.gaz.partners
                    for p in partners):
        return None
    country = next((c.id for c in ctx.gaz.find("places", text, m.start("place"), m.end("place"))
                    if ctx.gaz.places[c.id].kind == "country" and c.start == m.start("place")
                    and c.end == m.end("place")), None)
    if country is None or country == "vietnam":
        return None
    start = m.start() + len(re.match(r"to\s+the\s+", m[0])[0])
    name = text[start:m.end()]
    id_ = "extracted-" + slug(name)
    ctx.proposals.setdefault(id_, Proposal(id_, name, "other", country, None, start, m.end()))
    return PartnerMention(start, m.end(), id_, name, 0.6)
