use std::path::Path;

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/images")
            .join(name),
    )
    .unwrap()
}

/// A content folder with `images/` holding every fixture, and a folder beside it.
fn content() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("images/sub")).unwrap();
    for name in [
        "square.png",
        "square.gif",
        "square.jpg",
        "square.webp",
        "square-header-only.jpg",
        "square-header-only.webp",
        "square.svg",
    ] {
        std::fs::write(content.join("images").join(name), fixture(name)).unwrap();
    }
    std::fs::write(dir.path().join("secret.png"), fixture("square.png")).unwrap();
    (dir, content)
}

#[test]
fn every_format_is_recognised_with_its_size() {
    let (_dir, content) = content();
    for (name, format) in [
        ("square.png", ImageFormat::Png),
        ("square.gif", ImageFormat::Gif),
        ("square.jpg", ImageFormat::Jpeg),
        ("square.webp", ImageFormat::WebP),
        ("square.svg", ImageFormat::Svg),
    ] {
        let image = load_image(&content, &format!("images/{name}")).unwrap();
        assert_eq!(
            (image.format, image.width, image.height),
            (format, 30, 20),
            "{name}"
        );
        assert_eq!(image.bytes, fixture(name));
        assert!(
            image.media_name.starts_with("deckgen-"),
            "{}",
            image.media_name
        );
        assert!(
            image
                .media_name
                .ends_with(&format!(".{}", format.extension()))
        );
    }
}

#[test]
fn the_format_comes_from_the_bytes_not_the_name() {
    let (_dir, content) = content();
    std::fs::write(content.join("images/looks-like.jpg"), fixture("square.png")).unwrap();
    let image = load_image(&content, "images/looks-like.jpg").unwrap();
    assert_eq!(image.format, ImageFormat::Png);
    assert!(image.media_name.ends_with(".png"));
    // The same bytes under another name: the same media name.
    assert_eq!(
        image.media_name,
        load_image(&content, "images/square.png")
            .unwrap()
            .media_name
    );
}

#[test]
fn paths_inside_the_folder_may_use_dot_segments() {
    let (_dir, content) = content();
    assert!(load_image(&content, "images/sub/../square.png").is_ok());
    assert!(load_image(&content, "./images/square.png").is_ok());
}

#[test]
fn urls_are_refused() {
    let (_dir, content) = content();
    for target in [
        "https://example.com/a.png",
        "http://example.com/a.png",
        "HTTP://example.com/a.png",
        "file:///etc/passwd",
        "data:image/png;base64,iVBORw0KGgo=",
        "//example.com/a.png",
        "ftp://host/a.png",
    ] {
        assert!(
            matches!(load_image(&content, target), Err(ImageError::Url { .. })),
            "{target}"
        );
    }
}

#[test]
fn absolute_paths_are_refused() {
    let (dir, content) = content();
    let absolute = dir.path().join("content/images/square.png");
    for target in [
        absolute.to_str().unwrap(),
        "/etc/passwd",
        "\\\\server\\share\\a.png",
    ] {
        assert!(
            matches!(
                load_image(&content, target),
                Err(ImageError::Absolute { .. })
            ),
            "{target}"
        );
    }
}

#[test]
fn dot_dot_out_of_the_folder_is_refused() {
    let (_dir, content) = content();
    for target in [
        "../secret.png",
        "images/../../secret.png",
        "../missing.png",
        "images/../../../../etc/passwd",
    ] {
        assert!(
            matches!(
                load_image(&content, target),
                Err(ImageError::OutsideContent { .. })
            ),
            "{target}: {:?}",
            load_image(&content, target)
        );
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_folder_are_refused() {
    let (dir, content) = content();
    std::os::unix::fs::symlink(
        dir.path().join("secret.png"),
        content.join("images/link.png"),
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path(), content.join("images/outside")).unwrap();
    for target in ["images/link.png", "images/outside/secret.png"] {
        assert!(
            matches!(
                load_image(&content, target),
                Err(ImageError::OutsideContent { .. })
            ),
            "{target}"
        );
    }
    // A link that stays inside is fine.
    std::os::unix::fs::symlink(
        content.join("images/square.png"),
        content.join("images/inside.png"),
    )
    .unwrap();
    assert_eq!(
        load_image(&content, "images/inside.png").unwrap().format,
        ImageFormat::Png
    );
}

#[test]
fn missing_files_and_folders_are_refused() {
    let (_dir, content) = content();
    let e = load_image(&content, "images/nope.png").unwrap_err();
    assert!(matches!(e, ImageError::NotFound { .. }), "{e:?}");
    assert!(e.to_string().contains("images/nope.png"));
    assert!(matches!(
        load_image(&content, "images/sub"),
        Err(ImageError::NotAFile { .. })
    ));
    assert!(matches!(
        load_image(&content, ""),
        Err(ImageError::NotAFile { .. })
    ));
}

#[test]
fn files_over_the_limit_are_refused() {
    let (_dir, content) = content();
    let path = content.join("images/huge.png");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_IMAGE_BYTES + 1).unwrap();
    let e = load_image(&content, "images/huge.png").unwrap_err();
    assert!(
        matches!(e, ImageError::TooLarge { size, .. } if size == MAX_IMAGE_BYTES + 1),
        "{e:?}"
    );
    assert!(e.hint().contains("10 MiB"));
    // Exactly at the limit is allowed as far as size goes (then fails on its bytes).
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_IMAGE_BYTES)
        .unwrap();
    assert!(matches!(
        load_image(&content, "images/huge.png"),
        Err(ImageError::UnknownFormat { .. })
    ));
}

#[test]
fn other_formats_and_broken_files_are_refused() {
    let (_dir, content) = content();
    let cases: &[(&str, &[u8])] = &[
        ("text.png", b"hello, I am not a picture"),
        ("empty.png", b""),
        ("bitmap.bmp", b"BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x18\x00"),
        ("page.html", b"<!doctype html><html><body><svg></svg></body></html>"),
    ];
    for (name, bytes) in cases {
        std::fs::write(content.join("images").join(name), bytes).unwrap();
        let e = load_image(&content, &format!("images/{name}")).unwrap_err();
        assert!(
            matches!(e, ImageError::UnknownFormat { .. }),
            "{name}: {e:?}"
        );
    }
    let png = fixture("square.png");
    std::fs::write(content.join("images/cut.png"), &png[..12]).unwrap();
    let e = load_image(&content, "images/cut.png").unwrap_err();
    assert!(
        matches!(
            e,
            ImageError::Broken {
                format: ImageFormat::Png,
                ..
            }
        ),
        "{e:?}"
    );
    std::fs::write(
        content.join("images/bad.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect",
    )
    .unwrap();
    let e = load_image(&content, "images/bad.svg").unwrap_err();
    assert!(
        matches!(
            e,
            ImageError::Broken {
                format: ImageFormat::Svg,
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn svg_is_recognised_after_a_prolog() {
    let svg = "\u{feff}<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>";
    assert_eq!(
        recognise(svg.as_bytes(), "x.svg").unwrap(),
        (ImageFormat::Svg, 4, 3)
    );
}

#[test]
fn every_error_has_a_hint() {
    let e = ImageError::Url {
        target: "http://x".into(),
    };
    assert!(e.hint().contains("content folder"));
    assert!(e.to_string().contains("never downloads"));
}

/// A file whose header is whole but whose pixels are missing is found out when it is read, with
/// the decoder's words: the PDFs could not draw it, and Anki would show a broken picture.
#[test]
fn a_file_with_a_good_header_and_no_pixels_is_broken() {
    let (_dir, content) = content();
    for (name, format) in [
        ("square-header-only.jpg", ImageFormat::Jpeg),
        ("square-header-only.webp", ImageFormat::WebP),
    ] {
        match load_image(&content, &format!("images/{name}")) {
            Err(ImageError::Broken {
                format: f, message, ..
            }) => {
                assert_eq!(f, format, "{name}");
                assert!(!message.is_empty(), "{name}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    let mut png = fixture("square.png");
    png.truncate(png.len() - 20);
    assert!(matches!(
        recognise(&png, "cut.png"),
        Err(ImageError::Broken { .. })
    ));
}
