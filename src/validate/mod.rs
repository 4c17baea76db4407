//! Stage 3, validate: raw deck and sections → [`Deck`], with every rule about ids, kinds, tags,
//! cloze text and tables checked, within a card and across files.
//!
//! Validation goes on past a bad card or section so that one run reports every problem. A [`Deck`]
//! is returned only when there is no error (warnings are fine).

use std::collections::{BTreeMap, HashMap, hash_map};
use std::sync::Arc;

use crate::cloze::{self, ClozeProblem};
use crate::diag::{Diagnostic, SourceMap, Span};
use crate::diag_kind::DiagnosticKind;
use crate::model::{Card, CardId, CardKind, Deck, MAX_ID_LEN, Section, Slug, Table, TableRow, Tag};
use crate::parse::{RawCard, RawDeck, RawSection, RawTable, Spanned};

pub mod diagrams;
pub mod images;

/// Checks everything and builds the deck; `None` if any error was found. The same as
/// [`deck_id`], [`check_section`] for each section and [`assemble`], on one thread.
pub fn validate(
    deck: Option<RawDeck>,
    sections: Vec<RawSection>,
    map: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) -> Option<Deck> {
    let id = deck_id(deck.as_ref(), diags);
    let checked = sections
        .into_iter()
        .map(|s| check_section(s, id.as_ref(), map))
        .collect();
    assemble(deck, id, checked, diags)
}

/// Checks deck.toml's values; the deck id, if it is valid.
pub fn deck_id(deck: Option<&RawDeck>, diags: &mut Vec<Diagnostic>) -> Option<Slug> {
    deck.and_then(|d| {
        let id = Slug::parse(&d.id.value);
        if id.is_none() {
            diags.push(invalid_id(&d.id, "deck"));
        }
        if d.name.value.trim().is_empty() {
            diags.push(Diagnostic::new(
                d.name.span.clone(),
                DiagnosticKind::EmptyValue { key: "name" },
            ));
        }
        id
    })
}

/// One section checked on its own (sections can be checked in parallel): the section, if it is
/// valid by itself, and what the check found, in order. The ids it claims are checked against the
/// other sections' by [`assemble`].
#[derive(Debug)]
pub struct CheckedSection {
    section: Option<Section>,
    found: Vec<Found>,
}

/// A diagnostic, or an id whose uniqueness is checked across the deck.
#[derive(Debug)]
enum Found {
    Diagnostic(Diagnostic),
    SectionId(Slug, Span),
    CardId(CardId, Span),
}

/// Checks a section and its cards, apart from the uniqueness of their ids. `deck` is `None` when
/// deck.toml is broken: the cards are still checked so that their problems are reported in the
/// same run.
pub fn check_section(raw: RawSection, deck: Option<&Slug>, map: &SourceMap) -> CheckedSection {
    let mut checker = Checker { found: Vec::new() };
    let section = checker.section(raw, deck, map);
    CheckedSection {
        section,
        found: checker.found,
    }
}

/// Checks ids across sections (in section order, so the first use of an id is the one kept) and
/// builds the deck; `None` if any error was found, here or before.
pub fn assemble(
    deck: Option<RawDeck>,
    deck_id: Option<Slug>,
    sections: Vec<CheckedSection>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Deck> {
    // Hash maps: a big deck claims tens of thousands of card ids, and only lookups are made.
    let mut section_ids: HashMap<Slug, Span> = HashMap::new();
    let mut card_ids: HashMap<CardId, Span> = HashMap::new();
    let mut checked = Vec::with_capacity(sections.len());
    for CheckedSection { section, found } in sections {
        for f in found {
            match f {
                Found::Diagnostic(d) => diags.push(d),
                Found::SectionId(id, span) => {
                    diags.extend(claim(&mut section_ids, id, span, |id| {
                        DiagnosticKind::DuplicateSectionId { id }
                    }));
                }
                Found::CardId(id, span) => {
                    diags.extend(claim(&mut card_ids, id, span, |id| {
                        DiagnosticKind::DuplicateCardId { id }
                    }));
                }
            }
        }
        checked.extend(section);
    }
    let has_errors = diags.iter().any(Diagnostic::is_error);
    match (deck, deck_id) {
        (Some(deck), Some(id)) if !has_errors => Some(Deck {
            id,
            name: deck.name.value.trim().to_string(),
            description: deck.description,
            sections: checked,
            pictures: Arc::default(),
        }),
        _ => None,
    }
}

/// The checks within one section.
struct Checker {
    found: Vec<Found>,
}

impl Checker {
    fn diag(&mut self, d: Diagnostic) {
        self.found.push(Found::Diagnostic(d));
    }

    fn push(&mut self, span: Span, kind: DiagnosticKind) {
        self.diag(Diagnostic::new(span, kind));
    }

    /// Checks a section and its cards. `deck` is `None` when deck.toml is broken: the cards are
    /// still checked so that their problems are reported in the same run.
    fn section(
        &mut self,
        raw: RawSection,
        deck: Option<&Slug>,
        map: &SourceMap,
    ) -> Option<Section> {
        let id = match &raw.id {
            Some(id) => Slug::parse(&id.value).or_else(|| {
                self.diag(invalid_id(id, "section"));
                None
            }),
            None => default_section_id(&raw.stem).or_else(|| {
                self.push(
                    raw.front_matter.clone(),
                    DiagnosticKind::InvalidId {
                        what: "section",
                        id: raw.stem.clone(),
                    },
                );
                None
            }),
        };
        if let Some(id) = &id {
            let span = raw
                .id
                .as_ref()
                .map_or(raw.front_matter.clone(), |i| i.span.clone());
            self.found.push(Found::SectionId(id.clone(), span));
        }
        let title = raw.title.as_ref().and_then(|t| {
            let title = t.value.trim();
            if title.is_empty() {
                self.push(t.span.clone(), DiagnosticKind::EmptyValue { key: "title" });
                None
            } else {
                Some(title.to_string())
            }
        });
        let mut tags: Vec<Tag> = raw.tags.iter().filter_map(|t| self.tag(t)).collect();
        if let (Some(deck), Some(id)) = (deck, &id) {
            tags.push(Tag::section(deck, id));
        }
        tags.sort();
        tags.dedup();
        let section_tags: Arc<[Tag]> = Arc::from(tags);
        if raw.cards.is_empty() {
            self.push(
                raw.front_matter.clone(),
                DiagnosticKind::SectionWithoutCards,
            );
        }
        let cards: Vec<Card> = raw
            .cards
            .iter()
            .filter_map(|c| self.card(c, &section_tags, map))
            .collect();
        Some(Section {
            id: id?,
            title: title?,
            key_points: raw.key_points,
            cards,
            span: raw.front_matter,
        })
    }

    fn tag(&mut self, t: &Spanned<String>) -> Option<Tag> {
        Tag::parse(&t.value)
            .map_err(|reason| {
                self.push(
                    t.span.clone(),
                    DiagnosticKind::InvalidTag {
                        tag: t.value.clone(),
                        reason,
                    },
                );
            })
            .ok()
    }

    fn card(&mut self, raw: &RawCard, section_tags: &Arc<[Tag]>, map: &SourceMap) -> Option<Card> {
        let kind_name = self.kind(raw);
        let mut own_tags = Vec::new();
        for attr in &raw.attrs {
            let (key, value) = &attr.value;
            match (key.as_str(), value) {
                ("tags", Some(list)) => {
                    for t in list.split(',').filter(|t| !t.is_empty()) {
                        let spanned = Spanned {
                            value: t.to_string(),
                            span: attr.span.clone(),
                        };
                        own_tags.extend(self.tag(&spanned));
                    }
                }
                // A word without `=` (`tags=a b`, `{#q reverse}`): the parser reports it with
                // what it most likely means.
                (_, None) => {}
                _ => self.push(
                    attr.span.clone(),
                    DiagnosticKind::UnknownAttribute { key: key.clone() },
                ),
            }
        }
        // Cards without tags of their own share their section's list (one allocation per section,
        // not per card).
        let tags = if own_tags.is_empty() {
            Arc::clone(section_tags)
        } else {
            own_tags.extend(section_tags.iter().cloned());
            own_tags.sort();
            own_tags.dedup();
            Arc::from(own_tags)
        };

        let question = raw.question.value.clone();
        if question.is_empty() {
            self.push(raw.heading.clone(), DiagnosticKind::EmptyQuestion);
        }
        let id = self.card_id(raw, kind_name);
        let kind = match kind_name {
            Some("reverse") => Some(CardKind::Reverse),
            Some("cloze") => {
                self.cloze(raw);
                Some(CardKind::Cloze)
            }
            Some("table") => self.table(raw, id.as_ref()).map(CardKind::Table),
            Some(_) => None,
            None => Some(CardKind::Basic),
        };
        if matches!(kind, Some(CardKind::Basic | CardKind::Reverse)) {
            if raw.answer.value.is_empty() {
                self.push(raw.heading.clone(), DiagnosticKind::EmptyAnswer);
            }
            if cloze::looks_like_cloze(&question) {
                self.push(
                    raw.question.span.clone(),
                    DiagnosticKind::ClozeSyntaxOutsideCloze,
                );
            }
        }
        let answer = match (&kind, raw.tables.first()) {
            (Some(CardKind::Table(_)), Some(t)) => table_notes(raw, t, map),
            _ => raw.answer.value.clone(),
        };
        if question.is_empty() {
            return None;
        }
        Some(Card {
            id: id?,
            kind: kind?,
            question,
            answer,
            tags,
            span: raw.heading.clone(),
        })
    }

    /// The card's kind class (`None` for basic); reports unknown and conflicting classes.
    fn kind<'r>(&mut self, raw: &'r RawCard) -> Option<&'r str> {
        let mut kinds = Vec::new();
        for class in &raw.classes {
            match class.value.as_str() {
                "reverse" | "cloze" | "table" => kinds.push(class),
                other => self.push(
                    class.span.clone(),
                    DiagnosticKind::UnknownClass {
                        class: other.to_string(),
                        suggestion: nearest_kind(other),
                    },
                ),
            }
        }
        if kinds.len() > 1 {
            let list = kinds
                .iter()
                .map(|k| format!("`.{}`", k.value))
                .collect::<Vec<_>>()
                .join(" and ");
            self.push(
                kinds[1].span.clone(),
                DiagnosticKind::ConflictingKinds { kinds: list },
            );
            return Some("conflict");
        }
        kinds.first().map(|k| k.value.as_str())
    }

    fn card_id(&mut self, raw: &RawCard, kind: Option<&str>) -> Option<Slug> {
        let (slug, span) = match &raw.id {
            Some(id) => match Slug::parse(&id.value) {
                Some(s) => (s, id.span.clone()),
                None => {
                    self.diag(invalid_id(id, "card"));
                    return None;
                }
            },
            None => {
                let text = if kind == Some("cloze") {
                    strip_cloze_markers(&raw.question.value)
                } else {
                    raw.question.value.clone()
                };
                let Some(slug) = Slug::from_text(&text) else {
                    if !raw.question.value.is_empty() {
                        self.push(
                            raw.heading.clone(),
                            DiagnosticKind::InvalidId {
                                what: "card",
                                id: "(none)".to_string(),
                            },
                        );
                    }
                    return None;
                };
                if !raw.misplaced_attributes {
                    self.push(
                        raw.heading.clone(),
                        DiagnosticKind::MissingCardId {
                            derived: slug.to_string(),
                        },
                    );
                }
                (slug, raw.heading.clone())
            }
        };
        self.claim(CardId::card(&slug), span);
        Some(slug)
    }

    /// Records a card id; [`assemble`] checks that it is unique.
    fn claim(&mut self, id: CardId, span: Span) {
        self.found.push(Found::CardId(id, span));
    }

    fn cloze(&mut self, raw: &RawCard) {
        if let Err(e) = cloze::parse_cloze(&raw.question.value) {
            let span = match (&raw.question.span.range, e.problem) {
                (_, ClozeProblem::NoDeletion) | (None, _) => raw.question.span.clone(),
                (Some(q), _) => {
                    // The question is trimmed text starting at the span's start.
                    let start = q.start + e.range.start;
                    Span::new(raw.question.span.file, start..q.start + e.range.end)
                }
            };
            let kind = match e.problem {
                ClozeProblem::NoDeletion => DiagnosticKind::ClozeWithoutDeletion,
                ClozeProblem::ExtraSeparator => DiagnosticKind::ClozeExtraSeparator,
                p if p.is_unbalanced() => DiagnosticKind::ClozeUnbalanced {
                    detail: p.describe(),
                },
                p => DiagnosticKind::ClozeMalformed {
                    detail: p.describe(),
                },
            };
            self.push(span, kind);
        }
    }

    fn table(&mut self, raw: &RawCard, id: Option<&Slug>) -> Option<Table> {
        let table = match raw.tables.as_slice() {
            [] => {
                self.push(raw.heading.clone(), DiagnosticKind::TableMissing);
                return None;
            }
            [one] => one,
            [_, second, ..] => {
                self.push(
                    second.span.clone(),
                    DiagnosticKind::TableMultiple {
                        count: raw.tables.len(),
                    },
                );
                return None;
            }
        };
        if table.rows.is_empty() {
            self.push(table.span.clone(), DiagnosticKind::TableWithoutRows);
            return None;
        }
        let expected = table.header.len();
        let mut ok = true;
        let mut rows = Vec::new();
        let mut row_ids: BTreeMap<Slug, (Span, rows::RowId)> = BTreeMap::new();
        for row in &table.rows {
            if row.written_cells != expected {
                self.push(
                    row.span.clone(),
                    DiagnosticKind::TableRagged {
                        expected,
                        found: row.written_cells,
                    },
                );
                ok = false;
                continue;
            }
            let first = row.cells.first().map_or("", String::as_str);
            let row_id = match rows::row_id(first) {
                Ok(r) => r,
                Err(kind) => {
                    self.push(row.span.clone(), kind);
                    ok = false;
                    continue;
                }
            };
            let slug = row_id.slug.clone();
            if let Some((first_span, first_row)) = row_ids.get(&slug) {
                let full =
                    id.map_or_else(|| slug.to_string(), |t| CardId::row(t, &slug).to_string());
                let cut = rows::collide_by_cut(first_row, &row_id);
                let d = Diagnostic::new(
                    row.span.clone(),
                    DiagnosticKind::DuplicateRowId { id: full, cut },
                )
                .with_related(first_span.clone());
                self.diag(d);
                ok = false;
                continue;
            }
            if let Some(t) = id {
                self.claim(CardId::row(t, &slug), row.span.clone());
            }
            let mut cells = row.cells.clone();
            if let Some(c) = cells.first_mut() {
                c.clone_from(&row_id.cell);
            }
            row_ids.insert(slug.clone(), (row.span.clone(), row_id));
            rows.push(TableRow { slug, cells });
        }
        ok.then(|| Table {
            header: table.header.clone(),
            rows,
        })
    }
}

/// The card kinds, as written after the dot.
const KINDS: [&str; 3] = ["reverse", "cloze", "table"];

/// The kind `class` is most likely a misspelling of (`clozee` → `cloze`), if any is close.
fn nearest_kind(class: &str) -> Option<&'static str> {
    let class = class.to_lowercase();
    KINDS
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&class, k), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(1))
        .min()
        .map(|(_, k)| k)
}

/// An id that is not a slug: too long (the message names the limit), or with other characters.
fn invalid_id(id: &Spanned<String>, what: &'static str) -> Diagnostic {
    let kind = if id.value.len() > MAX_ID_LEN {
        DiagnosticKind::IdTooLong {
            what,
            len: id.value.len(),
        }
    } else {
        DiagnosticKind::InvalidId {
            what,
            id: id.value.clone(),
        }
    };
    Diagnostic::new(id.span.clone(), kind)
}

/// `02-kafka-architecture` → `kafka-architecture`; `Kafka Notes` → `kafka-notes`.
pub fn default_section_id(stem: &str) -> Option<Slug> {
    let digits = stem.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits > 0 {
        stem[digits..].trim_start_matches(['-', '_', '.', ' '])
    } else {
        stem
    };
    let rest = if rest.is_empty() { stem } else { rest };
    Slug::parse(rest).or_else(|| Slug::from_text(rest))
}

/// The text of cloze markup with the markers removed (`a {{c1::b::h}}` → `a b`), for slugs.
fn strip_cloze_markers(text: &str) -> String {
    match cloze::parse_cloze(text) {
        Ok(segments) => segments
            .iter()
            .map(|s| match s {
                cloze::Segment::Text(t) => *t,
                cloze::Segment::Deletion { answer, .. } => answer,
            })
            .collect(),
        Err(_) => text.to_string(),
    }
}

/// A table card's notes: its answer without the table.
fn table_notes(raw: &RawCard, table: &RawTable, map: &SourceMap) -> String {
    let text = &map.get(raw.answer.span.file).text;
    let Some(answer) = raw.answer.span.range.clone() else {
        return String::new();
    };
    let before = text
        .get(answer.start..table.range.start.max(answer.start))
        .unwrap_or("");
    let after = text
        .get(table.range.end.min(answer.end)..answer.end)
        .unwrap_or("");
    [before.trim(), after.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Records the first claim of `id`; a later claim of the same id is a diagnostic (made by `kind`
/// from the id) that points back at the first.
fn claim<K: Eq + std::hash::Hash + std::fmt::Display>(
    claimed: &mut HashMap<K, Span>,
    id: K,
    span: Span,
    kind: impl FnOnce(String) -> DiagnosticKind,
) -> Option<Diagnostic> {
    match claimed.entry(id) {
        hash_map::Entry::Occupied(first) => Some(
            Diagnostic::new(span, kind(first.key().to_string())).with_related(first.get().clone()),
        ),
        hash_map::Entry::Vacant(slot) => {
            slot.insert(span);
            None
        }
    }
}

mod rows;

#[cfg(test)]
mod tests;
