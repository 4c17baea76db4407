//! Images while loading: every `![alt](path)` is read from inside the content folder and
//! recognised by [`crate::picture::image::load_image`]; anything it refuses (a URL, a path out of
//! the folder, a missing, too large or unknown file) is a content error at the image, and an
//! image without alt text a warning.

use std::path::Path;
use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::diag_kind::DiagnosticKind;
use crate::parse::RawImage;
use crate::picture::image::{ImageFile, load_image};

/// Reads a section's images from `content` (the folder the section file is in): the usable ones
/// by target, and a diagnostic for each problem.
pub fn check_images(
    content: &Path,
    images: &[RawImage],
) -> (Vec<(String, Arc<ImageFile>)>, Vec<Diagnostic>) {
    let mut found: Vec<(String, Arc<ImageFile>)> = Vec::new();
    let mut diags = Vec::new();
    for raw in images {
        if raw.empty_alt {
            diags.push(Diagnostic::new(
                raw.span.clone(),
                DiagnosticKind::ImageWithoutAlt,
            ));
        }
        if found.iter().any(|(target, _)| *target == raw.target) {
            continue;
        }
        match load_image(content, &raw.target) {
            Ok(image) => found.push((raw.target.clone(), Arc::new(image))),
            Err(error) => diags.push(Diagnostic::new(
                raw.span.clone(),
                DiagnosticKind::ImageInvalid {
                    message: error.to_string(),
                    hint: error.hint(),
                },
            )),
        }
    }
    (found, diags)
}
