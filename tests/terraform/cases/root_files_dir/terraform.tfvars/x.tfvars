a = "never-read"
