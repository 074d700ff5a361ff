b = "from-auto"
c = "from-auto"
d = "from-auto"
