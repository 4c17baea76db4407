//! Third-party renderers (merman for diagrams, usvg/svg2pdf for the PDF drawings) run on the
//! user's input and may panic. [`catch`] runs one behind `catch_unwind` and returns what the panic
//! said, so that the caller reports it like any other failure (a content error, an export error),
//! and keeps the panic hook quiet meanwhile: the panic is reported once, by deckgen, not also as
//! a "thread panicked" line.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs a renderer through [`catch`].
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `render`; a panic in it becomes `Err` with the panic's message.
pub fn catch<T>(render: impl FnOnce() -> T) -> Result<T, String> {
    quiet_panics();
    let was = QUIET.with(|q| q.replace(true));
    let result = catch_unwind(AssertUnwindSafe(render));
    QUIET.with(|q| q.set(was));
    result.map_err(|payload| message(payload.as_ref()))
}

/// What a caught panic said (its `&str` or `String` payload).
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned())
}

/// Installs (once per process) a panic hook that says nothing for a panic inside [`catch`] and
/// hands every other panic to the hook that was there before.
fn quiet_panics() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_its_message_and_the_hook_is_quiet_only_inside() {
        let mut inside = false;
        let caught: Result<(), String> = catch(|| {
            inside = QUIET.with(Cell::get);
            panic!("boom {}", 1)
        });
        assert_eq!(caught, Err("boom 1".to_owned()));
        assert!(inside, "quiet inside");
        assert!(!QUIET.with(Cell::get), "loud again after");
        assert_eq!(
            catch(|| std::panic::panic_any(42_u8)),
            Err("unknown panic".to_owned())
        );
        assert_eq!(catch(|| "fine"), Ok("fine"));
        // Nested: the outer call stays quiet after the inner one ends.
        let outer = catch(|| {
            let _ = catch(|| panic!("inner"));
            QUIET.with(Cell::get)
        });
        assert_eq!(outer, Ok(true));
    }
}
