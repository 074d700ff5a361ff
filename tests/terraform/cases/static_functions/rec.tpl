${templatefile("${path.module}/rec.tpl", {})}
