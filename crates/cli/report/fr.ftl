# Textes du rapport de territoire (`repere report`). Les noms des domaines et
# des niveaux viennent de locales/<langue>/bank.ftl et app.ftl.
report-title = Repère — diagnostics numériques du territoire
report-intro = { $total } diagnostics anonymes, du { $first } au { $last }, réunis depuis { $files } fichiers d'export.
report-empty = Aucun diagnostic dans ces exports.
report-privacy = Chaque diagnostic est un enregistrement anonyme : le jour, le mode, la langue, les niveaux, l'orientation et les réponses (juste, faux, je ne sais pas). Aucun nom, aucun texte saisi, aucune heure.
report-modes = Par mode : { $screening } repérages (aidant), { $profile } diagnostics complets (borne).
report-languages = Par langue : { $list }.
report-paths-title = Orientations
report-paths-caption = Nombre de diagnostics par orientation principale
report-levels-title = Niveaux par domaine
report-levels-caption = Nombre de diagnostics à chaque niveau, par domaine
report-weeks-title = Évolution par semaine
report-weeks-caption = Nombre de diagnostics par semaine et par orientation
report-col-path = Orientation
report-col-count = Diagnostics
report-col-share = Part
report-col-domain = Domaine
report-col-week = Semaine
report-col-total = Total
report-path-autonomous = Autonome
report-path-training = Ateliers
report-path-aidants_connect = Aidants Connect
report-path-equipment_first = Équipement d'abord
report-generated = Rapport produit par « repere report » ; les chiffres sont aussi dans les tableaux.
