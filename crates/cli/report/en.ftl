# Texts of the territory report (`repere report`). Domain and level names come
# from locales/<language>/bank.ftl and app.ftl.
report-title = Repère — the territory's digital diagnostics
report-intro = { $total } anonymous diagnostics, from { $first } to { $last }, merged from { $files } export files.
report-empty = No diagnostic in these exports.
report-privacy = Each diagnostic is an anonymous record: the week, the mode, the language, the levels, the referral the questions alone give and the answers (right, wrong, don't know). No name, no typed text, no day or time, nothing of the declarative answers. No figure of this report is about fewer than { $k } diagnostics: a week with fewer is not shown, a smaller count is replaced by "{ report-hidden }", and a rarer language is counted with the others ("und").
report-modes = By mode: { $screening } screenings (aidant), { $profile } full diagnostics (kiosk).
report-languages = By language: { $list }.
report-paths-title = Referrals
report-paths-caption = Number of diagnostics by referral (from the questions alone)
report-levels-title = Levels by domain
report-levels-caption = Number of diagnostics at each level, by domain
report-weeks-title = By week
report-weeks-caption = Number of diagnostics by week and referral
report-col-path = Referral
report-col-count = Diagnostics
report-col-share = Share
report-col-domain = Domain
report-col-week = Week
report-col-total = Total
report-path-autonomous = Autonomous
report-path-training = Workshops
report-path-aidants_connect = Aidants Connect
report-path-equipment_first = Equipment first
report-generated = Report made by "repere report"; the figures are also in the tables.
report-hidden = fewer than { $k }
report-withheld = Some diagnostics are not counted: their week has fewer than { $k }.
report-path-unknown = Unknown (older format)
