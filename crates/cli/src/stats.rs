//! `repere bank stats [PATH]`: how many items per domain, level and kind, and
//! the share of simulated tasks, so the bank's coverage is a printed figure.

use repere_engine::bank::LEVEL_COUNT;
use repere_engine::Bank;

const KINDS: [&str; 4] = ["choice", "hotspot", "order", "entry"];

/// The table as text.
pub fn render(bank: &Bank) -> String {
    let mut out = format!(
        "{:<12} {:>4} {:>4} {:>4} {:>4} {:>6} {:>7} {:>8} {:>6} {:>6} {:>6}\n",
        "domain", "L1", "L2", "L3", "L4", "choice", "hotspot", "order", "entry", "total", "tasks"
    );
    let mut rows: Vec<(String, Vec<&repere_engine::Item>)> = bank
        .domains
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                bank.items.iter().filter(|i| i.domain == d.id).collect(),
            )
        })
        .collect();
    rows.push(("all".to_string(), bank.items.iter().collect()));
    for (name, items) in rows {
        let by_level: Vec<usize> = (1..=LEVEL_COUNT as u8)
            .map(|l| items.iter().filter(|i| i.level == l).count())
            .collect();
        let by_kind: Vec<usize> = KINDS
            .iter()
            .map(|k| items.iter().filter(|i| i.kind_name() == *k).count())
            .collect();
        let tasks = items.iter().filter(|i| i.is_simulated_task()).count();
        let share = if items.is_empty() {
            0.0
        } else {
            100.0 * tasks as f64 / items.len() as f64
        };
        out.push_str(&format!(
            "{:<12} {:>4} {:>4} {:>4} {:>4} {:>6} {:>7} {:>8} {:>6} {:>6} {:>5.0}%\n",
            name,
            by_level[0],
            by_level[1],
            by_level[2],
            by_level[3],
            by_kind[0],
            by_kind[1],
            by_kind[2],
            by_kind[3],
            items.len(),
            share
        ));
    }
    out
}
