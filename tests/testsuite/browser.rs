//! The preview in a real browser: headless Chromium (Debian's `chromium`) loads a section page,
//! the test edits the section file, and the page must show the edit after reloading by itself.
//!
//! Chromium is driven over `--remote-debugging-pipe` (the DevTools protocol as NUL-separated JSON
//! on file descriptors 3 and 4), so no WebSocket client is needed. Without Chromium the test skips
//! with a visible message, except when `CI` is set: then it fails.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::serve::Server;
use crate::util::{fixture, replace_in};

/// The Chromium binary, or `None` (after saying why) when it is missing and `CI` is unset.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser"] {
        if Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
        {
            return Some(name);
        }
    }
    if std::env::var_os("CI").is_some() {
        panic!("chromium is required when CI is set (.ci/run installs it)");
    }
    crate::util::skipped("the browser test: chromium is not installed (apt-get install chromium)");
    None
}

/// A headless Chromium driven over the DevTools pipe.
struct Browser {
    child: Child,
    to: std::fs::File,
    from: std::fs::File,
    buffer: Vec<u8>,
    next_id: u64,
    session: String,
    _profile: tempfile::TempDir,
}

fn pipe() -> (OwnedFd, OwnedFd) {
    let mut fds = [0; 2];
    // SAFETY: pipe(2) fills two new descriptors that we then own.
    let rc = unsafe { libc::pipe(fds.as_mut_ptr()) };
    assert_eq!(rc, 0, "pipe");
    // SAFETY: both descriptors were just created and are owned by nobody else.
    unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) }
}

impl Browser {
    fn launch(binary: &str, url: &str) -> Browser {
        use std::os::fd::AsRawFd;
        let profile = tempfile::tempdir().unwrap();
        let (chrome_reads, we_write) = pipe();
        let (we_read, chrome_writes) = pipe();
        let (r, w) = (chrome_reads.as_raw_fd(), chrome_writes.as_raw_fd());
        let mut cmd = Command::new(binary);
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-pipe",
            "--window-size=1200,900",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls (dup2) between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if libc::dup2(r, 3) < 0 || libc::dup2(w, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start chromium");
        drop((chrome_reads, chrome_writes));
        let mut browser = Browser {
            child,
            to: std::fs::File::from(we_write),
            from: std::fs::File::from(we_read),
            buffer: Vec::new(),
            next_id: 0,
            session: String::new(),
            _profile: profile,
        };
        let targets = browser.call(None, "Target.getTargets", json!({}));
        let page = targets["targetInfos"]
            .as_array()
            .and_then(|t| t.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["targetId"].as_str())
            .expect("a page target")
            .to_string();
        let attached = browser.call(
            None,
            "Target.attachToTarget",
            json!({ "targetId": page, "flatten": true }),
        );
        browser.session = attached["sessionId"].as_str().expect("session").to_string();
        browser
    }

    /// Sends a DevTools command and waits for its answer (events in between are dropped).
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        let reply = self.try_call(session, method, params);
        assert!(reply.get("error").is_none(), "{method}: {reply}");
        reply["result"].clone()
    }

    /// [`Browser::call`], but an error answer is returned (as the whole message), not a panic.
    fn try_call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).expect("write to chromium");
        loop {
            let reply = self.read_message();
            if reply["id"] == id {
                return reply;
            }
        }
    }

    fn read_message(&mut self) -> Value {
        loop {
            if let Some(end) = self.buffer.iter().position(|b| *b == 0) {
                let message: Vec<u8> = self.buffer.drain(..=end).collect();
                return serde_json::from_slice(&message[..end]).expect("DevTools JSON");
            }
            let mut chunk = [0u8; 65536];
            let n = self.from.read(&mut chunk).expect("read from chromium");
            assert!(n > 0, "chromium closed the DevTools pipe");
            self.buffer.extend_from_slice(&chunk[..n]);
        }
    }

    /// Evaluates a JavaScript expression in the page; its value as a string (empty while the
    /// page is between two documents, which answers "navigated or closed").
    fn eval(&mut self, expression: &str) -> String {
        let session = self.session.clone();
        let reply = self.try_call(
            Some(&session),
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true }),
        );
        reply["result"]["result"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Polls `expression` every 20 ms until `done` accepts its value, at most `limit`.
    fn wait_for(
        &mut self,
        expression: &str,
        limit: Duration,
        done: impl Fn(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + limit;
        loop {
            let value = self.eval(expression);
            if done(&value) || Instant::now() > deadline {
                return value;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const STATE: &str = "(document.querySelector('meta[name=deckgen-generation]') || {}).content \
                     + '|' + (document.body ? document.body.innerText : '')";

#[test]
fn the_page_reloads_with_the_edit_after_a_save() {
    let Some(binary) = chromium() else {
        return;
    };
    let dir = fixture("sample");
    let content = dir.path().join("content");
    let server = Server::start(&content);
    let mut browser = Browser::launch(
        binary,
        &format!("http://127.0.0.1:{}/section/queues", server.port),
    );
    let loaded = browser.wait_for(STATE, Duration::from_secs(60), |v| {
        v.starts_with("1|") && v.contains("What does a message queue decouple?")
    });
    assert!(loaded.starts_with("1|"), "the page loads: {loaded}");
    // The page's event stream is open before the edit.
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.cards()["streams"].as_u64().unwrap_or(0) == 0 {
        assert!(Instant::now() < deadline, "the page never opened /events");
        std::thread::sleep(Duration::from_millis(20));
    }

    let saved = Instant::now();
    replace_in(
        &content.join("01-queues.md"),
        "What does a message queue decouple?",
        "What does a broker decouple?",
    );
    let after = browser.wait_for(STATE, Duration::from_secs(30), |v| {
        v.starts_with("2|") && v.contains("What does a broker decouple?")
    });
    let took = saved.elapsed();
    assert!(
        after.starts_with("2|") && after.contains("What does a broker decouple?"),
        "the page shows the edit after the reload: {after}"
    );
    assert!(!after.contains("What does a message queue decouple?"));
    eprintln!(
        "browser: save → page shows the edit in {} ms",
        took.as_millis()
    );
}

/// An SVG image whose author put a script in it, opened on its own from the preview (as a
/// user's "open image in new tab" does): the media route's Content-Security-Policy keeps the
/// script from running, while the picture itself loads.
#[test]
fn a_script_in_an_svg_image_does_not_run_when_the_picture_is_opened() {
    let Some(binary) = chromium() else {
        return;
    };
    let dir = fixture("pictures");
    let content = dir.path().join("content");
    std::fs::write(
        content.join("images/script.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">\
         <rect width=\"20\" height=\"20\" fill=\"teal\"/>\
         <script>document.documentElement.setAttribute('data-ran', 'yes')</script></svg>",
    )
    .unwrap();
    let file = content.join("01-pictures.md");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str(
        "\n## What does a scripted picture do? {#scripted}\n\nNothing:\n\n\
         ![A teal square](images/script.svg)\n",
    );
    std::fs::write(&file, text).unwrap();
    let server = Server::start(&content);
    let notes = server.cards()["deck"]["notes"].clone();
    let index = notes
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n["id"] == "scripted")
        .expect("the scripted card");
    let (_, side) = server.get(&format!("/card/{index}/0/back"));
    let start = side.find(r#"src="deckgen-"#).expect("the picture") + 5;
    let name = &side[start..start + side[start..].find('"').unwrap()];
    let mut browser = Browser::launch(
        binary,
        &format!("http://127.0.0.1:{}/media/{name}", server.port),
    );
    // The first document is `about:blank`; the picture's comes after it. A script in it would
    // have run by the time it is complete (scripts run while the document is parsed).
    let state = "location.protocol + '|' + document.readyState + '|' \
                 + document.documentElement.localName + '|' \
                 + document.documentElement.getAttribute('data-ran')";
    let loaded = browser.wait_for(state, Duration::from_secs(60), |v| {
        v.starts_with("http:|complete|")
    });
    assert_eq!(
        loaded, "http:|complete|svg|null",
        "the SVG loads and its script does not run"
    );
}
