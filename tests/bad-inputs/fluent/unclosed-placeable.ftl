greeting = Bonjour { $name
