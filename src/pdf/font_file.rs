//! The DejaVu font files made lighter for embedding in printed sheets: without TrueType hinting
//! and without the Macintosh copies of the name records.
//!
//! Hinting (the `cvt `, `fpgm` and `prep` programs and every glyph's instructions) fits outlines
//! to the pixel grid of a small screen; a printer or a zoomed-in viewer has no use for it, and
//! poppler does not run it by default. It was a quarter of each embedded subset. The name
//! table carries the fonts' copyright and licence text twice, once per platform; the Windows
//! records (Unicode) keep all of it. Glyph ids, outlines, metrics and every other table stay as
//! they are, so layout and the pages' content do not change; only the embedded font programs get
//! smaller (the shipped deck's PDFs by about a third).
//!
//! printpdf's subsetter (allsorts) copies whatever tables and instructions its input has and has
//! no option to leave hinting out, hence this small rewrite of the file before it is parsed.

use std::borrow::Cow;

use super::error::FontFileError;

/// Tables dropped whole: the hinting programs, and tables that only describe hinted rendering
/// (`hdmx`, `LTSH`, `VDMX`) or sign the original file (`DSIG`).
const DROPPED: [&[u8; 4]; 7] = [
    b"cvt ", b"fpgm", b"prep", b"hdmx", b"LTSH", b"VDMX", b"DSIG",
];

/// Composite glyph flags (OpenType `glyf`).
const ARG_1_AND_2_ARE_WORDS: u16 = 0x0001;
const WE_HAVE_A_SCALE: u16 = 0x0008;
const MORE_COMPONENTS: u16 = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE: u16 = 0x0040;
const WE_HAVE_A_TWO_BY_TWO: u16 = 0x0080;
const WE_HAVE_INSTRUCTIONS: u16 = 0x0100;

/// The name records' Macintosh platform id.
const MACINTOSH: u16 = 1;

/// `ttf` without hinting and Macintosh name records. Fails on anything but a well-formed TrueType
/// (`glyf`) font; the caller then embeds the file as it is.
pub(crate) fn for_print(ttf: &[u8]) -> Result<Vec<u8>, FontFileError> {
    let tables = directory(ttf)?;
    let find = |tag: &[u8; 4]| {
        tables
            .iter()
            .find(|t| &t.tag == tag)
            .map(|t| t.data)
            .ok_or_else(|| FontFileError::MissingTable {
                tag: String::from_utf8_lossy(tag).into_owned(),
            })
    };
    let head = find(b"head")?;
    let long_offsets = match u16_at(head, 50)? {
        0 => false,
        1 => true,
        other => return Err(FontFileError::UnknownLocaFormat(other)),
    };
    let glyphs = usize::from(u16_at(find(b"maxp")?, 4)?);
    let (glyf, loca) = without_instructions(find(b"glyf")?, find(b"loca")?, glyphs, long_offsets)?;
    let (mut glyf, mut loca) = (Some(glyf), Some(loca));
    let mut out: Vec<([u8; 4], Cow<'_, [u8]>)> = Vec::with_capacity(tables.len());
    for table in &tables {
        if DROPPED.contains(&&table.tag) {
            continue;
        }
        let new = match &table.tag {
            b"glyf" => glyf.take(),
            b"loca" => loca.take(),
            b"name" => without_mac_names(table.data),
            _ => None,
        };
        out.push((table.tag, new.map_or(Cow::Borrowed(table.data), Cow::Owned)));
    }
    Ok(assemble(u32_at(ttf, 0)?, out))
}

/// A table of the font file.
struct Table<'a> {
    tag: [u8; 4],
    data: &'a [u8],
}

fn directory(ttf: &[u8]) -> Result<Vec<Table<'_>>, FontFileError> {
    if u32_at(ttf, 0)? != 0x0001_0000 {
        return Err(FontFileError::NotTrueType);
    }
    let count = usize::from(u16_at(ttf, 4)?);
    (0..count)
        .map(|i| {
            let record = 12 + 16 * i;
            let tag = bytes(ttf, record, 4)?;
            let offset = usize::try_from(u32_at(ttf, record + 8)?)?;
            let length = usize::try_from(u32_at(ttf, record + 12)?)?;
            Ok(Table {
                tag: [tag[0], tag[1], tag[2], tag[3]],
                data: bytes(ttf, offset, length)?,
            })
        })
        .collect()
}

/// The `glyf` table with every glyph's instructions left out, and its new `loca` (same format).
fn without_instructions(
    glyf: &[u8],
    loca: &[u8],
    glyphs: usize,
    long_offsets: bool,
) -> Result<(Vec<u8>, Vec<u8>), FontFileError> {
    let offset = |i: usize| -> Result<usize, FontFileError> {
        if long_offsets {
            Ok(usize::try_from(u32_at(loca, 4 * i)?)?)
        } else {
            Ok(2 * usize::from(u16_at(loca, 2 * i)?))
        }
    };
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut offsets = Vec::with_capacity(glyphs + 1);
    let mut start = offset(0)?;
    for i in 0..glyphs {
        let end = offset(i + 1)?;
        offsets.push(new_glyf.len());
        if end > start {
            let glyph = glyf.get(start..end).ok_or(FontFileError::GlyphOutside(i))?;
            glyph_without_instructions(glyph, &mut new_glyf).map_err(|e| FontFileError::Glyph {
                glyph: i,
                source: Box::new(e),
            })?;
            // Short offsets count 16-bit words; long ones are kept 4-byte aligned.
            let align = if long_offsets { 4 } else { 2 };
            new_glyf.resize(new_glyf.len().next_multiple_of(align), 0);
        }
        start = end;
    }
    offsets.push(new_glyf.len());
    let mut new_loca = Vec::with_capacity(loca.len());
    for o in offsets {
        if long_offsets {
            let o = u32::try_from(o)?;
            new_loca.extend_from_slice(&o.to_be_bytes());
        } else {
            let words = u16::try_from(o / 2).map_err(|_| FontFileError::TooBigForShortOffsets)?;
            new_loca.extend_from_slice(&words.to_be_bytes());
        }
    }
    Ok((new_glyf, new_loca))
}

/// Appends `glyph` to `out` without its instructions.
fn glyph_without_instructions(glyph: &[u8], out: &mut Vec<u8>) -> Result<(), FontFileError> {
    let contours = i16::from_be_bytes([byte(glyph, 0)?, byte(glyph, 1)?]);
    if let Ok(contours) = usize::try_from(contours) {
        // Header (10 bytes), the contours' end points, then the instructions' length and bytes,
        // then flags and coordinates.
        let length_at = 10 + 2 * contours;
        let instructions = usize::from(u16_at(glyph, length_at)?);
        let rest = glyph
            .get(length_at + 2 + instructions..)
            .ok_or(FontFileError::InstructionsPastGlyph)?;
        out.extend_from_slice(bytes(glyph, 0, length_at)?);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(rest);
        return Ok(());
    }
    // A composite: components until one without MORE_COMPONENTS, then (if any component says
    // so) the instructions, which are dropped along with the flag that announces them.
    let first = out.len();
    let mut at = 10;
    let mut flag_positions = Vec::new();
    loop {
        let flags = u16_at(glyph, at)?;
        flag_positions.push(at);
        let arguments = if flags & ARG_1_AND_2_ARE_WORDS != 0 {
            4
        } else {
            2
        };
        let transform = if flags & WE_HAVE_A_SCALE != 0 {
            2
        } else if flags & WE_HAVE_AN_X_AND_Y_SCALE != 0 {
            4
        } else if flags & WE_HAVE_A_TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        at += 4 + arguments + transform;
        if flags & MORE_COMPONENTS == 0 {
            break;
        }
    }
    out.extend_from_slice(bytes(glyph, 0, at)?);
    for position in flag_positions {
        let flags = u16_at(glyph, position)? & !WE_HAVE_INSTRUCTIONS;
        out[first + position..first + position + 2].copy_from_slice(&flags.to_be_bytes());
    }
    Ok(())
}

/// A format-0 name table without its Macintosh records, or `None` to keep the table as it is
/// (another format, or nothing but Macintosh records).
fn without_mac_names(name: &[u8]) -> Option<Vec<u8>> {
    if u16_at(name, 0).ok()? != 0 {
        return None;
    }
    let count = usize::from(u16_at(name, 2).ok()?);
    let storage = usize::from(u16_at(name, 4).ok()?);
    let mut records = Vec::new();
    for i in 0..count {
        let record = bytes(name, 6 + 12 * i, 12).ok()?;
        if u16_at(record, 0).ok()? == MACINTOSH {
            continue;
        }
        let length = usize::from(u16_at(record, 8).ok()?);
        let offset = usize::from(u16_at(record, 10).ok()?);
        records.push((record, offset, bytes(name, storage + offset, length).ok()?));
    }
    if records.is_empty() || records.len() == count {
        return None;
    }
    let new_storage = 6 + 12 * records.len();
    let mut out = Vec::with_capacity(name.len());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&u16::try_from(records.len()).ok()?.to_be_bytes());
    out.extend_from_slice(&u16::try_from(new_storage).ok()?.to_be_bytes());
    // Records that shared a string keep sharing it.
    let mut strings: Vec<u8> = Vec::new();
    let mut placed: Vec<(usize, usize, usize)> = Vec::new();
    for (record, old_offset, string) in &records {
        let key = (*old_offset, string.len());
        let offset = match placed.iter().find(|p| (p.0, p.1) == key) {
            Some(p) => p.2,
            None => {
                placed.push((key.0, key.1, strings.len()));
                strings.extend_from_slice(string);
                strings.len() - string.len()
            }
        };
        out.extend_from_slice(&record[..10]);
        out.extend_from_slice(&u16::try_from(offset).ok()?.to_be_bytes());
    }
    out.extend_from_slice(&strings);
    Some(out)
}

/// A font file of `tables`: directory sorted by tag, each table 4-byte aligned with its checksum,
/// and `head`'s whole-file checksum adjustment filled in.
fn assemble(version: u32, mut tables: Vec<([u8; 4], Cow<'_, [u8]>)>) -> Vec<u8> {
    tables.sort_by_key(|t| t.0);
    let count = tables.len();
    let power = if count == 0 {
        0
    } else {
        1usize << count.ilog2()
    };
    let header = 12 + 16 * count;
    let mut out = Vec::with_capacity(header + tables.iter().map(|t| t.1.len() + 3).sum::<usize>());
    out.extend_from_slice(&version.to_be_bytes());
    for value in [
        count,
        16 * power,
        power.max(1).ilog2() as usize,
        16 * (count - power),
    ] {
        out.extend_from_slice(&u16::try_from(value).unwrap_or(0).to_be_bytes());
    }
    let mut offset = header;
    let mut head_at = None;
    for (tag, data) in &mut tables {
        if tag == b"head" && data.len() >= 12 {
            data.to_mut()[8..12].fill(0);
            head_at = Some(offset);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).unwrap_or(0).to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(at) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

/// The OpenType checksum: the sum of the big-endian 32-bit words, the last one zero-padded.
fn checksum(data: &[u8]) -> u32 {
    let words = data.chunks_exact(4);
    let mut last = [0u8; 4];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    words.fold(u32::from_be_bytes(last), |sum, w| {
        sum.wrapping_add(u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
    })
}

fn bytes(data: &[u8], at: usize, len: usize) -> Result<&[u8], FontFileError> {
    at.checked_add(len)
        .and_then(|end| data.get(at..end))
        .ok_or(FontFileError::PastTheEnd {
            at,
            len,
            size: data.len(),
        })
}

fn byte(data: &[u8], at: usize) -> Result<u8, FontFileError> {
    Ok(bytes(data, at, 1)?[0])
}

fn u16_at(data: &[u8], at: usize) -> Result<u16, FontFileError> {
    let b = bytes(data, at, 2)?;
    Ok(u16::from_be_bytes([b[0], b[1]]))
}

fn u32_at(data: &[u8], at: usize) -> Result<u32, FontFileError> {
    let b = bytes(data, at, 4)?;
    Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

#[cfg(test)]
mod tests {
    use printpdf::ParsedFont;
    use proptest::prelude::*;

    use super::*;

    fn faces() -> [&'static [u8]; 4] {
        [
            dejavu::sans::regular(),
            dejavu::sans::bold(),
            dejavu::sans::oblique(),
            dejavu::sans_mono::regular(),
        ]
    }

    fn tags(ttf: &[u8]) -> Vec<String> {
        directory(ttf)
            .unwrap()
            .iter()
            .map(|t| String::from_utf8_lossy(&t.tag).into_owned())
            .collect()
    }

    /// (platform, encoding, language, name id, string) of every name record.
    fn names(ttf: &[u8]) -> Vec<(u16, u16, u16, u16, Vec<u8>)> {
        let tables = directory(ttf).unwrap();
        let name = tables.iter().find(|t| &t.tag == b"name").unwrap().data;
        let storage = usize::from(u16_at(name, 4).unwrap());
        (0..usize::from(u16_at(name, 2).unwrap()))
            .map(|i| {
                let r = 6 + 12 * i;
                let field = |k: usize| u16_at(name, r + 2 * k).unwrap();
                let string =
                    bytes(name, storage + usize::from(field(5)), usize::from(field(4))).unwrap();
                (field(0), field(1), field(2), field(3), string.to_vec())
            })
            .collect()
    }

    #[test]
    fn outlines_and_metrics_stay_hinting_goes() {
        for face in faces() {
            let lighter = for_print(face).unwrap();
            assert!(
                lighter.len() < face.len() * 19 / 20,
                "{} of {}",
                lighter.len(),
                face.len()
            );
            for tag in tags(&lighter) {
                assert!(
                    !DROPPED.iter().any(|d| d[..] == *tag.as_bytes()),
                    "{tag} kept"
                );
            }
            let (a, b) = (
                ParsedFont::from_bytes(face, 0, &mut Vec::new()).unwrap(),
                ParsedFont::from_bytes(&lighter, 0, &mut Vec::new()).unwrap(),
            );
            assert_eq!(a.num_glyphs, b.num_glyphs);
            let mut hinted = 0;
            // Every glyph of the first 600 (Latin, Greek, Cyrillic, composites among them) and
            // every 17th after that.
            for gid in (0..a.num_glyphs).filter(|g| *g < 600 || g % 17 == 0) {
                let (ga, gb) = (
                    a.get_or_decode_glyph(gid).unwrap(),
                    b.get_or_decode_glyph(gid).unwrap(),
                );
                assert_eq!(
                    format!("{:?}", ga.outline),
                    format!("{:?}", gb.outline),
                    "glyph {gid}"
                );
                assert_eq!(ga.horz_advance, gb.horz_advance, "glyph {gid}");
                hinted += usize::from(ga.instructions.as_ref().is_some_and(|i| !i.is_empty()));
                assert!(
                    gb.instructions.as_ref().is_none_or(|i| i.is_empty()),
                    "glyph {gid}"
                );
            }
            assert!(hinted > 100, "the original's glyphs are hinted ({hinted})");
            for c in ['a', 'Z', 'é', 'Ω', '→', '\u{FFFD}'] {
                assert_eq!(
                    a.lookup_glyph_index(c as u32),
                    b.lookup_glyph_index(c as u32),
                    "{c}"
                );
            }
        }
    }

    #[test]
    fn composite_glyphs_lose_their_instructions_and_the_flag() {
        // A composite with two components (word arguments, then byte arguments and a scale) and
        // four bytes of instructions.
        let mut glyph = vec![0xFF, 0xFF, 0, 0, 0, 0, 0, 10, 0, 10];
        glyph.extend_from_slice(&(ARG_1_AND_2_ARE_WORDS | MORE_COMPONENTS).to_be_bytes());
        glyph.extend_from_slice(&[0, 3, 0, 1, 0, 2]);
        glyph.extend_from_slice(&(WE_HAVE_A_SCALE | WE_HAVE_INSTRUCTIONS).to_be_bytes());
        glyph.extend_from_slice(&[0, 4, 1, 2, 0x40, 0]);
        let components = glyph.len();
        glyph.extend_from_slice(&[0, 4, 1, 2, 3, 4]);
        let mut out = Vec::new();
        glyph_without_instructions(&glyph, &mut out).unwrap();
        assert_eq!(out.len(), components);
        assert_eq!(
            u16_at(&out, 10).unwrap(),
            ARG_1_AND_2_ARE_WORDS | MORE_COMPONENTS
        );
        assert_eq!(u16_at(&out, 18).unwrap(), WE_HAVE_A_SCALE);
        assert_eq!(out[20..], glyph[20..components]);
    }

    #[test]
    fn the_windows_names_keep_every_notice() {
        for face in faces() {
            let (before, after) = (names(face), names(&for_print(face).unwrap()));
            let windows: Vec<_> = before
                .iter()
                .filter(|n| n.0 != MACINTOSH)
                .cloned()
                .collect();
            assert_eq!(after, windows);
            // Copyright, licence and licence URL are among them.
            for id in [0, 13, 14] {
                assert!(
                    after.iter().any(|n| n.3 == id && !n.4.is_empty()),
                    "name {id}"
                );
            }
        }
    }

    #[test]
    fn checksums_are_filled_in() {
        for face in faces() {
            let lighter = for_print(face).unwrap();
            for (i, table) in directory(&lighter).unwrap().iter().enumerate() {
                let recorded = u32_at(&lighter, 12 + 16 * i + 4).unwrap();
                let mut data = table.data.to_vec();
                if &table.tag == b"head" {
                    data[8..12].fill(0);
                }
                assert_eq!(recorded, checksum(&data), "{:?}", table.tag);
            }
            assert_eq!(checksum(&lighter), 0xB1B0_AFBA, "whole-file checksum");
        }
    }

    #[test]
    fn the_rewrite_of_a_subset_is_what_printpdf_subsets_from_the_rewritten_face() {
        // The order does not matter, which is what lets a document embed a cut or the whole face
        // and get the same bytes.
        let full = ParsedFont::from_bytes(dejavu::sans::regular(), 0, &mut Vec::new()).unwrap();
        let lighter_full = ParsedFont::from_bytes(
            &for_print(dejavu::sans::regular()).unwrap(),
            0,
            &mut Vec::new(),
        )
        .unwrap();
        let wanted: std::collections::BTreeMap<u16, String> = "Kafka → Ωé fi"
            .chars()
            .map(|c| (full.lookup_glyph_index(c as u32).unwrap(), c.to_string()))
            .collect();
        let a = for_print(&printpdf::subset_font(&full, &wanted).unwrap().bytes).unwrap();
        let b = printpdf::subset_font(&lighter_full, &wanted).unwrap().bytes;
        assert!(a == b);
    }

    /// DejaVu Sans cut down to three glyphs by printpdf (a TrueType file of a few kilobytes).
    fn small_font() -> Vec<u8> {
        let full = ParsedFont::from_bytes(dejavu::sans::regular(), 0, &mut Vec::new()).unwrap();
        let wanted = "Abc"
            .chars()
            .map(|c| (full.lookup_glyph_index(c as u32).unwrap(), c.to_string()))
            .collect();
        printpdf::subset_font(&full, &wanted).unwrap().bytes
    }

    #[test]
    fn errors_say_what_is_wrong_and_where() {
        assert_eq!(for_print(b"OTTO\0\0\0\0"), Err(FontFileError::NotTrueType));
        let mut ttf = small_font();
        let tables = directory(&ttf).unwrap();
        let at = |tag: &[u8; 4]| {
            let t = tables.iter().find(|t| &t.tag == tag).unwrap();
            (
                t.data.as_ptr() as usize - ttf.as_ptr() as usize,
                t.data.len(),
            )
        };
        let ((glyf, _), (loca, loca_len)) = (at(b"glyf"), at(b"loca"));
        let long = u16_at(&ttf, at(b"head").0 + 50).unwrap() == 1;
        let offset = |ttf: &[u8], i: usize| {
            if long {
                u32_at(ttf, loca + 4 * i).unwrap() as usize
            } else {
                2 * usize::from(u16_at(ttf, loca + 2 * i).unwrap())
            }
        };
        // The first simple glyph: its instructions now claim to run past its end.
        let count = loca_len / if long { 4 } else { 2 } - 1;
        let (gid, start) = (0..count)
            .map(|i| (i, offset(&ttf, i)))
            .find(|&(i, start)| offset(&ttf, i + 1) > start && ttf[glyf + start] & 0x80 == 0)
            .unwrap();
        let contours = usize::from(u16_at(&ttf, glyf + start).unwrap());
        let length_at = glyf + start + 10 + 2 * contours;
        ttf[length_at..length_at + 2].copy_from_slice(&[0xFF, 0xFF]);
        let err = for_print(&ttf).unwrap_err();
        assert_eq!(
            err,
            FontFileError::Glyph {
                glyph: gid,
                source: Box::new(FontFileError::InstructionsPastGlyph)
            }
        );
        assert_eq!(err.to_string(), format!("glyph {gid}"));
        assert_eq!(
            std::error::Error::source(&err).map(ToString::to_string),
            Some("instructions run past the glyph".to_string())
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Damaged files give an error or a font, never a panic.
        #[test]
        fn damaged_files_do_not_panic(
            cut in 0usize..30_000,
            flips in proptest::collection::vec((0usize..30_000, any::<u8>()), 0..8),
        ) {
            let mut ttf = small_font();
            for (at, value) in flips {
                let len = ttf.len();
                ttf[at % len] = value;
            }
            ttf.truncate(cut.min(ttf.len()));
            let _ = for_print(&ttf);
        }
    }
}
