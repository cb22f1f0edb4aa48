## The app's own texts (screens, buttons). Item texts are in items/.

language-name = Français
language-direction = ltr
language-switcher = Langue
language-title = Choisissez votre langue
language-continue = Continuer

title-welcome = Bienvenue
title-language = Langue
title-question = Question
title-result = Votre résultat
title-error = Un problème est survenu

welcome-title = Bienvenue !
welcome-lead = Quelques questions pour savoir où vous en êtes avec le numérique. Il n'y a pas de piège.
welcome-start = Appuyez ici pour commencer

question-progress = Question { $number }
answer-dont-know = Je ne sais pas
answer-confirm = Valider
order-hint = Mettez les étapes dans l'ordre avec les flèches.
order-up = Monter : { $step }
order-down = Descendre : { $step }
entry-label = Votre réponse

result-title = Votre résultat
level-1 = Découverte
level-2 = Les bases
level-3 = À l'aise
level-4 = Autonome
result-finish = Terminer

error-title = Un problème est survenu
error-bank = Les questions n'ont pas pu être chargées. Ce n'est pas de votre faute.
error-restart = Recommencer

skip-to-content = Aller au contenu
read-aloud = Lire à voix haute
title-how = Comment ça marche
title-consent = Vos données
title-declarative = Questions de départ
title-situation = Deux questions pour finir

aidant-welcome-title = Diagnostic avec la personne accompagnée
aidant-welcome-lead = Quelques questions sur sa situation, puis des exercices. Rien n'est enregistré.
aidant-welcome-start = Commencer le diagnostic

how-title = Comment ça marche
how-step-one = Une question par écran. Choisissez votre réponse, puis « Valider ».
how-step-dont-know = Vous pouvez toujours répondre « Je ne sais pas ». Ce n'est pas grave.
how-step-pause = Vous pouvez faire une pause ou arrêter quand vous voulez.
practice-question = Pour essayer : qu'est-ce qui brille le jour ?
practice-opt-sun = Le soleil
practice-opt-moon = La lune
practice-feedback = C'est bien ! Cet essai ne compte pas.
how-continue = J'ai compris

consent-title = Vos données restent ici
consent-nothing-kept = Rien de personnel n'est gardé. On ne vous demande pas votre nom.
consent-no-name = Vos réponses restent sur cette tablette, le temps du test.
consent-finish-wipes = À la fin, « Terminer » efface tout pour la personne suivante.
consent-accept = D'accord, je commence
consent-decline = Non merci, revenir à l'accueil

pause = Pause
pause-title = Pause
pause-text = Prenez votre temps. Vos réponses sont gardées jusqu'à la fin du test.
pause-resume = Reprendre
pause-finish = Arrêter et voir mon résultat
pause-quit = Quitter et tout effacer

idle-title = Vous êtes toujours là ?
idle-text = Sans action de votre part, tout sera effacé dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
idle-continue = Je suis là, je continue

decl-title = Questions de départ
decl-lead = À poser à la personne. Sa réponse suffit : « Je ne sais pas » est possible.
decl-smartphone = A-t-elle un smartphone qu'elle sait utiliser ?
decl-computer = A-t-elle un ordinateur ou une tablette chez elle ?
decl-internet = A-t-elle internet chez elle ?
decl-email = A-t-elle une adresse e-mail qu'elle peut ouvrir ?
decl-procedure = A-t-elle une démarche en ligne à faire ?
decl-learn = Souhaite-t-elle apprendre ?
decl-help = Est-elle déjà aidée par quelqu'un ?
decl-franceconnect = A-t-elle un compte impots.gouv, ameli, La Poste, MSA ou France Identité (pour FranceConnect) ?
decl-yes = Oui
decl-no = Non
decl-unknown = Je ne sais pas
decl-procedure-none = Non
decl-procedure-later = Oui, plus tard
decl-procedure-month = Oui, ce mois-ci
decl-procedure-week = Oui, cette semaine
decl-continue = Passer aux exercices

result-strengths = Ce que vous savez déjà faire
result-referral = Notre conseil
result-also = Et aussi :
result-why = Pourquoi
result-learn-next = Ce que vous pouvez apprendre
result-declarative = Situation déclarée
result-print = Imprimer la fiche
precision-good = précision bonne
precision-fair = précision moyenne
precision-rough = précision faible
result-qr-label = Code QR : lien vers la fiche du résultat, sans donnée personnelle
result-code = Code du résultat :
preview-answered = Réponse reçue (aperçu : elle ne compte pas).
error-preview = Cette question n'existe pas. Vérifiez son identifiant.
venues-loading = Recherche des lieux près de chez vous…

## Fiche du conseiller (lien du QR ou code tapé) et statistiques anonymes de la structure (followup)
title-fiche = Fiche de résultat
title-read-code = Lire un code de résultat
title-venue = Espace structure
fiche-code = Code :
fiche-close = Fermer la fiche
fiche-mode-screening = Repérage avec un aidant
fiche-mode-profile = Diagnostic complet en autonomie
fiche-items = { $count ->
    [one] { $count } question répondue
   *[other] { $count } questions répondues
}
fiche-domain = Domaine
fiche-error-version = Ce code a été fait par une version plus récente de Repère. Ouvrez le lien du QR code sur le site qui l'a créé, ou mettez Repère à jour.
fiche-error-character = Le caractère « { $character } » (position { $position }) ne peut pas être dans un code. Vérifiez le code.
fiche-error-length = Il manque un caractère, ou il y en a un de trop. Vérifiez le code.
fiche-error-checksum = Un caractère a été mal tapé ou mal lu. Vérifiez le code.
fiche-error-other-bank = Ce code a été fait avec une autre version des questions. Pour ne pas afficher de faux niveaux, nous ne le lisons pas ici : ouvrez le lien du QR code sur le site qui l'a créé.
fiche-error-invalid = Ce code n'est pas valide. Vérifiez-le ou demandez la fiche imprimée.
read-code-entry = Lire un code de résultat
read-code-title = Lire un code de résultat
read-code-label = Code de résultat (majuscules, minuscules et espaces acceptés)
read-code-submit = Afficher la fiche
read-code-back = Revenir à l'accueil
consent-stats = Une exception, si vous êtes d'accord : cette structure garde sur cet appareil une trace anonyme de ce test, pour compter son activité. Elle contient la semaine (pas le jour), la langue, vos niveaux, le conseil que donnent les questions, et pour chaque question posée si la réponse était juste, fausse ou « je ne sais pas ». Jamais votre nom, ce que vous écrivez, ni ce que vous dites de votre situation. « Terminer » ne l'efface pas. Les chiffres ne sont montrés que par groupes d'au moins 5 tests.
venue-entry = Espace structure
venue-title = Statistiques de la structure
venue-off = Les statistiques ne sont pas activées pour cette structure.
venue-leave = Fermer et revenir à l'accueil
venue-code-label = Code de la structure (16 caractères, par exemple K7QM-3XD9-PA2F-W8HT)
venue-code-submit = Ouvrir
venue-code-wrong = Ce n'est pas le bon code. { $left ->
    [one] Encore { $left } essai.
   *[other] Encore { $left } essais.
}
venue-code-locked = Trop d'essais. Le code ne pourra être essayé à nouveau qu'un peu plus tard (15 minutes, puis plus longtemps à chaque erreur).
venue-log-saved = { $count ->
    [0] Aucun test gardé depuis l'ouverture de cette page.
    [one] { $count } test gardé depuis l'ouverture de cette page.
   *[other] { $count } tests gardés depuis l'ouverture de cette page.
}
venue-log-dropped = Un test n'a pas été gardé (il s'est bien terminé pour la personne) :
venue-problem-unavailable = le navigateur ne donne pas accès au stockage de cet appareil (navigation privée ou stockage bloqué).
venue-problem-full = le stockage de cet appareil est plein. Exportez puis videz les données.
venue-problem-corrupted = les données gardées sur cet appareil sont illisibles. Videz-les pour recommencer à compter.
venue-problem-refused = le navigateur a refusé l'enregistrement.
venue-problem-invalid = le résumé du test était incomplet.
venue-migrated = Les données étaient dans un ancien format ({ $version }) : elles ont été mises à jour.
venue-total = { $count ->
    [one] { $count } test gardé sur cet appareil.
   *[other] { $count } tests gardés sur cet appareil.
}
venue-export-csv = Exporter (CSV, tableur)
venue-export-json = Exporter (JSON)
venue-purge = Vider les données
venue-purge-confirm = Confirmer : tout effacer
venue-purged = Les données ont été effacées.
venue-by-path = Tests par conseil donné
venue-by-level = Niveaux par domaine
venue-by-week = Tests par semaine
venue-chart-table = les chiffres sont dans le tableau qui suit
# engine: variable-length tests — the only honest promise is an upper bound
# ($left: the most questions that may come after this one, from the engine)
question-progress-left = Question { $number } · { $left ->
    [0] la dernière
    [one] encore { $left } au plus
   *[other] encore { $left } au plus
}

## Embed mode (widget on a venue's site)
embed-shares-result = Votre résultat (niveaux, conseil et code du résultat, rien d'autre) sera transmis au site { $site }.

aidant-result-title = Fiche de liaison
result-where = Où aller
result-show = Montrez ce code à l'accueil, ou notez-le : un ou une conseillère pourra relire votre résultat avec.
aidant-result-show = Ce code ouvre cette fiche sur un autre appareil (scannez le QR code).
result-show-embedded = Notez ce code : dans un lieu d'aide, on pourra relire votre résultat avec.
result-position = Votre position
result-overall = Dans l'ensemble : { $level }
result-levels-summary = { $measured } domaines évalués sur { $total }
level-not-assessed = non évalué
result-finish-confirm = Avez-vous noté ou imprimé votre code ? Ensuite, tout ce que vous avez répondu sera effacé.
result-finish-yes = Oui, effacer
result-finish-back = Revenir au résultat
places-near = Près d’ici
places-offering = Lieux qui proposent ce service
place-here = Ici, à l'accueil de { $name }
place-show-screen = Montrez cet écran à l’accueil.
place-distance = à { $km } km
place-offers-aidants-connect = Aidants Connect (démarches faites avec vous)
place-offers-conseillers = Conseillers numériques
place-offers-france-services = Espace France Services
place-offers-free = Gratuit
where-generic-autonomous = Pour aller plus loin, des tests gratuits existent, par exemple sur pix.fr. Pour aider les autres, demandez à votre mairie ou à votre médiathèque s'il existe un lieu de médiation numérique près de chez vous.
where-generic-training = Demandez à votre mairie, à votre médiathèque ou dans un espace France Services où apprendre le numérique près de chez vous.
where-generic-aidants_connect = Demandez dans un espace France Services ou à votre mairie qui peut faire une démarche en ligne avec vous.
where-generic-equipment_first = Demandez à votre mairie ou à un centre social où trouver un appareil ou une connexion à petit prix.
hours-time-hour = { $hour } h
hours-time = { $hour } h { $minutes }
hours-days = { $first } au { $last }
hours-span = { $from } – { $to }
hours-all-day = 24 h sur 24
hours-and = { $a } et { $b }
hours-run = { $days }, { $times }
hours-closed-holidays = fermé les jours fériés
hours-separator = { "\u202F; " }
hours-unknown = Horaires : renseignez-vous auprès du lieu.
day-mo = lundi
day-tu = mardi
day-we = mercredi
day-th = jeudi
day-fr = vendredi
day-sa = samedi
day-su = dimanche
fiche-title = Fiche de liaison
fiche-decision = Orientation
fiche-date = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
fiche-older-code = Code d’une ancienne version de Repère : un niveau peut y reposer sur une seule réponse. Les niveaux de précision faible ne sont pas affichés.
fiche-topics = Par quoi commencer
fiche-report = À reporter dans votre compte rendu (La Coop de la médiation numérique)
fiche-declarative-note = Le code ne contient pas la situation déclarée (équipement, connexion, démarche urgente), qui a aussi compté dans le conseil : demandez-la à la personne. Les niveaux sont des estimations : les questions ne sont pas encore calibrées sur de vraies réponses.
fiche-error-not-code = Ce n’est pas un code de résultat Repère : il commence par « R2- » (ou « R1- » pour un ancien code).
stats-decline = Je ne veux pas de cette trace
stats-declined = C'est noté : aucune trace de ce test ne sera gardée. Vous pouvez faire le test quand même.
venue-hidden = moins de { $k }
venue-withheld = Certains tests ne sont pas encore comptés : ceux de la semaine en cours, et ceux d'une semaine de moins de { $k } tests. Ainsi aucun chiffre ne concerne une seule personne.
venue-nearly-full = Le stockage de cet appareil est presque plein : exportez puis videz les données, sinon les prochains tests ne seront plus gardés.
venue-purge-exports = Vider efface les données gardées dans cet appareil par Repère. Les fichiers déjà exportés (CSV, JSON) restent là où ils ont été enregistrés, souvent le dossier « Téléchargements » : supprimez-les aussi quand vous n'en avez plus besoin.

## Honest length: the range comes from the bank's settings (Session::length_range)
welcome-length = Entre { $min } et { $max } exercices, selon vos réponses : le test s'arrête dès que votre niveau est clair.
aidant-welcome-length = Entre { $min } et { $max } exercices, selon ses réponses : le repérage s'arrête dès que le conseil est sûr.

## Embed mode: the person is at home, on their own device (no kiosk words)
embed-consent-no-name = Vos réponses restent sur cet appareil, le temps du test.
embed-consent-finish-wipes = À la fin, « Terminer » efface tout ce que vous avez répondu.
embed-result-finish-confirm = Avez-vous noté votre code ? Ensuite, tout ce que vous avez répondu sera effacé.
embed-shares-result-named = Votre résultat (niveaux, conseil et code du résultat, rien d'autre) sera transmis à { $name }, qui vous propose ce test sur son site.
embed-shares-no-declarative = Vos réponses aux questions de départ (équipement, connexion, démarche) ne sont pas transmises : le conseil transmis vient des seuls exercices.

## After the test (kiosk and embed): two optional questions, never stored or sent.
situation-title = Deux questions pour finir
situation-lead = Pour mieux vous conseiller. Vous pouvez les passer. Vos réponses ne sont pas gardées.
situation-step = Question { $step } sur 2
situation-procedure = Avez-vous une démarche à faire en ligne en ce moment ?
situation-procedure-week = Oui, cette semaine
situation-procedure-later = Oui, mais elle peut attendre
situation-procedure-none = Non
situation-learn-procedure = Voulez-vous apprendre à la faire vous-même ?
situation-learn = Voulez-vous apprendre à faire vos démarches vous-même ?
situation-learn-yes = Oui, je veux apprendre
situation-learn-no = Non, je préfère qu'on m'aide
situation-learn-no-procedure = Non, faites-la pour moi
situation-skip = Passer cette question

## The fiche: what Aidants Connect needs, shown whenever it is proposed.
fiche-ac-title = Aidants Connect : avant de commencer
fiche-ac-professional = Un professionnel habilité Aidants Connect fait la démarche : salarié d'une structure habilitée (travailleur social, agent France Services, médiateur numérique salarié). Pas un proche, un bénévole, un service civique ni un élu.
fiche-ac-present = La personne est présente : le mandat se signe avec elle, et la démarche se fait en sa présence. Le mandat liste les démarches, dure un an au plus et peut être résilié à tout moment.
fiche-ac-franceconnect = Pour signer le mandat, la personne se connecte à un compte qui marche avec FranceConnect : impots.gouv, ameli, L'Identité Numérique La Poste, MSA ou France Identité, par exemple.
fiche-ac-no-account = Sans un tel compte : aidez-la d'abord à en créer un (certains envoient un code par courrier : comptez quelques jours). Si la démarche ne peut pas attendre, demandez à l'organisme concerné une autre voie (accueil, téléphone, papier) ou un rendez-vous dans un espace France Services.
embed-consent-decline = Non merci, ne pas faire le test
