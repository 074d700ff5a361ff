mutability = "IMMUTABLE"
