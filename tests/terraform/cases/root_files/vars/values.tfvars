b = "through-a-link"
