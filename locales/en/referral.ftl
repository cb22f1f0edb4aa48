## The referral: path names and the reasons given (assessments/referral.toml).
## Reasons about one domain receive its name as { $domain }.

path-autonomous = You are independent
    .detail = You can go further, for example with the Pix certification.
path-training = Workshops to make progress
    .detail = A person trained in digital skills helps you, in a small group or one to one.
path-aidants_connect = An authorised professional does your procedures for you
    .detail = An authorised professional (Aidants Connect) does your online procedures for you. First you give your consent by signing a mandate. You need an impots.gouv.fr or ameli.fr account, for example; if not, the agent helps you another way.
path-equipment_first = First a device or a connection
    .detail = A person trained in digital skills helps you, in a small group or one to one.

free-workshops-nearby = There may be free workshops near you: ask at the place that welcomes you.
venue-accepts-pass = This place accepts the Pass numérique.

reason-urgent-procedure = You have a procedure to do this week.
reason-procedure-this-month = You have a procedure to do this month.
reason-procedures-hard = Online procedures are not easy for you yet.
reason-learn-later = You want to learn: workshops can help you afterwards.
reason-does-not-want-to-learn = You would rather get help than learn.
reason-low-skills = Digital tools are still hard for you.
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

venues-title = Near you
venues-unavailable = The list of places is not available. You can ask your town hall or a France Services office.
