"""The OpenAPI document's summaries and descriptions in Vietnamese, keyed by their English
text (api/openapi_i18n.py says them; tests/test_openapi_vi.py names any English text this
table lacks). Names, field names, values and examples stay as they are: only prose is said
in Vietnamese, and terms an analyst types (a parameter, a value) keep their English form."""

VI: dict[str, str] = {
    '"out": previous node -[type]-> this node; "in": previous node <-[type]- this node':
        '"out": nút trước -[type]-> nút này; "in": nút trước <-[type]- nút này',
    '"out": this partner → other; "in": other → this partner':
        '"out": đối tác này → đối tác kia; "in": đối tác kia → đối tác này',
    ('A JSON object of queries keyed by the caller\'s ids: {"q0": {"query": "Quang Tay", '
     '"type": "local_government", "limit": 3, "properties": [{"pid": "country", "v": '
     '"china"}]}}. Without it: the service manifest.'):
        ('Một đối tượng JSON gồm các truy vấn, khóa là mã do bên gọi đặt: {"q0": {"query": '
         '"Quang Tay", "type": "local_government", "limit": 3, "properties": [{"pid": '
         '"country", "v": "china"}]}}. Không có tham số này: trả về bản mô tả dịch vụ.'),
    'A date or a breakdown that cannot be read':
        'Ngày hoặc cách nhóm không đọc được',
    ('A donated item by id or any of its names, in Vietnamese or English, with or without '
     'diacritics ("khẩu trang", "face mask"). A word no item has is a 422 that lists the '
     'nearest ones.'):
        ('Một mặt hàng viện trợ theo mã hoặc bất kỳ tên nào của nó, bằng tiếng Việt hoặc tiếng '
         'Anh, có dấu hoặc không dấu ("khẩu trang", "face mask"). Từ không khớp mặt hàng nào bị '
         'trả lỗi 422 kèm các từ gần nhất.'),
    'A donation seen from the province the dataset is about.':
        'Khoản viện trợ nhìn từ phía tỉnh mà bộ dữ liệu nói đến.',
    'A page of linked partners, strongest links first; pass `next` back as `cursor`.':
        ('Một trang các đối tác có liên kết, liên kết mạnh nhất trước; gửi lại `next` làm '
         '`cursor` để lấy trang sau.'),
    'A partner id or any name.':
        'Mã đối tác hoặc tên bất kỳ.',
    'A partner id or any of its names.':
        'Mã đối tác hoặc bất kỳ tên nào của đối tác.',
    ('A partner that absorbed others (Tuyên Quang, into which Hà Giang was merged on '
     '2025-07-01) includes theirs: `includes` names them.'):
        ('Đối tác đã tiếp nhận đơn vị khác (Tuyên Quang, nơi Hà Giang được sáp nhập vào từ ngày '
         '01/07/2025) gồm cả dữ kiện của các đơn vị đó: `includes` nêu tên chúng.'),
    ("A partner's offices and parts count as the partner. A partner that absorbed others (Tuyên "
     'Quang, into which Hà Giang was merged on 2025-07-01) includes theirs: `includes` names '
     'them.'):
        ('Các văn phòng và bộ phận của một đối tác được tính là đối tác đó. Đối tác đã tiếp '
         'nhận đơn vị khác (Tuyên Quang, nơi Hà Giang được sáp nhập vào từ ngày 01/07/2025) gồm '
         'cả dữ kiện của các đơn vị đó: `includes` nêu tên chúng.'),
    'A source document and every fact drawn from it':
        'Một tài liệu nguồn và mọi dữ kiện lấy từ tài liệu đó',
    ('A sum is known only in its own currency: its usd and vnd are null and its `unconverted` '
     'says why.'):
        ('Một khoản tiền chỉ biết theo đồng tiền gốc: usd và vnd của nó là null và '
         '`unconverted` nói lý do.'),
    'A year ("2020"), a month ("2020-06") or a day ("2020-06-30").':
        'Một năm ("2020"), một tháng ("2020-06") hoặc một ngày ("2020-06-30").',
    'Agreements, by party and by the date they are in force':
        'Các thỏa thuận, theo bên tham gia và theo ngày còn hiệu lực',
    'Aid mobilised over a period, by partner kind, country, partner, year and item':
        ('Viện trợ vận động được trong một thời kỳ, theo loại đối tác, quốc gia, đối tác, năm '
         'và mặt hàng'),
    'An item word no item has; `suggestions` lists the nearest words and their items':
        ('Từ chỉ mặt hàng không khớp mặt hàng nào; `suggestions` liệt kê các từ gần nhất và mặt '
         'hàng của chúng'),
    'Any name, alias or acronym, in any script, with or without diacritics; typos are forgiven.':
        ('Tên bất kỳ, tên khác hoặc viết tắt, bằng mọi chữ viết, có dấu hoặc không dấu; gõ sai '
         'vài chữ vẫn tìm được.'),
    'Apply it in Neo4j Browser with `:style http://127.0.0.1:8000/guide/partnergraph.grass`.':
        ('Áp dụng trong Neo4j Browser bằng `:style '
         'http://127.0.0.1:8000/guide/partnergraph.grass`.'),
    'As written in the source.':
        'Như viết trong nguồn.',
    'As written.':
        'Như được viết.',
    ('Ask the partnership graph: partners, donations, agreements, projects, how partners are\n'
     'connected, and the source quote behind every answer. Every query the API runs is a named\n'
     'Cypher file in `cypher/queries/`, runnable as it is in Neo4j Browser.\n\nExamples (from '
     'the README):\n\n- All Guangxi donations since 2020: `GET /donations?donor=quang '
     'tay&since=2020`\n- NGOs linked to Good Neighbors, each with the path that explains the '
     'link:\n  `GET /partners/Good Neighbors/linked?kind=foreign_ngo`\n- Search by any name: '
     '`GET /partners?q=广西`\n- Totals by year, normalised to USD and VND: `GET '
     '/stats/donations?group_by=year`\n'):
        ('Hỏi đồ thị quan hệ đối tác: các đối tác, khoản viện trợ, thỏa thuận, dự án, các đối '
         'tác liên\nkết với nhau ra sao, và trích dẫn nguồn đằng sau mỗi câu trả lời. Mọi truy '
         'vấn API chạy đều là\nmột tệp Cypher có tên trong `cypher/queries/`, chạy được nguyên '
         'văn trong Neo4j Browser.\n\nVí dụ (từ README):\n\n- Mọi khoản viện trợ của Quảng Tây '
         'từ năm 2020: `GET /donations?donor=quang tay&since=2020`\n- Các tổ chức phi chính phủ '
         'liên kết với Good Neighbors, mỗi tổ chức kèm đường đi giải thích liên kết:\n  `GET '
         '/partners/Good Neighbors/linked?kind=foreign_ngo`\n- Tìm theo tên bất kỳ: `GET '
         '/partners?q=广西`\n- Tổng theo năm, quy đổi ra USD và VNĐ: `GET '
         '/stats/donations?group_by=year`\n'),
    ('Breakdowns, comma-separated, in this order: kind, country, partner, year, item (all when '
     'absent).'):
        ('Các cách nhóm, cách nhau bằng dấu phẩy, theo thứ tự: kind, country, partner, year, '
         'item (tất cả khi bỏ trống).'),
    'Donation totals by donor, recipient, year, item or country':
        'Tổng viện trợ theo bên tặng, bên nhận, năm, mặt hàng hoặc quốc gia',
    'Donations by donor, recipient, period and item':
        'Các khoản viện trợ theo bên tặng, bên nhận, thời kỳ và mặt hàng',
    'Donations, agreements or projects it led to':
        'Các khoản viện trợ, thỏa thuận hoặc dự án mà hoạt động này dẫn tới',
    ('Donations, agreements, projects and engagements the two share, proposals among them '
     'included (`proposals` chooses the partners listed, not the facts counted).'):
        ('Các khoản viện trợ, thỏa thuận, dự án và hoạt động mà hai bên cùng có, kể cả các đề '
         'xuất (`proposals` chọn các đối tác được liệt kê, không chọn các sự kiện được đếm).'),
    ('Every query of `cypher/queries/`, with example parameters and the HTTP request that '
     'answers the same: `:play http://127.0.0.1:8000/guide/queries`.'):
        ('Mọi truy vấn trong `cypher/queries/`, kèm tham số ví dụ và yêu cầu HTTP cho cùng câu '
         'trả lời: `:play http://127.0.0.1:8000/guide/queries`.'),
    "Every source of the path's steps, once each.":
        'Mọi nguồn của các bước trên đường đi, mỗi nguồn một lần.',
    ('False when the partners shown are the strongest part of a larger neighbourhood: the '
     'search read only the strongest links of hubs. A larger `limit` widens it.'):
        ('False khi các đối tác hiển thị là phần mạnh nhất của một vùng lân cận lớn hơn: việc '
         'tìm kiếm chỉ đọc các liên kết mạnh nhất của các đầu mối. `limit` lớn hơn sẽ mở rộng '
         'phạm vi.'),
    ("False when the search stopped at its bound (a hub's neighbourhood): `total` then says "
     '"at least", and the pages rank the strongest links read.'):
        ('False khi việc tìm kiếm dừng ở giới hạn (vùng lân cận của một đầu mối): khi đó '
         '`total` có nghĩa là "ít nhất", và các trang xếp hạng những liên kết mạnh nhất đã đọc.'),
    'Find partners by any name, alias or acronym':
        'Tìm đối tác theo tên bất kỳ, tên khác hoặc viết tắt',
    'For a quote on a part of the fact: the relationship it sits on (INCLUDES, PART_OF, …)':
        'Với trích dẫn về một phần của dữ kiện: quan hệ mà nó gắn vào (INCLUDES, PART_OF, …)',
    'For an aggregate: how many it counts':
        'Với một dữ kiện tổng hợp: số lượng mà nó gộp lại',
    'For an extracted fact (0-1).':
        'Với dữ kiện được trích xuất tự động (0-1).',
    ('For power users: one Cypher statement, values as `$parameters`. It is EXPLAINed first and '
     'runs only if Neo4j plans it as a read that stays in the graph (no CREATE, MERGE, SET, '
     'DELETE, REMOVE, LOAD CSV, `CALL {} IN TRANSACTIONS`, schema or administration commands, '
     "and only READ procedures); it then runs in a READ transaction with the server's query "
     'timeout, returning at most `row_limit` rows (`truncated` tells when there were more). The '
     'graph is never changed.'):
        ('Dành cho người dùng thành thạo: một câu lệnh Cypher, giá trị truyền dưới dạng '
         '`$parameters`. Câu lệnh được EXPLAIN trước và chỉ chạy khi Neo4j lập kế hoạch cho nó '
         'như một thao tác đọc không ra ngoài đồ thị (không CREATE, MERGE, SET, DELETE, REMOVE, '
         'LOAD CSV, `CALL {} IN TRANSACTIONS`, lệnh lược đồ hay quản trị, và chỉ các thủ tục '
         'READ); sau đó chạy trong một giao dịch READ với thời hạn truy vấn của máy chủ, trả về '
         'tối đa `row_limit` dòng (`truncated` cho biết khi còn nhiều hơn). Đồ thị không bao '
         'giờ bị thay đổi.'),
    ('How many counted values are in `by_currency` but not in total_usd/total_vnd: no exchange '
     'rate for their currency.'):
        ('Số giá trị được tính nằm trong `by_currency` nhưng không có trong '
         'total_usd/total_vnd: không có tỷ giá cho đồng tiền của chúng.'),
    'How many donations fall in this group.':
        'Số khoản viện trợ thuộc nhóm này.',
    'How many of them carry a value that was counted.':
        'Số khoản trong đó có giá trị đã được tính.',
    'How many partners match; a lower bound when `total_exact` is false.':
        'Số đối tác khớp; là giới hạn dưới khi `total_exact` là false.',
    ('How strong a link is, as kept on the LINKED pair: for a partner two or more links\naway, '
     'the weakest link of its path.'):
        ('Độ mạnh của một liên kết, như lưu trên cặp LINKED: với đối tác cách hai liên kết trở '
         'lên,\nlà liên kết yếu nhất trên đường đi.'),
    'How to group':
        'Cách nhóm',
    'How two partners are connected, shortest paths first':
        'Hai đối tác liên kết với nhau ra sao, đường ngắn nhất trước',
    'How two partners are connected, shortest paths first.':
        'Hai đối tác liên kết với nhau ra sao, đường ngắn nhất trước.',
    'Id of the unit it was merged into.':
        'Mã của đơn vị mà đơn vị này được sáp nhập vào.',
    'Invalid parameters, or `from` and `to` are the same partner':
        'Tham số không hợp lệ, hoặc `from` và `to` là cùng một đối tác',
    'Is the API up, and is Neo4j?':
        'API có chạy không, và Neo4j có chạy không?',
    'Items per page.':
        'Số mục mỗi trang.',
    ("Its period reaches beyond the report's: its whole value is counted, the source does not "
     'split it.'):
        ('Thời kỳ của khoản này vượt ra ngoài thời kỳ báo cáo: toàn bộ giá trị được tính, vì '
         'nguồn không chia nhỏ.'),
    'Its value is in the totals.':
        'Giá trị của khoản này nằm trong các tổng.',
    'JSONP':
        'JSONP',
    'Links from the center (with `center` only)':
        'Số liên kết tính từ tâm (chỉ khi có `center`)',
    'Meetings, visits, calls for support, by participant and period':
        'Các cuộc gặp, chuyến thăm, lời kêu gọi hỗ trợ, theo bên tham gia và thời kỳ',
    'Neo4j Browser guide to every named query':
        'Hướng dẫn Neo4j Browser cho mọi truy vấn có tên',
    'Neo4j Browser guide to the headline questions':
        'Hướng dẫn Neo4j Browser cho các câu hỏi chính',
    "Neo4j Browser style: the explorer's colours and readable captions":
        'Kiểu hiển thị cho Neo4j Browser: màu của trang khám phá và nhãn dễ đọc',
    'Neo4j cannot run the query (its message)':
        'Neo4j không chạy được truy vấn (kèm thông báo của Neo4j)',
    'Neo4j is unreachable':
        'Không kết nối được Neo4j',
    'Neo4j is unreachable or could not answer; `Retry-After` says when to try again':
        ('Không kết nối được Neo4j hoặc Neo4j chưa trả lời được; `Retry-After` cho biết khi nào '
         'thử lại'),
    'No document with this id':
        'Không có tài liệu với mã này',
    'No or a wrong X-API-Key (when API_KEY is set)':
        'Thiếu hoặc sai X-API-Key (khi API_KEY được đặt)',
    'No such partner; `suggestions` lists near names':
        'Không có đối tác này; `suggestions` liệt kê các tên gần giống',
    'Nodes and edges for visualisation (JSON, GraphML or CSV)':
        'Các nút và cạnh để trực quan hóa (JSON, GraphML hoặc CSV)',
    'Nodes at most':
        'Số nút tối đa',
    'One is part of, an office of, a member of or merged into the other.':
        'Một bên là bộ phận, văn phòng, thành viên của bên kia hoặc đã sáp nhập vào bên kia.',
    'One node of a path and the relationship that reached it (none for the first).':
        'Một nút trên đường đi và quan hệ dẫn tới nó (nút đầu tiên không có).',
    ('One object per row. Nodes are {labels, properties}, relationships {type, properties}, '
     'paths {nodes, relationships}, dates and times ISO 8601 strings.'):
        ('Mỗi dòng một đối tượng. Nút là {labels, properties}, quan hệ là {type, properties}, '
         'đường đi là {nodes, relationships}, ngày giờ là chuỗi ISO 8601.'),
    'One partner, with its sources':
        'Một đối tác, kèm các nguồn',
    'One read-only Cypher statement; values as `$parameters`.':
        'Một câu lệnh Cypher chỉ đọc; giá trị truyền dưới dạng `$parameters`.',
    'Participants the source names only as a group':
        'Những bên tham gia mà nguồn chỉ nêu chung thành nhóm',
    'Partner id or any name.':
        'Mã đối tác hoặc tên bất kỳ.',
    'Partner, Donation, Agreement, Project or Engagement':
        'Partner, Donation, Agreement, Project hoặc Engagement',
    'Partner-to-partner links at most':
        'Số liên kết giữa các đối tác tối đa',
    'Partner-to-partner links: an affiliation, or one shared fact.':
        'Liên kết giữa hai đối tác: một quan hệ trực thuộc, hoặc một dữ kiện chung.',
    ('Partners connected to this one through affiliations (part of, office of, member of, '
     'merged into) or shared facts (a joint donation, a donation from one to the other, an '
     'agreement, a project, an engagement), within `max_hops` links, nearest first and, among '
     'equals, the strongest links first: an affiliation, then more shared facts, more value, '
     'more recent (`strength`; for a partner two or more links away, the weakest link of its '
     'path). Around a hub the search reads only the strongest links of each partner: `total` is '
     'then a lower bound and `total_exact` false; deeper pages read more. Each comes with one '
     'path: its steps name the nodes, the relationships and their direction, and the quotes the '
     'facts rest on. The partner may be given by id or by any of its names. E.g. "NGOs linked '
     'to Good Neighbors": `/partners/Good Neighbors/linked?kind=ngo`.'):
        ('Các đối tác liên kết với đối tác này qua quan hệ trực thuộc (bộ phận của, văn phòng '
         'của, thành viên của, sáp nhập vào) hoặc dữ kiện chung (cùng viện trợ, viện trợ từ bên '
         'này cho bên kia, một thỏa thuận, một dự án, một hoạt động), trong phạm vi `max_hops` '
         'liên kết, gần nhất trước và, khi ngang nhau, liên kết mạnh nhất trước: quan hệ trực '
         'thuộc, rồi nhiều dữ kiện chung hơn, giá trị lớn hơn, gần đây hơn (`strength`; với đối '
         'tác cách hai liên kết trở lên là liên kết yếu nhất trên đường đi). Quanh một đầu mối, '
         'việc tìm kiếm chỉ đọc các liên kết mạnh nhất của mỗi đối tác: khi đó `total` là giới '
         'hạn dưới và `total_exact` là false; các trang sau đọc thêm. Mỗi đối tác kèm một đường '
         'đi: các bước nêu các nút, quan hệ và chiều của chúng, và các trích dẫn mà dữ kiện dựa '
         'vào. Đối tác có thể được nêu bằng mã hoặc bất kỳ tên nào. Ví dụ "Các tổ chức phi '
         'chính phủ liên kết với Good Neighbors": `/partners/Good Neighbors/linked?kind=ngo`.'),
    'Partners linked to a partner, with the path that explains each link':
        'Các đối tác liên kết với một đối tác, kèm đường đi giải thích từng liên kết',
    ('Periods match `since`/`until` by overlap; an undated engagement is listed only when '
     'neither is given. A partner that absorbed others (Tuyên Quang, into which Hà Giang was '
     'merged on 2025-07-01) includes theirs: `includes` names them.'):
        ('Thời kỳ khớp `since`/`until` khi giao nhau; hoạt động không rõ ngày chỉ được liệt kê '
         'khi không có cả hai. Đối tác đã tiếp nhận đơn vị khác (Tuyên Quang, nơi Hà Giang được '
         'sáp nhập vào từ ngày 01/07/2025) gồm cả dữ kiện của các đơn vị đó: `includes` nêu tên '
         'chúng.'),
    'Place id of a country':
        'Mã địa danh của một quốc gia',
    ('Play it in Neo4j Browser with `:play http://127.0.0.1:8000/guide`; in Vietnamese with '
     '`?lang=vi`, or by default when the browser prefers it.'):
        ('Mở trong Neo4j Browser bằng `:play http://127.0.0.1:8000/guide`; bằng tiếng Việt với '
         '`?lang=vi`, hoặc mặc định khi trình duyệt ưu tiên tiếng Việt.'),
    'Projects and programmes, aggregates included':
        'Các dự án và chương trình, kể cả số liệu tổng hợp',
    'Queries that cannot be read, an unknown type or property':
        'Truy vấn không đọc được, loại hoặc thuộc tính không có',
    'Reconciliation queries, as OpenRefine sends them':
        'Các truy vấn đối chiếu, như OpenRefine gửi',
    'Reconciliation service: the manifest, or queries as a parameter':
        'Dịch vụ đối chiếu: bản mô tả dịch vụ, hoặc các truy vấn truyền qua tham số',
    'Relationships on the path.':
        'Số quan hệ trên đường đi.',
    'Run read-only Cypher':
        'Chạy Cypher chỉ đọc',
    'Set for an aggregate of several.':
        'Có giá trị khi đây là tổng hợp của nhiều dự án.',
    'Set when this stands for several agreements.':
        'Có giá trị khi mục này đại diện cho nhiều thỏa thuận.',
    'Successful Response':
        'Thành công',
    ("The W3C Entity Reconciliation API. A JSON object of queries keyed by the caller's ids: "
     '{"q0": {"query": "Quang Tay", "type": "local_government", "limit": 3, "properties": '
     '[{"pid": "country", "v": "china"}]}}. Without it: the service manifest. `type` is '
     '`Partner` or a partner kind in any of the words `kind` accepts elsewhere; results are '
     'ranked by the partner search, `match` is true for the one candidate that meets the name '
     'exactly.'):
        ('API Đối chiếu thực thể của W3C (W3C Entity Reconciliation API). Một đối tượng JSON '
         'gồm các truy vấn, khóa là mã do bên gọi đặt: {"q0": {"query": "Quang Tay", "type": '
         '"local_government", "limit": 3, "properties": [{"pid": "country", "v": "china"}]}}. '
         'Không có tham số này: trả về bản mô tả dịch vụ. `type` là `Partner` hoặc một loại đối '
         'tác bằng bất kỳ từ nào mà tham số `kind` nhận ở chỗ khác; kết quả được xếp hạng theo '
         'tìm kiếm đối tác, `match` là true cho ứng viên duy nhất trùng khớp đúng tên.'),
    ("The W3C Entity Reconciliation API. A JSON object of queries keyed by the caller's ids: "
     '{"q0": {"query": "Quang Tay", "type": "local_government", "limit": 3, "properties": '
     '[{"pid": "country", "v": "china"}]}}. Without it: the service manifest. `type` is '
     '`Partner` or a partner kind in any of the words `kind` accepts elsewhere; results are '
     'ranked by the partner search, `match` is true for the one candidate that meets the name '
     'exactly. Here `queries` (and `callback`) come in a form-encoded body '
     '(`application/x-www-form-urlencoded`).'):
        ('API Đối chiếu thực thể của W3C (W3C Entity Reconciliation API). Một đối tượng JSON '
         'gồm các truy vấn, khóa là mã do bên gọi đặt: {"q0": {"query": "Quang Tay", "type": '
         '"local_government", "limit": 3, "properties": [{"pid": "country", "v": "china"}]}}. '
         'Không có tham số này: trả về bản mô tả dịch vụ. `type` là `Partner` hoặc một loại đối '
         'tác bằng bất kỳ từ nào mà tham số `kind` nhận ở chỗ khác; kết quả được xếp hạng theo '
         'tìm kiếm đối tác, `match` là true cho ứng viên duy nhất trùng khớp đúng tên. Ở đây '
         '`queries` (và `callback`) được gửi trong thân yêu cầu dạng biểu mẫu '
         '(`application/x-www-form-urlencoded`).'),
    'The `next` of the previous page.':
        'Giá trị `next` của trang trước.',
    'The day the merger took effect.':
        'Ngày việc sáp nhập có hiệu lực.',
    ("The fact's figures by role (value, budget, disbursed, amount), each as written and with "
     'its qualifier'):
        ('Các số liệu của dữ kiện theo vai trò (value, budget, disbursed, amount), mỗi số liệu '
         'như được viết và kèm mức độ chính xác'),
    'The graph took too long to read':
        'Đọc đồ thị quá lâu',
    ('The language of the answer: each partner, place, item and fact named in it as `name`, the '
     'other language beside as `name_other`, and error messages in it. Without it, '
     'Accept-Language chooses; with neither, the answer is as it always was (English names, no '
     '`name_other`).'):
        ('Ngôn ngữ của câu trả lời: mỗi đối tác, địa danh, mặt hàng và dữ kiện được gọi bằng '
         'tên trong ngôn ngữ này ở `name`, tên trong ngôn ngữ kia ở `name_other` bên cạnh, và '
         'thông báo lỗi cũng bằng ngôn ngữ này. Không có tham số này thì theo Accept-Language; '
         'không có cả hai thì câu trả lời giữ như trước (tên tiếng Anh, không có `name_other`).'),
    'The latest year those facts are dated to; null when none is dated.':
        'Năm gần nhất của các dữ kiện đó; null khi không dữ kiện nào có ngày.',
    "The node's properties, the plain `id` included.":
        'Các thuộc tính của nút, kể cả `id` gốc.',
    'The quantity as written.':
        'Số lượng như được viết.',
    'The query ran longer than the timeout':
        'Truy vấn chạy quá thời hạn',
    ('The query would write or reach outside the graph, e.g. "this endpoint is read-only: '
     'CREATE is a write"'):
        ('Truy vấn sẽ ghi hoặc ra ngoài đồ thị, vd. "this endpoint is read-only: CREATE is a '
         'write"'),
    'The relationship from the previous node; null on the first step.':
        'Quan hệ từ nút trước; null ở bước đầu tiên.',
    'The request body is larger than the API reads':
        'Thân yêu cầu lớn hơn mức API đọc',
    'The search took too long':
        'Tìm kiếm quá lâu',
    ("Totals in USD and VND (normalised by the year's average rate, see data/rates/) and per "
     'currency as written. A reported total is never added to its own parts; joint donations '
     'form one group of all their donors; a total built on lower bounds has `lower_bound: '
     'true`. `donor` and `recipient` narrow the totals to what one partner gave or received. A '
     'partner that absorbed others (Tuyên Quang, into which Hà Giang was merged on 2025-07-01) '
     'includes theirs: `includes` names them.'):
        ('Tổng bằng USD và VNĐ (quy đổi theo tỷ giá bình quân của năm, xem data/rates/) và theo '
         'từng đồng tiền như được viết. Một tổng đã được báo cáo không bao giờ được cộng với '
         'chính các phần của nó; các khoản viện trợ chung tạo thành một nhóm gồm mọi bên tặng; '
         'tổng dựa trên giới hạn dưới có `lower_bound: true`. `donor` và `recipient` thu hẹp '
         'các tổng vào những gì một đối tác đã tặng hoặc đã nhận. Đối tác đã tiếp nhận đơn vị '
         'khác (Tuyên Quang, nơi Hà Giang được sáp nhập vào từ ngày 01/07/2025) gồm cả dữ kiện '
         'của các đơn vị đó: `includes` nêu tên chúng.'),
    'True when more nodes matched than `limit` allowed.':
        'True khi có nhiều nút khớp hơn mức `limit` cho phép.',
    'True when the query had more rows than `row_limit`.':
        'True khi truy vấn có nhiều dòng hơn `row_limit`.',
    ('True: the real total is at least this (a value is a lower bound, or could not be '
     'converted).'):
        ('True: tổng thực tế ít nhất bằng số này (có giá trị là giới hạn dưới, hoặc không quy '
         'đổi được).'),
    'USD value of the donations among them (a part of a larger one they share counts once).':
        ('Giá trị USD của các khoản viện trợ giữa hai bên (một phần của khoản lớn hơn mà hai '
         'bên cùng có chỉ tính một lần).'),
    "Unique in the view: the label and the node's id.":
        'Duy nhất trong khung nhìn: nhãn và mã của nút.',
    ('Units merged into the center, whose neighbourhoods this view includes; empty when there '
     'are none.'):
        ('Các đơn vị đã sáp nhập vào đối tác ở tâm, mà vùng lân cận của chúng được gộp vào '
         'khung nhìn này; rỗng khi không có.'),
    ('Units merged into the donor or recipient asked for, whose donations these totals include; '
     'empty when there are none.'):
        ('Các đơn vị đã sáp nhập vào bên tặng hoặc bên nhận được hỏi, mà các khoản viện trợ của '
         'chúng được tính vào các tổng này; rỗng khi không có.'),
    ('Units merged into the partner asked for, whose facts this answer includes; empty when '
     'there are none.'):
        ('Các đơn vị đã sáp nhập vào đối tác được hỏi, mà dữ kiện của chúng được gộp vào câu '
         'trả lời này; rỗng khi không có.'),
    'Unknown partner; `suggestions` lists near names':
        'Không có đối tác này; `suggestions` liệt kê các tên gần giống',
    ('Up to five shortest paths between two partners over affiliations and shared facts, each '
     'as steps with the sources they rest on. `from` and `to` take an id or any name.'):
        ('Tối đa năm đường đi ngắn nhất giữa hai đối tác qua quan hệ trực thuộc và dữ kiện '
         'chung, mỗi đường là các bước kèm nguồn mà chúng dựa vào. `from` và `to` nhận mã hoặc '
         'tên bất kỳ.'),
    'Validation Error':
        'Lỗi kiểm tra dữ liệu',
    'What partnergraph is, and where everything is':
        'partnergraph là gì, và mọi thứ ở đâu',
    ('What the province received (inbound donations) whose period overlaps `since`–`until`, '
     "with totals in VNĐ and USD (each value at its own year's rate, listed under `rates`). The "
     'breakdowns are those of `/stats/donations` (`partner` is its `donor`), from the same '
     "code, plus the donors' partner `kind`. A total resting on a lower bound says so; what is "
     "not counted is listed with the reason; every donation's quotes are under `sources`. "
     '`format=xlsx` is a workbook with a sheet per breakdown and sheets of donations, what is '
     'not counted, sources and rates; `format=csv` one row per group; `format=html` a page that '
     'prints on A4.'):
        ('Những gì tỉnh đã nhận (viện trợ đến) có thời kỳ giao với `since`–`until`, với tổng '
         'bằng VNĐ và USD (mỗi giá trị theo tỷ giá của năm đó, liệt kê trong `rates`). Các cách '
         'nhóm giống `/stats/donations` (`partner` là `donor` ở đó), từ cùng một mã nguồn, cộng '
         'thêm loại đối tác (`kind`) của bên tặng. Tổng dựa trên giới hạn dưới sẽ ghi rõ; những '
         'gì không được tính được liệt kê kèm lý do; trích dẫn của mọi khoản viện trợ nằm trong '
         '`sources`. `format=xlsx` là một sổ tính với mỗi cách nhóm một trang tính, cùng các '
         'trang tính về các khoản viện trợ, những gì không được tính, nguồn và tỷ giá; '
         '`format=csv` mỗi nhóm một dòng; `format=html` một trang in vừa khổ A4.'),
    ('What this step rests on: the quotes citing its fact node (donation, agreement, project, '
     'engagement), or those of the affiliation that reached it.'):
        ('Bước này dựa vào đâu: các trích dẫn của nút dữ kiện (viện trợ, thỏa thuận, dự án, '
         'hoạt động), hoặc của quan hệ trực thuộc dẫn tới bước này.'),
    ('Why usd and vnd are null although the value is known: no exchange rate for its currency; '
     'the value stays as written, never at a guessed rate.'):
        ('Vì sao usd và vnd là null dù đã biết giá trị: không có tỷ giá cho đồng tiền của nó; '
         'giá trị được giữ như được viết, không bao giờ quy đổi theo tỷ giá đoán.'),
    ('With `center` (a partner id or any name): the partners within `depth` links of it, the '
     'donations, agreements, projects and engagements that link them, and their countries. '
     'Without it: the whole partner network, the most connected first. At most `limit` nodes '
     '(`truncated` tells when there were more). Around a hub only the strongest links of each '
     'partner are followed, strongest first: `complete` is then false, and a larger `limit` '
     'widens the view. `format=graphml` opens in yEd, Gephi or Cytoscape; `format=csv` is one '
     'row per edge. A partner that absorbed others (Tuyên Quang, into which Hà Giang was merged '
     'on 2025-07-01) includes theirs: `includes` names them.'):
        ('Khi có `center` (mã đối tác hoặc tên bất kỳ): các đối tác trong phạm vi `depth` liên '
         'kết từ đó, các khoản viện trợ, thỏa thuận, dự án và hoạt động liên kết chúng, và quốc '
         'gia của chúng. Không có: toàn bộ mạng lưới đối tác, nút có nhiều liên kết nhất trước. '
         'Tối đa `limit` nút (`truncated` cho biết khi còn nhiều hơn). Quanh một đầu mối chỉ '
         'các liên kết mạnh nhất của mỗi đối tác được theo, mạnh nhất trước: khi đó `complete` '
         'là false, và `limit` lớn hơn sẽ mở rộng khung nhìn. `format=graphml` mở được trong '
         'yEd, Gephi hoặc Cytoscape; `format=csv` mỗi cạnh một dòng. Đối tác đã tiếp nhận đơn '
         'vị khác (Tuyên Quang, nơi Hà Giang được sáp nhập vào từ ngày 01/07/2025) gồm cả dữ '
         'kiện của các đơn vị đó: `includes` nêu tên chúng.'),
    ('`donor` and `recipient` take a partner id or any of its names ("guangxi", "Quảng Tây", '
     '"quang tay", "广西"); what a partner gave is not what it received. Periods match '
     '`since`/`until` by overlap (an `until` before `since` matches nothing). A partner that '
     'absorbed others (Tuyên Quang, into which Hà Giang was merged on 2025-07-01) includes '
     'their donations: `includes` names them.'):
        ('`donor` và `recipient` nhận mã đối tác hoặc bất kỳ tên nào ("guangxi", "Quảng Tây", '
         '"quang tay", "广西"); những gì một đối tác đã tặng khác với những gì đối tác đó đã '
         'nhận. Thời kỳ khớp `since`/`until` khi giao nhau (`until` trước `since` thì không '
         'khớp gì). Đối tác đã tiếp nhận đơn vị khác (Tuyên Quang, nơi Hà Giang được sáp nhập '
         'vào từ ngày 01/07/2025) gồm cả các khoản viện trợ của các đơn vị đó: `includes` nêu '
         'tên chúng.'),
    'e.g. the sum a call raised':
        'vd. số tiền mà một lời kêu gọi quyên được',
    'exact, lower_bound, upper_bound, approximate or estimate':
        ('exact (chính xác), lower_bound (giới hạn dưới), upper_bound (giới hạn trên), '
         'approximate (xấp xỉ) hoặc estimate (ước tính)'),
    'inbound or outbound, relative to the province':
        'inbound (viện trợ đến) hoặc outbound (viện trợ đi), so với tỉnh',
    'inbound or outbound; all when absent':
        'inbound (viện trợ đến) hoặc outbound (viện trợ đi); tất cả khi bỏ trống',
    'json, csv, xlsx or html':
        'json, csv, xlsx hoặc html',
    'json, graphml or csv':
        'json, graphml hoặc csv',
    '…and the id that part points at':
        '…và mã mà phần đó trỏ tới',
    # The detail of one node or edge of a graph view.
    ('JSON: what a picture needs (`drawn`) or every property (`all`). GraphML has every '
     'property, CSV none.'):
        ('JSON: những gì cần để vẽ (`drawn`) hoặc mọi thuộc tính (`all`). GraphML có mọi thuộc '
         'tính, CSV không có thuộc tính nào.'),
    'One node of a graph view, with every property':
        'Một nút của khung nhìn đồ thị, với mọi thuộc tính',
    ('A node as `GET /graph` names it (`Partner:guangxi`, `Donation:joint-medical-2021`), with '
     'every property it has: its sources (`source_documents`, `source_quotes`), figures, dates, '
     'notes. A view carries only what a picture of it needs; this is the rest, for the node a '
     'reader picks.'):
        ('Một nút như `GET /graph` gọi tên nó (`Partner:guangxi`, '
         '`Donation:joint-medical-2021`), với mọi thuộc tính của nó: nguồn (`source_documents`, '
         '`source_quotes`), số liệu, ngày tháng, ghi chú. Khung nhìn chỉ mang những gì cần để '
         'vẽ; đây là phần còn lại, cho nút mà người đọc chọn.'),
    'A node as a view names it: its label, a colon and its id.':
        'Một nút như khung nhìn gọi tên nó: nhãn, dấu hai chấm và mã của nó.',
    'No such node':
        'Không có nút này',
    'The node took too long to read':
        'Đọc nút này mất quá nhiều thời gian',
    'One edge of a graph view, with every property':
        'Một cạnh của khung nhìn đồ thị, với mọi thuộc tính',
    ('An edge as `GET /graph` gives it (its `source`, `type` and `target`), with every property '
     'it has: its sources, the method and datasets behind it.'):
        ('Một cạnh như `GET /graph` trả về (`source`, `type` và `target` của nó), với mọi thuộc '
         'tính của nó: nguồn, phương pháp và các bộ dữ liệu đứng sau nó.'),
    'Its source node, as the view names it.':
        'Nút nguồn của nó, như khung nhìn gọi tên.',
    "The relationship's type.":
        'Loại của quan hệ.',
    'Its target node, as the view names it.':
        'Nút đích của nó, như khung nhìn gọi tên.',
    'No such edge':
        'Không có cạnh này',
    'The edge took too long to read':
        'Đọc cạnh này mất quá nhiều thời gian',
    # Review and proposals.
    ('Proposals are records extracted from articles that no analyst has decided yet (`proposal: '
     'true`; /review accepts or rejects them). `include` (default): all, each flagged; '
     '`exclude`: none; `only`: proposals alone.'):
        ('Đề xuất là các bản ghi được trích xuất từ bài viết mà chưa chuyên viên phân tích nào '
         'quyết định (`proposal: true`; /review chấp nhận hoặc từ chối chúng). `include` (mặc '
         'định): tất cả, mỗi đề xuất đều được đánh dấu; `exclude`: không có đề xuất nào; `only`: '
         'chỉ các đề xuất.'),
    ("Totals in USD and VND (normalised by the year's average rate, see data/rates/) and per "
     'currency as written. A reported total is never added to its own parts; joint donations '
     'form one group of all their donors; a total built on lower bounds has `lower_bound: true`. '
     '`donor` and `recipient` narrow the totals to what one partner gave or received. Proposals '
     '(extracted, not yet decided) are left out unless `proposals=include`; `proposals_excluded` '
     'says how many were. A partner that absorbed others (Tuyên Quang, into which Hà Giang was '
     'merged on 2025-07-01) includes theirs: `includes` names them.'):
        ('Tổng bằng USD và VNĐ (quy đổi theo tỷ giá bình quân của năm, xem data/rates/) và theo '
         'từng đồng tiền như được viết. Một tổng đã được báo cáo không bao giờ được cộng với '
         'chính các phần của nó; các khoản viện trợ chung tạo thành một nhóm gồm mọi bên tặng; '
         'tổng dựa trên giới hạn dưới có `lower_bound: true`. `donor` và `recipient` thu hẹp các '
         'tổng vào những gì một đối tác đã tặng hoặc đã nhận. Các đề xuất (đã trích xuất, chưa '
         'được quyết định) bị loại ra trừ khi `proposals=include`; `proposals_excluded` cho biết '
         'đã loại bao nhiêu. Đối tác đã tiếp nhận đơn vị khác (Tuyên Quang, nơi Hà Giang được '
         'sáp nhập vào từ ngày 01/07/2025) gồm cả dữ kiện của các đơn vị đó: `includes` nêu tên '
         'chúng.'),
    ('Proposals are records extracted from articles that no analyst has decided yet (`proposal: '
     'true`; /review accepts or rejects them). `exclude` (default): left out of every total, '
     'their number in `proposals_excluded`; `include`: counted, each group saying how many of '
     'its donations are proposals; `only`: proposals alone.'):
        ('Đề xuất là các bản ghi được trích xuất từ bài viết mà chưa chuyên viên phân tích nào '
         'quyết định (`proposal: true`; /review chấp nhận hoặc từ chối chúng). `exclude` (mặc '
         'định): bị loại khỏi mọi tổng, số lượng ghi trong `proposals_excluded`; `include`: được '
         'tính, mỗi nhóm cho biết bao nhiêu khoản viện trợ của nhóm là đề xuất; `only`: chỉ các '
         'đề xuất.'),
    ('Partners connected to this one through affiliations (part of, office of, member of, merged '
     'into) or shared facts (a joint donation, a donation from one to the other, an agreement, a '
     'project, an engagement), within `max_hops` links, nearest first and, among equals, the '
     'strongest links first: an affiliation, then more shared facts, more value, more recent '
     '(`strength`; for a partner two or more links away, the weakest link of its path); links of '
     "equal strength by the partner's id, so pages never overlap. Around a "
     'hub the search reads only the strongest links of each partner: `total` is then a lower '
     'bound and `total_exact` false; deeper pages read more. Each comes with one path: its steps '
     'name the nodes, the relationships and their direction, and the quotes the facts rest on. '
     'The partner may be given by id or by any of its names. E.g. "NGOs linked to Good '
     'Neighbors": `/partners/Good Neighbors/linked?kind=ngo`. `proposals` keeps or leaves out '
     "partners that are proposals themselves; each path's nodes say which of them are proposals."):
        ('Các đối tác liên kết với đối tác này qua quan hệ trực thuộc (bộ phận của, văn phòng '
         'của, thành viên của, sáp nhập vào) hoặc dữ kiện chung (cùng viện trợ, viện trợ từ bên '
         'này cho bên kia, một thỏa thuận, một dự án, một hoạt động), trong phạm vi `max_hops` '
         'liên kết, gần nhất trước và, khi ngang nhau, liên kết mạnh nhất trước: quan hệ trực '
         'thuộc, rồi nhiều dữ kiện chung hơn, giá trị lớn hơn, gần đây hơn (`strength`; với đối '
         'tác cách hai liên kết trở lên là liên kết yếu nhất trên đường đi); các liên kết mạnh '
         'ngang nhau xếp theo mã đối tác, nên các trang không bao giờ trùng nhau. Quanh một đầu mối, '
         'việc tìm kiếm chỉ đọc các liên kết mạnh nhất của mỗi đối tác: khi đó `total` là giới '
         'hạn dưới và `total_exact` là false; các trang sau đọc thêm. Mỗi đối tác kèm một đường '
         'đi: các bước nêu các nút, quan hệ và chiều của chúng, và các trích dẫn mà dữ kiện dựa '
         'vào. Đối tác có thể được nêu bằng mã hoặc bất kỳ tên nào. Ví dụ "Các tổ chức phi chính '
         'phủ liên kết với Good Neighbors": `/partners/Good Neighbors/linked?kind=ngo`. '
         '`proposals` giữ lại hoặc loại bỏ các đối tác mà bản thân là đề xuất; các nút trên mỗi '
         'đường đi cho biết nút nào là đề xuất.'),
    ('With `center` (a partner id or any name): the partners within `depth` links of it, the '
     'donations, agreements, projects and engagements that link them, and their countries. '
     'Without it: the whole partner network, the most connected first. At most `limit` nodes '
     '(`truncated` tells when there were more). Around a hub only the strongest links of each '
     'partner are followed, strongest first: `complete` is then false, and a larger `limit` '
     'widens the view. `format=graphml` opens in yEd, Gephi or Cytoscape; `format=csv` is one '
     'row per edge. Nodes and edges say whether they are proposals; `proposals=exclude` leaves '
     'them out, `only` keeps them with the nodes they attach to. In JSON, by default '
     "(`props=drawn`), a node's `props` are what a picture of it needs: its `id`, both names "
     "(`name_vi`, `name_en`, or a fact's `title_vi`, `title_en`), a partner's `country`, a "
     "donation's `value_usd` and a fact's dates (`when_`, `period_`, `signed_start` and "
     "`_end`), and an edge's `props` are empty; `GET /graph/node` and `GET /graph/edge` give "
     'every property of one of them. `props=all` puts every property in the view itself, as '
     'GraphML always does. A partner that absorbed others '
     '(Tuyên Quang, into which Hà Giang was merged on 2025-07-01) includes theirs: `includes` '
     'names them.'):
        ('Khi có `center` (mã đối tác hoặc tên bất kỳ): các đối tác trong phạm vi `depth` liên '
         'kết từ đó, các khoản viện trợ, thỏa thuận, dự án và hoạt động liên kết chúng, và quốc '
         'gia của chúng. Không có: toàn bộ mạng lưới đối tác, nút có nhiều liên kết nhất trước. '
         'Tối đa `limit` nút (`truncated` cho biết khi còn nhiều hơn). Quanh một đầu mối chỉ các '
         'liên kết mạnh nhất của mỗi đối tác được theo, mạnh nhất trước: khi đó `complete` là '
         'false, và `limit` lớn hơn sẽ mở rộng khung nhìn. `format=graphml` mở được trong yEd, '
         'Gephi hoặc Cytoscape; `format=csv` mỗi cạnh một dòng. Nút và cạnh cho biết chúng có '
         'phải là đề xuất hay không; `proposals=exclude` loại chúng ra, `only` chỉ giữ các đề '
         'xuất cùng các nút mà chúng gắn vào. Với JSON, mặc định (`props=drawn`), `props` của '
         'một nút là những gì cần để vẽ nó: `id`, cả hai tên (`name_vi`, `name_en`, hoặc '
         '`title_vi`, `title_en` của một dữ kiện), `country` của đối tác, `value_usd` của khoản '
         'viện trợ và các ngày của dữ kiện (`when_`, `period_`, `signed_start` và `_end`), còn '
         '`props` của cạnh để trống; `GET /graph/node` và `GET /graph/edge` cho mọi thuộc tính '
         'của một nút hoặc một cạnh. `props=all` đưa mọi thuộc tính vào chính khung nhìn, như '
         'GraphML luôn làm. Đối tác đã tiếp nhận đơn vị khác (Tuyên Quang, nơi '
         'Hà Giang được sáp nhập vào từ ngày 01/07/2025) gồm cả dữ kiện của các đơn vị đó: '
         '`includes` nêu tên chúng.'),
    ('What the province received (inbound donations) whose period overlaps `since`–`until`, with '
     "totals in VNĐ and USD (each value at its own year's rate, listed under `rates`). The "
     'breakdowns are those of `/stats/donations` (`partner` is its `donor`), from the same code, '
     "plus the donors' partner `kind`. A total resting on a lower bound says so; what is not "
     "counted is listed with the reason; every donation's quotes are under `sources`. "
     '`format=xlsx` is a workbook with a sheet per breakdown and sheets of donations, what is '
     'not counted, sources and rates; `format=csv` one row per group; `format=html` a page that '
     'prints on A4. Proposals (extracted, not yet decided) are left out unless '
     '`proposals=include`; `proposals_excluded` says how many were.'):
        ('Những gì tỉnh đã nhận (viện trợ đến) có thời kỳ giao với `since`–`until`, với tổng '
         'bằng VNĐ và USD (mỗi giá trị theo tỷ giá của năm đó, liệt kê trong `rates`). Các cách '
         'nhóm giống `/stats/donations` (`partner` là `donor` ở đó), từ cùng một mã nguồn, cộng '
         'thêm loại đối tác (`kind`) của bên tặng. Tổng dựa trên giới hạn dưới sẽ ghi rõ; những '
         'gì không được tính được liệt kê kèm lý do; trích dẫn của mọi khoản viện trợ nằm trong '
         '`sources`. `format=xlsx` là một sổ tính với mỗi cách nhóm một trang tính, cùng các '
         'trang tính về các khoản viện trợ, những gì không được tính, nguồn và tỷ giá; '
         '`format=csv` mỗi nhóm một dòng; `format=html` một trang in vừa khổ A4. Các đề xuất (đã '
         'trích xuất, chưa được quyết định) bị loại ra trừ khi `proposals=include`; '
         '`proposals_excluded` cho biết đã loại bao nhiêu.'),
    'Find donated items by any name':
        'Tìm mặt hàng viện trợ theo tên bất kỳ',
    ('Any name of the item, Vietnamese or English, with or without diacritics; absent: the '
     'catalogue by id.'):
        ('Tên bất kỳ của mặt hàng, bằng tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu; bỏ '
         'trống: toàn bộ danh mục theo mã.'),
    'Documents with proposals nobody has reviewed, most first':
        'Các tài liệu có đề xuất chưa ai duyệt, tài liệu nhiều đề xuất nhất trước',
    "A document's text and its open proposals":
        'Văn bản của một tài liệu và các đề xuất đang chờ duyệt của nó',
    'No such document':
        'Không có tài liệu này',
    'Proposals':
        'Các đề xuất',
    'One proposal':
        'Một đề xuất',
    'No such proposal':
        'Không có đề xuất này',
    'Accept a proposal, as proposed or edited':
        'Chấp nhận một đề xuất, nguyên như đề xuất hoặc sau khi sửa',
    'Who acts: 1-100 characters, percent-encoded UTF-8 (a plain ASCII name works as is).':
        ('Người thực hiện thao tác: 1-100 ký tự, UTF-8 mã hóa phần trăm (tên chỉ gồm ký tự ASCII '
         'thì dùng nguyên như vậy).'),
    'The body is not JSON':
        'Thân yêu cầu không phải JSON',
    'No or a wrong X-API-Key':
        'Thiếu hoặc sai X-API-Key',
    'The server has no API_KEY: review actions are refused':
        'Máy chủ không có API_KEY: các thao tác duyệt bị từ chối',
    'No such proposal, partner or action':
        'Không có đề xuất, đối tác hoặc thao tác duyệt này',
    'Someone acted first: `detail` says who and when, `current` is the proposal as it stands':
        ('Đã có người thao tác trước: `detail` cho biết ai và lúc nào, `current` là đề xuất ở '
         'trạng thái hiện tại'),
    ('The record (or reason, or reviewer) does not hold: `errors` names each field and why; '
     'nothing was written'):
        ('Bản ghi (hoặc lý do, hoặc người duyệt) không hợp lệ: `errors` nêu từng trường và lý '
         'do; không có gì được ghi'),
    'Reject a proposal, saying why':
        'Từ chối một đề xuất, kèm lý do',
    'Merge a proposed partner into another':
        'Gộp một đối tác được đề xuất vào một đối tác khác',
    'Make a proposed partner (or item, or place) curated':
        'Đưa một đối tác được đề xuất (hoặc mặt hàng, hoặc địa danh) vào danh mục chính thức',
    'Undo a review action':
        'Hoàn tác một thao tác duyệt',
    'The review log, newest first':
        'Nhật ký duyệt, mới nhất trước',
    'Every action that changed one record, oldest first':
        'Mọi thao tác đã thay đổi một bản ghi, cũ nhất trước',
    "The proposal's version as last read.":
        'Phiên bản của đề xuất tại lần đọc gần nhất.',
    'The record as edited, in the dataset format; absent: accepted as proposed.':
        ('Bản ghi sau khi sửa, theo định dạng của bộ dữ liệu; bỏ trống: chấp nhận nguyên như đề '
         'xuất.'),
    '{"field": {"from": …, "to": …}}':
        '{"field": {"from": …, "to": …}}',
    ('True: extracted from an article and not yet decided by an analyst (a proposal); false: '
     'curated.'):
        ('True: được trích xuất từ một bài viết và chưa được chuyên viên phân tích quyết định '
         '(một đề xuất); false: đã duyệt.'),
    'Whether proposals were counted.':
        'Các đề xuất có được tính hay không.',
    'Proposals of the period left out of the report (proposals=exclude).':
        'Các đề xuất trong thời kỳ bị loại khỏi báo cáo (proposals=exclude).',
    'The fact itself (not this quote) is a proposal: extracted and not yet decided.':
        ('Bản thân dữ kiện (không phải trích dẫn này) là một đề xuất: đã trích xuất và chưa được '
         'quyết định.'),
    'Proposals that matched but were left out of every total (proposals=exclude).':
        'Các đề xuất khớp nhưng bị loại khỏi mọi tổng (proposals=exclude).',
    'The relationship rests on extracted sources only, not yet decided.':
        'Quan hệ chỉ dựa trên các nguồn được trích xuất, chưa được quyết định.',
    'How many of its donations are proposals (extracted, not yet decided by an analyst).':
        ('Số khoản viện trợ của nhóm là đề xuất (đã trích xuất, chưa được chuyên viên phân tích '
         'quyết định).'),
    'The partner it merges into.':
        'Đối tác mà nó được gộp vào.',
    'How many of the facts counted here are proposals (extracted, not yet reviewed).':
        'Số dữ kiện được tính ở đây là đề xuất (đã trích xuất, chưa được duyệt).',
    'Send it back with an action: a proposal someone acted on since is answered 409.':
        ('Gửi lại giá trị này kèm thao tác: nếu kể từ đó đã có người thao tác trên đề xuất, câu '
         'trả lời là 409.'),
    'The record in the dataset file format.':
        'Bản ghi theo định dạng tệp của bộ dữ liệu.',
    'Display name of every id the record names.':
        'Tên hiển thị của mọi mã mà bản ghi nêu.',
    'Whether an answer holds proposals: all records (each flagged), none, or only them.':
        ('Câu trả lời có chứa đề xuất hay không: mọi bản ghi (mỗi đề xuất được đánh dấu), không '
         'đề xuất nào, hoặc chỉ các đề xuất.'),
    "Offset of the quote in the document's text; null when the text does not hold it.":
        ('Vị trí của trích dẫn trong văn bản của tài liệu; null khi văn bản không chứa trích dẫn '
         'đó.'),
    'Extracted, not yet decided by an analyst.':
        'Đã trích xuất, chưa được chuyên viên phân tích quyết định.',
    'The API key configured in API_KEY.':
        'Khóa API được cấu hình trong API_KEY.',
    # Paths between hubs.
    ("Up to five shortest paths between two partners over affiliations and shared facts, each "
     "as steps with the sources they rest on. `from` and `to` take an id or any name. The "
     "search walks the partners' links from both ends at once, reading only the strongest "
     "links of each partner around a hub: `complete` is then false (a path as short through "
     "weaker links may exist). When the two ends do not meet within what it may read, the "
     "answer is a 503 that says so, at once."):
        ("Tối đa năm đường đi ngắn nhất giữa hai đối tác qua quan hệ trực thuộc và các sự kiện "
         "chung, mỗi đường là các bước kèm nguồn làm căn cứ. `from` và `to` nhận mã hoặc bất kỳ "
         "tên nào. Việc tìm kiếm đi theo liên kết của các đối tác từ cả hai đầu cùng lúc, quanh "
         "một đầu mối chỉ đọc những liên kết mạnh nhất của mỗi đối tác: khi đó `complete` là "
         "false (có thể có một đường ngắn bằng thế qua các liên kết yếu hơn). Khi hai đầu không "
         "gặp nhau trong phạm vi được phép đọc, câu trả lời là 503 nói rõ điều đó, ngay lập tức."),
    ("The two partners did not meet within the links the search may read around hubs (named "
     "in `detail`); fewer hops or less connected partners may be answered"):
        ("Hai đối tác không gặp nhau trong phạm vi liên kết mà việc tìm kiếm được phép đọc quanh "
         "các đầu mối (nêu trong `detail`); với ít bước hơn hoặc đối tác ít liên kết hơn có thể "
         "có câu trả lời"),
    ("False when the search read only the strongest links of hubs on the way: a path as "
     "short through weaker links may exist."):
        ("False khi việc tìm kiếm chỉ đọc những liên kết mạnh nhất của các đầu mối trên đường "
         "đi: có thể có một đường ngắn bằng thế qua các liên kết yếu hơn."),
}
