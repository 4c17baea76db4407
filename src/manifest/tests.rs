use super::*;
use crate::model::Deck;
use crate::render::{RenderedCard, render_cards};

fn deck(cards: &[(&str, &str)]) -> Deck {
    let body: String = cards
        .iter()
        .map(|(id, answer)| format!("## Question {id}? {{#{id}}}\n{answer}\n\n"))
        .collect();
    let mut map = crate::diag::SourceMap::new();
    let deck_file = map.add(crate::diag::SourceFile::new(
        "deck.toml",
        "id = \"d\"\nname = \"D\"\n".into(),
    ));
    let section = map.add(crate::diag::SourceFile::new(
        "01-s.md",
        format!("+++\ntitle = \"S\"\n+++\n{body}"),
    ));
    let files = crate::source::ContentFiles {
        deck: Some(deck_file),
        sections: vec![section],
    };
    let mut diags = Vec::new();
    let deck = crate::parse_and_validate(&map, &files, &mut diags);
    assert!(diags.is_empty(), "{diags:?}");
    deck.unwrap()
}

fn run(previous: Option<&Manifest>, d: &Deck, now: i64, types: &str) -> (Plan, Vec<RenderedCard>) {
    let crate::render::RenderedDeck { mut cards, digests } = render_cards(d);
    let plan = plan(
        previous,
        d,
        &mut cards,
        digests,
        types,
        Clock { now, fixed: None },
    );
    (plan, cards)
}

#[test]
fn first_build_stamps_everything_now() {
    let d = deck(&[("a", "1"), ("b", "2")]);
    let (p, cards) = run(None, &d, 1000, "t");
    assert!(p.report.first_build);
    assert!(p.report.added.is_empty(), "a first build lists nothing");
    assert_eq!(p.manifest.timestamp, 1000);
    assert!(cards.iter().all(|c| c.mtime == 1000));
    assert_eq!(p.manifest.cards.len(), 2);
}

#[test]
fn unchanged_rebuild_keeps_every_time() {
    let d = deck(&[("a", "1"), ("b", "2")]);
    let (first, _) = run(None, &d, 1000, "t");
    let (second, cards) = run(Some(&first.manifest), &d, 5000, "t");
    assert!(second.report.is_empty());
    assert_eq!(
        second.manifest.timestamp, 1000,
        "the package timestamp does not move"
    );
    assert!(cards.iter().all(|c| c.mtime == 1000));
    assert_eq!(second.manifest, first.manifest);
}

#[test]
fn changed_and_added_cards_get_a_newer_time_removed_are_reported() {
    let (first, _) = run(
        None,
        &deck(&[("a", "1"), ("b", "2"), ("c", "3")]),
        1000,
        "t",
    );
    let d2 = deck(&[("a", "1"), ("b", "two"), ("n", "new")]);
    let (second, cards) = run(Some(&first.manifest), &d2, 2000, "t");
    let ids = |v: &[Change]| v.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&second.report.changed), ["b"]);
    assert_eq!(ids(&second.report.added), ["n"]);
    assert_eq!(ids(&second.report.removed), ["c"]);
    let mtime = |id: &str| cards.iter().find(|c| c.id.as_str() == id).unwrap().mtime;
    assert_eq!(mtime("a"), 1000);
    assert_eq!(mtime("b"), 2000);
    assert_eq!(mtime("n"), 2000);
    assert_eq!(second.manifest.timestamp, 2000);
}

#[test]
fn a_clock_that_went_back_still_moves_forward() {
    let (first, _) = run(None, &deck(&[("a", "1")]), 1000, "t");
    let (second, cards) = run(Some(&first.manifest), &deck(&[("a", "edited")]), 900, "t");
    assert_eq!(cards[0].mtime, 1001, "newer than anything Anki has seen");
    assert_eq!(second.manifest.timestamp, 1001);
}

#[test]
fn template_change_moves_only_the_note_types() {
    let d = deck(&[("a", "1")]);
    let (first, _) = run(None, &d, 1000, "t");
    let (second, cards) = run(Some(&first.manifest), &d, 2000, "t2");
    assert!(second.report.note_types_changed);
    assert_eq!(second.manifest.note_types.mtime, 2000);
    assert_eq!(cards[0].mtime, 1000);
    assert_eq!(second.manifest.timestamp, 2000);
}

#[test]
fn source_date_epoch_fixes_every_time() {
    let d = deck(&[("a", "1")]);
    let (first, _) = run(None, &d, 1000, "t");
    let crate::render::RenderedDeck { mut cards, digests } = render_cards(&d);
    let p = plan(
        Some(&first.manifest),
        &d,
        &mut cards,
        digests,
        "t",
        Clock {
            now: 9999,
            fixed: Some(42),
        },
    );
    assert_eq!(p.manifest.timestamp, 42);
    assert_eq!(cards[0].mtime, 42);
}

#[test]
fn a_manifest_of_another_deck_counts_as_none() {
    let (mut first, _) = run(None, &deck(&[("a", "1")]), 1000, "t");
    first.manifest.deck = "other".into();
    let (second, _) = run(Some(&first.manifest), &deck(&[("a", "1")]), 2000, "t");
    assert!(second.report.first_build);
}

#[test]
fn manifest_round_trips_through_json() {
    let (p, _) = run(None, &deck(&[("a", "1")]), 1000, "t");
    let mut bytes = Vec::new();
    write(p.manifest.clone(), &mut bytes, || Some(Outputs::new())).unwrap();
    assert!(bytes.ends_with(b"}\n"));
    let back: Manifest = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(back, p.manifest);
}

#[test]
fn written_in_two_steps_it_is_what_serde_writes_in_one() {
    let (p, _) = run(
        None,
        &deck(&[("a", "1"), ("b", "two \"quoted\"\nlines")]),
        1000,
        "t",
    );
    for files in [
        vec![],
        vec![("apkg", "d.apkg")],
        vec![("csv", "csv/a b.csv"), ("pdf", "pdf/ü\"x\".pdf")],
    ] {
        let mut outputs = Outputs::new();
        for (group, file) in files {
            outputs
                .entry(group.to_string())
                .or_default()
                .push(file.to_string());
        }
        let mut whole = p.manifest.clone();
        whole.outputs = outputs.clone();
        let mut expected = serde_json::to_vec_pretty(&whole).unwrap();
        expected.push(b'\n');
        let mut bytes = Vec::new();
        write(p.manifest.clone(), &mut bytes, || Some(outputs)).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            String::from_utf8(expected).unwrap()
        );
    }
}

#[test]
fn a_build_that_fails_leaves_the_manifest_unfinished() {
    let (p, _) = run(None, &deck(&[("a", "1")]), 1000, "t");
    let mut bytes = Vec::new();
    assert!(write(p.manifest, &mut bytes, || None).is_err());
    assert!(serde_json::from_slice::<Manifest>(&bytes).is_err());
}

#[test]
fn format_1_manifests_are_read_with_their_unowned_files() {
    let dir = tempfile::tempdir().unwrap();
    let old = r#"{"format": 1, "deck": "d", "timestamp": 5,
        "note_types": {"hash": "h", "mtime": 5}, "cards": [], "files": ["d.apkg", "csv/d.csv"]}"#;
    std::fs::write(dir.path().join(FILE_NAME), old).unwrap();
    let m = read(dir.path()).unwrap().unwrap();
    assert_eq!(m.files, ["d.apkg", "csv/d.csv"]);
    assert!(m.outputs.is_empty());
    std::fs::write(dir.path().join(FILE_NAME), old.replace("1,", "3,")).unwrap();
    assert!(matches!(
        read(dir.path()),
        Err(ReadError::Format { found: 3, .. })
    ));
}
