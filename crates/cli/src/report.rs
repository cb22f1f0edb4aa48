//! `repere report EXPORTS… [--out FILE] [--lang fr|en]`: exports from many
//! devices and venues merged into one self-contained HTML report for a
//! territory's coordinator — counts by referral, levels per domain, evolution
//! by week — each as an SVG chart with its numbers in a table beside it.
//!
//! Self-contained: no script, no external resource (styles inline), so it can
//! be mailed or opened offline. Accessible: every chart is an `img` with a
//! name, and every figure is also in a table with headers. Texts come from
//! Fluent: `crates/cli/report/<lang>.ftl` for the report's own words, the
//! app's `locales/<lang>/bank.ftl` and `app.ftl` for domain and level names.

use crate::args::{ArgError, Options};
use crate::escape::escape_lines;
use crate::exports::{read_exports, InputError};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use repere_content::ContentRoot;
use repere_records::{Path, Published, Shown, Summary, Week, K};
use std::path::Path as FsPath;
use std::process::ExitCode;

pub const USAGE: &str = "  repere report EXPORTS… [--out FILE] [--lang fr|en] [--root PATH]
                                 merge records exports into one self-contained HTML report";

const REPORT_FTL: [(&str, &str); 2] = [
    ("fr", include_str!("../report/fr.ftl")),
    ("en", include_str!("../report/en.ftl")),
];
/// Bar colours by path (Path::ALL order) and by level 1–4: distinguishable
/// and each at least 3:1 against white (WCAG 1.4.11).
const PATH_COLOURS: [&str; 5] = ["#1b6e3a", "#1f4e9c", "#8a3b12", "#5b2a86", "#595959"];
const LEVEL_COLOURS: [&str; 4] = ["#a4262c", "#b35900", "#2f6f3e", "#1f4e9c"];

struct Args {
    files: Vec<String>,
    out: String,
    lang: String,
    root: String,
}

fn parse(words: &[&str]) -> Result<Args, ArgError> {
    let mut a = Args {
        files: vec![],
        out: "report.html".into(),
        lang: "fr".into(),
        root: ".".into(),
    };
    let mut opts = Options::new(words);
    while let Some(word) = opts.next_option() {
        match word {
            "--out" => a.out = opts.value(word)?.into(),
            "--root" => a.root = opts.value(word)?.into(),
            "--lang" => {
                a.lang = opts.value(word)?.into();
                if !REPORT_FTL.iter().any(|(l, _)| *l == a.lang) {
                    return Err(ArgError::Invalid {
                        option: word.into(),
                        message: format!("expected fr or en, got '{}'", a.lang),
                    });
                }
            }
            other if other.starts_with("--") => return Err(ArgError::Unknown(other.into())),
            file => a.files.push(file.into()),
        }
    }
    crate::exports::require_files(&a.files)?;
    Ok(a)
}

pub fn main(words: &[&str]) -> ExitCode {
    let args = match parse(words) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("repere: {}\n\nusage:\n{USAGE}", escape_lines(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    let mut summary = Summary::default();
    let read = read_exports(&args.files, |records| {
        for r in records {
            summary.add(r);
        }
    });
    if let Err(e) = read {
        eprintln!("repere report: {}", escape_lines(&e.to_string()));
        return ExitCode::from(1);
    }
    let texts = match Texts::load(
        &args.lang,
        &ContentRoot::find(FsPath::new(&args.root)).locales,
    ) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("repere report: {}", escape_lines(&e.to_string()));
            return ExitCode::from(1);
        }
    };
    let published = summary.published(None);
    let html = render(&published, args.files.len(), &texts);
    if let Err(e) = std::fs::write(&args.out, html) {
        eprintln!("repere report: {}: {}", escape(&args.out), escape_lines(&e.to_string()));
        return ExitCode::from(1);
    }
    println!(
        "{}: {} diagnostics from {} files{}",
        escape_lines(&args.out),
        published.total,
        args.files.len(),
        if published.withheld {
            format!(" (weeks with fewer than {K} diagnostics left out)")
        } else {
            String::new()
        }
    );
    ExitCode::SUCCESS
}

/// The report's words, and the app's names of domains and levels.
pub struct Texts {
    lang: String,
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    pub fn load(lang: &str, locales: &FsPath) -> Result<Texts, InputError> {
        let id: unic_langid::LanguageIdentifier = lang.parse().map_err(|_| InputError {
            file: lang.into(),
            message: "not a language tag".into(),
        })?;
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        let own = REPORT_FTL
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t.to_string())
            .unwrap_or_default();
        let mut sources = vec![(format!("report/{lang}.ftl"), own)];
        for file in ["bank.ftl", "app.ftl"] {
            let path = locales.join(lang).join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| InputError {
                file: path.display().to_string(),
                message: format!("{e} (run from the project root or give --root)"),
            })?;
            sources.push((path.display().to_string(), text));
        }
        for (name, text) in sources {
            let resource = FluentResource::try_new(text).map_err(|(_, errors)| InputError {
                file: name.clone(),
                message: format!("{} Fluent syntax errors", errors.len()),
            })?;
            bundle.add_resource_overriding(resource);
        }
        Ok(Texts {
            lang: lang.into(),
            bundle,
        })
    }

    pub fn get(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn percent(part: Shown, total: usize) -> String {
    match part {
        Some(part) if total > 0 => format!("{:.0} %", 100.0 * part as f64 / total as f64),
        _ => "–".into(),
    }
}

/// A horizontal stacked bar chart: one row per label, one segment per series
/// (a hidden count draws nothing), the row's figure at its end.
fn bar_chart(
    id: &str,
    caption: &str,
    rows: &[(String, Vec<Shown>, String)],
    colours: &[&str],
    legend: &[String],
) -> String {
    let max = rows
        .iter()
        .map(|(_, v, _)| v.iter().flatten().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let (label_w, bar_w, row_h) = (230.0, 420.0, 30.0);
    let legend_h = 28.0;
    let height = legend_h + row_h * rows.len() as f64 + 10.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-t\" viewBox=\"0 0 {} {height}\" width=\"100%\"><title id=\"{id}-t\">{}</title>",
        label_w + bar_w + 60.0,
        escape(caption)
    );
    let mut x = 0.0;
    for (name, colour) in legend.iter().zip(colours) {
        svg += &format!("<rect x=\"{x}\" y=\"4\" width=\"14\" height=\"14\" fill=\"{colour}\"/><text x=\"{}\" y=\"16\">{}</text>", x + 18.0, escape(name));
        x += 30.0 + 8.0 * name.chars().count() as f64;
    }
    for (r, (label, values, figure)) in rows.iter().enumerate() {
        let y = legend_h + row_h * r as f64;
        svg += &format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y + 19.0,
            escape(label)
        );
        let mut x = label_w;
        for (v, colour) in values.iter().zip(colours) {
            let w = bar_w * v.unwrap_or(0) as f64 / max as f64;
            if w > 0.0 {
                svg += &format!("<rect x=\"{x:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"/>", y + 4.0, row_h - 8.0);
            }
            x += w;
        }
        svg += &format!(
            "<text x=\"{:.1}\" y=\"{}\">{}</text>",
            x + 6.0,
            y + 19.0,
            escape(figure)
        );
    }
    svg + "</svg>"
}

fn table(caption: &str, head: &[String], rows: &[Vec<String>]) -> String {
    let mut t = format!("<table><caption>{}</caption><thead><tr>", escape(caption));
    for (i, h) in head.iter().enumerate() {
        t += &format!(
            "<th scope=\"col\"{}>{}</th>",
            if i > 0 { " class=\"n\"" } else { "" },
            escape(h)
        );
    }
    t += "</tr></thead><tbody>";
    for row in rows {
        t += "<tr>";
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                t += &format!("<th scope=\"row\">{}</th>", escape(cell));
            } else {
                t += &format!("<td class=\"n\">{}</td>", escape(cell));
            }
        }
        t += "</tr>";
    }
    t + "</tbody></table>"
}

const STYLE: &str = "body{font:1.05rem/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem}svg text{font:13px system-ui,sans-serif;fill:#1a1a1a}\
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:left}\
.n{text-align:right}caption{text-align:left;font-weight:600;padding:.3rem 0}@media print{h2{break-before:auto}}";

pub fn render(p: &Published, files: usize, t: &Texts) -> String {
    let n = |x: usize| FluentValue::from(x as f64);
    let k = [("k", n(K))];
    let hidden = t.get("report-hidden", &k);
    let cell = |c: Shown| c.map_or(hidden.clone(), |v| v.to_string());
    let mut body = format!("<h1>{}</h1>", escape(&t.get("report-title", &[])));
    let (Some(first), Some(last)) = (p.weeks.keys().next(), p.weeks.keys().next_back()) else {
        body += &format!("<p>{}</p>", escape(&t.get("report-empty", &[])));
        if p.withheld {
            body += &format!("<p>{}</p>", escape(&t.get("report-withheld", &k)));
        }
        return page(&t.lang, &t.get("report-title", &[]), &body);
    };
    body += &format!(
        "<p>{}</p><p>{}</p><p>{}</p><p>{}</p>",
        escape(&t.get(
            "report-intro",
            &[
                ("total", n(p.total)),
                ("first", first.to_string().into()),
                ("last", last.to_string().into()),
                ("files", n(files))
            ]
        )),
        escape(&t.get(
            "report-modes",
            &[
                ("screening", cell(p.by_mode[0]).into()),
                ("profile", cell(p.by_mode[1]).into())
            ]
        )),
        escape(
            &t.get(
                "report-languages",
                &[(
                    "list",
                    p.by_language
                        .iter()
                        .map(|(l, c)| format!("{l} {}", cell(*c)))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into()
                )]
            )
        ),
        escape(&t.get("report-privacy", &k))
    );
    if p.withheld {
        body += &format!("<p>{}</p>", escape(&t.get("report-withheld", &k)));
    }
    let path_names: Vec<String> = Path::ALL
        .iter()
        .map(|p| t.get(&format!("report-path-{}", p.id()), &[]))
        .collect();
    // Referrals (the unknown paths of migrated records last, when any).
    let mut path_rows: Vec<(String, Shown)> = path_names.iter().cloned().zip(p.by_path).collect();
    if p.unknown_path != Some(0) {
        path_rows.push((t.get("report-path-unknown", &[]), p.unknown_path));
    }
    let caption = t.get("report-paths-caption", &[]);
    body += &format!("<h2>{}</h2>", escape(&t.get("report-paths-title", &[])));
    let rows: Vec<(String, Vec<Shown>, String)> = path_rows
        .iter()
        .enumerate()
        .map(|(i, (name, c))| {
            (
                name.clone(),
                (0..path_rows.len()).map(|j| if i == j { *c } else { Some(0) }).collect(),
                cell(*c),
            )
        })
        .collect();
    body += &bar_chart("paths", &caption, &rows, &PATH_COLOURS, &[]);
    body += &table(
        &caption,
        &[
            t.get("report-col-path", &[]),
            t.get("report-col-count", &[]),
            t.get("report-col-share", &[]),
        ],
        &path_rows
            .iter()
            .map(|(name, c)| vec![name.clone(), cell(*c), percent(*c, p.total)])
            .collect::<Vec<_>>(),
    );
    // Levels per domain.
    let caption = t.get("report-levels-caption", &[]);
    let level_names: Vec<String> = (1..=4).map(|l| t.get(&format!("level-{l}"), &[])).collect();
    body += &format!("<h2>{}</h2>", escape(&t.get("report-levels-title", &[])));
    let rows: Vec<(String, Vec<Shown>, String)> = p
        .levels
        .iter()
        .map(|(d, counts)| {
            let figure = if counts.iter().all(Option::is_some) {
                counts.iter().flatten().sum::<usize>().to_string()
            } else {
                String::new()
            };
            (t.get(&format!("domain-{d}"), &[]), counts.to_vec(), figure)
        })
        .collect();
    body += &bar_chart("levels", &caption, &rows, &LEVEL_COLOURS, &level_names);
    let mut head = vec![t.get("report-col-domain", &[])];
    head.extend(level_names.iter().cloned());
    body += &table(
        &caption,
        &head,
        &rows
            .iter()
            .map(|(d, v, _)| std::iter::once(d.clone()).chain(v.iter().map(|c| cell(*c))).collect())
            .collect::<Vec<_>>(),
    );
    // By week.
    let caption = t.get("report-weeks-caption", &[]);
    body += &format!("<h2>{}</h2>", escape(&t.get("report-weeks-title", &[])));
    let rows: Vec<(String, Vec<Shown>, String)> = p
        .weeks
        .iter()
        .map(|(w, c): (&Week, _)| (w.to_string(), c.by_path.to_vec(), c.total.to_string()))
        .collect();
    body += &bar_chart("weeks", &caption, &rows, &PATH_COLOURS, &path_names);
    let mut head = vec![t.get("report-col-week", &[])];
    head.extend(path_names.iter().cloned());
    head.push(t.get("report-col-total", &[]));
    body += &table(
        &caption,
        &head,
        &p.weeks
            .iter()
            .map(|(w, c)| {
                std::iter::once(w.to_string())
                    .chain(c.by_path.iter().map(|x| cell(*x)))
                    .chain([c.total.to_string()])
                    .collect()
            })
            .collect::<Vec<_>>(),
    );
    body += &format!("<p>{}</p>", escape(&t.get("report-generated", &[])));
    page(&t.lang, &t.get("report-title", &[]), &body)
}

fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{}</title><style>{STYLE}</style></head><body><main>{body}</main></body></html>\n",
        escape(title)
    )
}
