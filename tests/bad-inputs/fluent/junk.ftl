welcome-title = Bienvenue
broken line without equals
