//! Pictures on cards and sheets: Mermaid diagrams, images and highlighted code.
//!
//! Each submodule is one self-contained stage that takes text or bytes and returns data; none
//! writes files or knows about Anki, CSV or the PDF page layout:
//!
//! ```text
//! mermaid::render_diagram   fence text            → Diagram { light SVG, dark SVG, media names }
//! svg_pdf::SvgForm::from_svg SVG text             → a PDF Form XObject (lopdf objects) + size
//! image::load_image         path from Markdown    → ImageFile { bytes, format, pixels, media name }
//! highlight::highlight      code + language       → classed HTML for cards, coloured spans for PDF
//! ```
//!
//! Media names are content hashes ([`media_name`]), so an unchanged picture keeps its name from
//! build to build and a changed one gets a new name (Anki then updates the card in place).

pub mod fonts;
pub mod highlight;
pub mod image;
pub mod mermaid;
pub mod svg_pdf;

use sha2::{Digest, Sha256};

/// `deckgen-<16 hex>` (no extension): the first 64 bits of SHA-256 over `parts`, each part
/// length-prefixed so that `("ab", "c")` and `("a", "bc")` differ.
pub fn media_stem(parts: &[&[u8]]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    let digest = hash.finalize();
    let mut stem = String::with_capacity(8 + 16);
    stem.push_str("deckgen-");
    for byte in digest.iter().take(8) {
        stem.push_str(&format!("{byte:02x}"));
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_stems_are_short_stable_and_separate_their_parts() {
        let a = media_stem(&[b"ab", b"c"]);
        assert_eq!(a, media_stem(&[b"ab", b"c"]));
        assert_ne!(a, media_stem(&[b"a", b"bc"]));
        assert_eq!(a.len(), "deckgen-".len() + 16);
        assert!(a["deckgen-".len()..].bytes().all(|b| b.is_ascii_hexdigit()));
        // A fixed value (SHA-256 of 1u64 LE + "x"): names are a contract with every collection
        // that imported them, so the scheme must not drift.
        assert_eq!(media_stem(&[b"x"]), "deckgen-f91b14e7bbea4c5b");
    }
}
