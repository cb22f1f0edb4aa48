## The referral: path names and the reasons given (assessments/referral.toml).
## Reasons about one domain receive its name as { $domain }.



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

venues-unavailable = The list of places is not available. You can ask your town hall or a France Services office.

path-autonomous = You can move ahead on your own
    .detail = To go further, there are free tests (for example on pix.fr). You can also help someone around you.
path-training = Sessions to learn
    .detail = A digital help venue (library, social centre, France Services counter…) can help you learn, at your own pace.
path-aidants_connect = Help with your procedures
    .detail = An authorised professional can do an online procedure with you, with your written consent (the Aidants Connect service). You need an account that works with FranceConnect (impots.gouv.fr or ameli.fr, for example); if not, they help you another way. Ask whether the service exists near you.
path-equipment_first = A device or a connection first
    .detail = Ask at a digital help venue whether it offers low-cost devices or internet access.
