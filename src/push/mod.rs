//! `deckgen push`: make a running Anki hold exactly the built deck, through the AnkiConnect
//! add-on. The stages, each with its own types:
//!
//! ```text
//! target::Target::new   Deck + rendered cards   → the notes, decks and note types Anki should
//!                                                  hold (built by the .apkg exporter's own code)
//! state::fetch          AnkiConnect (read only)  → AnkiState: deckgen's notes in Anki, by CardId
//! plan::plan            Target + AnkiState       → Plan: add / update / move / remove, note-type
//!                                                  updates, missing decks
//! apply::push           Plan                     → changes in Anki, then fetch and plan again until
//!                                                  nothing is left (verify and repair)
//! ```
//!
//! Identity: a note is deckgen's when its note type is one of deckgen's (by the note types' fixed
//! ids) and it lies in the deck's tree; it is matched to a card by its `CardId` field, so notes
//! first imported from the `.apkg` are the same notes. New notes are added by importing a package
//! of just those notes, written by the `.apkg` exporter (AnkiConnect's `addNote` cannot set a
//! GUID, and deckgen's notes must keep the GUIDs the `.apkg` gives them); the same import creates
//! the note types that are missing, with their fixed ids. Every step is safe to repeat, and each
//! round ends by reading Anki again, so a push cut off half way converges when run again, and a
//! step the add-on reports done but did not do (a known class of AnkiConnect bugs) is redone.
//!
//! Media: the files the cards use (diagrams, images; named `deckgen-<content hash>…`) that
//! Anki's media folder lacks go up with `storeMediaFile` before the notes that use them, so the
//! package of new notes carries none. Files a push made unused stay for Anki's "Check Media".

pub mod apply;
pub mod client;
pub mod plan;
pub mod state;
pub mod target;

pub use apply::{Observer, PushOutcome, push};
pub use client::{ApiKey, Client, DEFAULT_URL, Endpoint};
pub use plan::{Plan, PlanItem, plan};
pub use state::{AnkiState, fetch};
pub use target::Target;

/// The tag a note gets when its card is no longer in the content.
pub const REMOVED_TAG: &str = "deckgen::removed";

/// Why a push failed. Each message says what to do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    /// The URL is not one deckgen will talk to.
    #[error("cannot use `{url}`: {why}")]
    BadUrl {
        /// The URL given.
        url: String,
        /// What is wrong.
        why: String,
    },
    /// Nothing answers.
    #[error(
        "Anki is not answering at {url} ({message}); start Anki with the AnkiConnect add-on \
         (code 2055492159) installed, or pass --url if it listens elsewhere"
    )]
    NotRunning {
        /// Where deckgen knocked.
        url: String,
        /// What the connection said.
        message: String,
    },
    /// Anki answered, then stopped.
    #[error(
        "Anki stopped answering at {url} in the middle of the push ({message}); nothing is lost: \
         start Anki again and run `deckgen push` again, it finishes the job"
    )]
    ConnectionLost {
        /// Where.
        url: String,
        /// What the connection said.
        message: String,
    },
    /// The key was refused.
    #[error(
        "AnkiConnect refused the API key; pass the key set in Anki (Tools → Add-ons → AnkiConnect \
         → Config, `apiKey`) with --api-key or DECKGEN_ANKI_API_KEY"
    )]
    WrongKey,
    /// HTTP 403: an origin AnkiConnect does not allow.
    #[error("AnkiConnect refused the request (HTTP 403); check `webCorsOriginList` in its config")]
    Forbidden,
    /// Version below 6.
    #[error(
        "AnkiConnect speaks API version {version}; deckgen needs version 6: update the add-on \
         (Tools → Add-ons → Check for Updates)"
    )]
    TooOld {
        /// What it said.
        version: u64,
    },
    /// An action the add-on does not know.
    #[error(
        "AnkiConnect does not know the action `{action}`; update the add-on (Tools → Add-ons → \
         Check for Updates)"
    )]
    Unsupported {
        /// The action.
        action: &'static str,
    },
    /// No profile open.
    #[error("Anki has no collection open; open your profile in Anki and push again")]
    NoCollection,
    /// An answer deckgen cannot read.
    #[error("AnkiConnect gave an unexpected answer to `{action}`: {message}")]
    Protocol {
        /// The action.
        action: &'static str,
        /// What was wrong.
        message: String,
    },
    /// Anki refused an action.
    #[error("Anki refused `{action}`: {message}; fix the cause and push again (nothing is lost)")]
    Anki {
        /// The action.
        action: &'static str,
        /// Anki's message.
        message: String,
    },
    /// Anki refused to store one card's note.
    #[error(
        "Anki refused card `{card}`: {message}; fix the card (or what Anki objects to) and push \
         again: the rest of the push is safe to repeat"
    )]
    Rejected {
        /// The card id.
        card: String,
        /// Anki's message.
        message: String,
    },
    /// A note type with deckgen's name or id has other fields or card templates.
    #[error(
        "note type `{name}` in Anki differs from deckgen's: {difference}; deckgen will not change \
         it. Rename it in Anki (Tools → Manage Note Types) so that deckgen creates its own, or \
         restore {expected}"
    )]
    NoteTypeDiffers {
        /// Its name in Anki.
        name: String,
        /// What differs.
        difference: String,
        /// What deckgen expects.
        expected: String,
    },
    /// Cards whose kind changed: Anki cannot change a note's type through AnkiConnect.
    #[error(
        "{} changed kind (basic, reverse, cloze) since they were pushed: {}; AnkiConnect cannot \
         change a note's type. In Anki: Browse, search `{}`, select each note, Notes → Change Note \
         Type to the note type of its new kind (the first card keeps its reviews), then push again \
         (or delete the notes there to start them over)",
        .ids.len(), .ids.join(", "), .search
    )]
    KindChanged {
        /// Card ids.
        ids: Vec<String>,
        /// An Anki search for them.
        search: String,
    },
    /// Anki did not take a change, even after retries.
    #[error(
        "Anki did not take every change after {rounds} attempts ({left}); close Anki's browser \
         and card editor windows and push again"
    )]
    NotConverging {
        /// Rounds tried.
        rounds: usize,
        /// What was left.
        left: String,
    },
    /// Writing the package of new notes failed.
    #[error("cannot write the package of new notes: {0}")]
    Package(#[source] Box<crate::Error>),
}
