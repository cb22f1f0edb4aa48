empty-message =
