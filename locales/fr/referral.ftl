## The referral: path names and the reasons given (assessments/referral.toml).
## Reasons about one domain receive its name as { $domain }.



reason-urgent-procedure = Vous avez une démarche à faire cette semaine.
reason-procedure-this-month = Vous avez une démarche à faire ce mois-ci.
reason-procedures-hard = Les démarches en ligne ne sont pas encore faciles pour vous.
reason-learn-later = Vous voulez apprendre : une personne pourra ensuite vous montrer comment faire, à votre rythme.
reason-does-not-want-to-learn = Vous préférez qu'on vous aide plutôt que d'apprendre.
reason-procedures-hard-learn = Les démarches en ligne ne sont pas encore faciles pour vous, et vous voulez apprendre : une personne peut vous aider à la faire vous-même.
reason-procedure-cannot-wait = Si une démarche ne peut pas attendre, une personne habilitée peut la faire pour vous, avec vous à côté.
reason-learning-offered = Si vous voulez apprendre ensuite, une personne peut vous montrer comment faire, pas à pas.
reason-learn-small-steps = Le numérique est encore difficile pour vous. Avec une personne, vous pouvez apprendre pas à pas, à votre rythme.
reason-both-kinds-of-help = Nous ne savons pas si vous avez une démarche à faire. Voici donc les deux sortes d'aide : apprendre avec une personne, ou faire faire une démarche urgente.
reason-help-when-needed = Vous n'avez pas de démarche en ce moment. Le jour où vous en aurez une, une personne habilitée pourra la faire avec vous. Si vous changez d'avis, une personne peut aussi vous montrer l'essentiel.
reason-no-franceconnect = Pour qu'une personne habilitée fasse une démarche pour vous, il faut un compte impots.gouv, ameli, La Poste, MSA ou France Identité. Elle peut vous aider à en créer un.
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
    .detail = Pour aller plus loin, des tests gratuits existent, par exemple sur pix.fr. Et vous pouvez aider quelqu'un autour de vous : un proche, un voisin, ou les personnes d'un lieu de médiation numérique, comme bénévole.
    .also = vous pouvez aussi avancer par vous-même.
path-training = Apprendre avec une personne, pas à pas
    .detail = Dans un lieu de médiation numérique (médiathèque, centre social, espace France Services…), une personne vous montre, en petites étapes, à votre rythme.
    .also = apprendre avec une personne, pas à pas, à votre rythme.
path-aidants_connect = Une personne habilitée fait votre démarche avec vous
    .detail = Un professionnel habilité (par exemple dans un espace France Services) fait la démarche en ligne pour vous, avec vous à côté. Vous signez d'abord un mandat en vous connectant à un de vos comptes (impôts, ameli, La Poste…). C'est le service Aidants Connect : demandez s'il existe près de chez vous.
    .also = si une démarche ne peut pas attendre, une personne habilitée peut la faire pour vous, avec vous à côté (le service Aidants Connect).
path-equipment_first = D'abord un appareil ou une connexion
    .detail = Demandez dans un lieu de médiation numérique s'il propose des appareils à petit prix ou un accès à internet.
    .also = trouver un appareil ou une connexion.
