//! A small ordered parallel map over scoped threads (no thread pool dependency): the per-file and
//! per-section work of a build is independent, and the machines deckgen runs on have a few cores.

use std::num::NonZeroUsize;

/// Below this many items the work is done on the calling thread (threads cost more than they save).
const MIN_PARALLEL: usize = 8;

/// `items.iter().map(f).collect()`, in order, spread over the available cores.
pub fn map<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(8);
    if threads == 1 || items.len() < MIN_PARALLEL {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for h in handles {
            match h.join() {
                Ok(part) => out.extend(part),
                // A panic in `f` is a bug; re-raise it on this thread with its original payload.
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
        out
    })
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
}
