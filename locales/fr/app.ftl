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

welcome-title = Bienvenue !
welcome-lead = Quelques questions pour savoir où vous en êtes avec le numérique. Il n'y a pas de piège.
welcome-start = Appuyez ici pour commencer

question-progress = Question { $number }
answer-dont-know = Je ne sais pas
answer-confirm = Valider
order-hint = Mettez les étapes dans l'ordre avec les flèches.
order-up = Monter : { $step }
order-down = Descendre : { $step }
entry-label = Votre réponse

result-title = Votre résultat
level-1 = Découverte
level-2 = Débutant
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

aidant-welcome-title = Diagnostic avec la personne accompagnée
aidant-welcome-lead = Environ 8 minutes : quelques questions sur sa situation, puis une dizaine d'exercices. Rien n'est enregistré.
aidant-welcome-start = Commencer le diagnostic

how-title = Comment ça marche
how-step-one = Une question par écran. Choisissez votre réponse, puis « Valider ».
how-step-dont-know = Vous pouvez toujours répondre « Je ne sais pas ». Ce n'est pas grave.
how-step-pause = Vous pouvez faire une pause ou arrêter quand vous voulez.
practice-question = Pour essayer : qu'est-ce qui brille le jour ?
practice-opt-sun = Le soleil
practice-opt-moon = La lune
practice-feedback = C'est bien ! Cet essai ne compte pas.
how-continue = J'ai compris

consent-title = Vos données restent ici
consent-nothing-kept = Rien de personnel n'est gardé. On ne vous demande pas votre nom.
consent-no-name = Vos réponses restent sur cette tablette, le temps du test.
consent-finish-wipes = À la fin, « Terminer » efface tout pour la personne suivante.
consent-accept = D'accord, je commence
consent-decline = Non merci, revenir à l'accueil

pause = Pause
pause-title = Pause
pause-text = Prenez votre temps. Vos réponses sont gardées jusqu'à la fin du test.
pause-resume = Reprendre
pause-finish = Arrêter et voir mon résultat
pause-quit = Quitter et tout effacer

idle-title = Vous êtes toujours là ?
idle-text = Sans action de votre part, tout sera effacé dans quelques secondes.
idle-continue = Je suis là, je continue

decl-title = Questions de départ
decl-lead = À poser à la personne. Sa réponse suffit : « Je ne sais pas » est possible.
decl-smartphone = A-t-elle un smartphone qu'elle sait utiliser ?
decl-computer = A-t-elle un ordinateur ou une tablette chez elle ?
decl-internet = A-t-elle internet chez elle ?
decl-email = A-t-elle une adresse de courriel qu'elle peut ouvrir ?
decl-procedure = A-t-elle une démarche en ligne à faire ?
decl-learn = Souhaite-t-elle apprendre ?
decl-help = Est-elle déjà aidée par quelqu'un ?
decl-yes = Oui
decl-no = Non
decl-unknown = Je ne sais pas
decl-procedure-none = Non
decl-procedure-later = Oui, plus tard
decl-procedure-month = Oui, ce mois-ci
decl-procedure-week = Oui, cette semaine
decl-continue = Passer aux exercices

aidant-result-title = Fiche de liaison
result-levels = Niveau par domaine
result-strengths = Ce que vous savez déjà faire
result-referral = Notre conseil
result-also = Et aussi :
result-why = Pourquoi
result-learn-next = Ce que vous pouvez apprendre
result-declarative = Situation déclarée
result-print = Imprimer la fiche
precision-good = précision bonne
precision-fair = précision moyenne
precision-rough = précision faible
venues-generic = Pour trouver un lieu près de chez vous, demandez à votre mairie ou à un espace France Services.
result-handoff = Pour le conseiller numérique
result-qr-label = Code QR du résultat, sans donnée personnelle
result-code = Code du résultat :
preview-answered = Réponse reçue (aperçu : elle ne compte pas).
error-preview = Cette question n'existe pas. Vérifiez son identifiant.
venues-loading = Recherche des lieux près de chez vous…
