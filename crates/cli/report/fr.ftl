# Textes du rapport de territoire (`repere report`). Les noms des domaines et
# des niveaux viennent de locales/<langue>/bank.ftl et app.ftl.
report-title = Repère — diagnostics numériques du territoire
report-intro = { $total } diagnostics anonymes, du { $first } au { $last }, réunis depuis { $files } fichiers d'export.
report-empty = Aucun diagnostic dans ces exports.
report-privacy = Chaque diagnostic est un enregistrement anonyme : la semaine, le mode, la langue, les niveaux, l'orientation que donnent les questions seules et les réponses (juste, faux, je ne sais pas). Aucun nom, aucun texte saisi, aucun jour ni heure, rien des réponses déclaratives. Aucun chiffre de ce rapport ne porte sur moins de { $k } diagnostics : une semaine qui en compte moins n'est pas montrée, un nombre plus petit est remplacé par « { report-hidden } », et une langue plus rare est comptée avec les autres (« und »).
report-modes = Par mode : { $screening } repérages (aidant), { $profile } diagnostics complets (borne).
report-languages = Par langue : { $list }.
report-paths-title = Orientations
report-paths-caption = Nombre de diagnostics par orientation (d'après les questions seules)
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
report-hidden = moins de { $k }
report-withheld = Certains diagnostics ne sont pas comptés : leur semaine en compte moins de { $k }.
report-path-unknown = Inconnue (ancien format)
