resource "x" "a" { days = 5 }
