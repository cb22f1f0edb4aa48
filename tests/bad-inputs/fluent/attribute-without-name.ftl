bad-attribute = Texte
    .= sans nom
