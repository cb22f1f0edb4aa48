## Domains and training topics of the item bank.

domain-device = Using a device
domain-email = Email
domain-job = CV and job search
domain-privacy = Personal data and security
domain-facts = Checking information
domain-shopping = Buying online
domain-procedures = Online public services

topic-device-touch = Using a touch screen
topic-device-apps = Opening and using an app
topic-device-files = Finding a photo or a document
topic-email-read = Reading your emails
topic-email-send = Writing and sending an email
topic-email-attach = Attaching a document to an email
topic-email-phishing = Spotting a fake message (phishing)
topic-job-cv = Writing your CV online
topic-job-search = Looking for a job offer online
topic-job-apply = Applying for a job online
topic-privacy-passwords = Choosing and keeping passwords
topic-privacy-cookies = Understanding cookies
topic-privacy-settings = Setting your accounts' privacy
topic-privacy-scams = Avoiding scams
topic-facts-sources = Checking where information comes from
topic-facts-images = Checking a photo
topic-facts-social = Reading social media with care
topic-shopping-payment = Paying online safely
topic-shopping-fake-shops = Spotting a fake shop
topic-shopping-checkout = Placing an order online
topic-procedures-login = Logging in with FranceConnect
topic-procedures-forms = Filling in an online form
topic-procedures-documents = Sending a supporting document online
topic-procedures-official-sites = Recognising an official website
