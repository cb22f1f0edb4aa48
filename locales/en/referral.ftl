## The referral: path names and the reasons given (assessments/referral.toml).
## Reasons about one domain receive its name as { $domain }.



reason-urgent-procedure = You have a procedure to do this week.
reason-procedure-this-month = You have a procedure to do this month.
reason-procedures-hard = Online procedures are not easy for you yet.
reason-learn-later = You want to learn: someone can then show you how, at your own pace.
reason-does-not-want-to-learn = You would rather get help than learn.
reason-procedures-hard-learn = Online procedures are not easy for you yet, and you want to learn: someone can help you do it yourself.
reason-procedure-cannot-wait = If a procedure cannot wait, an authorised professional can do it for you, with you beside them.
reason-learning-offered = If you want to learn afterwards, someone can show you how, step by step.
reason-learn-small-steps = Digital tools are still hard for you. With someone beside you, you can learn step by step, at your own pace.
reason-both-kinds-of-help = We do not know whether you have a procedure to do. So here are both kinds of help: learning with someone, or having an urgent procedure done for you.
reason-help-when-needed = You have no procedure to do at the moment. When you have one, an authorised professional can do it with you. If you change your mind, someone can also show you the essentials.
reason-no-franceconnect = For an authorised professional to do a procedure for you, you need an impots.gouv, ameli, La Poste, MSA or France Identité account. They can help you create one.
reason-can-learn = You want to learn: you can, at your own pace.
reason-no-help-yet = Nobody is helping you at the moment.
reason-no-device = You have no phone and no computer.
reason-no-internet = You have no internet at home.
reason-no-email = You have no email address you can open.
reason-email-hard = Sending an email is not easy for you yet.
reason-device-hard = Using a phone or a computer is not easy for you yet.
reason-domain-hard = { $domain }: this is not easy for you yet.
reason-result-uncertain = Your result is close to the limit: a workshop can help.
reason-training-useful = You can already do some things. Workshops will help you make progress.
reason-skills-good = You are at ease with digital tools.
reason-skills-autonomous = Your answers show that you are at ease.
reason-skills-training = Your answers show that workshops can help you.
reason-skills-aidants_connect = Your answers show that help with your procedures may be useful to you.
reason-skills-equipment_first = You first need a device or a connection.

venues-unavailable = The list of places is not available. You can ask your town hall or a France Services office.

path-autonomous = You can move ahead on your own
    .detail = To go further, there are free tests, for example on pix.fr. And you can help someone around you: a relative, a neighbour, or the people of a digital help venue, as a volunteer.
    .also = you can also move ahead on your own.
path-training = Learning with someone, step by step
    .detail = At a digital help venue (library, social centre, France Services counter…), someone shows you, in small steps, at your own pace.
    .also = learning with someone, step by step, at your own pace.
path-aidants_connect = An authorised professional does your procedure with you
    .detail = An authorised professional (for example at a France Services counter) does the online procedure for you, with you beside them. You first sign a mandate by logging in to one of your accounts (taxes, ameli, La Poste…). This is the Aidants Connect service: ask whether it exists near you.
    .also = if a procedure cannot wait, an authorised professional can do it for you, with you beside them (the Aidants Connect service).
path-equipment_first = A device or a connection first
    .detail = Ask at a digital help venue whether it offers low-cost devices or internet access.
    .also = finding a device or a connection.
