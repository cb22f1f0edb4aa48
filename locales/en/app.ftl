## The app's own texts (screens, buttons). Item texts are in items/.

language-name = English
language-direction = ltr
language-switcher = Language
language-title = Choose your language
language-continue = Continue

title-welcome = Welcome
title-language = Language
title-question = Question
title-result = Your result
title-error = Something went wrong

welcome-title = Welcome!
welcome-lead = A few questions to see where you are with digital tools. There are no tricks.
welcome-start = Press here to start

question-progress = Question { $number }
answer-dont-know = I don't know
answer-confirm = Confirm
order-hint = Put the steps in order with the arrows.
order-up = Move up: { $step }
order-down = Move down: { $step }
entry-label = Your answer

result-title = Your result
level-1 = Discovering
level-2 = The basics
level-3 = Comfortable
level-4 = Independent
result-finish = Finish

error-title = Something went wrong
error-bank = The questions could not be loaded. It is not your fault.
error-restart = Start again

skip-to-content = Skip to content
read-aloud = Read aloud
title-how = How it works
title-consent = Your data
title-declarative = First questions
title-situation = Two last questions

aidant-welcome-title = Diagnostic with the person you support
aidant-welcome-lead = A few questions about their situation, then some exercises. Nothing is recorded.
aidant-welcome-start = Start the diagnostic

how-title = How it works
how-step-one = One question per screen. Choose your answer, then “Confirm”.
how-step-dont-know = You can always answer “I don't know”. That is fine.
how-step-pause = You can pause or stop whenever you like.
practice-question = To try: what shines during the day?
practice-opt-sun = The sun
practice-opt-moon = The moon
practice-feedback = Well done! This try does not count.
how-continue = I understand

consent-title = Your data stays here
consent-nothing-kept = Nothing personal is kept. We do not ask your name.
consent-no-name = Your answers stay on this tablet, only during the test.
consent-finish-wipes = At the end, “Finish” erases everything for the next person.
consent-accept = OK, let's start
consent-decline = No thanks, back to the start

pause = Pause
pause-title = Pause
pause-text = Take your time. Your answers are kept until the end of the test.
pause-resume = Resume
pause-finish = Stop and see my result
pause-quit = Quit and erase everything

idle-title = Are you still there?
idle-text = If nothing happens, everything will be erased in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
idle-continue = I'm here, let me continue

decl-title = First questions
decl-lead = Ask the person. Their answer is enough: “I don't know” is possible.
decl-smartphone = Do they have a smartphone they can use?
decl-computer = Do they have a computer or a tablet at home?
decl-internet = Do they have internet at home?
decl-email = Do they have an email address they can open?
decl-procedure = Do they have an online procedure to do?
decl-learn = Do they want to learn?
decl-help = Does someone already help them?
decl-franceconnect = Do they have an impots.gouv, ameli, La Poste, MSA or France Identité account (for FranceConnect)?
decl-yes = Yes
decl-no = No
decl-unknown = I don't know
decl-procedure-none = No
decl-procedure-later = Yes, later
decl-procedure-month = Yes, this month
decl-procedure-week = Yes, this week
decl-continue = Go to the exercises

result-strengths = What you can already do
result-referral = Our advice
result-also = And also:
result-why = Why
result-learn-next = What you can learn next
result-declarative = Situation as declared
result-print = Print the sheet
precision-good = good precision
precision-fair = fair precision
precision-rough = rough precision
result-qr-label = QR code: link to the result sheet, no personal data
result-code = Result code:
preview-answered = Answer received (preview: it does not count).
error-preview = This question does not exist. Check its id.
venues-loading = Looking for places near you…

## Conseiller's fiche (QR link or typed code) and the venue's anonymous statistics (followup)
title-fiche = Result sheet
title-read-code = Read a result code
title-venue = Venue space
fiche-code = Code:
fiche-close = Close the sheet
fiche-mode-screening = Screening with an aidant
fiche-mode-profile = Full self-assessment
fiche-items = { $count ->
    [one] { $count } question answered
   *[other] { $count } questions answered
}
fiche-domain = Domain
fiche-error-version = This code was made by a newer version of Repère. Open the QR code's link on the site that made it, or update Repère.
fiche-error-character = The character “{ $character }” (position { $position }) cannot be in a code. Check the code.
fiche-error-length = A character is missing, or there is one too many. Check the code.
fiche-error-checksum = A character was mistyped or misread. Check the code.
fiche-error-other-bank = This code was made with another version of the questions. So as not to show wrong levels, we do not read it here: open the QR code's link on the site that made it.
fiche-error-invalid = This code is not valid. Check it or ask for the printed sheet.
read-code-entry = Read a result code
read-code-title = Read a result code
read-code-label = Result code (capitals, small letters and spaces accepted)
read-code-submit = Show the sheet
read-code-back = Back to the welcome screen
consent-stats = One exception, if you agree: this venue keeps an anonymous trace of this test on this device, to count its activity. It holds the week (not the day), the language, your levels, the advice the questions give, and for each question asked whether the answer was right, wrong or "I don't know". Never your name, what you type, or what you say about your situation. "Finish" does not erase it. Figures are only shown in groups of at least 5 tests.
venue-entry = Venue space
venue-title = The venue's statistics
venue-off = Statistics are not turned on for this venue.
venue-leave = Close and go back to the welcome screen
venue-code-label = Venue code (16 characters, for example K7QM-3XD9-PA2F-W8HT)
venue-code-submit = Open
venue-code-wrong = This is not the right code. { $left ->
    [one] { $left } more try.
   *[other] { $left } more tries.
}
venue-code-locked = Too many tries. The code can only be tried again a little later (15 minutes, then longer after each mistake).
venue-log-saved = { $count ->
    [0] No test kept since this page was opened.
    [one] { $count } test kept since this page was opened.
   *[other] { $count } tests kept since this page was opened.
}
venue-log-dropped = A test was not kept (it ended normally for the person):
venue-problem-unavailable = the browser gives no access to this device's storage (private browsing or storage blocked).
venue-problem-full = this device's storage is full. Export, then empty the data.
venue-problem-corrupted = the data kept on this device cannot be read. Empty it to start counting again.
venue-problem-refused = the browser refused to save it.
venue-problem-invalid = the test's summary was incomplete.
venue-migrated = The data was in an older format ({ $version }): it has been updated.
venue-total = { $count ->
    [one] { $count } test kept on this device.
   *[other] { $count } tests kept on this device.
}
venue-export-csv = Export (CSV, spreadsheet)
venue-export-json = Export (JSON)
venue-purge = Empty the data
venue-purge-confirm = Confirm: erase everything
venue-purged = The data has been erased.
venue-by-path = Tests by advice given
venue-by-level = Levels per domain
venue-by-week = Tests per week
venue-chart-table = the figures are in the table that follows
# engine: variable-length tests — the only honest promise is an upper bound
question-progress-left = Question { $number } · { $left ->
    [0] the last one
    [one] at most { $left } more
   *[other] at most { $left } more
}

## Embed mode (widget on a venue's site)
embed-shares-result = Your result (levels, advice and result code, nothing else) will be sent to the site { $site }.

aidant-result-title = Referral sheet
result-where = Where to go
result-show = Show this code at the desk, or write it down: an adviser can read your result with it.
aidant-result-show = This code opens this sheet on another device (scan the QR code).
result-show-embedded = Write this code down: at a help desk, they can read your result with it.
result-position = Where you stand
result-overall = Overall: { $level }
result-levels-summary = { $measured } of { $total } areas assessed
level-not-assessed = not assessed
result-finish-confirm = Have you written down or printed your code? Then everything you answered will be erased.
result-finish-yes = Yes, erase
result-finish-back = Back to the result
places-near = Near here
places-offering = Places that offer this
place-here = Here, at the desk of { $name }
place-show-screen = Show this screen at the desk.
place-distance = { $km } km away
place-offers-aidants-connect = Aidants Connect (procedures done with you)
place-offers-conseillers = Digital advisers (conseillers numériques)
place-offers-france-services = France Services counter
place-offers-free = Free
where-generic-autonomous = To go further, there are free tests, for example on pix.fr. To help others, ask your town hall or your library whether there is a digital help venue near you.
where-generic-training = Ask your town hall, your library or a France Services counter where to learn digital skills near you.
where-generic-aidants_connect = Ask at a France Services counter or your town hall who can do an online procedure with you.
where-generic-equipment_first = Ask your town hall or a social centre where to find a low-cost device or connection.
hours-time-hour = { $hour }:00
hours-time = { $hour }:{ $minutes }
hours-days = { $first } to { $last }
hours-span = { $from }–{ $to }
hours-all-day = 24 hours a day
hours-and = { $a } and { $b }
hours-run = { $days }, { $times }
hours-closed-holidays = closed on public holidays
hours-separator = { "; " }
hours-unknown = Opening hours: ask the place.
day-mo = Monday
day-tu = Tuesday
day-we = Wednesday
day-th = Thursday
day-fr = Friday
day-sa = Saturday
day-su = Sunday
fiche-title = Referral sheet
fiche-decision = Referral
fiche-date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
fiche-older-code = A code from an older version of Repère: a level may rest on a single answer there. Levels of rough precision are not shown.
fiche-topics = Where to start
fiche-report = To record in your activity report (La Coop de la médiation numérique)
fiche-declarative-note = The code does not hold the declared situation (equipment, connection, urgent procedure), which also shaped this advice: ask the person. The levels are estimates: the questions are not yet calibrated on real answers.
fiche-error-not-code = This is not a Repère result code: it starts with “R2-” (or “R1-” for an older code).
stats-decline = I do not want this trace
stats-declined = Noted: no trace of this test will be kept. You can still take the test.
venue-hidden = fewer than { $k }
venue-withheld = Some tests are not counted yet: those of the current week, and those of a week with fewer than { $k } tests. This way no figure is about a single person.
venue-nearly-full = This device's storage is nearly full: export then empty the data, or the next tests will not be kept.
venue-purge-exports = Emptying erases the data Repère keeps on this device. Files already exported (CSV, JSON) stay where they were saved, often the "Downloads" folder: delete them too when you no longer need them.

## Honest length: the range comes from the bank's settings (Session::length_range)
welcome-length = Between { $min } and { $max } exercises, depending on your answers: the test stops as soon as your level is clear.
aidant-welcome-length = Between { $min } and { $max } exercises, depending on their answers: the screening stops as soon as the advice is sure.

## Embed mode: the person is at home, on their own device (no kiosk words)
embed-consent-no-name = Your answers stay on this device, only during the test.
embed-consent-finish-wipes = At the end, “Finish” erases everything you answered.
embed-result-finish-confirm = Have you written down your code? Then everything you answered will be erased.
embed-shares-result-named = Your result (levels, advice and result code, nothing else) will be sent to { $name }, who offers you this test on their site.
embed-shares-no-declarative = Your answers to the first questions (equipment, connection, procedure) are not sent: the advice sent comes from the exercises alone.

## After the test (kiosk and embed): two optional questions, never stored or sent.
situation-title = Two last questions
situation-lead = To give you better advice. You can skip them. Your answers are not kept.
situation-step = Question { $step } of 2
situation-procedure = Do you have an online procedure to do at the moment?
situation-procedure-week = Yes, this week
situation-procedure-later = Yes, but it can wait
situation-procedure-none = No
situation-learn-procedure = Do you want to learn to do it yourself?
situation-learn = Do you want to learn to do your procedures yourself?
situation-learn-yes = Yes, I want to learn
situation-learn-no = No, I would rather be helped
situation-learn-no-procedure = No, do it for me
situation-skip = Skip this question

## The fiche: what Aidants Connect needs, shown whenever it is proposed.
fiche-ac-title = Aidants Connect: before you start
fiche-ac-professional = An authorised Aidants Connect professional does the procedure: an employee of an authorised structure (social worker, France Services agent, salaried digital mediator). Not a relative, a volunteer, a service civique or an elected official.
fiche-ac-present = The person is present: the mandate is signed with them, and the procedure is done in their presence. The mandate lists the procedures, lasts at most a year and can be ended at any time.
fiche-ac-franceconnect = To sign the mandate, the person logs in to an account that works with FranceConnect: impots.gouv, ameli, L'Identité Numérique La Poste, MSA or France Identité, for example.
fiche-ac-no-account = Without such an account: help them create one first (some send a code by post: allow a few days). If the procedure cannot wait, ask the organisation concerned for another way (its desk, the phone, paper) or an appointment at a France Services counter.
embed-consent-decline = No thanks, do not take the test
