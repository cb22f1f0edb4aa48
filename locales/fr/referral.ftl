## The referral: path names and the reasons given (assessments/referral.toml).
## Reasons about one domain receive its name as { $domain }.



reason-urgent-procedure = Vous avez une démarche à faire cette semaine.
reason-procedure-this-month = Vous avez une démarche à faire ce mois-ci.
reason-procedures-hard = Les démarches en ligne ne sont pas encore faciles pour vous.
reason-learn-later = Vous voulez apprendre : des ateliers pourront vous aider ensuite.
reason-does-not-want-to-learn = Vous préférez qu'on vous aide plutôt que d'apprendre.
reason-low-skills = Le numérique est encore difficile pour vous.
reason-can-learn = Vous voulez apprendre : c'est possible, à votre rythme.
reason-no-help-yet = Personne ne vous aide pour le moment.
reason-no-device = Vous n'avez pas de téléphone ni d'ordinateur.
reason-no-internet = Vous n'avez pas internet chez vous.
reason-no-email = Vous n'avez pas d'adresse e-mail que vous pouvez ouvrir.
reason-email-hard = Envoyer un e-mail n'est pas encore facile pour vous.
reason-device-hard = Utiliser un téléphone ou un ordinateur n'est pas encore facile pour vous.
reason-domain-hard = { $domain } : ce n'est pas encore facile pour vous.
reason-result-uncertain = Votre résultat est proche de la limite : un atelier peut vous aider.
reason-training-useful = Vous savez déjà faire des choses. Des ateliers vous aideront à progresser.
reason-skills-good = Vous êtes à l'aise avec le numérique.
reason-skills-autonomous = Vos réponses montrent que vous êtes à l'aise.
reason-skills-training = Vos réponses montrent que des ateliers peuvent vous aider.
reason-skills-aidants_connect = Vos réponses montrent qu'une aide pour vos démarches peut vous être utile.
reason-skills-equipment_first = Il vous faut d'abord un appareil ou une connexion.

venues-unavailable = La liste des lieux n'est pas disponible. Vous pouvez demander à votre mairie ou à un espace France Services.

path-autonomous = Vous pouvez avancer par vous-même
    .detail = Pour aller plus loin, des tests gratuits existent (par exemple sur pix.fr). Vous pouvez aussi aider quelqu'un autour de vous.
path-training = Des séances pour apprendre
    .detail = Un lieu de médiation numérique (médiathèque, centre social, espace France Services…) peut vous aider à apprendre, à votre rythme.
path-aidants_connect = Une aide pour faire vos démarches
    .detail = Une personne habilitée peut faire une démarche en ligne avec vous, avec votre accord écrit (le service Aidants Connect). Il faut un compte qui marche avec FranceConnect (impots.gouv.fr ou ameli.fr, par exemple) ; sinon, elle vous aide autrement. Demandez si ce service existe près de chez vous.
path-equipment_first = D'abord un appareil ou une connexion
    .detail = Demandez dans un lieu de médiation numérique s'il propose des appareils à petit prix ou un accès à internet.
