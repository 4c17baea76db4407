//! SVG to PDF vectors: an SVG (a diagram or an image file) becomes a PDF Form XObject that a page
//! draws with one `Do`, through `usvg` (parsing) and `svg2pdf` (conversion).
//!
//! Text stays text: svg2pdf embeds the fonts it uses as subsets (Type 0 / CID fonts with a
//! `ToUnicode` map), so labels can be searched and copied. The only fonts are DejaVu Sans from the
//! `dejavu` crate, never the system's, so the result is the same on every machine; SVG files
//! cannot reach other files either (`<image href="...">` to a path or URL draws nothing).
//!
//! svg2pdf writes a `pdf-writer` chunk; [`SvgForm`] holds it as `lopdf` objects, numbered on
//! their own, and [`SvgForm::insert_into`] copies them into the document being built.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, OnceLock};

use lopdf::content::Operation;
use lopdf::{Object, ObjectId};
use pdf_writer::{Pdf, Ref};
use usvg::fontdb;

use super::fonts;
use crate::kept::KeptFolder;

/// An SVG that could not be made a PDF drawing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SvgPdfError {
    /// The SVG is not well-formed or not SVG.
    #[error("not a readable SVG: {0}")]
    Parse(#[source] usvg::Error),
    /// svg2pdf refused it.
    #[error("SVG to PDF conversion failed: {message}")]
    Convert {
        /// svg2pdf's message.
        message: String,
    },
    /// The converted drawing could not be read back (a bug, not the user's SVG).
    #[error("the converted drawing could not be read: {0}")]
    Load(#[source] lopdf::Error),
}

/// An SVG as a PDF Form XObject: the form, every object it uses, and the SVG's size.
#[derive(Debug, Clone)]
pub struct SvgForm {
    /// The objects under their own numbers; `root` is the form.
    objects: BTreeMap<ObjectId, Object>,
    root: ObjectId,
    /// Natural width in SVG user units (CSS pixels, 1/96 in).
    pub width: f32,
    /// Natural height in SVG user units.
    pub height: f32,
}

/// What makes a form from an SVG: part of every kept form's name, so that another converter or
/// other fonts never reuse a form made by this one. A test checks it against Cargo.lock; bump
/// [`FORM_VERSION`] when deckgen's own conversion settings change.
pub const CONVERTER: &str = "svg2pdf 0.13.0, usvg 0.45.1, dejavu 2.37.0";

/// The version of deckgen's conversion settings (see [`CONVERTER`]).
pub const FORM_VERSION: u32 = 1;

/// The first line of a kept form's file.
const KEPT_MAGIC: &str = "deckgen-form";

/// A converted SVG as the smallest PDF that holds its form (object `root`), and its size: what a
/// build keeps for the next one.
struct Wrapped {
    pdf: Vec<u8>,
    root: u32,
    width: f32,
    height: f32,
}

impl Wrapped {
    fn convert(svg: &str) -> Result<Wrapped, SvgPdfError> {
        let tree = usvg::Tree::from_str(svg, options()).map_err(SvgPdfError::Parse)?;
        let size = tree.size();
        let conversion = svg2pdf::ConversionOptions {
            compress: true,
            embed_text: true,
            ..svg2pdf::ConversionOptions::default()
        };
        let (chunk, form) =
            svg2pdf::to_chunk(&tree, conversion).map_err(|e| SvgPdfError::Convert {
                message: e.to_string(),
            })?;
        // Number the chunk 1..=n, then wrap it in the smallest PDF lopdf reads.
        let mut numbers = BTreeMap::new();
        let chunk = chunk.renumber(|old| {
            let next = i32::try_from(numbers.len() + 1).unwrap_or(i32::MAX);
            *numbers.entry(old).or_insert_with(|| Ref::new(next))
        });
        let form = numbers.get(&form).copied().unwrap_or(form);
        let last = i32::try_from(numbers.len()).unwrap_or(i32::MAX - 2);
        let (catalog, pages) = (Ref::new(last + 1), Ref::new(last + 2));
        let mut pdf = Pdf::new();
        pdf.catalog(catalog).pages(pages);
        pdf.pages(pages).count(0);
        pdf.extend(&chunk);
        Ok(Wrapped {
            pdf: pdf.finish(),
            root: u32::try_from(form.get()).unwrap_or(0),
            width: size.width(),
            height: size.height(),
        })
    }

    /// `deckgen-form\n<root> <width> <height>\n` and the PDF.
    fn to_kept(&self) -> Vec<u8> {
        let mut bytes = format!(
            "{KEPT_MAGIC}\n{} {} {}\n",
            self.root, self.width, self.height
        )
        .into_bytes();
        bytes.extend_from_slice(&self.pdf);
        bytes
    }

    /// The inverse of [`Self::to_kept`]; `None` for anything else.
    fn from_kept(bytes: &[u8]) -> Option<Wrapped> {
        let rest = bytes
            .strip_prefix(KEPT_MAGIC.as_bytes())?
            .strip_prefix(b"\n")?;
        let end = rest.iter().position(|&b| b == b'\n')?;
        let header = std::str::from_utf8(&rest[..end]).ok()?;
        let mut fields = header.split(' ');
        let root = fields.next()?.parse().ok()?;
        let width: f32 = fields.next()?.parse().ok()?;
        let height: f32 = fields.next()?.parse().ok()?;
        let sized = width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0;
        (sized && fields.next().is_none()).then(|| Wrapped {
            pdf: rest[end + 1..].to_vec(),
            root,
            width,
            height,
        })
    }
}

/// The kept form of `svg`: `deckgen-<16 hex>.form`, a hash of the converter and the SVG.
pub fn kept_name(svg: &str) -> String {
    format!(
        "{}.form",
        super::media_stem(&[
            CONVERTER.as_bytes(),
            &FORM_VERSION.to_le_bytes(),
            svg.as_bytes()
        ])
    )
}

impl SvgForm {
    /// Converts `svg`. The form's own matrix maps it to the unit square: draw it at `w` × `h`
    /// points with [`place`] (`w 0 0 h x y cm`), keeping `w / h` = `width / height`.
    pub fn from_svg(svg: &str) -> Result<SvgForm, SvgPdfError> {
        Self::from_wrapped(&Wrapped::convert(svg)?)
    }

    /// [`Self::from_svg`] through `kept`: a form an earlier build made from the same SVG is read
    /// back instead of converted again, and a new one is kept for the next build.
    pub fn from_svg_kept(svg: &str, kept: Option<&KeptFolder>) -> Result<SvgForm, SvgPdfError> {
        let Some(kept) = kept else {
            return Self::from_svg(svg);
        };
        let name = kept_name(svg);
        if let Some(form) = kept
            .read(&name)
            .and_then(|bytes| Wrapped::from_kept(&bytes))
            .and_then(|wrapped| Self::from_wrapped(&wrapped).ok())
        {
            return Ok(form);
        }
        let wrapped = Wrapped::convert(svg)?;
        let form = Self::from_wrapped(&wrapped)?;
        kept.keep(&name, &wrapped.to_kept());
        Ok(form)
    }

    fn from_wrapped(wrapped: &Wrapped) -> Result<SvgForm, SvgPdfError> {
        let doc = lopdf::Document::load_mem(&wrapped.pdf).map_err(SvgPdfError::Load)?;
        let root = (wrapped.root, 0);
        let objects = reachable(&doc, root);
        if !objects.contains_key(&root) {
            return Err(SvgPdfError::Convert {
                message: format!("the converted drawing has no form {}", wrapped.root),
            });
        }
        Ok(SvgForm {
            objects,
            root,
            width: wrapped.width,
            height: wrapped.height,
        })
    }

    /// Copies the form and its resources into `doc` under fresh numbers; returns the form's id,
    /// to be named in a page's `/Resources /XObject` dictionary. Each call adds another copy.
    pub fn insert_into(&self, doc: &mut lopdf::Document) -> ObjectId {
        let ids: BTreeMap<ObjectId, ObjectId> = self
            .objects
            .keys()
            .map(|&old| (old, doc.new_object_id()))
            .collect();
        for (old, object) in &self.objects {
            let mut object = object.clone();
            renumber(&mut object, &ids);
            if let Some(&new) = ids.get(old) {
                doc.objects.insert(new, object);
            }
        }
        ids.get(&self.root).copied().unwrap_or(self.root)
    }

    /// How many objects [`Self::insert_into`] adds.
    pub fn object_count(&self) -> usize {
        self.objects.len()
    }
}

/// Names `form` `/name` in the `/Resources /XObject` dictionary of `page` (inline or referenced
/// resources, created when missing), so the page's content can draw it with [`place`].
pub fn attach_to_page(
    doc: &mut lopdf::Document,
    page: ObjectId,
    name: &str,
    form: ObjectId,
) -> Result<(), SvgPdfError> {
    let resources = match doc
        .get_dictionary(page)
        .and_then(|d| d.get(b"Resources"))
        .and_then(Object::as_reference)
    {
        Ok(id) => id,
        Err(_) => page,
    };
    let dict = doc
        .get_object_mut(resources)
        .and_then(Object::as_dict_mut)
        .map_err(SvgPdfError::Load)?;
    let dict = if resources == page {
        if !dict.has(b"Resources") {
            dict.set("Resources", lopdf::Dictionary::new());
        }
        dict.get_mut(b"Resources")
            .and_then(Object::as_dict_mut)
            .map_err(SvgPdfError::Load)?
    } else {
        dict
    };
    if !dict.has(b"XObject") {
        dict.set("XObject", lopdf::Dictionary::new());
    }
    dict.get_mut(b"XObject")
        .and_then(Object::as_dict_mut)
        .map_err(SvgPdfError::Load)?
        .set(name.as_bytes().to_vec(), Object::Reference(form));
    Ok(())
}

/// Width and height of `svg` in user units, after parsing it as the conversion would.
pub fn svg_size(svg: &str) -> Result<(f32, f32), SvgPdfError> {
    let tree = usvg::Tree::from_str(svg, options()).map_err(SvgPdfError::Parse)?;
    Ok((tree.size().width(), tree.size().height()))
}

/// Content-stream operations that draw the form named `name` (in the page's XObject resources)
/// with its lower-left corner at (`x`, `y`) and `w` × `h` points large.
pub fn place(name: &str, x: f32, y: f32, w: f32, h: f32) -> Vec<Operation> {
    vec![
        Operation::new("q", vec![]),
        Operation::new(
            "cm",
            vec![w.into(), 0.into(), 0.into(), h.into(), x.into(), y.into()],
        ),
        Operation::new("Do", vec![Object::Name(name.as_bytes().to_vec())]),
        Operation::new("Q", vec![]),
    ]
}

/// The parsing options: DejaVu Sans as the only fonts (and the default family), no file access.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut options = usvg::Options {
            font_family: fonts::FAMILY_NAME.to_owned(),
            ..usvg::Options::default()
        };
        options.image_href_resolver.resolve_string = Box::new(|_, _| None);
        let db = options.fontdb_mut();
        for face in fonts::sans_faces() {
            db.load_font_source(fontdb::Source::Binary(Arc::new(face)));
        }
        db.set_sans_serif_family(fonts::FAMILY_NAME);
        db.set_serif_family(fonts::FAMILY_NAME);
        db.set_monospace_family(fonts::FAMILY_NAME);
        options
    })
}

/// `root` and every object it refers to, directly or not.
fn reachable(doc: &lopdf::Document, root: ObjectId) -> BTreeMap<ObjectId, Object> {
    let mut found = BTreeMap::new();
    let mut queue = VecDeque::from([root]);
    while let Some(id) = queue.pop_front() {
        if found.contains_key(&id) {
            continue;
        }
        let Ok(object) = doc.get_object(id) else {
            continue;
        };
        references(object, &mut |r| queue.push_back(r));
        found.insert(id, object.clone());
    }
    found
}

fn references(object: &Object, found: &mut impl FnMut(ObjectId)) {
    match object {
        Object::Reference(id) => found(*id),
        Object::Array(items) => items.iter().for_each(|o| references(o, found)),
        Object::Dictionary(dict) => dict.iter().for_each(|(_, o)| references(o, found)),
        Object::Stream(stream) => stream.dict.iter().for_each(|(_, o)| references(o, found)),
        _ => {}
    }
}

fn renumber(object: &mut Object, ids: &BTreeMap<ObjectId, ObjectId>) {
    match object {
        Object::Reference(id) => {
            if let Some(&new) = ids.get(id) {
                *id = new;
            }
        }
        Object::Array(items) => items.iter_mut().for_each(|o| renumber(o, ids)),
        Object::Dictionary(dict) => dict.iter_mut().for_each(|(_, o)| renumber(o, ids)),
        Object::Stream(stream) => stream.dict.iter_mut().for_each(|(_, o)| renumber(o, ids)),
        _ => {}
    }
}

#[cfg(test)]
mod tests;
