//! `deckgen serve`: routes, 404s for traversal attempts, loopback only, Ctrl-C, live reload, the
//! error page, and the card HTML against the `.apkg` and Anki's own renderer.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{deckgen, fixture, replace_in, root};

/// A running `deckgen serve`, interrupted (then killed) when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    pub stdout: BufReader<std::process::ChildStdout>,
}

impl Server {
    /// Starts `deckgen serve --port 0` on `content` and waits for its address.
    pub fn start(content: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_deckgen"))
            .args(["serve", "--port", "0", "--content"])
            .arg(content)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start deckgen serve");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("read the address");
        let port = line
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no loopback address in {line:?}"));
        Server {
            child,
            port,
            stdout,
        }
    }

    /// GETs `target` (sent as is, not normalised): status and body.
    pub fn get(&self, target: &str) -> (u16, String) {
        let (status, body) = self.request("GET", target);
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    /// Sends one request and reads the whole answer.
    pub fn request(&self, method: &str, target: &str) -> (u16, Vec<u8>) {
        self.request_to("127.0.0.1", method, target)
    }

    /// [`Server::request`] with a `Host` header of our choosing.
    pub fn request_to(&self, host: &str, method: &str, target: &str) -> (u16, Vec<u8>) {
        let (status, _, body) = self.exchange(host, method, target);
        (status, body)
    }

    /// One request: status, the head (status line and headers), and the body.
    pub fn exchange(&self, host: &str, method: &str, target: &str) -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(150))).unwrap();
        write!(
            s,
            "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{method} {target}: {e}"));
        let head_end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of head");
        let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|c| c.parse().ok())
            .expect("status");
        let mut body = raw[head_end + 4..].to_vec();
        if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            body = dechunk(&body);
        }
        (status, head, body)
    }

    /// `/cards.json`.
    pub fn cards(&self) -> serde_json::Value {
        serde_json::from_str(&self.get("/cards.json").1).expect("cards.json")
    }

    /// Sends SIGINT (Ctrl-C) and waits for the exit, at most `limit`.
    pub fn interrupt(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        // SAFETY: kill(2) on our own child's pid.
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGINT);
        }
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.interrupt(Duration::from_secs(5)).is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size = usize::from_str_radix(std::str::from_utf8(&body[..eol]).unwrap().trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[eol + 2..eol + 2 + size]);
        body = &body[eol + 2 + size + 2..];
    }
}

/// Reads server-sent events until one `data:` line differs from `seen`; returns it.
fn next_event(stream: &mut BufReader<TcpStream>, seen: &str) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        let n = stream.read_line(&mut line).expect("read event");
        assert!(n > 0, "event stream closed");
        if let Some(data) = line.trim_end().strip_prefix("data: ")
            && data != seen
        {
            return data.to_string();
        }
    }
}

fn open_events(port: u16) -> BufReader<TcpStream> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    BufReader::new(s)
}

#[test]
fn routes_answer_get_only() {
    let dir = fixture("sample");
    let server = Server::start(&dir.path().join("content"));
    let (status, index) = server.get("/");
    assert_eq!(status, 200);
    assert!(index.contains("Sample Deck"), "{index}");
    assert!(index.contains("href=\"/section/queues\""));
    let (status, section) = server.get("/section/queues");
    assert_eq!(status, 200);
    assert!(section.contains("/card/0/0/front"), "{section}");
    let (status, card) = server.get("/card/0/0/back?night=1");
    assert_eq!(status, 200);
    assert!(
        card.contains("class=\"card card1 nightMode night_mode\""),
        "{card}"
    );
    assert!(
        card.contains(".nightMode"),
        "the note type's CSS is in the card"
    );
    let (status, search) = server.get("/search?q=CRASHES+redelivered");
    assert_eq!(status, 200);
    assert!(search.contains("1 note for"), "{search}");
    let (status, tables) = server.get("/tables");
    assert_eq!(status, 200);
    assert!(tables.contains("<table>"), "{tables}");
    assert_eq!(server.get("/assets/preview.js").0, 200);
    let (status, pdfs) = server.get("/pdfs");
    assert_eq!(status, 200);
    let first_pdf = pdfs
        .split("href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no PDF link in {pdfs}"));
    let (status, pdf) = server.request("GET", first_pdf);
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF-"), "{first_pdf} is a PDF");
    for method in ["POST", "PUT", "DELETE"] {
        assert_eq!(server.request(method, "/").0, 405, "{method}");
    }
    assert_eq!(server.get("/section/nope").0, 404);
    // A page elsewhere whose name was rebound to 127.0.0.1 gets nothing.
    let port = server.port;
    assert_eq!(
        server
            .request_to(&format!("localhost:{port}"), "GET", "/")
            .0,
        200
    );
    let (status, body) = server.request_to(&format!("evil.example:{port}"), "GET", "/cards.json");
    assert_eq!(status, 403);
    assert!(!String::from_utf8_lossy(&body).contains("Sample Deck"));
    assert_eq!(server.get("/card/999/0/front").0, 404);
}

#[test]
fn traversal_attempts_are_404_and_serve_nothing_outside() {
    let dir = fixture("sample");
    std::fs::write(dir.path().join("secret.txt"), "TOP SECRET").unwrap();
    let server = Server::start(&dir.path().join("content"));
    for target in [
        "/../secret.txt",
        "/assets/../../secret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/pdf/..%2F..%2Fsecret.txt.pdf",
        "/pdf/..%5c..%5csecret.pdf",
        "/section/..",
        "/section/%2e%2e",
        "/assets/preview.css%00.txt",
        "/content/01-queues.md",
        "/01-queues.md",
        "/deck.toml",
        "/etc/passwd",
    ] {
        let (status, body) = server.get(target);
        assert_eq!(status, 404, "{target}");
        assert!(!body.contains("TOP SECRET"), "{target}");
        assert!(!body.contains("+++"), "{target} served a content file");
    }
}

#[test]
fn binds_to_loopback_only() {
    let dir = fixture("sample");
    let server = Server::start(&dir.path().join("content"));
    let Ok(table) = std::fs::read_to_string("/proc/net/tcp") else {
        crate::util::skipped("binds_to_loopback_only: no /proc/net/tcp on this system");
        return;
    };
    let port = format!("{:04X}", server.port);
    let listening: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let (addr, p) = f.get(1)?.split_once(':')?;
            (p == port && f.get(3) == Some(&"0A")).then_some(addr)
        })
        .collect();
    assert_eq!(
        listening,
        ["0100007F"],
        "listens on 127.0.0.1 and nothing else"
    );
    let v6 = std::fs::read_to_string("/proc/net/tcp6").unwrap_or_default();
    assert!(
        !v6.lines()
            .any(|l| l.contains(&format!(":{port} ")) && l.contains(" 0A ")),
        "no IPv6 listener"
    );
}

#[test]
fn stops_cleanly_on_ctrl_c() {
    let dir = fixture("sample");
    let mut server = Server::start(&dir.path().join("content"));
    // An open event stream must not keep it running.
    let _events = open_events(server.port);
    assert_eq!(server.get("/").0, 200);
    let status = server
        .interrupt(Duration::from_secs(10))
        .expect("deckgen serve stops within 10 s of SIGINT");
    assert!(status.success(), "{status:?}");
    let mut rest = String::new();
    server.stdout.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("stopped"), "{rest}");
}

#[test]
fn a_save_reloads_and_an_error_replaces_the_page_until_fixed() {
    let dir = fixture("sample");
    let content = dir.path().join("content");
    let server = Server::start(&content);
    let mut events = open_events(server.port);
    let first = next_event(&mut events, "");
    let file = content.join("01-queues.md");

    let saved = Instant::now();
    replace_in(
        &file,
        "What does a message queue decouple?",
        "What does a message queue decouple, really?",
    );
    let second = next_event(&mut events, &first);
    let latency = saved.elapsed();
    let (_, page) = server.get("/section/queues");
    eprintln!(
        "save → reload event {} ms, → page {} ms",
        latency.as_millis(),
        saved.elapsed().as_millis()
    );
    assert!(latency < Duration::from_secs(2), "{latency:?}");
    assert!(page.contains("really?"), "the page shows the edit");

    replace_in(&file, "{#queue-decoupling}", "{#queue-decoupling .clozee}");
    let third = next_event(&mut events, &second);
    let (status, page) = server.get("/");
    assert_eq!(status, 200);
    let check = deckgen(dir.path(), &["check"]);
    check.expect_code(1);
    let escaped = check
        .stderr
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;");
    let first_line = escaped.lines().next().unwrap();
    assert!(page.contains("The content has errors"), "{page}");
    assert!(page.contains(first_line), "{first_line} in {page}");
    assert!(page.contains("01-queues.md:"), "file and line");
    assert!(page.contains("^"), "caret");
    assert!(page.contains("= help:"), "hint");

    replace_in(&file, "{#queue-decoupling .clozee}", "{#queue-decoupling}");
    next_event(&mut events, &third);
    let (_, page) = server.get("/");
    assert!(!page.contains("The content has errors"));
    assert!(page.contains("Sample Deck"));
}

/// The fields the preview shows are the `.apkg`'s fields, byte for byte.
#[test]
fn field_html_is_the_apkg_field_html() {
    let dir = fixture("sample");
    deckgen(dir.path(), &["build", "--format", "apkg", "-q"]).expect_code(0);
    let apkg = std::fs::read_dir(dir.path().join("output"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "apkg"))
        .expect("an .apkg");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&apkg).unwrap()).unwrap();
    let db = dir.path().join("collection.anki2");
    std::io::copy(
        &mut zip.by_name("collection.anki2").unwrap(),
        &mut std::fs::File::create(&db).unwrap(),
    )
    .unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn.prepare("SELECT guid, flds FROM notes").unwrap();
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();

    let server = Server::start(&dir.path().join("content"));
    let cards = server.cards();
    let notes = cards["deck"]["notes"].as_array().unwrap();
    assert_eq!(notes.len(), rows.len());
    for (index, note) in notes.iter().enumerate() {
        let guid = note["guid"].as_str().unwrap();
        let (_, flds) = rows.iter().find(|(g, _)| g == guid).expect("note in apkg");
        let fields: Vec<&str> = note["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f[1].as_str().unwrap())
            .collect();
        assert_eq!(fields.join("\u{1f}"), *flds, "{guid}");
        // The served card side holds the question field as it is (cloze fronts are transformed).
        if note["kind"] != "cloze" {
            let (_, side) = server.get(&format!("/card/{index}/0/front"));
            assert!(side.contains(fields[0]), "{side}");
        }
    }
}

/// Every card side matches what Anki 26.9.3 renders for the same package (golden file made with
/// Anki's renderer, see its `about`).
#[test]
fn card_sides_match_ankis_renderer() {
    let golden: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/testsuite/golden/anki_render_sample.json"))
            .unwrap(),
    )
    .unwrap();
    let content = crate::util::fixture_dir("sample").join("content");
    let deckgen::serve::preview::Content::Ready(view) = deckgen::serve::preview::load(&content)
    else {
        panic!("the sample loads");
    };
    let mut compared = 0;
    for expected in golden["notes"].as_array().unwrap() {
        let note = view
            .notes
            .iter()
            .find(|n| n.guid == expected["guid"].as_str().unwrap())
            .expect("note");
        for card in expected["cards"].as_array().unwrap() {
            let ours = note
                .cards
                .iter()
                .find(|c| u64::from(c.ord) == card["ord"].as_u64().unwrap())
                .expect("card");
            assert_eq!(
                ours.front,
                card["question"].as_str().unwrap(),
                "{}",
                note.id
            );
            assert_eq!(ours.back, card["answer"].as_str().unwrap(), "{}", note.id);
            compared += 1;
        }
    }
    assert_eq!(
        compared,
        view.notes.iter().map(|n| n.cards.len()).sum::<usize>()
    );
}

/// The same check against Anki itself, live: the preview's card sides equal what Anki renders for
/// the `.apkg` built from the same content (the shipped deck, every card). Skips without the Anki
/// harness unless `CI` is set.
#[test]
fn card_sides_match_ankis_renderer_live() {
    let Some(python) = crate::anki::python() else {
        return;
    };
    let dir = crate::util::shipped();
    deckgen(dir.path(), &["build", "--format", "apkg", "-q"]).expect_code(0);
    let apkg = std::fs::read_dir(dir.path().join("output"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "apkg"))
        .expect("an .apkg");
    let report = crate::anki::run(
        &python,
        "inspect_apkg.py",
        &[apkg.to_str().unwrap(), "--json", "--render"],
    );
    report.expect_ok();
    let deckgen::serve::preview::Content::Ready(view) =
        deckgen::serve::preview::load(&dir.path().join("content"))
    else {
        panic!("the shipped deck loads");
    };
    let strip_style = |html: &str| match html.strip_prefix("<style>") {
        Some(rest) => rest
            .split_once("</style>")
            .map_or("", |(_, r)| r)
            .to_string(),
        None => html.to_string(),
    };
    let mut compared = 0;
    for note in report.json["notes"].as_array().unwrap() {
        let ours = view
            .notes
            .iter()
            .find(|n| n.guid == note["guid"].as_str().unwrap())
            .expect("note in the preview");
        for card in note["cards"].as_array().unwrap() {
            let side = ours
                .cards
                .iter()
                .find(|c| u64::from(c.ord) == card["ord"].as_u64().unwrap())
                .expect("card in the preview");
            assert_eq!(side.front, strip_style(card["question"].as_str().unwrap()));
            assert_eq!(side.back, strip_style(card["answer"].as_str().unwrap()));
            compared += 1;
        }
    }
    assert_eq!(
        compared,
        view.notes.iter().map(|n| n.cards.len()).sum::<usize>()
    );
}

#[test]
fn a_missing_folder_or_a_busy_port_is_a_usage_error() {
    let dir = fixture("sample");
    deckgen(dir.path(), &["serve", "--content", "nope", "--port", "0"])
        .expect_code(2)
        .expect_stderr("nope");
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    deckgen(dir.path(), &["serve", "--port", &port])
        .expect_code(2)
        .expect_stderr("try --port 0");
}

/// The media a card uses are served from memory, byte for byte as the `.apkg` carries them, and
/// the card documents find them there; nothing else is served under `/media/`.
#[test]
fn card_pictures_are_served_as_the_apkg_carries_them() {
    let dir = fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "apkg", "-q"]).expect_code(0);
    let apkg = std::fs::read_dir(dir.path().join("output"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "apkg"))
        .expect("an .apkg");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&apkg).unwrap()).unwrap();
    let mut map = String::new();
    zip.by_name("media")
        .unwrap()
        .read_to_string(&mut map)
        .unwrap();
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&map).unwrap();
    let mut packed = std::collections::BTreeMap::new();
    for (entry, name) in map {
        let mut bytes = Vec::new();
        zip.by_name(&entry)
            .unwrap()
            .read_to_end(&mut bytes)
            .unwrap();
        packed.insert(name, bytes);
    }
    assert_eq!(packed.len(), 6, "two diagrams in two themes, two images");

    let server = Server::start(&dir.path().join("content"));
    let types = [(".svg", "image/svg+xml"), (".png", "image/png")];
    for (name, bytes) in &packed {
        let (status, head, body) = server.exchange("127.0.0.1", "GET", &format!("/media/{name}"));
        assert_eq!(status, 200, "{name}");
        let (_, want) = types
            .iter()
            .find(|(ext, _)| name.ends_with(ext))
            .expect("a picture type");
        assert!(
            head.to_ascii_lowercase()
                .contains(&format!("content-type: {want}")),
            "{name}: {head}"
        );
        assert!(body == *bytes, "{name} differs from the .apkg's");
        // Opened on its own, a picture is a document that may run nothing.
        let head = head.to_ascii_lowercase();
        assert!(
            head.contains("content-security-policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox\r\n"),
            "{name}: {head}"
        );
        assert!(
            head.contains("x-content-type-options: nosniff"),
            "{name}: {head}"
        );
    }
    // The preview's own pages are not sandboxed (the section page runs its script).
    let (_, head, _) = server.exchange("127.0.0.1", "GET", "/section/pictures");
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("content-security-policy"),
        "{head}"
    );

    // The card document refers to a diagram by bare name and resolves it under /media/.
    let notes = server.cards()["deck"]["notes"].clone();
    let index = notes
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n["id"] == "dlq")
        .expect("the dlq card");
    let (status, side) = server.get(&format!("/card/{index}/0/back"));
    assert_eq!(status, 200);
    assert!(side.contains(r#"<base href="/media/">"#), "{side}");
    let start = side.find(r#"src="deckgen-"#).expect("a picture") + 5;
    let name = &side[start..start + side[start..].find('"').unwrap()];
    assert!(packed.contains_key(name), "{name}");
    assert_eq!(server.get(&format!("/media/{name}")).0, 200);

    for target in [
        "/media/deckgen-0000000000000000.svg",
        "/media/01-pictures.md",
        "/media/deck.toml",
        "/media/..%2fdeck.toml",
        "/media/%2e%2e/deck.toml",
        "/media/%2E%2E%2F01-pictures.md",
        "/media/../content/deck.toml",
        "/media/images/square.png",
        &format!("/media/{name}/x"),
    ] {
        assert_eq!(server.get(target).0, 404, "{target}");
    }
}

/// A section page shows the key points' pictures as the deck overview in Anki does (the
/// sub-deck's description): the diagram drawn inline in both themes, highlighted code with its
/// colours, an image as a data URL; never Mermaid source or a bare media name.
#[test]
fn key_points_show_their_pictures_on_the_section_page() {
    let dir = fixture("pictures");
    let file = dir.path().join("content/01-pictures.md");
    replace_in(
        &file,
        "    Broker --> Subscriber2\n```\n",
        "    Broker --> Subscriber2\n```\n\n```java\nint retries = 3;\n```\n\n\
         ![A square standing for the broker](images/square.png)\n",
    );
    let server = Server::start(&dir.path().join("content"));
    let (status, page) = server.get("/section/pictures");
    assert_eq!(status, 200, "{page}");
    let start = page.find("<div class=\"key-points\">").expect("key points");
    let end = page[start..]
        .find("<article")
        .map_or(page.len(), |i| start + i);
    let key_points = &page[start..end];
    for theme in ["dg-light", "dg-dark"] {
        assert!(
            key_points.contains(&format!("<div class=\"dg {theme}\"><svg")),
            "{theme}: {key_points}"
        );
    }
    assert!(key_points.contains("Subscriber1"), "{key_points}");
    assert!(!key_points.contains("graph LR"), "no Mermaid source");
    assert!(
        key_points.contains("<pre class=\"hl-code\">") && key_points.contains(".hl-"),
        "highlighted code and its CSS: {key_points}"
    );
    assert!(
        key_points.contains("<img src=\"data:image/png;base64,"),
        "the image: {key_points}"
    );
    assert!(!key_points.contains("images/square"), "{key_points}");
}
