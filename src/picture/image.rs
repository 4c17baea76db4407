//! Image files referenced from Markdown (`![alt](images/broker.png)`): found inside the content
//! folder only, checked for size, and recognised from their bytes (not their names).
//!
//! Refused, each with its own [`ImageError`]: URLs (nothing is ever fetched), absolute paths,
//! paths that leave the content folder (through `..` or a symbolic link), missing files and
//! folders, files over [`MAX_IMAGE_BYTES`], and bytes that are not PNG, JPEG, GIF, WebP or SVG
//! (or are broken). The media name is a hash of the bytes plus the format's extension.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use super::{media_stem, svg_pdf};

/// The largest image accepted: 10 MiB.
pub const MAX_IMAGE_BYTES: u64 = 10 * 1024 * 1024;

/// An image format deckgen accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// GIF.
    Gif,
    /// WebP.
    WebP,
    /// SVG (drawn as vectors in the PDFs).
    Svg,
}

impl ImageFormat {
    /// The media file's extension.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Gif => "gif",
            ImageFormat::WebP => "webp",
            ImageFormat::Svg => "svg",
        }
    }

    /// The `image` crate's decoder for a raster format (the one svg2pdf uses for the PDFs).
    fn decoder(self) -> Option<::image::ImageFormat> {
        match self {
            ImageFormat::Png => Some(::image::ImageFormat::Png),
            ImageFormat::Jpeg => Some(::image::ImageFormat::Jpeg),
            ImageFormat::Gif => Some(::image::ImageFormat::Gif),
            ImageFormat::WebP => Some(::image::ImageFormat::WebP),
            ImageFormat::Svg => None,
        }
    }

    /// Its media type (`image/png`, ...), for a `data:` URL.
    pub fn mime_type(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Gif => "image/gif",
            ImageFormat::WebP => "image/webp",
            ImageFormat::Svg => "image/svg+xml",
        }
    }

    /// Whether the PDFs draw it as pixels (everything but SVG).
    pub fn is_raster(self) -> bool {
        self != ImageFormat::Svg
    }
}

/// An image file, read and recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFile {
    /// The file inside the content folder (canonical).
    pub path: PathBuf,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// The format its bytes have.
    pub format: ImageFormat,
    /// Width and height in pixels (SVG: in user units, rounded up).
    pub width: u32,
    /// Height.
    pub height: u32,
    /// `deckgen-<16 hex>.<ext>` from a hash of the bytes.
    pub media_name: String,
}

/// Why an image reference cannot be used. The integration reports each as a content error at the
/// image's `file:line`, with [`ImageError::hint`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImageError {
    /// `http://...`, `data:...` or any other URL.
    #[error("image `{target}` is a URL; deckgen never downloads images")]
    Url {
        /// The reference as written.
        target: String,
    },
    /// `/home/...`, `C:\...`.
    #[error("image `{target}` is an absolute path")]
    Absolute {
        /// The reference as written.
        target: String,
    },
    /// Leaves the content folder through `..` or a symbolic link.
    #[error("image `{target}` is outside the content folder")]
    OutsideContent {
        /// The reference as written.
        target: String,
    },
    /// No such file.
    #[error("image `{target}` not found ({})", path.display())]
    NotFound {
        /// The reference as written.
        target: String,
        /// Where it was looked for.
        path: PathBuf,
    },
    /// A folder or other non-file.
    #[error("image `{target}` is not a file")]
    NotAFile {
        /// The reference as written.
        target: String,
    },
    /// Over [`MAX_IMAGE_BYTES`].
    #[error("image `{target}` has {size} bytes, more than the limit of {limit}")]
    TooLarge {
        /// The reference as written.
        target: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Reading failed.
    #[error("image `{target}` could not be read: {source}")]
    Unreadable {
        /// The reference as written.
        target: String,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// Not PNG, JPEG, GIF, WebP or SVG.
    #[error("image `{target}` is not a PNG, JPEG, GIF, WebP or SVG file")]
    UnknownFormat {
        /// The reference as written.
        target: String,
    },
    /// Looks like a known format but cannot be read as one.
    #[error("image `{target}` is a broken {format:?} file: {message}")]
    Broken {
        /// The reference as written.
        target: String,
        /// The format its first bytes claim.
        format: ImageFormat,
        /// The decoder's message.
        message: String,
    },
}

impl ImageError {
    /// A fix hint for the diagnostic.
    pub fn hint(&self) -> String {
        match self {
            ImageError::Url { .. } => {
                "download the image into the content folder (e.g. content/images/) and link it by its relative path".to_owned()
            }
            ImageError::Absolute { .. } | ImageError::OutsideContent { .. } => {
                "copy the image into the content folder and link it relative to it, e.g. `![...](images/name.png)`".to_owned()
            }
            ImageError::NotFound { .. } => {
                "check the file name; paths are relative to the content folder".to_owned()
            }
            ImageError::NotAFile { .. } => "link an image file, not a folder".to_owned(),
            ImageError::TooLarge { limit, .. } => format!(
                "make the image smaller than {} MiB (scale it down or compress it)",
                limit / (1024 * 1024)
            ),
            ImageError::Unreadable { .. } => "check the file's permissions".to_owned(),
            ImageError::UnknownFormat { .. } | ImageError::Broken { .. } => {
                "save the image as PNG, JPEG, GIF, WebP or SVG".to_owned()
            }
        }
    }
}

/// Finds, reads and recognises the image `target` (as written in the Markdown) inside `content`.
pub fn load_image(content: &Path, target: &str) -> Result<ImageFile, ImageError> {
    let path = resolve(content, target)?;
    let bytes = read_limited(&path, target)?;
    let (format, width, height) = recognise(&bytes, target)?;
    let stem = media_stem(&[&bytes]);
    Ok(ImageFile {
        media_name: format!("{stem}.{}", format.extension()),
        path,
        bytes,
        format,
        width,
        height,
    })
}

/// The canonical path of `target` inside `content`, or why there is none.
pub fn resolve(content: &Path, target: &str) -> Result<PathBuf, ImageError> {
    let owned = || target.to_owned();
    if is_url(target) {
        return Err(ImageError::Url { target: owned() });
    }
    let relative = Path::new(target);
    if relative.has_root()
        || relative
            .components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
        || target.starts_with('\\')
    {
        return Err(ImageError::Absolute { target: owned() });
    }
    let root = content
        .canonicalize()
        .map_err(|source| ImageError::Unreadable {
            target: owned(),
            source,
        })?;
    let joined = root.join(relative);
    let path = match joined.canonicalize() {
        Ok(path) => path,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A `..` that climbs out is the more useful message even when nothing is there.
            if climbs_out(relative) {
                return Err(ImageError::OutsideContent { target: owned() });
            }
            return Err(ImageError::NotFound {
                target: owned(),
                path: joined,
            });
        }
        Err(source) => {
            return Err(ImageError::Unreadable {
                target: owned(),
                source,
            });
        }
    };
    if !path.starts_with(&root) {
        return Err(ImageError::OutsideContent { target: owned() });
    }
    if !path.is_file() {
        return Err(ImageError::NotAFile { target: owned() });
    }
    Ok(path)
}

/// `scheme:` (two or more letters, so `C:` stays a path) or `//host`.
fn is_url(target: &str) -> bool {
    if target.starts_with("//") {
        return true;
    }
    match target.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() >= 2
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Whether `..` components take `relative` above its start at some point.
fn climbs_out(relative: &Path) -> bool {
    let mut depth: i64 = 0;
    for component in relative.components() {
        match component {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

/// The file's bytes, refusing it once it passes the limit (checked on what is read, not only on
/// the size the file claims).
fn read_limited(path: &Path, target: &str) -> Result<Vec<u8>, ImageError> {
    let unreadable = |source| ImageError::Unreadable {
        target: target.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    let too_large = |size| ImageError::TooLarge {
        target: target.to_owned(),
        size,
        limit: MAX_IMAGE_BYTES,
    };
    if size > MAX_IMAGE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_IMAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_IMAGE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The format and pixel size of `bytes`.
pub fn recognise(bytes: &[u8], target: &str) -> Result<(ImageFormat, u32, u32), ImageError> {
    let format = match imagesize::image_type(bytes) {
        Ok(imagesize::ImageType::Png) => ImageFormat::Png,
        Ok(imagesize::ImageType::Jpeg) => ImageFormat::Jpeg,
        Ok(imagesize::ImageType::Gif) => ImageFormat::Gif,
        Ok(imagesize::ImageType::Webp) => ImageFormat::WebP,
        _ if looks_like_svg(bytes) => return svg_size(bytes, target),
        _ => {
            return Err(ImageError::UnknownFormat {
                target: target.to_owned(),
            });
        }
    };
    let broken = |message: String| ImageError::Broken {
        target: target.to_owned(),
        format,
        message,
    };
    let size = imagesize::blob_size(bytes).map_err(|e| broken(e.to_string()))?;
    let (Ok(width), Ok(height)) = (u32::try_from(size.width), u32::try_from(size.height)) else {
        return Err(broken(format!("{} × {} pixels", size.width, size.height)));
    };
    if width == 0 || height == 0 {
        return Err(broken(format!("{width} × {height} pixels")));
    }
    // The header is not the file: decode it whole, as the PDFs will (a decoder that panics on
    // a crafted file is a broken image too, never a crash).
    let Some(decoder) = format.decoder() else {
        return Ok((format, width, height));
    };
    match crate::guard::catch(|| ::image::load_from_memory_with_format(bytes, decoder)) {
        Ok(Ok(_)) => Ok((format, width, height)),
        Ok(Err(e)) => Err(broken(e.to_string())),
        Err(panic) => Err(broken(format!("the decoder crashed: {panic}"))),
    }
}

/// An `<svg` element before any other element: after an optional BOM, XML declaration, comments
/// and doctype.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let Ok(text) =
        std::str::from_utf8(head).or_else(|e| std::str::from_utf8(&head[..e.valid_up_to()]))
    else {
        return false;
    };
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>").map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("<!") {
            rest = after.split_once('>').map_or("", |(_, r)| r).trim_start();
        } else {
            return rest.starts_with("<svg");
        }
    }
}

fn svg_size(bytes: &[u8], target: &str) -> Result<(ImageFormat, u32, u32), ImageError> {
    let broken = |message: String| ImageError::Broken {
        target: target.to_owned(),
        format: ImageFormat::Svg,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| broken(e.to_string()))?;
    let size = svg_pdf::svg_size(text).map_err(|e| broken(e.to_string()))?;
    // Sizes are finite and positive (usvg guarantees it); the casts saturate regardless.
    Ok((ImageFormat::Svg, size.0.ceil() as u32, size.1.ceil() as u32))
}

#[cfg(test)]
mod tests;
