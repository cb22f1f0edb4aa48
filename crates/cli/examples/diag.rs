// TEMPORARY diagnostic (to be deleted): per-item exposure in profile/screening.
use repere_content::ContentRoot;
use repere_engine::simulate::{run_adaptive, TruthModel};
use repere_engine::{EngineOptions, Mode};
use std::path::Path;
use std::sync::Arc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = if args.get(1).map(|s| s.as_str()) == Some("screening") { Mode::Screening } else { Mode::Profile };
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let ec = args.get(3).map(|s| s.as_str()) != Some("off");
    let (bank, _) = repere_content::load_bank(&ContentRoot::find(Path::new(".")).assessments).unwrap();
    let bank = Arc::new(bank);
    let options = EngineOptions { exposure_control: ec, ..EngineOptions::default() };
    let tm = TruthModel::default();
    let mut exp = vec![0usize; bank.items.len()];
    let mut first = vec![0usize; bank.items.len()];
    let mut per_dom = vec![0usize; bank.domains.len()];
    for i in 0..n {
        let t = tm.draw(&bank, 42, i);
        let o = run_adaptive(&bank, &t, mode, options, 42, i, false);
        for (k, &it) in o.items.iter().enumerate() {
            exp[it] += 1;
            if k == 1 { first[it] += 1; }
            per_dom[bank.domain_index(&bank.items[it].domain).unwrap()] += 1;
        }
    }
    for (d, c) in per_dom.iter().enumerate() { println!("# {} {:.2}", bank.domains[d].id, *c as f64 / n as f64); }
    for (i, it) in bank.items.iter().enumerate() {
        println!("{}\t{}\t{:.2}\t{:.2}\t{}\t{:.3}\t{:.3}", it.id, it.domain, it.a, it.b, it.level, exp[i] as f64 / n as f64, first[i] as f64 / n as f64);
    }
}
