welcome-title = Bienvenue
welcome-title = Encore
