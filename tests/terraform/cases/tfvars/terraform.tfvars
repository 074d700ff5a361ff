a = "from-tfvars"
b = "from-tfvars"
c = "from-tfvars"
d = "from-tfvars"
