//! `cargo bench --bench diagrams`: how fast the picture stage draws Mermaid diagrams (both
//! themes: one diagram = a light and a dark SVG), turns them into PDF forms, and highlights code.
//!
//! Uses the six sample diagrams in `tests/fixtures/diagrams/` (the seeds' four, the outbox
//! flowchart, the saga sequence). Prints per-diagram times (best of `DECKGEN_BENCH_RUNS`, default
//! 10) and diagrams per second over the whole set; the first call, which builds the renderers and
//! parses the fonts once per process, is timed on its own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/args.rs"]
mod args;

use std::time::{Duration, Instant};

use deckgen::picture::{highlight, mermaid, svg_pdf};

fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    if !args::bench_requested() {
        return;
    }
    let runs = args::env_usize("DECKGEN_BENCH_RUNS", 10);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diagrams");
    let mut samples: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "mmd"))
        .map(|p| {
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned());
            (
                name.unwrap_or_default(),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    samples.sort();

    let first = Instant::now();
    let _ = mermaid::render_diagram(&samples[0].1);
    println!(
        "first call (renderers and fonts set up): {}",
        ms(first.elapsed())
    );
    let first = Instant::now();
    let _ = svg_pdf::SvgForm::from_svg(
        &mermaid::render_diagram(&samples[0].1)
            .expect("render")
            .light,
    );
    println!(
        "first SVG → PDF call (font database): {}\n",
        ms(first.elapsed())
    );

    println!("| diagram | SVG KB (light) | light + dark SVG | SVG → PDF form | form objects |");
    println!("|---|---:|---:|---:|---:|");
    let mut total = Duration::ZERO;
    for (name, source) in &samples {
        let d = mermaid::render_diagram(source).expect("render");
        let render = best(runs, || {
            mermaid::render_diagram(source).expect("render");
        });
        let form = svg_pdf::SvgForm::from_svg(&d.light).expect("form");
        let convert = best(runs, || {
            svg_pdf::SvgForm::from_svg(&d.light).expect("form");
        });
        total += render;
        println!(
            "| {name} | {:.1} | {} | {} | {} |",
            d.light.len() as f64 / 1024.0,
            ms(render),
            ms(convert),
            form.object_count()
        );
    }
    println!(
        "\n{:.0} diagrams per second (light + dark SVG each; {} diagrams in {})",
        samples.len() as f64 / total.as_secs_f64(),
        samples.len(),
        ms(total)
    );

    // Each run highlights a block never seen before: the highlighter remembers parsed blocks, and
    // the first Java block also compiles the grammar's regexes (timed on its own).
    let block = |i: usize| {
        format!("public class Relay{i} {{\n    void poll() {{ // unsent rows\n        for (var row : outbox.unsent()) publish(row);\n    }}\n}}\n")
            .repeat(10)
    };
    let start = Instant::now();
    highlight::highlight_html(&block(0), "java").expect("java");
    println!(
        "first 50 lines of Java (grammar compiled): {}",
        ms(start.elapsed())
    );
    let mut i = 0;
    let t = best(runs, || {
        i += 1;
        highlight::highlight_html(&block(i), "java").expect("java");
    });
    println!("highlight 50 new lines of Java as classed HTML: {}", ms(t));
    let seen = block(1);
    let t = best(runs, || {
        highlight::highlight_spans(&seen, "java").expect("java");
    });
    println!(
        "the same block's colours for paper (parsed already): {}",
        ms(t)
    );
}
