//! The HTML poster and the Mermaid diagrams in a real browser: headless Chromium (Debian's
//! `chromium` package) loads the poster, which must render with no script error and show text
//! with <, & and quotes literally; with MERMAID_JS pointing at the npm package's
//! `dist/mermaid.min.js`, the real Mermaid library renders every journey diagram.
//! Without Chromium (or without MERMAID_JS) the test says it skipped.
//! `scripts/browser-check.sh` installs both and runs this test.

use parcours::export::{Format, Table, export};
use parcours::i18n::Lang;
use std::path::Path;
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs headless Chromium on a local file; returns the DOM it ends with and its log.
fn chromium(page: &Path, profile: &Path, extra: &[&str]) -> (String, String) {
    let out = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--allow-file-access-from-files",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn nasty_demo() -> parcours::model::Workshop {
    let mut doc = parcours::demo::demo(Lang::En);
    doc.framing.title = "Tom & Jerry's <b>\"shop\"</b>".into();
    doc.journeys[0].stages[0].name = "<script>document.title='pwned'</script>".into();
    doc
}

#[test]
fn the_poster_renders_in_chromium_with_text_shown_literally() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipped: {CHROMIUM} is not installed (scripts/browser-check.sh installs it)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("poster.html");
    std::fs::write(
        &page,
        export(&nasty_demo(), Format::Html, Table::Actions, false),
    )
    .unwrap();
    let (dom, log) = chromium(&page, &dir.path().join("profile"), &["--dump-dom"]);
    assert!(!log.contains("Uncaught"), "{log}");
    // The title is text, not markup: the browser keeps it escaped in the DOM it serialises.
    assert!(
        dom.contains("Tom &amp; Jerry's &lt;b&gt;\"shop\"&lt;/b&gt;"),
        "{dom}"
    );
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(!dom.contains("<title>pwned</title>"));
    assert!(dom.contains("Marie Lefèvre") && dom.contains("<svg"));
    // And it paints: a screenshot of the poster is written.
    let shot = dir.path().join("poster.png");
    chromium(
        &page,
        &dir.path().join("profile2"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1600,1200",
        ],
    );
    assert!(
        std::fs::metadata(&shot)
            .map(|m| m.len() > 10_000)
            .unwrap_or(false)
    );
}

#[test]
fn mermaid_renders_every_journey_diagram() {
    let Some(lib) = std::env::var_os("MERMAID_JS") else {
        eprintln!(
            "skipped: set MERMAID_JS to mermaid's dist/mermaid.min.js (scripts/browser-check.sh does)"
        );
        return;
    };
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipped: {CHROMIUM} is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let text = export(
        &parcours::demo::demo(Lang::Fr),
        Format::Mermaid,
        Table::Actions,
        false,
    );
    let diagrams: Vec<&str> = text.split("\n%% ----\n").map(str::trim).collect();
    let sources = serde_json::to_string(&diagrams)
        .unwrap()
        .replace("</", "<\\/");
    let page = dir.path().join("mermaid.html");
    std::fs::write(
        &page,
        format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"file://{}\"></script></head><body><pre id=\"out\">pending</pre><script>
const sources = {sources};
mermaid.initialize({{startOnLoad: false}});
(async () => {{
  const results = [];
  for (const [i, s] of sources.entries()) {{
    try {{
      const {{svg}} = await mermaid.render('d' + i, s);
      results.push(svg.includes('<svg') ? 'ok' : 'empty');
    }} catch (e) {{ results.push('error: ' + e.message); }}
  }}
  document.getElementById('out').textContent = 'result ' + results.join(' | ');
}})();
</script></body></html>",
            Path::new(&lib).display()
        ),
    )
    .unwrap();
    let (dom, log) = chromium(&page, &dir.path().join("profile"), &["--dump-dom"]);
    let result = dom
        .split("result ")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .unwrap_or_else(|| panic!("no result: {dom}\n{log}"));
    eprintln!("mermaid: {} diagrams: {result}", diagrams.len());
    assert_eq!(result, vec!["ok"; diagrams.len()].join(" | "), "{log}");
}
