//! Figures: vector drawings (an SVG made a PDF Form XObject by [`crate::picture::svg_pdf`])
//! that a page draws with one `Do`. A figure is laid out as one unbreakable item, scaled to fit
//! its column (never past its natural size), so it is never split across a column or a page.
//!
//! The engine knows a figure only by its resource name and drawing; which Markdown becomes a
//! figure is the reader's business ([`super::block::from_events_with`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::picture::svg_pdf::SvgForm;

/// One drawing, ready to be placed on pages.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    /// The page resource name (`DGF<key>`), the same on every page of a document.
    pub(crate) name: String,
    /// The drawing.
    pub(crate) form: SvgForm,
    /// Natural width and height, points (SVG user units are CSS pixels: 3/4 pt).
    pub(crate) width: f32,
    /// Natural height, points.
    pub(crate) height: f32,
}

impl PartialEq for Figure {
    fn eq(&self, other: &Figure) -> bool {
        self.name == other.name
    }
}

impl Figure {
    /// A figure named after `key` (letters and digits are kept; it names the page resource).
    pub(crate) fn new(key: &str, form: SvgForm) -> Figure {
        let key: String = key.chars().filter(char::is_ascii_alphanumeric).collect();
        Figure {
            name: format!("DGF{key}"),
            width: form.width * 0.75,
            height: form.height * 0.75,
            form,
        }
    }

    /// Width and height to draw it at: `scale` times its natural size (so that its labels match
    /// the text around it), but at most `width` wide and `max_height` high, keeping its
    /// proportions.
    pub(crate) fn fit(&self, scale: f32, width: f32, max_height: f32) -> (f32, f32) {
        if self.width <= 0.0 || self.height <= 0.0 {
            return (0.0, 0.0);
        }
        let scale = scale
            .max(0.0)
            .min(width.max(0.0) / self.width)
            .min(max_height.max(0.0) / self.height);
        (self.width * scale, self.height * scale)
    }

    /// The size of its labels, points, when it is drawn `drawn_height` points high (`None` for a
    /// figure with no height).
    pub(crate) fn label_size(&self, drawn_height: f32) -> Option<f32> {
        (self.height > 0.0).then(|| drawn_height / self.height * NATURAL_LABEL)
    }
}

/// The size of a diagram's labels at its natural size, points (16 px).
const NATURAL_LABEL: f32 = 12.0;
/// The smallest a figure's labels are set when it is shrunk to make room (a flashcard's back,
/// 4.7 cm high on A4): they are vector text and print sharp at 3 pt, unless the text around
/// them is smaller still.
pub(crate) const MIN_LABEL: f32 = 3.0;

/// The scale (of its natural size) to draw a figure at among body text of `body` points:
/// its labels at `shrink` times the body size, but not below [`MIN_LABEL`] (or the body size,
/// when that is smaller). `shrink` 1.0 sets the labels at the body size.
pub(crate) fn label_scale(body: f32, shrink: f32) -> f32 {
    let label = (body * shrink.clamp(0.0, 1.0)).max(MIN_LABEL.min(body));
    label / NATURAL_LABEL
}

/// Figures by the key the reader finds them with.
pub(crate) type Figures = BTreeMap<String, Arc<Figure>>;

/// Puts each figure the pages draw into `doc` once and names it in the resources of every page
/// that draws it. `pages[i]` lists the figures page `page_ids[i]` draws.
pub(crate) fn insert(
    doc: &mut lopdf::Document,
    page_ids: &[lopdf::ObjectId],
    pages: &[Vec<Arc<Figure>>],
) -> Result<(), lopdf::Error> {
    if pages.iter().all(Vec::is_empty) {
        return Ok(());
    }
    doc.max_id = doc.objects.keys().map(|id| id.0).max().unwrap_or(0);
    let mut inserted: BTreeMap<String, lopdf::ObjectId> = BTreeMap::new();
    for (figures, &page) in pages.iter().zip(page_ids) {
        if figures.is_empty() {
            continue;
        }
        let mut named = Vec::new();
        for figure in figures {
            let id = match inserted.get(&figure.name) {
                Some(&id) => id,
                None => {
                    let first_new = doc.max_id + 1;
                    let id = figure.form.insert_into(doc);
                    for number in first_new..=doc.max_id {
                        if let Some(object) = doc.objects.get_mut(&(number, 0)) {
                            sort_keys(object);
                        }
                    }
                    inserted.insert(figure.name.clone(), id);
                    id
                }
            };
            named.push((figure.name.clone(), id));
        }
        // The page's resources, made its own (printpdf may share one dictionary between pages).
        let resources = match doc.get_dictionary(page)?.get(b"Resources") {
            Ok(lopdf::Object::Reference(id)) => doc.get_dictionary(*id)?.clone(),
            Ok(lopdf::Object::Dictionary(dict)) => dict.clone(),
            _ => lopdf::Dictionary::new(),
        };
        let mut resources = resources;
        let mut xobjects = match resources.get(b"XObject") {
            Ok(lopdf::Object::Reference(id)) => doc.get_dictionary(*id)?.clone(),
            Ok(lopdf::Object::Dictionary(dict)) => dict.clone(),
            _ => lopdf::Dictionary::new(),
        };
        for (name, id) in named {
            xobjects.set(name.into_bytes(), lopdf::Object::Reference(id));
        }
        resources.set("XObject", lopdf::Object::Dictionary(xobjects));
        doc.get_dictionary_mut(page)?
            .set("Resources", lopdf::Object::Dictionary(resources));
    }
    Ok(())
}

/// Sorts the keys of every dictionary in `object`: svg2pdf writes a form's resource
/// dictionaries in hash-map order, which changes from process to process, and a build must give
/// the same bytes every time.
fn sort_keys(object: &mut lopdf::Object) {
    let dict = match object {
        lopdf::Object::Dictionary(dict) => dict,
        lopdf::Object::Stream(stream) => &mut stream.dict,
        lopdf::Object::Array(items) => {
            items.iter_mut().for_each(sort_keys);
            return;
        }
        _ => return,
    };
    let mut entries: Vec<(Vec<u8>, lopdf::Object)> =
        dict.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut sorted = lopdf::Dictionary::new();
    for (key, mut value) in entries {
        sort_keys(&mut value);
        sorted.set(key, value);
    }
    *dict = sorted;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure() -> Figure {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="red"/></svg>"#;
        Figure::new("deckgen-0123", SvgForm::from_svg(svg).unwrap())
    }

    #[test]
    fn a_figure_fits_its_column_and_is_never_enlarged() {
        let f = figure();
        assert_eq!(f.name, "DGFdeckgen0123");
        assert_eq!((f.width, f.height), (300.0, 150.0));
        assert_eq!(f.fit(1.0, 1000.0, f32::INFINITY), (300.0, 150.0));
        assert_eq!(f.fit(0.5, 1000.0, f32::INFINITY), (150.0, 75.0));
        assert_eq!(f.fit(1.0, 150.0, f32::INFINITY), (150.0, 75.0));
        assert_eq!(f.fit(1.0, 1000.0, 50.0), (100.0, 50.0));
    }

    #[test]
    fn labels_shrink_to_their_minimum_but_never_past_the_text() {
        assert_eq!(label_scale(10.5, 1.0), 10.5 / 12.0);
        assert_eq!(label_scale(10.5, 0.5), 5.25 / 12.0);
        assert_eq!(label_scale(10.5, 0.0), MIN_LABEL / 12.0);
        assert_eq!(label_scale(2.0, 0.0), 2.0 / 12.0);
        assert_eq!(label_scale(2.0, 1.0), 2.0 / 12.0);
    }
}
