## The app's own texts (screens, buttons). Item texts are in items/.

language-name = Français
language-flag = 🇫🇷
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
welcome-start = Touchez ici pour commencer

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
result-path-accompany = Un aidant peut faire vos démarches avec vous.
result-path-train = Des ateliers près de chez vous peuvent vous aider à progresser.
result-path-autonomous = Vous êtes autonome. Vous pouvez aller plus loin.
result-finish = Terminer

error-title = Un problème est survenu
error-bank = Les questions n'ont pas pu être chargées. Ce n'est pas de votre faute.
error-restart = Recommencer
