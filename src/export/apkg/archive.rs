//! The .apkg zip: `collection.anki2`, the media files as entries `0`, `1`, ... and the `media`
//! map (`{"0": "deckgen-….svg", ...}`, in the order given), with entry times taken from the package
//! timestamp (never the clock, and never local time), so that the same package gives the same
//! bytes.

use std::fs::File;
use std::io::{Cursor, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::error::Error;

/// Zips the collection database at `collection` and the `media` files (name, bytes; sorted by the
/// caller) into an .apkg, streaming the database from the file.
pub fn write_apkg(
    collection: &Path,
    timestamp: i64,
    media: &[(&str, &[u8])],
) -> Result<Vec<u8>, Error> {
    let io = |e: std::io::Error| Error::io(collection, e);
    let zip_err = |source| Error::Zip {
        path: collection.to_path_buf(),
        source,
    };
    let mut db = File::open(collection).map_err(io)?;
    let size = db.metadata().map_or(0, |m| m.len());
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        // Level 1: the collection compresses to about a quarter at a fraction of level 6's time;
        // the extra bytes do not matter for a file that is imported once.
        .compression_level(Some(1))
        .last_modified_time(zip_time(timestamp))
        .large_file(size >= u64::from(u32::MAX));
    let capacity = usize::try_from(size / 3).unwrap_or(0);
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(capacity)));
    zip.start_file("collection.anki2", options)
        .map_err(zip_err)?;
    std::io::copy(&mut db, &mut zip).map_err(io)?;
    let mut map = serde_json::Map::new();
    for (index, (name, bytes)) in media.iter().enumerate() {
        zip.start_file(index.to_string(), options)
            .map_err(zip_err)?;
        zip.write_all(bytes).map_err(io)?;
        map.insert(index.to_string(), serde_json::Value::from(*name));
    }
    zip.start_file("media", options).map_err(zip_err)?;
    zip.write_all(serde_json::Value::Object(map).to_string().as_bytes())
        .map_err(io)?;
    let cursor = zip.finish().map_err(zip_err)?;
    Ok(cursor.into_inner())
}

/// The UTC date and time of a Unix timestamp as a zip time (1980–2107; clamped outside).
fn zip_time(timestamp: i64) -> DateTime {
    let (year, month, day, h, m, s) = civil_from_unix(timestamp);
    let year = year.clamp(1980, 2107);
    DateTime::from_date_and_time(year as u16, month, day, h, m, s).unwrap_or_default()
}

/// Unix seconds → (year, month, day, hour, minute, second) in UTC, by Howard Hinnant's
/// days-from-civil algorithm; no time-zone database, no local time.
fn civil_from_unix(t: i64) -> (i64, u8, u8, u8, u8, u8) {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let small = |v: i64| u8::try_from(v).unwrap_or(0);
    (
        year,
        small(month),
        small(day),
        small(secs / 3600),
        small(secs % 3600 / 60),
        small(secs % 60),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_unix(0), (1970, 1, 1, 0, 0, 0));
        assert_eq!(civil_from_unix(951_782_400), (2000, 2, 29, 0, 0, 0));
        assert_eq!(civil_from_unix(1_795_462_752), (2026, 11, 23, 19, 39, 12));
        assert_eq!(civil_from_unix(-1), (1969, 12, 31, 23, 59, 59));
    }

    #[test]
    fn same_input_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        std::fs::write(&db, b"db").unwrap();
        let a = write_apkg(&db, 1_700_000_000, &[]).unwrap();
        let b = write_apkg(&db, 1_700_000_000, &[]).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, write_apkg(&db, 1_800_000_000, &[]).unwrap());
    }

    #[test]
    fn media_files_are_numbered_entries_named_in_the_media_map() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        std::fs::write(&db, b"db").unwrap();
        let media: [(&str, &[u8]); 2] = [("a.svg", b"<svg/>"), ("b-dark.svg", b"<svg>2</svg>")];
        let bytes = write_apkg(&db, 1_700_000_000, &media).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
            s
        };
        assert_eq!(read("media"), r#"{"0":"a.svg","1":"b-dark.svg"}"#);
        assert_eq!(read("0"), "<svg/>");
        assert_eq!(read("1"), "<svg>2</svg>");
    }
}
