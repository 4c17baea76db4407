//! The progress line of long builds: a spinner with the current step and the files written,
//! on stderr, shown only when a build has taken more than a second, only on a terminal and never
//! with `--quiet` (so scripts, CI logs and pipes never see it).

use std::io::IsTerminal;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a build runs before the progress line appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// A progress line; does nothing when hidden.
pub struct Progress {
    bar: ProgressBar,
    stop: Option<(Sender<()>, JoinHandle<()>)>,
}

impl Progress {
    /// Starts tracking a build; the line appears after [`SHOW_AFTER`] if stderr is a terminal
    /// and `quiet` is off.
    pub fn start(quiet: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} {msg} · {pos} files written ({elapsed})")
        {
            bar.set_style(style);
        }
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar, stop: None };
        }
        // `DECKGEN_PROGRESS_AFTER_MS` changes the delay (the test suite sets 0).
        let after = std::env::var("DECKGEN_PROGRESS_AFTER_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(SHOW_AFTER, Duration::from_millis);
        if after.is_zero() {
            // At once, whatever the build's speed (no timer to race with a fast build).
            show(&bar);
            return Progress { bar, stop: None };
        }
        let (tx, rx) = mpsc::channel::<()>();
        let shown = bar.clone();
        let timer = std::thread::spawn(move || {
            // Nothing arrives within the delay: the build is still running, show the line.
            if rx.recv_timeout(after) == Err(mpsc::RecvTimeoutError::Timeout) {
                show(&shown);
            }
        });
        Progress {
            bar,
            stop: Some((tx, timer)),
        }
    }

    /// Names the current step.
    pub fn step(&self, message: impl Into<String>) {
        self.bar.set_message(message.into());
    }

    /// Counts a file written.
    pub fn file_done(&self) {
        self.bar.inc(1);
    }

    /// Clears the line (before the build prints its report).
    pub fn finish(mut self) {
        self.clear();
    }

    fn clear(&mut self) {
        if let Some((tx, timer)) = self.stop.take() {
            let _ = tx.send(());
            let _ = timer.join();
        }
        self.bar.finish_and_clear();
    }
}

/// Draws the line now and keeps its spinner turning.
fn show(bar: &ProgressBar) {
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar.tick();
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
