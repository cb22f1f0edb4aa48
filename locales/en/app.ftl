## The app's own texts (screens, buttons). Item texts are in items/.

language-name = English
language-flag = 🇬🇧
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
welcome-start = Tap here to start

question-progress = Question { $number }
answer-dont-know = I don't know
answer-confirm = Confirm
order-hint = Put the steps in order with the arrows.
order-up = Move up: { $step }
order-down = Move down: { $step }
entry-label = Your answer

result-title = Your result
level-1 = Discovering
level-2 = Beginner
level-3 = Comfortable
level-4 = Independent
result-path-accompany = An aidant can do your online procedures with you.
result-path-train = Workshops near you can help you make progress.
result-path-autonomous = You are independent. You can go further.
result-finish = Finish

error-title = Something went wrong
error-bank = The questions could not be loaded. It is not your fault.
error-restart = Start again
