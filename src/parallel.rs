//! A small ordered parallel map over scoped threads (no thread pool dependency): the per-file and
//! per-section work of a build is independent, and the machines deckgen runs on have a few cores.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many items the work is done on the calling thread (threads cost more than they save).
const MIN_PARALLEL: usize = 2;

/// `items.iter().map(f).collect()`, in order, spread over the available cores. Threads take the
/// next item as they finish one, so a few expensive items (a huge PDF) do not leave a core idle.
pub fn map<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    run(items, f, false)
}

/// [`map`] with the calling thread as one of the workers. What it allocates comes from its own
/// malloc arena, which on the main thread holds what was freed before (the source texts once the
/// deck is loaded): results that outlive the call, made this way, fill that memory instead of
/// fresh memory. The rendered cards of a 100,000-card build peaked 30 MB higher in about one
/// build of four when only spawned threads made them.
pub fn map_here<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    run(items, f, true)
}

fn run<T, R, F>(items: &[T], f: F, here: bool) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(8)
        .min(items.len());
    if threads <= 1 || items.len() < MIN_PARALLEL {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    let work = move || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
        }
        mine
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let spawned = if here { threads - 1 } else { threads };
        let handles: Vec<_> = (0..spawned).map(|_| scope.spawn(work)).collect();
        let mut all = Vec::with_capacity(items.len());
        if here {
            all.extend(work());
        }
        for h in handles {
            match h.join() {
                Ok(part) => all.extend(part),
                // A panic in `f` is a bug; re-raise it on this thread with its original payload.
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
        all
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order() {
        let items: Vec<u32> = (0..1000).collect();
        assert_eq!(
            map(&items, |x| x * 2),
            items.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
        assert_eq!(map(&[1, 2], |x| x + 1), vec![2, 3]);
        assert!(map(&Vec::<u8>::new(), |x| *x).is_empty());
    }

    #[test]
    fn map_here_keeps_order_and_works_on_the_calling_thread() {
        let items: Vec<u32> = (0..200).collect();
        let me = std::thread::current().id();
        let ran: Vec<(u32, bool)> = map_here(&items, |x| {
            // Slow enough that every worker gets items.
            std::thread::sleep(std::time::Duration::from_micros(200));
            (x * 2, std::thread::current().id() == me)
        });
        assert_eq!(
            ran.iter().map(|r| r.0).collect::<Vec<_>>(),
            items.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
        assert!(
            ran.iter().any(|r| r.1),
            "the calling thread did some of the work"
        );
        let spawned = map(&items, |_| std::thread::current().id() == me);
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        assert!(cores == 1 || spawned.iter().all(|on_caller| !on_caller));
    }
}
