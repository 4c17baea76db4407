//! Identities that are a contract with every Anki collection that imported a build: note GUIDs,
//! stable ids (deck and note type ids), deck names and tag strings. Unit tests pin the values; they
//! must never change between versions.

use sha2::{Digest, Sha256};

use crate::model::{CardId, Deck, Section, Slug, Tag as CardTag};

/// Anki's base-91 alphabet for GUIDs (the one Anki and Python genanki use).
const BASE91: &[u8; 91] =
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/// The note GUID of a card: derived only from the deck id and the card id, so editing a card's
/// question, answer, section or tags keeps its identity (and its study progress in Anki).
///
/// It is genanki's `guid_for("deckgen", deck_id, card_id)`: the first 8 bytes of the SHA-256 of
/// `deckgen__<deck id>__<card id>`, written in Anki's base-91 alphabet. The value must never change
/// between versions of deckgen; unit tests pin it.
pub fn note_guid(deck: &Slug, card: &CardId) -> String {
    let mut n = hash_u64(deck.as_str(), card.as_str());
    let mut out = Vec::new();
    while n > 0 {
        out.push(BASE91[(n % 91) as usize]);
        n /= 91;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// A stable 63-bit id derived from text (deck ids, note type ids): the first 8 bytes of a SHA-256,
/// kept positive and clear of the small ids Anki uses for its own objects.
pub fn stable_id(namespace: &str, key: &str) -> i64 {
    let n = hash_u64(namespace, key) >> 12; // < 2^52: exact in JSON numbers and JavaScript
    i64::try_from(n).unwrap_or(i64::MAX).max(1 << 32)
}

/// The first 8 bytes (big-endian) of the SHA-256 of `deckgen__<a>__<b>`: genanki's `guid_for`
/// digest, which [`note_guid`] and [`stable_id`] are built on.
fn hash_u64(a: &str, b: &str) -> u64 {
    let digest = Sha256::digest(format!("deckgen__{a}__{b}").as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

/// The Anki deck a section's cards go to: `<deck name>::<section title>`.
pub fn section_deck_name(deck: &Deck, section: &Section) -> String {
    format!(
        "{}::{}",
        deck_name_part(&deck.name),
        deck_name_part(&section.title)
    )
}

/// A deck or section name as one level of an Anki deck path (`::` would add a level).
pub fn deck_name_part(name: &str) -> String {
    name.replace("::", ":").trim().to_string()
}

/// The tag a card's note carries when it comes from the Anki CSV: `deckgen::<deck id>::<card
/// id>`. The stock note types the CSV uses have no `CardId` field and Anki's search has no GUID
/// operator, so this is how the change report's delete search finds such notes. Ids are slugs
/// (no spaces, no `::`), so the tag is one tag and names one card.
pub fn csv_id_tag(deck: &Slug, card: &str) -> String {
    format!("deckgen::{deck}::{card}")
}

/// Tags as Anki writes them: separated by spaces.
pub fn tag_string(tags: &[CardTag]) -> String {
    tags.iter()
        .map(CardTag::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}
