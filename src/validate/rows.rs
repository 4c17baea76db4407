//! The ids of table rows: `<table id>/<row id>`, where the row id is set at the end of the first
//! cell (`| text {#row-id} | ... |`) or made from the first cell's words.
//!
//! Derived ids are the slug of the first cell, cut to about 80 characters; the rule is kept as it
//! was so that no existing row card changes its identity. Two rows whose ids collide are an
//! error that says whether the cut made them collide.

use crate::diag_kind::DiagnosticKind;
use crate::model::Slug;

/// A row's id and the first cell it names the row with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowId {
    /// The row's slug.
    pub slug: Slug,
    /// The first cell without an explicit `{#row-id}`.
    pub cell: String,
    /// Whether the id was set in the cell (not derived).
    pub explicit: bool,
}

/// The id of the row whose first cell is `first` (inline Markdown, trimmed), or the problem.
pub fn row_id(first: &str) -> Result<RowId, DiagnosticKind> {
    if let Some((cell, id)) = explicit_id(first) {
        if plain_inline(cell).trim().is_empty() {
            return Err(DiagnosticKind::TableEmptyFirstCell);
        }
        return match Slug::parse(id) {
            Some(slug) => Ok(RowId {
                slug,
                cell: cell.to_string(),
                explicit: true,
            }),
            None if id.len() > crate::model::MAX_ID_LEN => Err(DiagnosticKind::IdTooLong {
                what: "table row",
                len: id.len(),
            }),
            None => Err(DiagnosticKind::InvalidId {
                what: "table row",
                id: id.to_string(),
            }),
        };
    }
    let plain = plain_inline(first);
    match Slug::from_text(&plain) {
        Some(slug) => Ok(RowId {
            slug,
            cell: first.to_string(),
            explicit: false,
        }),
        None if plain.trim().is_empty() => Err(DiagnosticKind::TableEmptyFirstCell),
        None => Err(DiagnosticKind::TableFirstCellWithoutId),
    }
}

/// Whether two rows with the same derived id have first cells whose words differ: then the cut
/// to 80 characters made them collide.
pub fn collide_by_cut(a: &RowId, b: &RowId) -> bool {
    let words = |r: &RowId| -> String {
        plain_inline(&r.cell)
            .chars()
            .flat_map(char::to_lowercase)
            .filter(char::is_ascii_alphanumeric)
            .collect()
    };
    !a.explicit && !b.explicit && words(a) != words(b)
}

/// `text {#id}` → (`text`, `id`).
fn explicit_id(cell: &str) -> Option<(&str, &str)> {
    let body = cell.trim_end().strip_suffix('}')?;
    let open = body.rfind("{#")?;
    let id = &body[open + 2..];
    (!id.contains(char::is_whitespace) && !id.contains('{')).then(|| (cell[..open].trim_end(), id))
}

/// Inline Markdown → its words, for slugs (`**At-most-once**` → `At-most-once`).
pub fn plain_inline(md: &str) -> String {
    md.chars()
        .filter(|c| !matches!(c, '*' | '_' | '`' | '~' | '\\'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_unchanged() {
        let r = row_id("**At-most-once**").unwrap();
        assert_eq!(r.slug.as_str(), "at-most-once");
        assert!(!r.explicit);
        assert_eq!(r.cell, "**At-most-once**");
    }

    #[test]
    fn an_id_at_the_end_of_the_first_cell_is_the_row_id() {
        let r = row_id("Very long text {#short}").unwrap();
        assert_eq!(r.slug.as_str(), "short");
        assert_eq!(r.cell, "Very long text");
        assert!(r.explicit);
        assert_eq!(
            row_id("x {#Bad}"),
            Err(DiagnosticKind::InvalidId {
                what: "table row",
                id: "Bad".into()
            })
        );
        assert_eq!(row_id("{ braces }").unwrap().slug.as_str(), "braces");
        assert_eq!(
            row_id("{#only-an-id}"),
            Err(DiagnosticKind::TableEmptyFirstCell)
        );
    }

    #[test]
    fn no_letters_is_not_an_empty_cell() {
        assert_eq!(row_id("!!!"), Err(DiagnosticKind::TableFirstCellWithoutId));
        assert_eq!(row_id(""), Err(DiagnosticKind::TableEmptyFirstCell));
        assert_eq!(row_id("**"), Err(DiagnosticKind::TableEmptyFirstCell));
    }

    #[test]
    fn long_cells_that_share_a_beginning_collide_by_the_cut() {
        let stem = "word ".repeat(20);
        let a = row_id(&format!("{stem} alpha")).unwrap();
        let b = row_id(&format!("{stem} beta")).unwrap();
        assert_eq!(a.slug, b.slug);
        assert!(collide_by_cut(&a, &b));
        let x = row_id("x").unwrap();
        let big_x = row_id("X").unwrap();
        assert!(!collide_by_cut(&x, &big_x));
    }
}
