//! `deckgen serve`: a live preview of the deck in the browser, on `127.0.0.1` only.
//!
//! Stages: a watcher thread reloads the content ([`preview::load`]: read, check, render every card
//! from the note types' templates) whenever deck.toml or a section file changes, bumps the
//! *generation* and wakes the pages' event streams, which reload the page. The PDFs are built on a
//! thread of their own after each change and kept in memory. The HTTP side ([`routes`],
//! [`pages`]) answers GET only and serves nothing from disk.

pub mod pages;
pub mod preview;
pub mod routes;
pub mod template;

use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, mpsc};
use std::time::{Duration, Instant};

use notify::{Event, EventKind, RecursiveMode, Watcher};
use tiny_http::{Method, Request, Server, StatusCode};

use crate::error::Error;
use crate::source::is_content_file;
use preview::{Content, Shown};
use routes::Route;

/// Quiet time after a file event before reloading: editors write a save as several events, and
/// they come within a few milliseconds of each other.
const DEBOUNCE: Duration = Duration::from_millis(40);

/// How often an idle event stream sends a comment, to notice a closed page.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// How long `/pdfs` and `/pdf/…` wait for the PDFs of the current content.
const PDF_WAIT: Duration = Duration::from_secs(120);

/// What `deckgen serve` needs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The content folder.
    pub content: PathBuf,
    /// The port on 127.0.0.1 (0: any free port).
    pub port: u16,
    /// Open the page in the default browser.
    pub open: bool,
}

/// Asks a running server to stop (Ctrl-C in the binary, a test's handle).
#[derive(Default)]
pub struct Stop {
    stopped: AtomicBool,
    server: Mutex<Option<Arc<Server>>>,
}

impl Stop {
    /// Stops the server: it finishes the requests under way and [`serve`] returns.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        if let Some(server) = lock(&self.server).as_ref() {
            server.unblock();
        }
    }

    /// Whether [`Stop::stop`] was called.
    pub fn is_stopped(&self) -> bool {
        self.stopped.load(Ordering::SeqCst)
    }
}

impl std::fmt::Debug for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stop")
            .field("stopped", &self.is_stopped())
            .finish_non_exhaustive()
    }
}

/// PDFs by their path under `pdf/`.
type PdfFiles = Arc<Vec<(String, Vec<u8>)>>;

/// The PDFs of one generation.
#[derive(Debug)]
enum Pdfs {
    Building,
    Ready(PdfFiles),
    Failed(Shown),
}

/// What the request threads share.
#[derive(Debug)]
struct State {
    generation: u64,
    content: Arc<Content>,
    pdfs: Pdfs,
}

#[derive(Debug)]
struct Shared {
    state: Mutex<State>,
    /// Open event streams (pages that will reload), reported in `/cards.json`.
    streams: std::sync::atomic::AtomicUsize,
    changed: Condvar,
    stop: Arc<Stop>,
    content_dir: PathBuf,
}

/// Runs the preview server until `stop` is called. Prints the address once it listens.
pub fn serve(
    options: &ServeOptions,
    stop: Arc<Stop>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let content_dir = options.content.clone();
    let meta = std::fs::metadata(&content_dir).map_err(|e| Error::io(&content_dir, e))?;
    if !meta.is_dir() {
        return Err(Error::NotADirectory(content_dir));
    }
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, options.port));
    let server = Server::http(addr).map_err(|e| {
        Error::Usage(format!(
            "cannot listen on {addr}: {e} (another program may use the port: try --port 0 for a free one)"
        ))
    })?;
    let server = Arc::new(server);
    *lock(&stop.server) = Some(Arc::clone(&server));
    let url = match server.server_addr().to_ip() {
        Some(a) => format!("http://{a}/"),
        None => format!("http://{addr}/"),
    };

    let started = Instant::now();
    let content = preview::load(&content_dir);
    report(&content, err);
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            generation: 1,
            content: Arc::new(content),
            pdfs: Pdfs::Building,
        }),
        changed: Condvar::new(),
        streams: std::sync::atomic::AtomicUsize::new(0),
        stop: Arc::clone(&stop),
        content_dir,
    });
    spawn_pdf_build(&shared, 1);
    let _watcher = watch(&shared)?;
    let _ = writeln!(
        out,
        "serving {url} (loaded in {:.2} s; Ctrl-C to stop)",
        started.elapsed().as_secs_f64()
    );
    let _ = out.flush();
    if options.open
        && let Err(e) = open::that_detached(&url)
    {
        {
            let _ = writeln!(
                err,
                "warning: cannot open a browser: {e}; open {url} yourself"
            );
        }
    }
    if stop.is_stopped() {
        server.unblock();
    }
    for request in server.incoming_requests() {
        if stop.is_stopped() {
            break;
        }
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || handle(&shared, request));
    }
    // Wake the event streams so that they end.
    stop.stopped.store(true, Ordering::SeqCst);
    shared.changed.notify_all();
    let _ = writeln!(out, "stopped");
    Ok(())
}

/// Prints what the content's check found, as `deckgen watch` does.
fn report(content: &Content, err: &mut dyn Write) {
    match content {
        Content::Broken(text) => {
            let _ = write!(err, "{text}");
            let _ = writeln!(
                err,
                "fix the problems above and save; the page shows them too"
            );
        }
        Content::Ready(view) if view.warning_count > 0 => {
            let _ = write!(err, "{}", view.warnings);
        }
        Content::Ready(_) => {}
    }
    let _ = err.flush();
}

/// Watches the content folder; every relevant change reloads the preview.
fn watch(shared: &Arc<Shared>) -> Result<notify::RecommendedWatcher, Error> {
    let dir = shared.content_dir.clone();
    let watch_err = |e: notify::Error| Error::Usage(format!("cannot watch {}: {e}", dir.display()));
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(tx).map_err(watch_err)?;
    watcher
        .watch(&dir, RecursiveMode::NonRecursive)
        .map_err(watch_err)?;
    let shared = Arc::clone(shared);
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut relevant = is_change(&first);
            while let Ok(next) = rx.recv_timeout(DEBOUNCE) {
                relevant |= is_change(&next);
            }
            if shared.stop.is_stopped() {
                break;
            }
            if relevant {
                reload(&shared);
            }
        }
    });
    Ok(watcher)
}

/// A change (not a read) to deck.toml or a section file.
fn is_change(event: &notify::Result<Event>) -> bool {
    event.as_ref().is_ok_and(|e| {
        matches!(
            e.kind,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
        ) && e.paths.iter().any(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_content_file)
        })
    })
}

/// Reloads the content, publishes it as the next generation and starts its PDF build.
fn reload(shared: &Arc<Shared>) {
    let started = Instant::now();
    let content = preview::load(&shared.content_dir);
    let mut stderr = std::io::stderr();
    report(&content, &mut stderr);
    let generation = {
        let mut state = lock(&shared.state);
        state.generation += 1;
        state.content = Arc::new(content);
        state.pdfs = Pdfs::Building;
        state.generation
    };
    shared.changed.notify_all();
    eprintln!(
        "reloaded in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    spawn_pdf_build(shared, generation);
}

/// Builds the PDFs of `generation` on a thread of its own; the result is dropped if the content
/// changed meanwhile.
fn spawn_pdf_build(shared: &Arc<Shared>, generation: u64) {
    let shared = Arc::clone(shared);
    std::thread::spawn(move || {
        let pdfs = match std::panic::catch_unwind(|| preview::build_pdfs(&shared.content_dir)) {
            Ok(Ok(files)) => Pdfs::Ready(Arc::new(files)),
            Ok(Err(shown)) => Pdfs::Failed(shown),
            Err(_) => Pdfs::Failed(Shown("the PDF exporter failed unexpectedly".to_string())),
        };
        let mut state = lock(&shared.state);
        if state.generation == generation {
            state.pdfs = pdfs;
            drop(state);
            shared.changed.notify_all();
        }
    });
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A response body, its type and any headers of its own.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    headers: &'static [(&'static str, &'static str)],
}

impl Reply {
    fn html(status: u16, body: String) -> Reply {
        Reply::new(status, "text/html; charset=utf-8", body.into_bytes())
    }

    fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            content_type,
            body,
            headers: &[],
        }
    }
}

/// The Content-Security-Policy of a media file. In a card's `<img>` an SVG never runs script,
/// but opened on its own (a new tab, a link) it is a document like any page of the preview's
/// origin: this lets it show itself (its inline styles, `data:` images) and nothing else: no
/// script, no request, no form, no plugin, no frame; `sandbox` also gives it an origin of its
/// own. (`X-Content-Type-Options: nosniff` comes with every answer.)
pub const MEDIA_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

fn handle(shared: &Shared, request: Request) {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_string());
    if host.is_some_and(|h| !routes::is_local_host(&h)) {
        let reply = Reply::html(
            403,
            "deckgen serve answers only requests addressed to 127.0.0.1 or localhost\n".to_string(),
        );
        respond(request, reply, &[]);
        return;
    }
    let route = routes::route(request.url());
    if *request.method() != Method::Get {
        let reply = if route == Route::NotFound {
            Reply::html(404, pages::not_found(0))
        } else {
            Reply::html(405, "only GET is allowed\n".to_string())
        };
        respond(request, reply, &[("Allow", "GET")]);
        return;
    }
    if route == Route::Events {
        shared.streams.fetch_add(1, Ordering::SeqCst);
        events(shared, request);
        shared.streams.fetch_sub(1, Ordering::SeqCst);
        return;
    }
    let reply = reply(shared, &route);
    respond(request, reply, &[]);
}

fn respond(request: Request, reply: Reply, extra: &[(&str, &str)]) {
    let length = reply.body.len().to_string();
    let headers = [
        ("Content-Type", reply.content_type),
        ("Content-Length", length.as_str()),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
    ];
    let head = response_head(
        reply.status,
        headers.iter().chain(reply.headers).chain(extra),
    );
    let mut writer = request.into_writer();
    // A page closed before its answer arrived is not an error worth reporting.
    let _ = writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.write_all(&reply.body))
        .and_then(|()| writer.flush());
}

/// The status line and headers of an answer, with `Connection: close`.
///
/// The answers are written here rather than by tiny_http because tiny_http keeps a connection
/// open whenever the browser asks for keep-alive, and gives each open connection a thread of a
/// pool whose queue can hold a new connection behind idle ones for minutes (seen with Chromium's
/// parallel frame loads). Closed after each answer, no connection lingers.
fn response_head<'a>(status: u16, headers: impl Iterator<Item = &'a (&'a str, &'a str)>) -> String {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\n",
        StatusCode(status).default_reason_phrase()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    head
}

/// The answer to a GET of `route` (not `/events`).
fn reply(shared: &Shared, route: &Route) -> Reply {
    if let Route::Asset(name) = route {
        let (_, content_type, text) = routes::ASSETS
            .iter()
            .find(|(n, _, _)| n == name)
            .copied()
            .unwrap_or(("", "text/plain", ""));
        return Reply::new(200, content_type, text.as_bytes().to_vec());
    }
    let (generation, content) = {
        let state = lock(&shared.state);
        (state.generation, Arc::clone(&state.content))
    };
    let deck = match &*content {
        Content::Broken(text) => {
            return match route {
                Route::NotFound => Reply::html(404, pages::not_found(generation)),
                _ => Reply::html(200, pages::error(text, generation)),
            };
        }
        Content::Ready(deck) => deck,
    };
    let not_found = || Reply::html(404, pages::not_found(generation));
    match route {
        Route::Index => Reply::html(200, pages::index(deck, generation)),
        Route::Section(id) => deck
            .sections
            .iter()
            .find(|s| &s.id == id)
            .map_or_else(not_found, |s| {
                Reply::html(200, pages::section(deck, s, generation))
            }),
        Route::Search(q) => Reply::html(200, pages::search(deck, q, generation)),
        Route::Tables => Reply::html(200, pages::tables(deck, generation)),
        Route::Card(view) => {
            pages::card_side(deck, *view).map_or_else(not_found, |html| Reply::html(200, html))
        }
        Route::CardsJson => {
            let json = serde_json::json!({
                "generation": generation,
                "streams": shared.streams.load(Ordering::SeqCst),
                "deck": deck,
            });
            Reply::new(200, "application/json", json.to_string().into_bytes())
        }
        Route::PdfList => match wait_for_pdfs(shared, generation) {
            Ok(files) => {
                let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
                Reply::html(200, pages::pdf_list(&names))
            }
            Err(shown) => Reply::html(
                200,
                format!("<pre>{}</pre>", template::escape_attribute(&shown.0)),
            ),
        },
        Route::Pdf(name) => match wait_for_pdfs(shared, generation) {
            Ok(files) => files
                .iter()
                .find(|(n, _)| n == name)
                .map_or_else(not_found, |(_, bytes)| {
                    Reply::new(200, "application/pdf", bytes.clone())
                }),
            Err(shown) => Reply::html(503, pages::error(&shown.0, generation)),
        },
        // Only a name the deck's cards use, of a picture type: nothing else is served.
        Route::Media(name) => match (deck.media.get(name), routes::media_type(name)) {
            (Some(bytes), Some(content_type)) => Reply {
                headers: &[("Content-Security-Policy", MEDIA_POLICY)],
                ..Reply::new(200, content_type, bytes.clone())
            },
            _ => not_found(),
        },
        Route::Asset(_) | Route::Events => not_found(),
        Route::NotFound => not_found(),
    }
}

/// Waits until the PDFs of `generation` (or a later one) are built.
fn wait_for_pdfs(shared: &Shared, generation: u64) -> Result<PdfFiles, Shown> {
    let deadline = Instant::now() + PDF_WAIT;
    let mut state = lock(&shared.state);
    loop {
        if state.generation >= generation {
            match &state.pdfs {
                Pdfs::Ready(files) => return Ok(Arc::clone(files)),
                Pdfs::Failed(shown) => return Err(shown.clone()),
                Pdfs::Building => {}
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || shared.stop.is_stopped() {
            return Err(Shown(
                "the PDFs are still being built; reload the page".to_string(),
            ));
        }
        state = shared
            .changed
            .wait_timeout(state, left)
            .unwrap_or_else(|p| p.into_inner())
            .0;
    }
}

/// `/events`: a server-sent event stream. It sends the current generation at once, then each new
/// one; the page reloads when it differs from the one it shows.
fn events(shared: &Shared, request: Request) {
    let mut writer = request.into_writer();
    let head = response_head(
        200,
        [
            ("Content-Type", "text/event-stream"),
            ("Cache-Control", "no-store"),
        ]
        .iter(),
    );
    if writer
        .write_all(format!("{head}retry: 250\n\n").as_bytes())
        .is_err()
    {
        return;
    }
    let mut sent = 0;
    let mut state = lock(&shared.state);
    loop {
        if shared.stop.is_stopped() {
            return;
        }
        let message = if state.generation != sent {
            sent = state.generation;
            format!("data: {sent}\n\n")
        } else {
            ": keep-alive\n\n".to_string()
        };
        drop(state);
        if writer.write_all(message.as_bytes()).is_err() || writer.flush().is_err() {
            return;
        }
        state = lock(&shared.state);
        if state.generation == sent && !shared.stop.is_stopped() {
            state = shared
                .changed
                .wait_timeout(state, KEEP_ALIVE)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }
}
