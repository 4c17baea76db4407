//! Pages → PDF file: printpdf makes the document and the subset fonts, the pages' own content
//! streams ([`content`](super::content)) go in with their glyph codes filled in.

use flate2::{Compress, Compression, FlushCompress, Status};
use printpdf::{
    Codepoint, Mm, OffsetDateTime, Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfParseErrorSeverity, PdfSaveOptions, Pt, TextItem,
};
use sha2::{Digest, Sha256};

use super::content::Page;
use super::error::PdfError;
use super::fonts::{Cuts, Face, Fonts};
use super::page::MM;

/// zlib level for the PDF streams. printpdf (through lopdf) uses 9, which made compression a
/// quarter of a big export's time; 2 keeps the table sheets near 40 KB (the limit is 150 KB) and
/// the shipped deck's flashcards within ~15 % of level 9's size, at a fraction of the time.
const COMPRESSION_LEVEL: u32 = 2;

/// The glyphs one document shows, per face: for each glyph id of the embedded font, the character
/// it shows (`None` when unused).
struct Inventory {
    /// Per face, whether its cut is embedded ([`Cuts`]) rather than the whole face.
    compact: [bool; 4],
    used: Vec<Vec<Option<char>>>,
}

impl Inventory {
    fn of(fonts: &Fonts, cuts: Option<&Cuts>, pages: &[Page]) -> Inventory {
        // What each face shows, by glyph id of the whole face.
        let mut shown: Vec<Vec<Option<char>>> = Face::ALL
            .iter()
            .map(|f| vec![None; fonts.glyph_count(*f).max(1)])
            .collect();
        for (face, c) in pages.iter().flat_map(Page::glyphs) {
            let gid = usize::from(fonts.glyph_id(face, c));
            if let Some(entry) = shown
                .get_mut(face.index())
                .and_then(|glyphs| glyphs.get_mut(gid))
            {
                entry.get_or_insert(c);
            }
        }
        // The cut of a face serves when it has every glyph shown in that face.
        let compact = Face::ALL.map(|face| {
            cuts.is_some_and(|cuts| {
                cuts.has(face)
                    && ids(&shown[face.index()]).all(|(gid, _)| cuts.id(face, gid).is_some())
            })
        });
        let used = Face::ALL
            .iter()
            .zip(shown)
            .map(|(&face, shown)| match cuts {
                Some(cuts) if compact[face.index()] => {
                    let mut used = vec![None; cuts.glyph_count(face).max(1)];
                    for (gid, c) in ids(&shown) {
                        if let Some(entry) = cuts
                            .id(face, gid)
                            .and_then(|g| used.get_mut(usize::from(g)))
                        {
                            *entry = Some(c);
                        }
                    }
                    used
                }
                _ => shown,
            })
            .collect();
        Inventory { compact, used }
    }

    /// The font to embed for `face`.
    fn font<'f>(
        &self,
        fonts: &'f Fonts,
        cuts: Option<&'f Cuts>,
        face: Face,
    ) -> Option<&'f ParsedFont> {
        match cuts {
            Some(cuts) if self.compact[face.index()] => cuts.font(face),
            _ => fonts.full(face),
        }
    }

    /// The glyph id in the font embedded for `face` of the whole face's glyph `gid`.
    fn embedded_id(&self, cuts: Option<&Cuts>, face: Face, gid: u16) -> u16 {
        match cuts {
            Some(cuts) if self.compact[face.index()] => cuts.id(face, gid).unwrap_or(0),
            _ => gid,
        }
    }

    /// The glyphs of `face` in id order, with their characters.
    fn glyphs(&self, face: Face) -> impl Iterator<Item = (u16, char)> + '_ {
        self.used.get(face.index()).into_iter().flat_map(|g| ids(g))
    }

    /// What printpdf has to see to embed each face with exactly these glyphs: one text object
    /// that shows them all, each with the character it stands for (which becomes the font's
    /// ToUnicode map). It is drawn nowhere: the page's content is replaced afterwards.
    fn ops(&self) -> Vec<Op> {
        let mut ops = vec![Op::StartTextSection];
        for face in Face::ALL {
            let glyphs: Vec<Codepoint> = self
                .glyphs(face)
                .map(|(gid, c)| Codepoint {
                    gid,
                    offset: 0.0,
                    cid: Some(c.to_string()),
                })
                .collect();
            if !glyphs.is_empty() {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(face.id()),
                    size: Pt(1.0),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(glyphs)],
                });
            }
        }
        ops.push(Op::EndTextSection);
        ops
    }

    /// The code of each glyph id in the embedded font: a subset font numbers its glyphs in the
    /// order printpdf hands them to the subsetter (.notdef, then ascending original ids —
    /// `printpdf::font::subset_font`); a whole font keeps the original ids.
    fn codes(&self, face: Face, subset: bool) -> Vec<u16> {
        let size = self.used.get(face.index()).map_or(0, Vec::len);
        if !subset {
            return (0..size).map(|g| u16::try_from(g).unwrap_or(0)).collect();
        }
        let mut codes = vec![0; size];
        let mut next = 1u16;
        for (gid, _) in self.glyphs(face).filter(|(gid, _)| *gid != 0) {
            codes[usize::from(gid)] = next;
            next = next.saturating_add(1);
        }
        codes
    }
}

/// Per face, whether a document of `pages` embeds the face's cut in `cuts` (it has every glyph
/// the pages show in that face) rather than the whole face.
#[cfg(test)]
pub(crate) fn embeds_cuts(fonts: &Fonts, cuts: &Cuts, pages: &[Page]) -> [bool; 4] {
    Inventory::of(fonts, Some(cuts), pages).compact
}

/// The used entries of a glyph table: glyph id and character, in id order.
fn ids(glyphs: &[Option<char>]) -> impl Iterator<Item = (u16, char)> + '_ {
    glyphs
        .iter()
        .enumerate()
        .filter_map(|(gid, c)| Some((u16::try_from(gid).ok()?, (*c)?)))
}

/// Whether printpdf embedded `face` as a subset (a `/BaseFont` with a `XXXXXX+` tag) rather
/// than whole, which it falls back to when subsetting fails.
fn is_subset(lo: &lopdf::Document, first_page: lopdf::ObjectId, face: Face) -> bool {
    let font = || -> Result<bool, lopdf::Error> {
        let page = lo.get_dictionary(first_page)?;
        let resources = lo.get_dictionary(page.get(b"Resources")?.as_reference()?)?;
        let fonts = lo.get_dictionary(resources.get(b"Font")?.as_reference()?)?;
        let font = lo.get_dictionary(fonts.get(face.name().as_bytes())?.as_reference()?)?;
        Ok(font.get(b"BaseFont")?.as_name()?.contains(&b'+'))
    };
    font().unwrap_or(false)
}

/// Compresses every stream that may be compressed and is not yet, as `lopdf::Document::compress`
/// does, at [`COMPRESSION_LEVEL`]. One compressor serves the whole document, reset between
/// streams: setting zlib's state up anew was a measurable share of the time for the many small
/// page streams.
fn compress_streams(doc: &mut lopdf::Document) {
    let mut zlib = Compress::new(Compression::new(COMPRESSION_LEVEL), true);
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
            && let Some(compressed) = deflate(&mut zlib, &stream.content)
            && compressed.len() + 19 < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// `input` as one zlib stream (the bytes `ZlibEncoder` gives at the same level).
fn deflate(zlib: &mut Compress, input: &[u8]) -> Option<Vec<u8>> {
    zlib.reset();
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    loop {
        let read = usize::try_from(zlib.total_in()).ok()?;
        let rest = input.get(read..)?;
        match zlib
            .compress_vec(rest, &mut out, FlushCompress::Finish)
            .ok()?
        {
            Status::StreamEnd => return Some(out),
            Status::Ok | Status::BufError => out.reserve(out.capacity().max(64)),
        }
    }
}

/// Serialises pages into a PDF file with the four faces embedded as subsets (of the export's cut
/// of a face, when there are `cuts` and the document's text in that face is within it).
///
/// Reproducible: the font resource names are fixed ([`Face::name`]), the dates are the build's
/// timestamp, and the trailer's file identifier (which printpdf fills from a process-wide
/// counter) is replaced by a hash of the document's streams.
pub(crate) fn save(
    fonts: &Fonts,
    cuts: Option<&Cuts>,
    title: &str,
    mut pages: Vec<Page>,
    timestamp: i64,
) -> Result<Vec<u8>, PdfError> {
    let document = || title.to_string();
    let date = OffsetDateTime::from_unix_timestamp(timestamp).map_err(|e| PdfError::Timestamp {
        timestamp,
        reason: e.to_string(),
    })?;
    let mut doc = PdfDocument::new(title);
    doc.metadata.info.creation_date = date;
    doc.metadata.info.modification_date = date;
    doc.metadata.info.metadata_date = date;
    doc.metadata.info.producer = "deckgen".to_string();
    doc.metadata.info.creator = "deckgen".to_string();
    let inventory = Inventory::of(fonts, cuts, &pages);
    for face in Face::ALL {
        let parsed = inventory
            .font(fonts, cuts, face)
            .ok_or_else(|| PdfError::FontMissing {
                document: document(),
                face: face.title(),
            })?;
        doc.resources
            .fonts
            .map
            .insert(face.id(), PdfFont::new(parsed.clone()));
    }
    doc.pages = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let ops = if i == 0 { inventory.ops() } else { Vec::new() };
            PdfPage::new(Mm(p.width / MM), Mm(p.height / MM), ops)
        })
        .collect();
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Printpdf {
            document: document(),
            message: w.msg.clone(),
        });
    }
    // The pages' own content streams, with the codes of the embedded fonts.
    let page_ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
    if page_ids.len() != pages.len() {
        return Err(PdfError::PageCount {
            document: document(),
            laid_out: pages.len(),
            in_document: page_ids.len(),
        });
    }
    if let Some(first) = page_ids.first() {
        // Per face, the code of each glyph id of the whole face.
        let codes: Vec<Vec<u16>> = Face::ALL
            .iter()
            .map(|&face| {
                let embedded = inventory.codes(face, is_subset(&lo, *first, face));
                (0..fonts.glyph_count(face))
                    .map(|gid| {
                        let gid = u16::try_from(gid).unwrap_or(0);
                        let id = inventory.embedded_id(cuts, face, gid);
                        embedded.get(usize::from(id)).copied().unwrap_or(0)
                    })
                    .collect()
            })
            .collect();
        let code = |face: Face, c: char| {
            let gid = usize::from(fonts.glyph_id(face, c));
            codes
                .get(face.index())
                .and_then(|codes| codes.get(gid))
                .copied()
                .unwrap_or(0)
        };
        // Most text is ASCII: its codes by character, looked up once per face.
        let ascii: Vec<Vec<u16>> = Face::ALL
            .iter()
            .map(|&face| (0..128u8).map(|b| code(face, char::from(b))).collect())
            .collect();
        for (page, id) in pages.iter_mut().zip(&page_ids) {
            page.number_glyphs(|face, c| {
                match ascii.get(face.index()).and_then(|t| t.get(c as usize)) {
                    Some(&known) => known,
                    None => code(face, c),
                }
            });
            let contents = lo
                .get_dictionary(*id)
                .and_then(|d| d.get(b"Contents"))
                .and_then(|c| c.as_reference())
                .map_err(|source| PdfError::PageContents {
                    document: document(),
                    source,
                })?;
            let stream = lo
                .get_object_mut(contents)
                .and_then(|o| o.as_stream_mut())
                .map_err(|source| PdfError::PageContents {
                    document: document(),
                    source,
                })?;
            stream.set_content(std::mem::take(&mut page.content));
        }
    }
    // The figures the pages draw, each once per document, named in their pages' resources.
    let figures: Vec<_> = pages.iter().map(|p| p.figures.clone()).collect();
    super::figure::insert(&mut lo, &page_ids, &figures).map_err(|source| {
        PdfError::PageContents {
            document: document(),
            source,
        }
    })?;
    // printpdf's info dictionary claims PDF/X conformance (GTS_PDFXVersion) that these files do
    // not have, and carries empty fields; keep title, dates, creator and producer.
    if let Ok(info) = lo.trailer.get(b"Info").and_then(|o| o.as_reference())
        && let Ok(dict) = lo.get_object_mut(info).and_then(|o| o.as_dict_mut())
    {
        for key in [
            "GTS_PDFXVersion",
            "Identifier",
            "Author",
            "Subject",
            "Keywords",
        ] {
            dict.remove(key.as_bytes());
        }
    }
    compress_streams(&mut lo);
    let mut hash = Sha256::new();
    hash.update(title.as_bytes());
    hash.update(timestamp.to_be_bytes());
    for object in lo.objects.values() {
        if let Ok(stream) = object.as_stream() {
            hash.update(&stream.content);
        }
    }
    // The first 16 bytes in lower-case hex.
    let id = format!("{:.32x}", hash.finalize());
    if let Ok(parts) = lo.trailer.get_mut(b"ID").and_then(|o| o.as_array_mut()) {
        for part in parts {
            if let Ok(bytes) = part.as_str_mut() {
                *bytes = id.clone().into_bytes();
            }
        }
    }
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(|source| PdfError::Write {
        document: document(),
        source,
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::pdf::block::Block;
    use crate::pdf::flow::Flow;
    use crate::pdf::fonts::Ctx;
    use crate::pdf::layout::{self, Theme};
    use crate::pdf::page::Geometry;
    use crate::pdf::style::{Marks, Span};

    /// A page of text in every face (a heading, a paragraph with bold, italic and code, a code
    /// block and a table, beyond ASCII in places), with `extra` at the end of the paragraph.
    fn sample_pages(fonts: &Fonts, extra: &str) -> Vec<Page> {
        let marked = |text: &str, set: fn(&mut Marks)| {
            let mut marks = Marks::default();
            set(&mut marks);
            Span::marked(text, marks)
        };
        let cells = |texts: &[&str]| texts.iter().map(|t| vec![Span::plain(*t)]).collect();
        let blocks = [
            Block::Heading {
                spans: vec![Span::plain("Kafka vs RabbitMQ — délivery")],
            },
            Block::Para {
                spans: vec![
                    Span::plain("Consumers in a group share a topic’s partitions → "),
                    marked("at-least-once", |m| m.bold = true),
                    Span::plain(" delivery, "),
                    marked("naïve retries", |m| m.italic = true),
                    Span::plain(" and "),
                    marked("acks=all ≥ 2", |m| m.code = true),
                    Span::plain(extra),
                ],
                indent: 0,
                quote: None,
            },
            Block::Code {
                lines: vec!["kafka-topics --create --partitions 3 # ×3".to_string()],
                colored: None,
                indent: 0,
                quote: None,
            },
            Block::Table {
                header: cells(&["Aspect", "Kafka", "RabbitMQ"]),
                rows: vec![cells(&[
                    "Model",
                    "Partitioned log",
                    "Queues behind exchanges …",
                ])],
            },
        ];
        let mut cx = Ctx::new(fonts);
        let mut flow = Flow::new(Geometry::sheet((210.0, 297.0), false), "sample");
        let items = layout::blocks(
            &mut cx,
            &blocks,
            &Theme::new(9.0),
            flow.column_width(1, 0.0),
        );
        flow.place(&items);
        assert!(cx.missing.is_empty(), "{:?}", cx.missing);
        flow.finish(|_, _, _, _| {})
    }

    #[test]
    fn one_reused_compressor_gives_zlib_encoders_bytes() {
        use std::io::{Read as _, Write as _};
        let encoder = |input: &[u8]| {
            let mut e =
                flate2::write::ZlibEncoder::new(Vec::new(), Compression::new(COMPRESSION_LEVEL));
            e.write_all(input).unwrap();
            e.finish().unwrap()
        };
        // Big enough to need several rounds of output, and hard to compress.
        let mut noise = Vec::new();
        let mut x: u32 = 1;
        for _ in 0..300_000 {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            noise.push((x >> 24) as u8);
        }
        let text = b"BT /DGSREG 9 Tf <0001002A> Tj ET\n".repeat(2_000);
        let mut zlib = Compress::new(Compression::new(COMPRESSION_LEVEL), true);
        for input in [&b""[..], b"x", &text, &noise, &text] {
            let ours = deflate(&mut zlib, input).unwrap();
            assert_eq!(ours, encoder(input), "{} bytes", input.len());
            let mut back = Vec::new();
            flate2::read::ZlibDecoder::new(&ours[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, input);
        }
    }

    #[test]
    fn a_timestamp_no_pdf_can_hold_is_an_error_that_says_so() {
        let fonts = Fonts::load().unwrap();
        let err = save(&fonts, None, "t", sample_pages(&fonts, ""), i64::MAX).unwrap_err();
        assert!(
            matches!(
                err,
                PdfError::Timestamp {
                    timestamp: i64::MAX,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .starts_with(&format!("build timestamp {}", i64::MAX))
        );
    }

    #[test]
    fn glyph_codes_follow_the_subset_order() {
        let fonts = Fonts::load().unwrap();
        let pages = sample_pages(&fonts, "");
        let inventory = Inventory::of(&fonts, None, &pages);
        let used: Vec<u16> = inventory.glyphs(Face::Regular).map(|(g, _)| g).collect();
        let codes = inventory.codes(Face::Regular, true);
        // .notdef keeps 0; the used glyphs are numbered 1, 2, ... in id order.
        assert_eq!(codes[0], 0);
        let numbered: Vec<u16> = used
            .iter()
            .filter(|g| **g != 0)
            .map(|g| codes[usize::from(*g)])
            .collect();
        assert_eq!(numbered, (1..=numbered.len() as u16).collect::<Vec<_>>());
        assert_eq!(
            inventory.codes(Face::Regular, false)[used[0] as usize],
            used[0]
        );
    }

    #[test]
    fn cut_fonts_give_the_same_file_and_step_aside_for_characters_outside_them() {
        let fonts = Fonts::load().unwrap();
        let chars: BTreeSet<char> = sample_pages(&fonts, "")
            .iter()
            .flat_map(Page::glyphs)
            .map(|(_, c)| c)
            .filter(|c| !c.is_ascii())
            .collect();
        let cuts = fonts.cut(&chars);
        assert!(Face::ALL.iter().all(|f| cuts.has(*f)));
        // U+0298 is in DejaVu Sans but not in the text the cuts were made for: with it in the
        // text, that face is embedded whole.
        for extra in ["", " ʘ"] {
            let pages = sample_pages(&fonts, extra);
            let inventory = Inventory::of(&fonts, Some(&cuts), &pages);
            let rare = !extra.is_empty();
            assert_eq!(inventory.compact[Face::Regular.index()], !rare);
            assert!(inventory.compact[Face::Mono.index()]);
            let (a, b) = (
                save(&fonts, None, "t", pages.clone(), 0).unwrap(),
                save(&fonts, Some(&cuts), "t", pages, 0).unwrap(),
            );
            assert!(a == b, "the cut changed the file (rare characters: {rare})");
        }
    }
}
